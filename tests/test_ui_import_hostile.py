"""The import wizard with hostile files, in Spanish: what the reading saw is said on the file
page, in the preview and on the result page; a refused file is said in words, never a
traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from salon_desk.ui import dialogs
from salon_desk.ui.transfer import import_wizard as W

STRAY = ("Nombre,Apellidos,Email\n"
         "Ana,Ruiz,ana@example.com\n"
         "Pia,Rey,pia@example.com,vino con su madre\n"
         'Eva,"Gil,eva@example.com\n'
         "Luz,Mar,luz@example.com\n"
         "Sol,Paz,sol@example.com\n")


def open_wizard(qtbot, db, monkeypatch, path):
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *a, **k: str(path))
    w = W.ImportWizard(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.mouseClick(w.file_page.browse, Qt.MouseButton.LeftButton)
    return w


def click_next(qtbot, w):
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_a_stray_quote_is_said_before_and_after_importing(qtbot, salon_db, tmp_path,
                                                          monkeypatch, spanish):
    path = tmp_path / "clientes.csv"
    path.write_text(STRAY, encoding="utf-8")
    w = open_wizard(qtbot, salon_db, monkeypatch, path)
    qtbot.waitUntil(w.file_page.isComplete, timeout=5000)
    warnings = w.file_page.warnings.text()
    assert "Fila 4: unas comillas" in warnings and "líneas 4 a 6" in warnings
    assert "Row 4" not in warnings

    click_next(qtbot, w)  # the column without a header goes to the notes by itself
    assert w.currentId() == W.PAGE_MAPPING
    assert "Columna D" in [w.mapping_page.table.item(r, 0).text()
                           for r in range(w.mapping_page.table.rowCount())]
    click_next(qtbot, w)
    page = w.preview_page
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert "Fila 4: unas comillas" in page.warnings.text()
    problems = page.problems_model
    texts = [problems.index(r, 3).data() for r in range(problems.rowCount())]
    assert any(t.startswith("ocupa las líneas 4 a 6") for t in texts)
    assert "Revisar importación" in page.counts.text()

    click_next(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == W.PAGE_RESULT, timeout=10000)
    result = w.result_page.counts.text()
    assert "Fila 4: unas comillas" in result
    assert "Revisar importación" in result


def test_a_refused_file_is_said_in_words(qtbot, salon_db, tmp_path, monkeypatch, spanish):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    w = open_wizard(qtbot, salon_db, monkeypatch, path)
    qtbot.waitUntil(lambda: "foto.csv" in w.file_page.file_info.text(), timeout=5000)
    text = w.file_page.file_info.text()
    assert "no es un archivo de texto ni una hoja de cálculo" in text
    assert "Traceback" not in text and not w.file_page.isComplete()


def test_the_preview_says_what_happens_to_each_row_in_spanish(qtbot, salon_db, tmp_path,
                                                              monkeypatch, spanish):
    path = tmp_path / "clientes.csv"
    path.write_text("Nombre,Apellidos,Fecha de nacimiento,Móvil\nAna,Ruiz,31/31/1980,\n"
                    ",,,612345678\nEva,Gil,17/05/1990,612 ABC 678\n", encoding="utf-8")
    w = open_wizard(qtbot, salon_db, monkeypatch, path)
    qtbot.waitUntil(w.file_page.isComplete, timeout=5000)
    click_next(qtbot, w)
    if w.currentId() == W.PAGE_MAPPING:
        click_next(qtbot, w)
    page = w.preview_page
    qtbot.waitUntil(page.isComplete, timeout=5000)
    rows = page.rows_model
    statuses = [rows.index(r, 1).data() for r in range(rows.rowCount())]
    assert statuses == ["Nuevo (los valores ilegibles se guardan en las notas)",
                        "Rechazada: Sin nombre: hace falta un nombre o unos apellidos",
                        "Nuevo (los valores ilegibles se guardan en las notas)"]
    problems = page.problems_model
    why = {problems.index(r, 2).data(): problems.index(r, 3).data()
           for r in range(problems.rowCount())}
    assert why["31/31/1980"] == "no existe el mes 31"
    assert why["612 ABC 678"].startswith("«612 ABC 678» tiene letras")
