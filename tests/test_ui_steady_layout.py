"""Nothing jumps under the pointer: what appears or changes while working (the bulk-action bar,
the consent dates) keeps every row and box where it was, so the next click lands where aimed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from salon_desk.models import utcnow
from salon_desk.services.customers.views import ConsentCell
from salon_desk.ui.customer_list_model import COL_NAME, COL_SELECT
from salon_desk.ui.customer_list_page import CustomerListPage
from salon_desk.ui.widgets.consent_matrix import CATEGORIES, CHANNELS, ConsentMatrix


@pytest.fixture
def page(qtbot, salon_db, make_customer):
    for i in range(12):
        make_customer(first_name=f"Ana {i:02d}", last_name="Ríos")
    widget = CustomerListPage(salon_db)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _row_top(page: CustomerListPage, row: int) -> QPoint:
    """Where a row is drawn, in the page's coordinates (what the pointer aims at)."""
    rect = page.table.visualRect(page.model.index(row, COL_NAME))
    return page.table.viewport().mapTo(page, rect.topLeft())


def _click_tick(qtbot, page: CustomerListPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, COL_SELECT))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_ticking_a_customer_does_not_move_the_rows(qtbot, page):
    before = [_row_top(page, r) for r in range(5)]
    _click_tick(qtbot, page, 0)
    assert page.model.checked_count() == 1
    assert page.bulk.bar.isVisible()
    assert [_row_top(page, r) for r in range(5)] == before
    # The next click, aimed where row 2's tick was, ticks row 2 (not row 1).
    _click_tick(qtbot, page, 2)
    assert set(page.model.checked_ids()) == {page.model.id_at(0), page.model.id_at(2)}
    qtbot.mouseClick(page.bulk.clear_selection_button, Qt.MouseButton.LeftButton)
    assert not page.bulk.bar.isVisible() and page.model.checked_count() == 0
    assert [_row_top(page, r) for r in range(5)] == before


def test_the_reserved_bar_says_what_ticking_is_for(qtbot, page):
    assert page.bulk.hint.isVisible() and "Tick" in page.bulk.hint.text()
    _click_tick(qtbot, page, 1)
    assert not page.bulk.hint.isVisible()
    assert page.bulk.label.text().startswith("1")


def _places(matrix: ConsentMatrix, top: QWidget) -> dict:
    QApplication.processEvents()  # let the layout settle, as it does before the next click
    return {key: box.mapTo(top, QPoint(0, 0)) for key, box in matrix.boxes.items()}


@pytest.mark.parametrize("stored", [False, True])
def test_ticking_consent_boxes_does_not_move_the_others(qtbot, stored):
    top = QWidget()
    qtbot.addWidget(top)
    matrix = ConsentMatrix(top)
    if stored:  # a customer with dates recorded: "Given 12/28/2025", "Withdrawn …"
        when = utcnow() - dt.timedelta(days=400)
        matrix.set_cells({(c, ch): ConsentCell(c, ch, i % 2 == 0, when)
                          for i, (c, ch) in enumerate((c, ch) for c in CATEGORIES
                                                      for ch in CHANNELS)})
    top.resize(900, 200)
    top.show()
    qtbot.waitExposed(top)
    before = _places(matrix, top)
    for key, box in matrix.boxes.items():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        assert _places(matrix, top) == before, (key, matrix.dates[key].text())
    # Every date line fits its column whole.
    for key, label in matrix.dates.items():
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), key
