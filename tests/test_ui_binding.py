"""The Qt binding itself: defects that would take the whole app down."""

from __future__ import annotations

import ctypes
import sys

from none_references import counted_none
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 500

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None  # what every model answers for the roles it does not use


class _DropsNone(_Empty):
    """A model whose answers lose a reference to None, as every answer did under PySide6 6.12."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        ctypes.pythonapi.Py_DecRef(ctypes.c_void_p(id(None)))
        return None


def _none_drift(model: QAbstractTableModel, reads: int) -> int:
    """How None's reference count moves while Qt reads ``reads`` cells of the model. Counted
    on every Python: since 3.12 None is immortal and sys.getrefcount(None) alone never moves
    (tests/none_references.py)."""
    with counted_none():
        before = sys.getrefcount(None)
        for row in range(reads):
            # QModelIndex.data() goes through Qt, as a view's painting does.
            model.index(row % 500, row % 6).data(Qt.ItemDataRole.DisplayRole)
        return sys.getrefcount(None) - before


def test_models_answering_none_do_not_use_up_none(qapp):
    """PySide6 6.12 drops a reference to None each time Qt reads a None from a Python model;
    under Python 3.11 a minute of scrolling then aborts the interpreter ("deallocating None").
    The pinned binding must not do that, whichever Python runs the tests."""
    assert _none_drift(_Empty(), 2000) >= -10


def test_the_none_guard_sees_a_binding_that_drops_none(qapp):
    """The guard above can fail on this Python: a model that loses a reference to None with
    each answer is caught (on 3.12 and later too, where a bare sys.getrefcount(None) missed it)."""
    reads = 200
    drift = _none_drift(_DropsNone(), reads)
    incref = ctypes.pythonapi.Py_IncRef
    for _ in range(-drift):  # give None back what was taken (3.11: None's real count)
        incref(ctypes.c_void_p(id(None)))
    assert drift <= -reads
