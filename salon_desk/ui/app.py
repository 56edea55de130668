"""Starting the desktop app: Qt application, translations, look, database, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from salon_desk import __version__
from salon_desk.models.db import Database, DatabaseError
from salon_desk.paths import default_db_path, resource
from salon_desk.services.customers import count_customers, ensure_builtin_badges
from salon_desk.ui import dialogs
from salon_desk.ui.i18n import chosen_language, install_translator
from salon_desk.ui.style import apply_style

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Salon Desk's translation (see ui.i18n) and Qt's own, for its standard buttons."""
    language = language or chosen_language()
    if os.environ.get("SALON_DESK_LANG") and language != "pseudo":
        QLocale.setDefault(QLocale(language))
    installed = [t for t in (install_translator(app, language),) if t is not None]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in (language, language.split("_")[0]):
        path = qt_dir / f"qtbase_{name}.qm"
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
            break
    app._salon_translators = installed  # keep them alive as long as the app
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("SalonDesk")
    app.setApplicationName("Salon Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("salon-desk")
    icon_path = resource("icons", "salon-desk.svg")
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    install_translators(app)
    apply_style(app)
    return app


def open_database(path: Path) -> Database | None:
    """The database, migrated; None after telling the user why it cannot be opened."""
    try:
        db = Database(path)
        with db.transaction() as session:
            ensure_builtin_badges(session)
        follow_salon_settings(db)
        return db
    except (DatabaseError, SQLAlchemyError, OSError) as exc:
        log.exception("Cannot open %s", path)
        dialogs.show_error(None, _tr("Salon Desk cannot open the database"), _tr(
            "The database {0} cannot be opened:\n\n{1}\n\nNothing was changed. Choose another "
            "file with --db PATH, or restore a backup.").format(path, exc))
        return None


def follow_salon_settings(db: Database) -> None:
    """Amounts on screen follow the salon's country and currency, now and after each change."""
    from salon_desk.services import money, settings
    from salon_desk.ui.events import events

    def read() -> None:
        with db.session() as session:
            money.set_salon(settings.get(session, settings.DEFAULT_COUNTRY),
                            settings.get(session, settings.CURRENCY))

    read()
    events().settings_changed.connect(read)


def run_app(db_path: Path | None) -> int:
    app = create_application()
    db = open_database(Path(db_path) if db_path else default_db_path())
    if db is None:
        return 1
    from salon_desk.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    if db.backup_path:
        window.statusBar().showMessage(_tr(
            "The database was upgraded; a copy of it as it was is kept at {0}").format(
            db.backup_path), 20000)
    with db.session() as session:
        empty = count_customers(session) == 0
    if empty:
        QTimer.singleShot(0, window.offer_demo)
    from salon_desk.ui.record.window import preload

    # The first record then opens as quickly as the next ones.
    QTimer.singleShot(300, lambda: preload(db))
    code = app.exec()
    db.dispose()
    return code
