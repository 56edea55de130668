"""The Qt binding itself: defects that would take the whole app down."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 500

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None  # what every model answers for the roles it does not use


def test_models_answering_none_do_not_use_up_none(qapp):
    """PySide6 6.12 drops a reference to None each time Qt reads a None from a Python model;
    under Python 3.11 a minute of scrolling then aborts the interpreter ("deallocating None").
    The pinned binding must not do that."""
    model = _Empty()
    before = sys.getrefcount(None)
    for row in range(2000):
        # QModelIndex.data() goes through Qt, as a view's painting does.
        model.index(row % 500, row % 6).data(Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) >= before - 10
