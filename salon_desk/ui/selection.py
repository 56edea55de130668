"""Buttons that act on the selected row of a list: usable only while a row is selected."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
from shiboken6 import isValid


def enable_with_selection(view: QAbstractItemView, *buttons: QAbstractButton) -> None:
    """Keep ``buttons`` enabled exactly while ``view`` has a selected row.

    A reload (model reset) clears the selection without telling selectionChanged, so both are
    followed. Buttons with further conditions set those after this, on the same signals.
    """

    def update(*_args) -> None:
        if not isValid(view):  # a view being deleted empties its own model first
            return
        selection = view.selectionModel()
        on = selection is not None and bool(selection.selectedRows())
        for button in buttons:
            if isValid(button):
                button.setEnabled(on)

    view.selectionModel().selectionChanged.connect(update)
    model = view.model()
    model.modelReset.connect(update)
    model.rowsRemoved.connect(update)
    update()
