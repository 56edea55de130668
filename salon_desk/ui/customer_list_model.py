"""The customer list as a Qt table model that stays fast with 100,000 customers.

The model holds only the ordered list of matching ids (filtered and sorted in SQLite). Rows are
fetched when the view asks for them, a page at a time, and kept in a small LRU cache of pages,
the way Anki's browser table does it. Sorting by a column runs a new query.

To show the first page at once, a new query first reads the count and the first page of ids;
the complete id list follows from a job on the interface's runner, ui.tasks (or at once, when a
row further down, the ticked ids or the whole list are needed before it arrives).

When the text finds fewer than a handful of customers, its close matches (one typo away) are
listed after them, marked "close match".
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from salon_desk.models.db import Database
from salon_desk.services.customers.listing import all_ids, count_ids, first_ids, read_all_ids
from salon_desk.services.customers.views import BadgeInfo, list_badge_infos
from salon_desk.services.phones import format_phone
from salon_desk.services.search.lookup import (
    CustomerFilter,
    CustomerRow,
    fetch_rows,
    with_close_matches,
)
from salon_desk.ui import formatting
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text

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
LOAD_REST_AFTER_MS = 250

WARNING_GLYPH = "⚠"
BLOCKED_GLYPH = "⛔"

Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    checked_changed = Signal()
    ids_complete = Signal()  # the whole id list of the current query is known

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = CustomerFilter()
        self._query = self.filter  # the filter with its close matches, as queried
        self.sort_key = "name"
        self.descending = False
        self.sort_column = COL_NAME
        self._ids: list[int] = []
        self._total = 0  # rows of the current query (the ids may not all be read yet)
        self._complete = True
        self._generation = 0
        # The complete id list is read a moment after a query, so that typing in the filter
        # does not start a full read per keystroke.
        self._load_timer = QTimer(self, singleShot=True, interval=LOAD_REST_AFTER_MS)
        self._load_timer.timeout.connect(self._start_loader)
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
        self._generation += 1
        with self.db.session() as session:
            total = count_ids(session, self.filter)
            self._query = with_close_matches(session, self.filter, total)
            if self._query is not self.filter:
                total = count_ids(session, self._query)
            ids = first_ids(session, self._query, self.sort_key, self.descending, PAGE_SIZE)
            self._badges = {b.id: b for b in list_badge_infos(session)}
        self.beginResetModel()
        self._ids = ids
        self._total = max(total, len(ids))
        self._complete = len(ids) >= self._total
        self._row_of = None
        self._pages.clear()
        self.endResetModel()
        if self._complete:
            self._load_timer.stop()
            self._checked &= set(ids)
            self.ids_complete.emit()
        elif self._checked:
            self.ensure_ids()  # ticks must drop customers that left the list, now
        else:
            self._load_timer.start()
        self.checked_changed.emit()

    def _start_loader(self) -> None:
        if self._complete:
            return
        query, sort, descending, generation = (self._query, self.sort_key, self.descending,
                                               self._generation)
        task = BackgroundTask(self, "", lambda: read_all_ids(self.db, query, sort, descending),
                              show_dialog=False)
        # Only the ids of the current query are of use; a failure: the model reads them itself
        task.finished.connect(lambda ids: self._ids_arrived(generation, ids))
        task.failed.connect(lambda _exc, _tb: self._ids_arrived(generation, None))
        for done in (task.finished, task.failed):
            done.connect(task.deleteLater)
        task.start()

    @property
    def complete(self) -> bool:
        return self._complete

    def ensure_ids(self) -> None:
        """Read the whole id list now if the worker has not delivered it yet."""
        if not self._complete:
            self._load_timer.stop()
            with self.db.session() as session:
                ids = all_ids(session, self._query, self.sort_key, self.descending)
            self._set_all_ids(ids)

    def _ids_arrived(self, generation: int, ids: list[int] | None) -> None:
        if generation != self._generation or self._complete:
            return  # an older query, or already read
        if ids is None:
            self.ensure_ids()
        else:
            self._set_all_ids(ids)

    def _set_all_ids(self, ids: list[int]) -> None:
        if ids[:len(self._ids)] != self._ids or len(ids) != self._total:
            # The customers changed between the two queries: show the new truth.
            self.beginResetModel()
            self._ids, self._total = ids, len(ids)
            self._pages.clear()
            self.endResetModel()
        else:
            self._ids = ids
        self._complete = True
        self._row_of = None
        self._checked &= set(ids)
        self.ids_complete.emit()
        self.checked_changed.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (self._generation and (key, descending) == (self.sort_key,
                                                                     self.descending)):
            return
        self.sort_key = key
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _row(self, row: int) -> CustomerRow | None:
        if not 0 <= row < self._total:
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
        if (number + 1) * PAGE_SIZE > len(self._ids):
            self.ensure_ids()
        ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        with self.db.session() as session:
            rows = {r.id: r for r in fetch_rows(session, ids, self._query.close_ids)}
        # A customer deleted meanwhile keeps its place (shown empty) until the next reload.
        page = [rows.get(i) or _gone(i) for i in ids]
        self._pages[number] = page
        self.pages_fetched += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- ids and check boxes --------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        self.ensure_ids()
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        if len(self._ids) <= row < self._total:
            self.ensure_ids()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        self.ensure_ids()
        if self._row_of is None:
            self._row_of = {cid: r for r, cid in enumerate(self._ids)}
        return self._row_of.get(customer_id)

    def known_row_of(self, customer_id: int) -> int | None:
        """The row of a customer among the ids read so far (never waits for the rest)."""
        if self._complete:
            return self.row_of(customer_id)
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def badge(self, badge_id: int) -> BadgeInfo | None:
        return self._badges.get(badge_id)

    def checked_ids(self) -> list[int]:
        """Checked customers in list order."""
        if not self._checked:
            return []
        self.ensure_ids()
        return [i for i in self._ids if i in self._checked]

    def checked_count(self) -> int:
        return len(self._checked)

    def set_checked(self, ids: list[int], on: bool) -> None:
        if on:
            self.ensure_ids()
            self._checked |= set(ids) & set(self._ids)
        else:
            self._checked -= set(ids)
        if self._total:
            self.dataChanged.emit(self.index(0, COL_SELECT),
                                  self.index(self._total - 1, COL_SELECT),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def check_all(self) -> None:
        self.set_checked(self.ids, True)

    def clear_checked(self) -> None:
        self.set_checked(list(self._checked), False)

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

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
            close = f"  ({self.tr('close match')})" if row.close else ""
            return f"{marks}{row.name or self.tr('(no name)')}{close}"
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
            if row.close:
                parts.append(self.tr("Close match: found with one letter of what you typed "
                                     "changed"))
            if row.allergies:
                parts.append(self.tr("Allergies / clinical: {0}").format(row.allergies))
            if row.blocked:
                parts.append(self.tr("Blocked"))
            return "\n".join(parts) or None
        if column == COL_BADGES:
            names = [message_text(b.name) for b in (self._badges.get(i) for i in row.badge_ids)
                     if b]
            return ", ".join(names) or None
        if column == COL_MOBILE and row.mobile and row.phone:
            return self.tr("Landline: {0}").format(format_phone(row.phone))
        return None


def _gone(customer_id: int) -> CustomerRow:
    return CustomerRow(customer_id, "", "", None, None, None, "unspecified", False, False, None,
                       "")
