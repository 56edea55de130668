"""The bulk bar's actions wrap onto another line rather than being cut off in a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salon_desk.ui.customer_list_bulk import BulkActionBar


def _bar_in_page(qtbot, width: int) -> tuple[QWidget, BulkActionBar]:
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    bar = BulkActionBar(page)
    column.addWidget(bar)
    column.addStretch(1)
    page.resize(width, 500)
    return page, bar


def test_every_action_is_whole_in_a_narrow_window(qtbot):
    page, bar = _bar_in_page(qtbot, 900)
    bar.all_matching = True
    bar.show_ticked(0, 2000, filtered=False)
    page.show()
    qtbot.waitExposed(page)
    assert page.width() == 900  # the bar did not force the window wider
    buttons = [bar.set_badge_button, bar.remove_badge_button, bar.category_button,
               bar.activate_button, bar.deactivate_button, bar.export_button, bar.print_button,
               bar.message_button, bar.undo_button, bar.clear_selection_button]
    tops = set()
    for button in buttons:
        left = button.mapTo(page, QPoint(0, 0))
        right = button.mapTo(page, QPoint(button.width(), button.height()))
        assert left.x() >= 0 and right.x() <= page.width(), button.text()  # seen whole
        assert right.y() <= bar.mapTo(page, QPoint(0, bar.height())).y(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # not squeezed
        tops.add(left.y())
    assert len(tops) >= 2
    label = bar.label
    assert label.width() >= label.sizeHint().width()
