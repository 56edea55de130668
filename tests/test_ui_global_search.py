"""The toolbar search box (Ctrl+K): Enter opens the first match unless another is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salon_desk.ui import composition
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.details_tab import DetailsTab


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setattr(composition, "record_tabs", lambda: [DetailsTab])
    monkeypatch.setattr(composition, "record_window_features", list)
    yield
    record_window._windows.clear()


@pytest.fixture
def roigs(make_customer):
    ids = [make_customer(first_name=name, last_name="Roig")
           for name in ("Fina", "Fidela", "Filomena")]
    make_customer(first_name="Gala")
    return ids


def _window(qtbot, db) -> MainWindow:
    window = composition.build_main_window(db, features=[])
    qtbot.addWidget(window)
    window.show()
    return window


def _opened(db) -> list[int]:
    return [cid for path, cid in record_window._windows if path == str(db.path)]


def test_enter_opens_the_first_match_without_choosing_one(qtbot, salon_db, roigs):
    window = _window(qtbot, salon_db)
    box = window.search_box
    qtbot.keyClicks(box, "roig")
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.popup.model.rowCount() == 3,
                    timeout=2000)
    first = box.popup.model.rows[0].id
    assert first in roigs
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert _opened(salon_db) == [first]
    assert not box.popup.isVisible()


def test_enter_typed_before_the_results_show_opens_the_first_match(qtbot, salon_db, roigs):
    window = _window(qtbot, salon_db)
    box = window.search_box
    qtbot.keyClicks(box, "fidela")
    qtbot.keyClick(box, Qt.Key.Key_Enter)  # faster than the search delay
    assert _opened(salon_db) == [roigs[1]]


def test_enter_opens_the_match_chosen_with_the_arrows(qtbot, salon_db, roigs):
    window = _window(qtbot, salon_db)
    box = window.search_box
    qtbot.keyClicks(box, "roig")
    qtbot.waitUntil(lambda: box.popup.model.rowCount() == 3, timeout=2000)
    assert box.popup.current_id() == box.popup.model.rows[0].id  # what Enter opens, shown
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    chosen = box.popup.current_id()
    assert chosen == box.popup.model.rows[1].id
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert _opened(salon_db) == [chosen]


def test_shift_enter_lists_every_match(qtbot, salon_db, roigs):
    window = _window(qtbot, salon_db)
    qtbot.keyClicks(window.search_box, "roig")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _opened(salon_db) == []
    assert window.customer_list.model.rowCount() == 3
    assert window.customer_list.filters.search_edit.text() == "roig"


def test_enter_with_no_match_opens_nothing(qtbot, salon_db, roigs):
    window = _window(qtbot, salon_db)
    qtbot.keyClicks(window.search_box, "zzzz")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert _opened(salon_db) == []
    assert "No customer matches" in window.search_box.popup.footer.text()


def test_the_highlighted_match_is_drawn_in_light_text(qtbot, salon_db, roigs):
    """The row Enter opens is highlighted; its name and details must stay readable on it."""
    window = _window(qtbot, salon_db)
    box = window.search_box
    qtbot.keyClicks(box, "roig")
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.popup.model.rowCount() == 3,
                    timeout=2000)
    view = box.popup.view
    rect = view.visualRect(box.popup.model.index(0, 0))
    image = view.viewport().grab(rect).toImage()
    lightest = max(image.pixelColor(x, y).lightness()
                   for x in range(image.width()) for y in range(image.height()))
    background = image.pixelColor(2, 2).lightness()
    assert background < 200  # the highlight colour
    assert lightest > 230  # white text on it, not dark or grey
