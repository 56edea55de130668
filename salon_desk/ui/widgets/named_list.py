"""The left column of a settings page that edits a list of named things (survey templates,
message templates): the list, New and Delete…, and which thing the page's editor shows.

The page keeps its editor; it says how a thing is stored from the editor (``store``), shown in it
(``show``, None when nothing is chosen) and named in the list (``text``). Things the page
deletes are kept in ``deleted`` (their ids) until it saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget


class NamedList:
    """The things (each with an ``id``, None until saved), the list that names them, and the
    New and Delete… buttons under it (``column``: their layout, for the page)."""

    def __init__(self, parent: QWidget, new_text: str, delete_text: str, width: int, *,
                 store: Callable[[Any], None], show: Callable[[Any | None], None],
                 text: Callable[[Any], str], unnamed: str) -> None:
        self._store, self._show, self._text, self._unnamed = store, show, text, unnamed
        self.items: list[Any] = []
        self.deleted: list[int] = []
        self.current = -1
        self.column = QVBoxLayout()
        self.list = QListWidget(parent)
        self.list.setMaximumWidth(width)
        self.list.currentRowChanged.connect(self.select)
        self.column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(new_text, parent)
        self.delete_button = QPushButton(delete_text, parent)
        self.delete_button.setObjectName("danger")
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        self.column.addLayout(row)

    def fill(self, items: list[Any]) -> None:
        """Show these things (freshly loaded), the first one chosen."""
        self.items, self.deleted, self.current = list(items), [], -1
        self.list.clear()
        for item in self.items:
            self.list.addItem(self._text(item))
        self.list.setCurrentRow(0 if self.items else -1)
        self.select(self.list.currentRow())

    def store_current(self) -> None:
        if 0 <= self.current < len(self.items):
            self._store(self.items[self.current])

    def select(self, row: int) -> None:
        if row == self.current:
            return
        self.store_current()
        self.current = row
        valid = 0 <= row < len(self.items)
        self.delete_button.setEnabled(valid)
        self._show(self.items[row] if valid else None)

    def name_edited(self, text: str) -> None:
        """The name typed in the editor, shown in the list as it is typed."""
        item = self.list.currentItem()
        if item is not None:
            item.setText(text or self._unnamed)

    def add(self, item: Any) -> None:
        """A new thing at the end of the list, chosen."""
        self.store_current()
        self.items.append(item)
        self.list.addItem(self._text(item))
        self.list.setCurrentRow(len(self.items) - 1)

    def remove_current(self, confirmed: Callable[[Any], bool]) -> None:
        """Take the chosen thing out of the list when ``confirmed(thing)`` says so."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.items) or not confirmed(self.items[row]):
            return
        if self.items[row].id is not None:
            self.deleted.append(self.items[row].id)
        self.current = -1
        del self.items[row]
        self.list.takeItem(row)
        self.select(self.list.currentRow())
