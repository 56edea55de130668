"""Exporting from the menus: texts too long for a spreadsheet cell are said (how many cells,
whose records, not what they hold); a template or export to a folder that is not there is a
clear message, not a crash."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from salon_desk.models import Customer
from salon_desk.ui import dialogs


@pytest.fixture
def messages(monkeypatch):
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: seen.append(("info", text)))
    monkeypatch.setattr(dialogs, "show_error",
                        lambda _p, _t, text: seen.append(("error", str(text))))
    return seen


@pytest.fixture
def window(qtbot, salon_db):
    from salon_desk.ui.composition import build_main_window

    w = build_main_window(salon_db)
    qtbot.addWidget(w)
    return w


def _action(window, name: str) -> QAction:
    return window.findChild(QAction, name)


def test_export_says_which_records_had_texts_too_long_for_a_cell(qtbot, window, salon_db,
                                                                 tmp_path, monkeypatch,
                                                                 messages):
    with salon_db.transaction() as session:
        long = Customer(first_name="Ana", notes="Nota larga " * 4000)
        session.add_all([Customer(first_name="Eva"), long])
        session.flush()
        long_id = long.id
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "all.xlsx"))
    _action(window, "export_all").trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    kind, text = messages[-1]
    assert kind == "info" and "2 customers exported" in text
    assert "1 cell held more than" in text and f"#{long_id}" in text
    assert "Nota larga" not in text


def test_template_to_a_missing_folder_is_said(window, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(dialogs, "choose_save_file",
                        lambda *a, **k: str(tmp_path / "gone" / "template.xlsx"))
    _action(window, "import_template").trigger()
    assert messages and messages[-1][0] == "error"
    assert "does not exist" in messages[-1][1]
    assert not (tmp_path / "gone").exists()
