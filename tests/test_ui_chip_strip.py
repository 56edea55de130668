"""The filter chips wrap onto further lines instead of hiding behind a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salon_desk.ui.segments.feature import ChipStrip



def _in_page(qtbot, width: int) -> tuple[QWidget, ChipStrip]:
    """The strip as the list page holds it: in a column, above what follows."""
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    strip = ChipStrip(page)
    column.addWidget(strip)
    column.addStretch(1)
    page.resize(width, 400)
    return page, strip


CHIPS = [("gender", "Gender: Female"), ("services", "Booked a service: Balayage"),
         ("unused", "Never booked a service type: Waxing"), ("lapsed", "No visit for days: 60"),
         ("spent", "Spent, at least: 150,00 €"), ("badges", "Badge, any of: VIP, Colour club")]


def test_every_chip_is_whole_inside_a_narrow_strip(qtbot):
    page, strip = _in_page(qtbot, 560)
    removed = []
    strip.show_chips(CHIPS, removed.append)
    page.show()
    qtbot.waitExposed(strip)
    rows = set()
    for chip in strip.chips.values():
        assert chip.isVisible()
        left = chip.mapTo(strip, QPoint(0, 0))
        right = chip.mapTo(strip, QPoint(chip.width(), chip.height()))
        assert left.x() >= 0 and right.x() <= strip.width(), chip.text()
        assert right.y() <= strip.height(), chip.text()
        rows.add(left.y())
    assert len(rows) >= 2  # wrapped
    strip.chips["spent"].click()
    assert removed == ["spent"]


def test_chips_stay_on_one_line_when_they_fit(qtbot):
    page, strip = _in_page(qtbot, 1200)
    strip.show_chips(CHIPS[:2], lambda _name: None)
    page.show()
    qtbot.waitExposed(strip)
    tops = {chip.mapTo(strip, QPoint(0, 0)).y() for chip in strip.chips.values()}
    assert len(tops) == 1
