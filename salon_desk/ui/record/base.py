"""What every tab of the customer record is.

The record window builds one instance of each class listed in ``tabs.TAB_CLASSES`` and calls
``load(customer_id)`` when the tab is first shown (tabs load lazily, so opening a record only
pays for the tab in front). A tab that changes data emits ``changed``; the window then refreshes
its header and marks the other tabs stale so they reload when shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database


class RecordTab(QWidget):
    changed = Signal()
    # Ask the window to show another tab, by class name (e.g. "DebtsTab").
    show_tab = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id: int | None = None

    def title(self) -> str:
        """The tab's label, translated (the window appends the count)."""
        raise NotImplementedError

    def load(self, customer_id: int) -> None:
        """Fill the tab for this customer (called when shown and after changes)."""
        raise NotImplementedError

    def count(self) -> int | None:
        """How many items the tab holds, shown in its label; None for no count."""
        return None

    def highlighted(self) -> bool:
        """True when the tab needs attention (the debts tab when something is owed)."""
        return False

    def tab_count(self, customer_id: int) -> int | None:
        """The count for the label without loading the whole tab (a cheap COUNT query)."""
        return None
