"""The Customers page: the filter bar (ui.customer_list_filters), the big list, per-row actions,
and the bulk actions on ticked rows (their bar in ui.customer_list_bulk, the change itself in
services.customers.bulk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import CustomerCategory
from salon_desk.models.db import Database
from salon_desk.services.sales import catalog
from salon_desk.services.customers import bulk, bulk_undo
from salon_desk.services.customers.views import list_badge_infos
from salon_desk.services.jobs import Job
from salon_desk.services.search.lookup import CustomerFilter
from salon_desk.ui import dialogs
from salon_desk.ui.customer_list_bulk import BulkActionBar
from salon_desk.ui.customer_list_delegate import CustomerListDelegate
from salon_desk.ui.customer_list_filters import CustomerFilterBar, is_filtered
from salon_desk.ui.customer_list_undo import BulkUndoAction
from salon_desk.ui.customer_list_model import (
    COL_BADGES,
    COL_EMAIL,
    COL_GENDER,
    COL_LAST_VISIT,
    COL_MOBILE,
    COL_NAME,
    COL_SELECT,
    COL_STATUS,
    CustomerListModel,
    RowRole,
)
from salon_desk.ui.events import customers_changed, events
from salon_desk.ui.printing import open_preview
from salon_desk.ui.style import icon
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.transfer.export_actions import export_customers_to

ROW_HEIGHT = 30
BACKGROUND_ABOVE = 2000  # bulk actions on more customers run off the UI thread


class CustomerTable(QTableView):
    """The list itself: Enter opens, Space ticks, Delete asks to delete."""

    open_requested = Signal()
    delete_requested = Signal()
    toggle_requested = Signal()

    # Name and email share the width left by the other columns, but never shrink below
    # these (a narrow window scrolls sideways instead of hiding the names).
    MIN_NAME, MIN_EMAIL = 200, 160

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_name_and_email()

    def fit_name_and_email(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in (COL_NAME, COL_EMAIL) and not header.isSectionHidden(c))
        spare = self.viewport().width() - others
        name = max(self.MIN_NAME, int(spare * 0.55))
        self.setColumnWidth(COL_NAME, name)
        self.setColumnWidth(COL_EMAIL, max(self.MIN_EMAIL, spare - name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
        elif event.key() == Qt.Key.Key_Space:
            self.toggle_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class CustomerListPage(QWidget):
    open_record_requested = Signal(int)
    edit_requested = Signal(int)
    new_customer_requested = Signal()
    selection_changed = Signal()  # the highlighted row or the ticks changed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = CustomerListModel(db, self)
        self._task: BackgroundTask | None = None
        self._build()
        self._pending_select: int | None = None
        self.model.checked_changed.connect(self._update_bulk_bar)
        self.model.modelReset.connect(self._update_after_query)
        self.model.ids_complete.connect(self._ids_complete)
        self.reload_choices()
        self._apply_filter()
        self.table.setSortingEnabled(True)  # after the first query, which it would repeat
        events().customers_changed.connect(self._on_customers_changed)
        events().settings_changed.connect(self._on_settings_changed)

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        title_row = QHBoxLayout()
        title = QLabel(self.tr("Customers"), self)
        title.setObjectName("pageTitle")
        title_row.addWidget(title)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        title_row.addWidget(self.count_label)
        title_row.addStretch(1)
        self.edit_button = self._button(self.tr("Edit"), "edit", self._edit_current,
                                        self.tr("Edit the highlighted customer"))
        self.open_button = self._button(self.tr("Open record"), "open", self._open_current,
                                        self.tr("Open the highlighted customer's record"))
        self.delete_button = self._button(self.tr("Delete…"), "trash", self._delete_current,
                                          self.tr("Delete the highlighted customer"))
        for button in (self.edit_button, self.open_button, self.delete_button):
            title_row.addWidget(button)
        layout.addLayout(title_row)

        self.select_all_box = QCheckBox(self.tr("Select all"), self)
        self.select_all_box.setToolTip(self.tr("Tick every customer listed"))
        self.select_all_box.clicked.connect(self._select_all_clicked)
        self.filters = CustomerFilterBar(self)
        self.filters.row.insertWidget(0, self.select_all_box)
        self.filters.changed.connect(self._apply_filter)
        self.filters.search_edit.installEventFilter(self)
        layout.addWidget(self.filters)

        self.bulk = BulkActionBar(self)
        self.bulk.set_badge.connect(self.bulk_set_badge)
        self.bulk.set_category.connect(self.bulk_set_category)
        self.bulk.set_active.connect(self.bulk_set_active)
        self.bulk.all_requested.connect(self.bulk_on_all_matching)
        self.bulk.undo_requested.connect(self.bulk_undo)
        self.bulk.export_requested.connect(self.bulk_export)
        self.bulk.print_requested.connect(self.bulk_print_list)
        self.bulk.delete_requested.connect(self.bulk_delete)
        self.bulk.clear_requested.connect(self.model.clear_checked)
        layout.addWidget(self.bulk)
        self.undo_action = BulkUndoAction(self.db, self)  # the Customers menu's
        self.undo_action.triggered.connect(self.bulk_undo)
        self.undo_action.changed.connect(self._sync_undo_buttons)
        self._sync_undo_buttons()

        self.table = CustomerTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CustomerListDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setMinimumSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SELECT, QHeaderView.ResizeMode.Fixed)
        for column, width in ((COL_SELECT, 34), (COL_MOBILE, 160), (COL_GENDER, 100),
                              (COL_STATUS, 90), (COL_BADGES, 110), (COL_LAST_VISIT, 110)):
            self.table.setColumnWidth(column, width)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.open_requested.connect(self._open_current)
        self.table.delete_requested.connect(self._delete_current)
        self.table.toggle_requested.connect(self._toggle_current)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._update_row_buttons)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.table.viewport().installEventFilter(self)

    def _button(self, text: str, icon_name: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    # --- the public contract ----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ticked customers, or else the highlighted one."""
        checked = self.model.checked_ids()
        if checked:
            return checked
        current = self.current_id()
        return [current] if current is not None else []

    def has_selection(self) -> bool:
        """Whether selected_ids() would name anyone."""
        return self.model.checked_count() > 0 or self.current_id() is not None

    def filtered_ids(self) -> list[int]:
        """Every customer the list shows with the current filter, in list order."""
        return self.model.ids

    def refresh(self) -> None:
        """Run the query again, keeping the scroll position and the highlighted customer."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        current = self.current_id()
        self.model.reload()
        # Found at once when it is on the first page; otherwise once every id is read.
        if (current is not None and not self._select_id(current)
                and not self.model.complete):
            self._pending_select = current
        bar.setValue(position)

    def _select_id(self, customer_id: int) -> bool:
        row = self.model.known_row_of(customer_id)
        if row is None:
            return False
        flags = self.table.selectionModel().SelectionFlag
        self.table.selectionModel().setCurrentIndex(self.model.index(row, COL_NAME),
                                                    flags.ClearAndSelect | flags.Rows)
        return True

    def _ids_complete(self) -> None:
        pending, self._pending_select = self._pending_select, None
        if pending is not None and not self.table.currentIndex().isValid():
            self._select_id(pending)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def reload_choices(self) -> None:
        """Fill the badge and category filters (after the salon's lists changed)."""
        with self.db.session() as session:
            badges = list_badge_infos(session)
            categories = [(c.id, c.name) for c in catalog.list_items(session, CustomerCategory)]
        self.filters.set_choices(badges, categories)
        self.bulk.set_badges(badges)
        self.bulk.set_categories(categories)

    # --- filtering and sorting --------------------------------------------------------------
    def current_filter(self) -> CustomerFilter:
        return self.filters.current_filter()

    def add_filter(self, widget: QWidget,
                   hook: Callable[[CustomerFilter], CustomerFilter],
                   beside_search: bool = False) -> None:
        """A feature's own filter: its control at the end of the filter bar (or beside the
        search box), and ``hook``, which narrows the list's filter while the control asks."""
        self.filters.add_filter(widget, hook, beside_search)

    def add_strip(self, widget: QWidget) -> None:
        """A feature's strip between the filter bar and the list (the active filter's chips)."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.table), widget)

    def apply_filter(self) -> None:
        """Run the list's query again with the current filters."""
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.filters.cancel_pending()
        self.bulk.all_matching = False  # the offer is for what the filter showed
        self.model.set_filter(self.current_filter())
        if self.model.rowCount():
            self.table.scrollToTop()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in (COL_NAME, COL_EMAIL, COL_MOBILE, COL_GENDER, COL_STATUS,
                          COL_LAST_VISIT):
            # Ticks and badges do not sort: put the indicator back where the sort really is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column,
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _update_after_query(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln customer(s)", "", n))
        flt = self.model.filter
        if n == 0:
            if flt.text.strip():
                text = self.tr("No customers match “{0}”.").format(flt.text.strip())
            elif flt.badge_id or flt.category_id or flt.active is not None or flt.where:
                text = self.tr("No customers match these filters.")
            else:
                text = self.tr("No customers yet. Add one with “New customer” (Ctrl+N).")
            self.empty_label.setText(text)
            self._place_empty_label()
        self.empty_label.setVisible(n == 0)
        self._update_row_buttons()
        self._update_bulk_bar()

    def _place_empty_label(self) -> None:
        viewport = self.table.viewport()
        self.empty_label.setGeometry(20, 30, max(100, viewport.width() - 40), 60)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_label()
        elif watched is self.filters.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, COL_NAME))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._apply_filter()
                if self.model.rowCount() == 1:
                    self.open_record_requested.emit(self.model.id_at(0))
                return True
        return super().eventFilter(watched, event)

    # --- per-row actions --------------------------------------------------------------------
    def _update_row_buttons(self, *_args) -> None:
        has_row = self.current_id() is not None
        for button in (self.edit_button, self.open_button, self.delete_button):
            button.setEnabled(has_row)
        self.selection_changed.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != COL_SELECT:
            self.open_record_requested.emit(self.model.id_at(index.row()))

    def _open_current(self) -> None:
        if (cid := self.current_id()) is not None:
            self.open_record_requested.emit(cid)

    def _edit_current(self) -> None:
        if (cid := self.current_id()) is not None:
            self.edit_requested.emit(cid)

    def _toggle_current(self) -> None:
        if (cid := self.current_id()) is not None:
            self.model.set_checked([cid], cid not in set(self.model.checked_ids()))

    def _delete_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        row = self.model.data(self.table.currentIndex(), RowRole)
        name = row.name if row and row.name else self.tr("customer #{0}").format(cid)
        if dialogs.confirm(self, self.tr("Delete customer"),
                           self.tr("Delete {0}? Everything recorded about this customer "
                                   "(appointments, sales, notes…) is deleted too. This cannot "
                                   "be undone.").format(name), self.tr("Delete")):
            self._run_bulk(self.tr("Deleting customers…"), [cid], bulk.delete_customers)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(icon("edit"), self.tr("Edit…"), self._edit_current)
        menu.addAction(icon("open"), self.tr("Open record"), self._open_current)
        menu.addSeparator()
        menu.addAction(icon("trash"), self.tr("Delete…"), self._delete_current)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- ticks and bulk actions -------------------------------------------------------------
    def _select_all_clicked(self) -> None:
        if self.model.checked_count() and self.model.checked_count() == self.model.rowCount():
            self.model.clear_checked()
        else:
            self.model.check_all()

    def _update_bulk_bar(self) -> None:
        n = self.model.checked_count()
        total = self.model.rowCount()
        self.bulk.show_ticked(n, total, is_filtered(self.model.filter))
        state = (Qt.CheckState.Unchecked if n == 0 else
                 Qt.CheckState.Checked if n == total else Qt.CheckState.PartiallyChecked)
        self.select_all_box.setCheckState(state)
        self.select_all_box.setEnabled(total > 0)
        self.selection_changed.emit()

    def bulk_on_all_matching(self) -> None:
        """The bulk actions on every customer the list shows, not on ticked ones."""
        self.bulk.all_matching = True
        self._update_bulk_bar()

    def _bulk_ids(self) -> list[int]:
        """The ticked customers or, in the bar's all-matching mode, every customer the list's
        query finds (read by SQL, in list order)."""
        if self.model.checked_count() == 0 and self.bulk.all_matching:
            return self.model.ids
        return self.model.checked_ids()

    def _bulk_change(self, title: str, question: Callable[[int], str],
                     job: Callable[[Database, list[int]], Job[int]]) -> None:
        """Change the bulk bar's customers, after asking (``question(n)``) when they are more
        than one."""
        ids = self._bulk_ids()
        n = len(ids)
        if not ids or (n > 1 and not dialogs.confirm(
                self, title, question(n),
                self.tr("Change %Ln customer(s)", "", n))):
            return
        self._run_bulk(title, ids, job)

    def bulk_set_badge(self, badge_id: int, on: bool) -> None:
        def question(n: int) -> str:
            return (self.tr("Give the badge to %Ln customer(s)?", "", n) if on
                    else self.tr("Take the badge from %Ln customer(s)?", "", n))

        self._bulk_change(self.tr("Updating badges…"), question,
                          lambda db, ids: bulk.set_badge(db, ids, badge_id, on))

    def bulk_set_category(self, category_id: int | None) -> None:
        self._bulk_change(self.tr("Setting the category…"),
                          lambda n: self.tr("Set the category of %Ln customer(s)?", "", n),
                          lambda db, ids: bulk.set_category(db, ids, category_id))

    def bulk_set_active(self, active: bool) -> None:
        def question(n: int) -> str:
            return (self.tr("Activate %Ln customer(s)?", "", n) if active
                    else self.tr("Deactivate %Ln customer(s)?", "", n))

        self._bulk_change(self.tr("Updating customers…"), question,
                          lambda db, ids: bulk.set_active(db, ids, active))

    def bulk_undo(self) -> None:
        """Undo the last bulk change, after asking; refused in words when there is none or one
        of its customers changed since."""
        title = self.tr("Undo last bulk change")
        with self.db.session() as session:
            why = bulk_undo.refusal(session)
            ids = bulk_undo.customer_ids(session) if why is None else []
        if why is not None:
            dialogs.show_error(self, title, why)
            return
        n = len(ids)
        if n > 1 and not dialogs.confirm(
                self, title, self.tr("Give %Ln customer(s) back what they had before the last "
                                     "bulk change?", "", n), self.tr("Undo")):
            return
        self._run_bulk(self.tr("Undoing the last bulk change…"), ids,
                       lambda db, _ids: bulk.undo_latest(db))

    def _sync_undo_buttons(self) -> None:
        """The bar's undo buttons greyed with the menu's action, named by its tooltip."""
        for button in (self.bulk.undo_button, self.bulk.hint_undo_button):
            button.setEnabled(self.undo_action.isEnabled())
            named = self.undo_action.text().replace("&&", "&")  # a menu text's "&" doubled
            button.setToolTip(named if self.undo_action.isEnabled() else "")

    def bulk_export(self) -> None:
        """The bulk bar's customers to .xlsx or .csv (ui.transfer's export)."""
        export_customers_to(self, self.db, self._bulk_ids(), self.tr("the chosen customers"))

    def bulk_print_list(self) -> None:
        """The bulk bar's customers as a printed list (name, mobile, last visit), in the print
        preview (ui.printing), from where it is printed or saved as a PDF."""
        ids = self._bulk_ids()
        if ids:
            self.preview = open_preview(self, self.db, "customer_list", 0, ids=ids)

    def bulk_delete(self) -> None:
        ids = self.model.checked_ids()
        if not ids:
            return
        n = len(ids)
        if dialogs.confirm(self, self.tr("Delete customers"),
                           self.tr("Delete %Ln customer(s)? Everything recorded about them "
                                   "(appointments, sales, notes…) is deleted too. This cannot "
                                   "be undone.", "", n),
                           self.tr("Delete %Ln customer(s)", "", n)):
            self._run_bulk(self.tr("Deleting customers…"), ids, bulk.delete_customers)

    def _run_bulk(self, title: str, ids: list[int],
                  job: Callable[[Database, list[int]], Job[int]]) -> None:
        """A change to the customers (services.customers.bulk): a few run at once, more on the
        thread pool with a progress dialog; any error is shown and nothing of it is kept."""
        self._task = BackgroundTask(self, title, lambda: job(self.db, ids), writes=True)
        self._task.finished.connect(lambda _result: self._after_bulk(ids))
        self._task.failed.connect(lambda exc, _tb: (dialogs.show_error(self, title, str(exc)),
                                                    self._after_bulk(ids)))
        self._task.cancelled.connect(lambda: self._after_bulk(ids))
        self._task.start(here=len(ids) <= BACKGROUND_ABOVE)

    def _after_bulk(self, ids: list[int]) -> None:
        self._task = None
        customers_changed(ids)

    # --- changes made elsewhere -------------------------------------------------------------
    def _on_customers_changed(self, _ids: list) -> None:
        self.refresh()

    def _on_settings_changed(self) -> None:
        self.reload_choices()
        self.refresh()
