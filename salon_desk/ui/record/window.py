"""The customer record: a window per customer with the header, a toolbar and the tabs.

Tabs are the classes ui.composition passes in, each built for the window's customer, and load
lazily (ui.record.base.RecordTab). Every label's count comes from one query
(services.customers.record_counts.tab_counts), made with the header's; tabs that need attention
are shown in red. A tab's ``changed`` refreshes the header and the counts and marks the other
tabs stale. The window is a ui.hosts.RecordWindowHost: the features ui.composition passes in add
toolbar actions and a strip under the header. Editing the customer is asked for through the
app's events (ui.events.request_customer_form), so this window does not import the form.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.customers.record_counts import tab_counts
from salon_desk.services.customers.views import customer_details
from salon_desk.services.errors import NotFound
from salon_desk.ui.events import customers_changed, events, request_customer_form
from salon_desk.ui.hosts import Features, RecordWindowFeature
from salon_desk.ui.prefs import prefs
from salon_desk.ui.record.base import ALL_EVENTS, RecordTab
from salon_desk.ui.record.header import RecordHeader
from salon_desk.ui.style import DANGER, icon

log = logging.getLogger(__name__)

_windows: dict[tuple[str, int], RecordWindow] = {}


def preload(db: Database | None, tabs: Sequence[type[RecordTab]],
            features: Sequence[RecordWindowFeature]) -> None:
    """Build a record window once off screen for one customer and drop it (the app calls this,
    through ui.composition.preload_record, once it is idle after start): the queries behind the
    tab counts are then compiled and the first record the receptionist opens is as quick as the
    next ones."""
    if db is None:
        return
    from sqlalchemy import select

    from salon_desk.models import Customer

    with db.session() as session:
        customer_id = session.scalar(select(Customer.id).where(
            Customer.merged_into_id.is_(None)).limit(1))
    if customer_id is None:
        return
    try:
        window = RecordWindow(db, customer_id, tabs=tabs, features=features)
    except Exception:  # a warm-up only: the real window reports its own problems
        log.exception("Record warm-up failed")
        return
    window.deleteLater()


def open_record_window(db: Database, customer_id: int, parent: QWidget | None = None, *,
                       tabs: Sequence[type[RecordTab]] = (),
                       features: Sequence[RecordWindowFeature] = ()) -> RecordWindow:
    """Show a customer's record; a record already open is brought to the front instead."""
    key = (db.address, customer_id)  # a file's path or a server's address
    window = _windows.get(key)
    if window is None:  # NotFound when deleted meanwhile
        window = RecordWindow(db, customer_id, parent, tabs=tabs, features=features)
        _windows[key] = window
        window.destroyed.connect(lambda _obj=None, k=key: _windows.pop(k, None))
    window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window


