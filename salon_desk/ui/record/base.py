"""What every tab of the customer record is.

A tab is built FOR one customer: ``cls(db, customer_id, parent)``. It builds its widgets and
loads its rows the first time it is shown (``ensure_loaded``), so opening a record only pays for
the tab in front; ``invalidate`` marks it stale and it loads again when next shown. The record
window labels every tab from one query (services.customers.record_counts.tab_counts): a tab
names its count there with ``COUNT``. A tab that changes data emits ``changed``; the window then
refreshes its header and marks the other tabs stale. App events (``customers``, ``appointments``,
``money``) about the customer mark stale the tabs whose ``EVENTS`` name them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database

ALL_EVENTS = frozenset({"customers", "appointments", "money"})


class RecordTab(QWidget):
    changed = Signal()
    # Ask the window to show another tab, by class name (e.g. "DebtsTab").
    show_tab = Signal(str)
    # The key of record_counts.tab_counts shown in the label ("Sales (12)"); None: no count.
    COUNT: ClassVar[str | None] = None
    # The app events after which the tab's rows may have changed.
    EVENTS: ClassVar[frozenset[str]] = ALL_EVENTS

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self._built = False
        self._stale = True

    def title(self) -> str:
        """The tab's label, translated (the window appends the count)."""
        raise NotImplementedError

    def build(self) -> None:
        """Create the tab's widgets (called once, before the first load)."""

    def load(self) -> None:
        """Fill the tab from the database (when first shown, and when shown again stale)."""
        raise NotImplementedError

    def highlighted(self, counts: Mapping[str, int]) -> bool:
        """True when the tab needs attention (the debts tab when something is owed)."""
        return False

    @property
    def stale(self) -> bool:
        return self._stale

    def ensure_loaded(self) -> None:
        """Build the tab if it never was, and load it if it is stale."""
        if not self._built:
            self._built = True
            self.build()
        if self._stale:
            self._stale = False
            self.load()

    def invalidate(self) -> None:
        """The tab's rows may be out of date: load them again when next shown."""
        self._stale = True
