"""Small helpers shared by the visit and money widgets: translation and amounts typed in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from salon_desk.ui import dialogs, formatting
from salon_desk.ui.widgets.money_edit import MoneyEdit as BaseMoneyEdit
from salon_desk.ui.i18n import translator


tr = translator("Visits")


def open_print_preview(parent: QWidget | None, db, kind: str, item_id: int, **options) -> None:
    """The print preview of a ticket, budget, appointment list... (ui.printing.open_preview), or
    a message when this installation has no printing."""
    try:
        from salon_desk.ui.printing import open_preview
    except ImportError:
        dialogs.show_error(parent, tr("Printing"),
                           tr("Printing is not available in this installation."))
        return
    open_preview(parent, db, kind, item_id, **options)


class MoneyEdit(BaseMoneyEdit):
    """An amount typed with two decimals, read and set in integer cents (never a float);
    ``maximum_cents`` caps what it returns. ``valueChanged`` follows every edit."""

    valueChanged = Signal()

    def __init__(self, code: str = "EUR", parent: QWidget | None = None,
                 maximum_cents: int | None = None) -> None:
        super().__init__(parent, suffix=formatting.currency_symbol(code))
        self.maximum_cents = maximum_cents
        self.setMinimumWidth(100)
        self.textChanged.connect(self._text_changed)

    def _text_changed(self, _text: str) -> None:
        self.valueChanged.emit()

    def cents(self) -> int:
        try:
            value = super().cents()
        except ValueError:
            return 0
        if self.maximum_cents is not None:
            value = min(value, self.maximum_cents)
        return value
