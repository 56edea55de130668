"""Take the app's screenshots from a demo salon, to look at or to compare two versions.

    .venv/bin/python scripts/screenshots.py OUT_DIR [--language es] [--customers 2000] [--readme]
        [--only SCENE]

Builds a demo database (``salon-desk demo``, same seed: the same salon every time on a given
day), opens the main window and grabs every page of the navigation, the record of a customer
with something in every tab (one image a tab), the customer form and every settings page.
Grabs are made off screen (QWidget.grab), so they need no display; run it with
QT_QPA_PLATFORM=offscreen. Two runs on the same day, before and after a change, can be compared
image by image (``compare -metric AE a.png b.png diff.png`` from ImageMagick) to see that
nothing moved or was lost.

With --readme it writes instead the screenshots the README shows, under their names in
docs/screenshots (scripts/screenshot_scenes.py, one function each): the English ones, or with
--language es the Spanish ones (``*-es.png``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QStackedWidget, QTabWidget
from sqlalchemy import func, select

WIDTH, HEIGHT = 1280, 800


def _slug(text: str) -> str:
    text = re.sub(r"\s*\(\d+\)$", "", text.replace("&", ""))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "page"


def _settle(app: QApplication, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def _busiest_customer(db) -> int:
    """A customer with rows in as many record tables as possible (sales, appointments...)."""
    from salon_desk.models.appointments import Appointment
    from salon_desk.models.sales import Sale

    with db.session() as session:
        row = session.execute(
            select(Sale.customer_id, func.count())
            .where(Sale.customer_id.in_(select(Appointment.customer_id)))
            .group_by(Sale.customer_id).order_by(func.count().desc(), Sale.customer_id)
            .limit(1)).first()
    return int(row[0])


def _grab_tabs(app: QApplication, widget, out: Path, prefix: str) -> list[Path]:
    written = []
    tabs = widget.findChild(QTabWidget)
    if tabs is None:
        path = out / f"{prefix}.png"
        widget.grab().save(str(path))
        return [path]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle(app)
        path = out / f"{prefix}-{index:02d}-{_slug(tabs.tabText(index))}.png"
        widget.grab().save(str(path))
        written.append(path)
    return written


def _grab_settings(app: QApplication, window, out: Path) -> list[Path]:
    """Every page of the settings dialog, grabbed while it is open, then closed."""
    written: list[Path] = []

    def grab() -> None:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, grab)
            return
        dialog.resize(1000, 700)
        pages = dialog.findChild(QListWidget)
        count = pages.count() if pages is not None else 1
        for index in range(count):
            if pages is not None:
                pages.setCurrentRow(index)
            _settle(app)
            name = _slug(pages.item(index).text()) if pages is not None else "page"
            path = out / f"settings-{index:02d}-{name}.png"
            dialog.grab().save(str(path))
            written.append(path)
        dialog.reject()

    QTimer.singleShot(0, grab)
    window.open_settings()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--readme", action="store_true",
                        help="write the README's screenshots (docs/screenshots) instead")
    parser.add_argument("--only", action="append", metavar="SCENE",
                        help="with --readme: only this scene of scripts/screenshot_scenes.py "
                             "(a Scenes method taking no arguments, e.g. segments); repeatable")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    # The same folder every time, so that two runs show the same database path.
    home = Path(tempfile.gettempdir()) / "salon-desk-screenshots" / args.language
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    db_path = home / "salon.db"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "SALON_DESK_LANG": args.language}
    if args.readme and args.language == "en":
        # The README's English screenshots show the app on a system without a language of its
        # own (dates "6 Aug 2026"); SALON_DESK_LANG=en would write them the American way.
        del env["SALON_DESK_LANG"]
        os.environ.pop("SALON_DESK_LANG", None)
        env["LC_ALL"] = "C.UTF-8"
    os.environ.update(env)
    subprocess.run([sys.executable, "-m", "salon_desk", "--db", str(db_path), "demo",
                    "--customers", str(args.customers)], check=True, env=env,
                   stdout=subprocess.DEVNULL)

    from salon_desk.ui.app import create_application, open_database
    from salon_desk.ui.composition import build_main_window

    app = create_application([sys.argv[0]])
    # As the app opens it: the built-in badges, amounts as the salon's country writes them.
    db = open_database(db_path)
    window = build_main_window(db)
    window.resize(WIDTH, HEIGHT)
    window.show()
    _settle(app, 10)
    if args.readme:
        from screenshot_scenes import take_readme

        written = take_readme(db, window, args.out, args.language, home, args.only)
        window.close()
        db.dispose()
        for path in written:
            print(path)
        return 0 if written else 1
    written: list[Path] = []
    navigation = window.findChild(QListWidget, "navigation")
    for row in range(navigation.count()):
        navigation.setCurrentRow(row)
        _settle(app, 10)
        path = args.out / f"page-{row:02d}-{_slug(navigation.item(row).text())}.png"
        window.grab().save(str(path))
        written.append(path)
    navigation.setCurrentRow(0)

    customer_id = _busiest_customer(db)
    record = window.open_record(customer_id)
    record.resize(WIDTH, HEIGHT)
    _settle(app, 10)
    written += _grab_tabs(app, record, args.out, "record")
    record.close()

    form = window.edit_customer(customer_id)
    form.resize(WIDTH, HEIGHT)
    _settle(app, 10)
    written += _grab_tabs(app, form, args.out, "customer-form")
    form.close()

    written += _grab_settings(app, window, args.out)
    window.close()
    db.dispose()
    for path in written:
        print(path)
    stacks = len(window.findChildren(QStackedWidget))
    return 0 if written and stacks else 1


if __name__ == "__main__":
    raise SystemExit(main())
