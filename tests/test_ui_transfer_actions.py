"""Menu actions, the import history dialog and the record export, driven from the windows."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from salon_desk.services import jobs
from salon_desk.models import Customer
from salon_desk.services.importing import ImportOptions, analyse, import_customers
from salon_desk.ui import dialogs
from tests.import_files import write_xlsx


@pytest.fixture
def messages(monkeypatch):
    seen = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: seen.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: seen.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    return seen


@pytest.fixture
def main(qtbot, salon_db):
    from salon_desk.ui.composition import build_main_window

    window = build_main_window(salon_db)
    qtbot.addWidget(window)
    return window


def action(window, name):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def test_menus_hold_the_transfer_actions(main):
    file_names = [a.objectName() for a in main.menus["file"].actions()]
    for name in ("import_customers", "import_history", "import_template", "export_all"):
        assert name in file_names
    assert main.menus["file"].actions()[-1] is main.quit_action
    customers = [a.objectName() for a in main.menus["customers"].actions()]
    assert "export_selected" in customers and "export_filtered" in customers


def test_export_selected_and_all(qtbot, main, make_customer, tmp_path, monkeypatch, messages):
    ana = make_customer(first_name="Ana", email="ana@example.com")
    make_customer(first_name="Eva")
    main.customer_list.refresh()
    monkeypatch.setattr(main.customer_list, "selected_ids", lambda: [ana])
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "sel.csv"))
    action(main, "export_selected").trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    with (tmp_path / "sel.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert [r[2] for r in rows[1:]] == ["Ana"]
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "all"))
    action(main, "export_all").trigger()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5000)
    assert "2 customers exported" in messages[-1]
    assert load_workbook(tmp_path / "all.xlsx").active.max_row == 3


def test_download_template(main, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "tpl"))
    action(main, "import_template").trigger()
    assert load_workbook(tmp_path / "tpl.xlsx").sheetnames == ["Customers", "Instructions"]


def _import(db, path):
    with db.session() as session:
        analysis = analyse(path, session)
    return jobs.run(import_customers(db, analysis, ImportOptions()))


def test_history_dialog_undo_and_refusal(qtbot, salon_db, tmp_path, messages):
    from salon_desk.services.customers.records import CustomerData, update_customer
    from salon_desk.ui.transfer.history_dialog import ImportHistoryDialog

    first = _import(salon_db, write_xlsx(tmp_path / "a.xlsx", [["First name"], ["Ana"]]))
    _import(salon_db, write_xlsx(tmp_path / "b.xlsx", [["First name"], ["Eva"]]))
    changed = []
    dialog = ImportHistoryDialog(salon_db, on_change=lambda: changed.append(1))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 2).data() == "b.xlsx"  # newest first, selected
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(changed), timeout=5000)
    assert "1 customer deleted" in messages[-1]
    assert dialog.model.index(0, 9).data().startswith("Undone")
    assert not dialog.undo_button.isEnabled()
    with salon_db.transaction() as session:  # Ana is edited: her import cannot be undone
        ana = session.scalar(select(Customer).where(Customer.first_name == "Ana"))
        data = CustomerData.from_customer(ana)
        data.city = "Lugo"
        update_customer(session, ana.id, data)
    dialog.view.selectRow(1)
    assert dialog.current().id == first.batch_id
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: "cannot be undone" in messages[-1], timeout=5000)
    assert "Ana" in messages[-1] and "edited since the import" in messages[-1]
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 1


def test_record_window_exports_the_whole_record(qtbot, salon_db, make_customer, tmp_path,
                                                monkeypatch, messages):
    from PySide6.QtGui import QAction

    from salon_desk.ui import composition
    from salon_desk.ui.record.window import RecordWindow

    cid = make_customer(first_name="Lucía", mobile="+34612345678")
    window = RecordWindow(salon_db, cid, tabs=composition.record_tabs(),
                          features=composition.record_window_features())
    qtbot.addWidget(window)
    export = next(a for a in window.toolbar.actions() if a.objectName() == "export_record")
    assert isinstance(export, QAction)
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "rec"))
    export.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    book = load_workbook(tmp_path / "rec.xlsx")
    assert book.sheetnames[0] == "Details" and "Consent history" in book.sheetnames
    details = {r[0]: r[1] for r in book["Details"].iter_rows(values_only=True)}
    assert details["First name"] == "Lucía"
