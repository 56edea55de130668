"""Item models of the Duplicates page: the groups found, and one group side by side."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from salon_desk.services.merging.review import CompareRow, RecordSummary
from salon_desk.services.duplicates.scan import DuplicateGroup
from salon_desk.ui.duplicates.labels import (
    confidence_text,
    field_label,
    match_text,
    moved_text,
    tr,
    value_text,
)

SortRole = Qt.ItemDataRole.UserRole
GroupRole = Qt.ItemDataRole.UserRole + 1
LEVEL_COLOURS = {"high": "#c62828", "medium": "#ef6c00", "low": "#78909c"}
_LEVEL_ORDER = {"high": 0, "medium": 1, "low": 2}


def percent(score: float) -> str:
    """A probability as a whole percentage, never shown as a certain 100 %."""
    return f"{min(int(score * 100), 99)}%"


class GroupsModel(QAbstractTableModel):
    """The groups of a scan, filtered by confidence; names looked up once per scan."""

    COL_CONFIDENCE, COL_SCORE, COL_MATCH, COL_CUSTOMERS, COL_COUNT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_groups: list[DuplicateGroup] = []
        self.groups: list[DuplicateGroup] = []
        self.names: dict[int, str] = {}
        self.levels = {"high", "medium", "low"}

    def set_groups(self, groups: list[DuplicateGroup], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.all_groups = list(groups)
        self.names = dict(names)
        self._apply()
        self.endResetModel()

    def set_levels(self, levels: set[str]) -> None:
        self.beginResetModel()
        self.levels = set(levels)
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self.groups = [g for g in self.all_groups if g.confidence in self.levels]

    def remove_customers(self, ids: set[int]) -> None:
        """Drop the groups that hold any of these customers (merged or dismissed)."""
        self.beginResetModel()
        self.all_groups = [g for g in self.all_groups if not ids & set(g.customers)]
        self._apply()
        self.endResetModel()

    def remove_group(self, group: DuplicateGroup) -> None:
        self.beginResetModel()
        self.all_groups = [g for g in self.all_groups if g is not group]
        self._apply()
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup | None:
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def counts(self) -> dict[str, int]:
        out = {"high": 0, "medium": 0, "low": 0}
        for g in self.all_groups:
            out[g.confidence] += 1
        return out

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Confidence"), tr("Score"), tr("Match"), tr("Customers"),
                    tr("Records")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        g = self.groups[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_CONFIDENCE:
                return confidence_text(g.confidence)
            if col == self.COL_SCORE:
                return percent(g.score)
            if col == self.COL_MATCH:
                return match_text(g.match)
            if col == self.COL_CUSTOMERS:
                return "  ·  ".join(self.names.get(i) or f"#{i}" for i in g.customers)
            if col == self.COL_COUNT:
                return str(len(g.customers))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_CONFIDENCE:
            return QBrush(QColor(LEVEL_COLOURS[g.confidence]))
        if role == Qt.ItemDataRole.FontRole and col == self.COL_CONFIDENCE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_SCORE,
                                                                 self.COL_COUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            ids = ", ".join(f"#{i}" for i in g.customers)
            return tr("Customers {0}: estimated probability {1} that they are the same "
                      "person").format(ids, percent(g.score))
        if role == SortRole:
            return [_LEVEL_ORDER[g.confidence], -g.score, g.match,
                    self.data(index), len(g.customers)][col]
        if role == GroupRole:
            return g
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        key = {
            self.COL_CONFIDENCE: lambda g: (_LEVEL_ORDER[g.confidence], -g.score),
            self.COL_SCORE: lambda g: g.score,
            self.COL_MATCH: lambda g: match_text(g.match),
            self.COL_CUSTOMERS: lambda g: self.names.get(g.customers[0], "").casefold(),
            self.COL_COUNT: lambda g: len(g.customers),
        }[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        self.all_groups.sort(key=key, reverse=reverse)
        self._apply()
        self.endResetModel()


class CompareModel(QAbstractTableModel):
    """One group side by side: a row per field, a column per record; differences in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self.rows: list[CompareRow] = []
        self.summaries: dict[int, RecordSummary] = {}

    def set_group(self, ids: list[int], rows: list[CompareRow],
                  summaries: dict[int, RecordSummary]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self.summaries = summaries
        history = [self._history(summaries.get(i)) for i in ids]
        self.rows = [*rows, CompareRow("history", "History", history, False)]
        self.endResetModel()

    def clear(self) -> None:
        self.set_group([], [], {})
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    @staticmethod
    def _history(s: RecordSummary | None) -> str:
        if s is None:
            return ""
        text = ", ".join((moved_text("appointments", s.appointments),
                          moved_text("sales", s.sales)))
        if s.last_visit:
            text += " · " + tr("last visit {0}").format(
                s.last_visit.astimezone().strftime("%d/%m/%Y"))
        return text

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            s = self.summaries.get(self.ids[section])
            return f"#{self.ids[section]} {s.name if s else ''}".strip()
        row = self.rows[section]
        return field_label(row.key, row.label)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        text = row.values[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = value_text(text)
            return text.replace("\n", " ⏎ ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.FontRole and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return QBrush(QColor("#fff4e0"))
        return None