class RecordWindow(QMainWindow):
    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None, *,
                 tabs: Sequence[type[RecordTab]] = (),
                 features: Sequence[RecordWindowFeature] = ()) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.features = Features()
        self.customer_id = customer_id
        self.details = None
        self._tabs: dict[str, RecordTab] = {}
        self._counts: dict[str, int] = {}
        self._pending_events: set[str] = set()  # what the refresh timer will reload for
        self._notifying = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._events_arrived)

        self.toolbar = QToolBar(self.tr("Record toolbar"), self)
        self.toolbar.setObjectName("recordToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.edit_action = QAction(icon("edit"), self.tr("Edit customer"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_customer)
        self.new_action = QAction(icon("user-plus"), self.tr("New customer"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_customer)
        close_action = QAction(self.tr("Close"), self)
        close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        close_action.triggered.connect(self.close)
        self.addAction(close_action)
        self.toolbar.addAction(self.edit_action)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addSeparator()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = RecordHeader(central)
        layout.addWidget(self.header)
        self.tab_widget = QTabWidget(central)
        self.tab_widget.setObjectName("recordTabs")
        self.tab_widget.currentChanged.connect(self._current_changed)
        tab_area = QWidget(central)
        tab_layout = QVBoxLayout(tab_area)
        tab_layout.setContentsMargins(10, 8, 10, 10)
        tab_layout.addWidget(self.tab_widget)
        layout.addWidget(tab_area, 1)
        self.setCentralWidget(central)

        self._refresh_header(missing_ok=False)
        self._build_tabs(tabs)
        self._install(features)
        events().customers_changed.connect(self._customers_changed)
        # Appointments or money of this customer changed elsewhere (the schedule, a sale...):
        # one refresh for however many events arrive together.
        events().appointments_changed.connect(self._appointments_changed)
        events().money_changed.connect(self._money_changed)
        geometry = prefs().value("record_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)

    # --- tabs -------------------------------------------------------------------------------
    def _build_tabs(self, classes: Sequence[type[RecordTab]]) -> None:
        self.tab_widget.blockSignals(True)
        for cls in classes:
            try:
                tab = cls(self.db, self.customer_id, self.tab_widget)
            except Exception:  # a broken tab must not keep the record from opening
                log.exception("Record tab %s failed to build", cls.__name__)
                continue
            self._tabs[type(tab).__name__] = tab
            self.tab_widget.addTab(tab, tab.title())
            tab.changed.connect(lambda t=tab: self._tab_changed(t))
            tab.show_tab.connect(self.show_tab)
        self.tab_widget.blockSignals(False)
        self._update_labels()
        self._current_changed(self.tab_widget.currentIndex())

    def _current_changed(self, index: int) -> None:
        tab = self.tab_widget.widget(index)
        if isinstance(tab, RecordTab):
            self._ensure_loaded(tab)

    def _ensure_loaded(self, tab: RecordTab) -> None:
        try:
            tab.ensure_loaded()
        except NotFound:
            self.close()

    def _update_labels(self) -> None:
        """Every tab's label from the counts read with the header."""
        bar = self.tab_widget.tabBar()
        for tab in self._tabs.values():
            index = self.tab_widget.indexOf(tab)
            if index < 0:
                continue
            title = tab.title()
            count = self._counts.get(tab.COUNT) if tab.COUNT else None
            self.tab_widget.setTabText(index, f"{title} ({count})" if count is not None
                                       else title)
            bar.setTabTextColor(index, QColor(DANGER) if tab.highlighted(self._counts)
                                else QColor())

    def _reload(self, tabs) -> None:
        """Mark these tabs stale, label every tab again and reload the one in front."""
        for tab in tabs:
            tab.invalidate()
        self._update_labels()
        current = self.tab_widget.currentWidget()
        if isinstance(current, RecordTab):
            self._ensure_loaded(current)

    def _tab_changed(self, tab: RecordTab) -> None:
        self._refresh_timer.stop()  # the tab reloaded itself; the others are marked stale here
        self._pending_events.clear()
        if not self._refresh_header():
            return
        self._reload(other for other in self._tabs.values() if other is not tab)
        self._notify()

    def _install(self, features: Sequence[RecordWindowFeature]) -> None:
        for install in features:
            try:
                install(self)
            except Exception:
                log.exception("Record window feature %s:%s failed", install.__module__,
                              install.__qualname__)

    # --- the public contract ----------------------------------------------------------------
    def tab(self, class_name: str) -> RecordTab | None:
        return self._tabs.get(class_name)

    def show_tab(self, class_name: str) -> None:
        tab = self._tabs.get(class_name)
        if tab is not None:
            self.tab_widget.setCurrentWidget(tab)
            self._ensure_loaded(tab)

    def refresh(self, *, kinds: frozenset[str] = ALL_EVENTS) -> None:
        """Reload the header and the counts, mark stale the tabs these events concern (all of
        them by default) and reload the one in front."""
        self._refresh_timer.stop()
        self._pending_events.clear()
        if not self._refresh_header():
            return
        self._reload(tab for tab in self._tabs.values() if tab.EVENTS & kinds)

    def add_header_strip(self, widget: QWidget) -> None:
        """A feature's strip under the header's first line (the care strip)."""
        self.header.layout().insertWidget(1, widget)

    def edit_customer(self) -> None:
        request_customer_form(self.db, self.customer_id, self)

    def new_customer(self) -> None:
        request_customer_form(self.db, None, self.parentWidget() or self)

    # --- data -------------------------------------------------------------------------------
    def _refresh_header(self, missing_ok: bool = True) -> bool:
        try:
            with self.db.session() as session:
                self.details = customer_details(session, self.customer_id)
                currency = settings.get(session, settings.CURRENCY)
                self._counts = tab_counts(session, self.customer_id)
        except NotFound:
            if not missing_ok:
                raise
            self.close()  # deleted meanwhile
            return False
        self.header.set_details(self.details, currency)
        self.setWindowTitle(self.tr("{0} — Customer record").format(
            self.details.full_name or f"#{self.customer_id}"))
        return True

    def _notify(self) -> None:
        self._notifying = True
        try:
            customers_changed([self.customer_id])
        finally:
            self._notifying = False

    def _customers_changed(self, ids: list) -> None:
        if self._notifying:
            return
        if not ids or self.customer_id in ids:
            self.refresh(kinds=frozenset({"customers"}))

    def _appointments_changed(self, ids: list) -> None:
        self._history_changed("appointments", ids)

    def _money_changed(self, ids: list) -> None:
        self._history_changed("money", ids)

    def _history_changed(self, event: str, ids: list) -> None:
        if not ids or self.customer_id in ids:
            self._pending_events.add(event)
            self._refresh_timer.start()

    def _events_arrived(self) -> None:
        self.refresh(kinds=frozenset(self._pending_events))

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs().setValue("record_window/geometry", self.saveGeometry())
        for signal, slot in ((events().customers_changed, self._customers_changed),
                             (events().appointments_changed, self._appointments_changed),
                             (events().money_changed, self._money_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)
