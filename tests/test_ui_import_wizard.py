"""The import wizard driven like a user: file, options, mapping, dates, preview, import."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from salon_desk.models import Customer
from salon_desk.ui import dialogs
from salon_desk.ui.transfer import import_steps
from salon_desk.ui.transfer import import_wizard as W
from tests.import_files import write_csv, write_xlsx

ROWS = [["Nombre", "Apellidos", "Móvil", "Fecha de nacimiento", "Signo del zodiaco"],
        ["Ana", "Ruiz", "612 345 678", "05/06/1990", "Leo"],
        ["Eva", "Gil", "699 111 222", "01/02/1985", "Virgo"],
        ["Rosa", "Mora", "600 000 00", "03/04/1970", "Aries"]]


@pytest.fixture
def wizard(qtbot, salon_db, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "clientes.xlsx", ROWS)
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *a, **k: str(path))
    w = W.ImportWizard(salon_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def click_next(qtbot, w):
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_radio(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def choose_file(qtbot, w):
    qtbot.mouseClick(w.file_page.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.file_page.isComplete, timeout=5000)


def test_wizard_through_mapping_dates_preview_and_import(qtbot, wizard, salon_db):
    w = wizard
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    choose_file(qtbot, w)
    assert "3 rows" in w.file_page.file_info.text()
    assert "4 of 5 columns recognised" in w.file_page.file_info.text()
    click_radio(qtbot, w.file_page.bad_buttons["reject"])
    click_next(qtbot, w)
    assert w.currentId() == W.PAGE_MAPPING
    combo = w.mapping_page.combos[4]  # the zodiac column is not recognised
    assert combo.currentData() is None and not w.mapping_page.isComplete()
    assert "1 still to choose" in w.mapping_page.summary.text()
    combo.setCurrentIndex(combo.findData("notes_extra"))
    assert w.mapping_page.isComplete()
    w.mapping_page.remember.setChecked(True)
    click_next(qtbot, w)
    assert w.currentId() == W.PAGE_DATES  # 05/06/1990 reads both ways
    assert "05/06/1990" in w.dates_page.examples.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    click_radio(qtbot, w.dates_page.buttons["dmy"])
    click_next(qtbot, w)
    assert w.currentId() == W.PAGE_PREVIEW
    page = w.preview_page
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert "<b>3</b> rows: <b>2</b> new customers" in page.counts.text()
    assert "1 will be rejected" in page.counts.text()
    model = page.rows_model
    assert model.rowCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    mobile_col, birth_col = headers.index("Mobile"), headers.index("Date of birth")
    assert model.index(0, mobile_col).data() == "+34 612 34 56 78"
    assert model.index(0, birth_col).data() == "1990-06-05"
    assert model.index(0, headers.index("Notes")).data() == "Signo del zodiaco: Leo"
    assert model.index(2, 1).data().startswith("Rejected: Móvil: '600 000 00'")
    assert page.problems_model.rowCount() == 1
    assert page.tabs.tabText(1) == "Problems (1)"
    with salon_db.session() as session:  # the preview wrote nothing
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
    click_next(qtbot, w)  # "Import"
    qtbot.waitUntil(lambda: w.currentId() == W.PAGE_RESULT, timeout=10000)
    text = w.result_page.counts.text()
    assert "Imported: <b>2</b>" in text and "Rejected: <b>1</b>" in text
    assert w.result_page.open_rejected.isVisible()
    assert w.result.errors_file.exists()
    with salon_db.session() as session:
        names = set(session.scalars(select(Customer.first_name)))
    assert names == {"Ana", "Eva"}


def test_cancel_leaves_nothing(qtbot, salon_db, tmp_path, monkeypatch):
    rows = [["First name", "Mobile"]] + [[f"N{i}", f"6{i:08d}"] for i in range(3000)]
    path = write_csv(tmp_path / "big.csv", rows)
    real = import_steps.import_customers

    def slow(*args):
        # The real import until it has written customers, then it waits there (still in its
        # transaction) until the user cancels, however slow the machine.
        gen = real(*args)
        try:
            for step in gen:
                yield step
                if step[2] == "Saving customers…" and step[0] > 3000:
                    break
            for _ in range(500):
                time.sleep(0.02)
                yield step
        finally:
            gen.close()

    monkeypatch.setattr(import_steps, "import_customers", slow)
    w = W.ImportWizard(salon_db, path=path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.file_page.isComplete, timeout=5000)
    click_next(qtbot, w)
    click_next(qtbot, w)
    qtbot.waitUntil(w.preview_page.isComplete, timeout=5000)
    click_next(qtbot, w)
    assert w.currentId() == W.PAGE_IMPORT
    qtbot.waitUntil(lambda: w.import_page.progress.value() > 0, timeout=5000)
    qtbot.mouseClick(w.import_page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was written" in w.import_page.label.text(), timeout=10000)
    assert w.currentId() == W.PAGE_IMPORT
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_preview_lists_the_columns(qtbot, wizard):
    w = wizard
    choose_file(qtbot, w)
    click_next(qtbot, w)
    combo = w.mapping_page.combos[4]
    combo.setCurrentIndex(combo.findData("ignore"))
    click_next(qtbot, w)
    click_radio(qtbot, w.dates_page.buttons["mdy"])
    click_next(qtbot, w)
    qtbot.waitUntil(w.preview_page.isComplete, timeout=5000)
    page = w.preview_page
    rows = page.columns_model.rows
    assert ("Móvil", "Mobile") in rows and ("Signo del zodiaco", "Ignore this column") in rows
    assert page.tabs.tabText(3) == "Columns (4 imported)"
