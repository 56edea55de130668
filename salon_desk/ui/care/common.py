"""Helpers shared by the care tabs: translation, writes with errors shown, small table models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QWidget,
)

from salon_desk.models import Staff
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.sales import catalog
from salon_desk.ui import formatting
from salon_desk.ui.saving import run_write
from salon_desk.ui.visits.table import RowRole, list_view, selected_row

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("Care", text)


def trn(text: str, n: int) -> str:
    """A text that counts ("%n visit(s)"), with the plural form for n."""
    return QCoreApplication.translate("Care", text, None, n)


def write(parent: QWidget | None, db: Database, title: str,
          work: Callable[[Any], Any]) -> tuple[bool, Any]:
    """Run ``work(session)`` in one transaction; a SalonError is shown as it is.

    Returns (ok, what work returned)."""
    outcome = run_write(parent, db, title, work)
    return outcome.ok, outcome.value


def read(db: Database, work: Callable[[Any], Any]) -> Any:
    with db.session() as session:
        return work(session)


def currency(db: Database) -> str:
    return read(db, lambda s: settings.get(s, settings.CURRENCY))


def staff_choices(db: Database) -> list[tuple[int, str]]:
    return read(db, lambda s: [(x.id, x.name) for x in catalog.list_items(s, Staff, True)])


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_text(value: dt.date | dt.datetime | None) -> str:
    return formatting.date(value)


def datetime_text(value: dt.datetime | None) -> str:
    return formatting.datetime(value)


def appointment_text(at: dt.datetime | None, service: str = "", staff: str = "",
                     with_time: bool = False) -> str:
    """An appointment as the lists show it: "5 Aug 2026 · Full colour"."""
    if at is None:
        return ""
    when = datetime_text(at) if with_time else date_text(at)
    return " · ".join(p for p in (when, service, staff) if p)


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class RowsTableModel(QAbstractTableModel):
    """A read-only table over plain rows (dataclasses) from one service call.

    Subclasses name their columns (``COL_DATE = 0`` ...), list their titles in ``headers()`` and
    say what a cell shows in ``cell(row, column)``.
    """

    ALIGN_RIGHT: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._brushes: dict[str, QBrush] = {}

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def colour(self, row: Any, column: int) -> str | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def decoration(self, row: Any, column: int) -> Any:
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def index_of(self, row_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), None)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            if colour:
                if colour not in self._brushes:
                    self._brushes[colour] = QBrush(QColor(colour))
                return self._brushes[colour]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.ALIGN_RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return row
        return None


def make_table(model: RowsTableModel, widths: Sequence[int],
               parent: QWidget | None = None) -> QTableView:
    """A list view: whole rows selected, fixed row heights, set column widths."""
    return list_view(model, widths, parent, scroll_per_pixel=False)


def selected(view: QTableView) -> Any | None:
    return selected_row(view)


def select_id(view: QTableView, model: RowsTableModel, row_id: int | None) -> None:
    if row_id is None:
        return
    i = model.index_of(row_id)
    if i is not None:
        view.selectRow(i)
