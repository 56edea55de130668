"""A record tab that builds its widgets the first time it loads.

The record window creates every tab when it opens; building tables, filters and buttons only
for the tab actually shown keeps opening a record fast.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database
from salon_desk.ui.record.base import RecordTab


class LazyTab(RecordTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._built = False

    def build(self) -> None:
        """Create the tab's widgets (called once, before the first load)."""
        raise NotImplementedError

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self.build()
