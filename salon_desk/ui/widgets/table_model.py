"""The one read-only table model of the app: a list of plain rows described by columns.

Each ``Column`` says its title, the text of a cell (a function of the row), its width and
alignment, and optionally its colour, tooltip and icon. The rows come from one service query
(already ordered in SQL); the model only formats them. Views made by ``make_table`` get fixed
row heights and the columns' widths, so showing 2,000 rows costs nothing more than showing 20.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

RowRole = Qt.ItemDataRole.UserRole
ROW_HEIGHT = 26
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
MUTED = QColor("#8a8494")
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    title: str
    text: Callable[[Any], Any]
    width: int = 100
    align: Qt.AlignmentFlag = LEFT
    colour: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], Any] | None = None  # a QIcon (or None) drawn before the text


class RowsModel(QAbstractTableModel):
    """``muted`` rows are drawn grey (cancelled, expired...). With ``view_alignment`` only
    right-aligned columns say so; the rest is aligned as the view does by default (titles
    centred, captions centred under the icons of an icon view)."""

    def __init__(self, columns: Sequence[Column], parent=None,
                 muted: Callable[[Any], bool] | None = None,
                 view_alignment: bool = False) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._muted = muted
        self._view_alignment = view_alignment
        self._brushes: dict[str, QBrush] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def index_of(self, row_id: int) -> int | None:
        """The position of the row whose ``id`` is row_id, or None."""
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._alignment(self.columns[section], header=True)
        return None

    def _alignment(self, column: Column, header: bool = False) -> int | None:
        if self._view_alignment and (header or column.align != RIGHT):
            return None
        return int(column.align)

    def _brush(self, colour: str) -> QBrush:
        if colour not in self._brushes:
            self._brushes[colour] = QBrush(QColor(colour))
        return self._brushes[colour]

    def _foreground(self, row: Any, column: Column) -> QBrush | None:
        if column.colour is not None and (colour := column.colour(row)):
            return self._brush(colour)
        if self._muted is not None and self._muted(row):
            return self._brush(MUTED.name())
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == RowRole:
            return row
        return None


def make_table(model: RowsModel, parent: QWidget | None = None,
               scroll_per_pixel: bool = True) -> QTableView:
    """A view for a RowsModel: whole-row selection, fixed heights, the columns' own widths."""
    return list_view(model, [column.width for column in model.columns], parent,
                     scroll_per_pixel)


def list_view(model: QAbstractTableModel, widths: Sequence[int], parent: QWidget | None = None,
              scroll_per_pixel: bool = True) -> QTableView:
    """A read-only list: whole rows selected one at a time, fixed row heights, set widths."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    if scroll_per_pixel:
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws section titles
    metrics = QFontMetrics(font)
    for i, width in enumerate(widths):
        # Never narrower than the title: translated titles are often longer than English ones.
        title = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        header.resizeSection(i, max(width, metrics.horizontalAdvance(title) + 16))
    header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> Any | None:
    """The row object under the selection, or None."""
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes:
        return None
    return view.model().data(indexes[0], RowRole)


def select_id(view: QTableView, model: RowsModel, row_id: int | None) -> None:
    """Select the row whose ``id`` is row_id, when it is listed."""
    if row_id is None:
        return
    i = model.index_of(row_id)
    if i is not None:
        view.selectRow(i)
