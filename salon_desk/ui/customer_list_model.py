"""The customer list as a Qt table model that stays fast with 100,000 customers.

The model holds only the ordered list of matching ids (one SQL query, filtered and sorted in
SQLite). Rows are fetched when the view asks for them, a page at a time, and kept in a small
LRU cache of pages, the way Anki's browser table does it. Sorting by a column runs a new query.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from salon_desk.models.db import Database
from salon_desk.services.customer_views import BadgeInfo, list_badge_infos
from salon_desk.services.phones import format_phone
from salon_desk.services.search import CustomerFilter, CustomerRow, fetch_rows, search_ids
from salon_desk.ui import formatting

COL_SELECT = 0
COL_NAME = 1
COL_EMAIL = 2
COL_MOBILE = 3
COL_GENDER = 4
COL_STATUS = 5
COL_BADGES = 6
COL_LAST_VISIT = 7
COLUMN_COUNT = 8

# Column -> sort key of services.search.build_query; columns missing here do not sort.
SORT_KEYS = {COL_NAME: "name", COL_EMAIL: "email", COL_MOBILE: "mobile", COL_GENDER: "gender",
             COL_STATUS: "status", COL_LAST_VISIT: "last_visit"}

IdRole = Qt.ItemDataRole.UserRole
BadgesRole = Qt.ItemDataRole.UserRole + 1  # list[BadgeInfo] of the row
RowRole = Qt.ItemDataRole.UserRole + 2  # the CustomerRow

PAGE_SIZE = 200
MAX_PAGES = 30

WARNING_GLYPH = "⚠"
BLOCKED_GLYPH = "⛔"

Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    checked_changed = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = CustomerFilter()
        self.sort_key = "name"
        self.descending = False
        self.sort_column = COL_NAME
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._checked: set[int] = set()
        self._badges: dict[int, BadgeInfo] = {}
        self.pages_fetched = 0  # how many pages were read from the database (tests, benchmarks)

    # --- querying -------------------------------------------------------------------------
    def set_filter(self, flt: CustomerFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Run the query again (filter, sort) and drop every cached page."""
        with self.db.session() as session:
            ids = search_ids(session, self.filter, self.sort_key, self.descending)
            self._badges = {b.id: b for b in list_badge_infos(session)}
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._pages.clear()
        self._checked &= set(ids)
        self.endResetModel()
        self.checked_changed.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _row(self, row: int) -> CustomerRow | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch_page(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _fetch_page(self, number: int) -> list[CustomerRow]:
        ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        with self.db.session() as session:
            rows = {r.id: r for r in fetch_rows(session, ids)}
        # A customer deleted meanwhile keeps its place (shown empty) until the next reload.
        page = [rows.get(i) or _gone(i) for i in ids]
        self._pages[number] = page
        self.pages_fetched += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def invalidate_rows(self) -> None:
        """Forget cached rows (their data changed) without changing which ids are listed."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                              COLUMN_COUNT - 1))

    # --- ids and check boxes --------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {cid: r for r, cid in enumerate(self._ids)}
        return self._row_of.get(customer_id)

    def badge(self, badge_id: int) -> BadgeInfo | None:
        return self._badges.get(badge_id)

    def checked_ids(self) -> list[int]:
        """Checked customers in list order."""
        if not self._checked:
            return []
        return [i for i in self._ids if i in self._checked]

    def checked_count(self) -> int:
        return len(self._checked)

    def set_checked(self, ids: list[int], on: bool) -> None:
        if on:
            self._checked |= set(ids) & set(self._ids)
        else:
            self._checked -= set(ids)
        if self._ids:
            self.dataChanged.emit(self.index(0, COL_SELECT),
                                  self.index(len(self._ids) - 1, COL_SELECT),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def check_all(self) -> None:
        self.set_checked(self._ids, True)

    def clear_checked(self) -> None:
        self.set_checked(list(self._checked), False)

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {COL_SELECT: "", COL_NAME: self.tr("Name"), COL_EMAIL: self.tr("Email"),
                    COL_MOBILE: self.tr("Mobile"), COL_GENDER: self.tr("Gender"),
                    COL_STATUS: self.tr("Status"), COL_BADGES: self.tr("Badges"),
                    COL_LAST_VISIT: self.tr("Last visit")}.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_SELECT:
            return self.tr("Tick customers for bulk actions")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_SELECT:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_SELECT:
            return False
        cid = self.id_at(index.row())
        if cid is None:
            return False
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self._checked.add(cid)
        else:
            self._checked.discard(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == IdRole:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            if column != COL_SELECT:
                return None
            checked = self.id_at(index.row()) in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == RowRole:
            return row
        if role == BadgesRole:
            return [b for b in (self._badges.get(i) for i in row.badge_ids) if b]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active or column == COL_LAST_VISIT:
                return QBrush(QColor("#8a8494"))
            if column == COL_STATUS and row.blocked:
                return QBrush(QColor("#c62828"))
        return None

    def _display(self, row: CustomerRow, column: int) -> str | None:
        if column == COL_NAME:
            marks = (f"{WARNING_GLYPH} " if row.allergies else "") + (
                f"{BLOCKED_GLYPH} " if row.blocked else "")
            return f"{marks}{row.name or self.tr('(no name)')}"
        if column == COL_EMAIL:
            return row.email or ""
        if column == COL_MOBILE:
            return format_phone(row.mobile) or format_phone(row.phone)
        if column == COL_GENDER:
            return formatting.gender_labels().get(row.gender, row.gender)
        if column == COL_STATUS:
            return formatting.status(row.active, row.blocked)
        if column == COL_LAST_VISIT:
            return formatting.date(row.last_visit_at) if row.last_visit_at else ""
        return None

    def _tooltip(self, row: CustomerRow, column: int) -> str | None:
        if column == COL_NAME:
            parts = []
            if row.allergies:
                parts.append(self.tr("Allergies / clinical: {0}").format(row.allergies))
            if row.blocked:
                parts.append(self.tr("Blocked"))
            return "\n".join(parts) or None
        if column == COL_BADGES:
            names = [b.name for b in (self._badges.get(i) for i in row.badge_ids) if b]
            return ", ".join(names) or None
        if column == COL_MOBILE and row.mobile and row.phone:
            return self.tr("Landline: {0}").format(format_phone(row.phone))
        return None


def _gone(customer_id: int) -> CustomerRow:
    return CustomerRow(customer_id, "", "", None, None, None, "unspecified", False, False, None,
                       "")
