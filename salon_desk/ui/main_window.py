"""The main window: toolbar with the customer search, left navigation between pages, menus.

It is a ui.hosts.MainWindowHost: ui.composition builds it with the features that plug in (each
a function that gets this window and may add menu actions to ``menus``, toolbar buttons to
``toolbar``, whole pages with ``add_page``, and keep what it built in ``features``) and with the
way to open a record (``WindowParts``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from salon_desk import __version__
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.customers.records import count_customers
from salon_desk.services.search.lookup import CustomerFilter
from salon_desk.ui.customer_list_filters import is_filtered
from salon_desk.ui.customer_list_page import CustomerListPage
from salon_desk.ui.events import events
from salon_desk.ui.global_search import GlobalSearchBox
from salon_desk.ui.hosts import Features, MainWindowFeature
from salon_desk.ui.prefs import prefs
from salon_desk.ui.style import icon

if TYPE_CHECKING:
    from salon_desk.ui.customer_form import CustomerFormDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowParts:
    """What the main window opens but does not build itself (ui.composition supplies it)."""

    open_record: Callable[[Database, int, QWidget | None], QWidget]
    open_customer_form: Callable[[Database, int | None, QWidget | None], CustomerFormDialog]
    open_settings: Callable[[Database, QWidget | None], QDialog]


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parts: WindowParts,
                 features: Sequence[MainWindowFeature] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.parts = parts
        self.pages: dict[str, QWidget] = {}
        self.features = Features()
        self._demo_task = None
        self.setWindowTitle(self.tr("Salon Desk"))
        self.setMinimumSize(900, 560)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(central)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()

        self.customer_list = CustomerListPage(db, self)
        self.customer_list.open_record_requested.connect(self.open_record)
        self.customer_list.edit_requested.connect(self.edit_customer)
        self.customer_list.new_customer_requested.connect(self.new_customer)
        self.customer_list.selection_changed.connect(self._update_customer_actions)
        self._update_customer_actions()
        self.add_page("customers", self.customer_list, self.tr("Customers"), icon("users"))
        self.menus["customers"].addAction(self.customer_list.undo_action)
        self.menus["customers"].addSeparator()

        self._customer_total = 0
        # "N of M customers" follows the list's filter as it is typed or chosen
        self.customer_list.model.modelReset.connect(self._show_counts)
        events().customers_changed.connect(self._customers_changed)
        events().settings_changed.connect(self._update_salon_name)
        self._update_counts()
        self._update_salon_name()
        self._install(features)
        self._restore_geometry()

    # --- building ---------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), icon_name: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_customer_action = self._action(
            self.tr("&New customer…"), self.new_customer, ["Ctrl+N"], "user-plus",
            self.tr("Add a customer (Ctrl+N)"))
        self.find_action = self._action(self.tr("&Find customer"), self.focus_search,
                                        ["Ctrl+K", "Ctrl+F"], "search")
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences).toString()
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings,
            ["Ctrl+,"] + ([preferences] if preferences and preferences != "Ctrl+," else []),
            "settings", self.tr("Salon details, staff, services, badges… (Ctrl+,)"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.demo_action = self._action(self.tr("Load &demo data…"), self.offer_demo)
        self.quit_action = self._action(self.tr("&Quit"), self.close, ["Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_record_action = self._action(
            self.tr("&Open record"), lambda: self._with_current(self.open_record), ["Ctrl+O"],
            "open")
        self.edit_action = self._action(self.tr("&Edit customer…"),
                                        lambda: self._with_current(self.edit_customer),
                                        ["Ctrl+E"], "edit")
        self.about_action = self._action(self.tr("&About Salon Desk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.salon_label = QLabel(self.toolbar)
        self.salon_label.setObjectName("salonName")
        self.toolbar.addWidget(self.salon_label)
        self.search_box = GlobalSearchBox(self.db, self.toolbar)
        self.search_box.setMaximumWidth(560)
        self.search_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_box.open_requested.connect(self.open_record)
        self.search_box.show_all_requested.connect(self.show_in_list)
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_customer_action)
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addSeparator()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {
            "file": bar.addMenu(self.tr("&File")),
            "customers": bar.addMenu(self.tr("&Customers")),
            "tools": bar.addMenu(self.tr("&Tools")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        self.menus["file"].addAction(self.demo_action)
        self.menus["file"].addSeparator()
        self.menus["file"].addAction(self.quit_action)
        for action in (self.new_customer_action, self.find_action, self.open_record_action,
                       self.edit_action):
            self.menus["customers"].addAction(action)
        self.menus["customers"].addSeparator()
        self.menus["tools"].addAction(self.settings_action)
        self.menus["help"].addAction(self.about_action)
        self.menus["help"].addAction(self.about_qt_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        # A file's path, or a salon server's address without its password
        self.db_label = QLabel(self.tr("Database: {0}").format(self.db.location), status)
        self.db_label.setToolTip(str(self.db.location))
        self.count_label = QLabel(status)
        status.addPermanentWidget(self.db_label, 1)
        status.addPermanentWidget(self.count_label)

    def _install(self, features: Sequence[MainWindowFeature]) -> None:
        for install in features:
            try:
                install(self)
            except Exception:  # one broken feature must not keep the salon out of the app
                name = f"{install.__module__}:{install.__qualname__}"
                log.exception("Main window feature %s failed", name)
                self.statusBar().showMessage(
                    self.tr("A part of Salon Desk failed to load: {0}").format(name), 10000)

    # --- the public contract ----------------------------------------------------------------
    def add_page(self, key: str, widget: QWidget, title: str, page_icon: QIcon | None = None
                 ) -> None:
        """A page reached from the left navigation (e.g. "customers", "schedule")."""
        self.pages[key] = widget
        item = QListWidgetItem(page_icon or QIcon(), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.stack.addWidget(widget)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        widget = self.pages[key]
        self.navigation.setCurrentRow(self.stack.indexOf(widget))

    def open_record(self, customer_id: int) -> QWidget:
        return self.parts.open_record(self.db, customer_id, self)

    def new_customer(self) -> QWidget:
        return self._open_form(None)

    def edit_customer(self, customer_id: int) -> QWidget:
        return self._open_form(customer_id)

    def _open_form(self, customer_id: int | None) -> CustomerFormDialog:
        form = self.parts.open_customer_form(self.db, customer_id, self)
        form.saved.connect(self._select_in_list, Qt.ConnectionType.UniqueConnection)
        return form

    # --- actions ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_in_list(self, text: str) -> None:
        self.show_page("customers")
        self.customer_list.filters.search_edit.setText(text)
        self.customer_list.model.set_filter(CustomerFilter(text=text))
        self.customer_list.table.setFocus()

    def _with_current(self, slot) -> None:
        ids = self.customer_list.selected_ids()
        if ids:
            slot(ids[0])

    def _update_customer_actions(self) -> None:
        """Open record and Edit act on the customers selected in the list: none, no action."""
        selected = self.customer_list.has_selection()
        self.open_record_action.setEnabled(selected)
        self.edit_action.setEnabled(selected)

    def _select_in_list(self, customer_id: int) -> None:
        page = self.customer_list
        row = page.model.row_of(customer_id)
        if row is not None:
            page.table.selectRow(row)
            page.table.scrollTo(page.model.index(row, 1))

    def open_settings(self) -> None:
        self.parts.open_settings(self.db, self).exec()

    def offer_demo(self) -> None:
        # Imported when asked for, not at start: the demo builder and its name lists (Faker,
        # Pillow) take about 95 ms of CPU to import, against ~770 ms for the main window.
        from salon_desk.ui.demo_offer import DemoOfferDialog, load_demo

        dialog = DemoOfferDialog(self)
        if dialog.exec() == DemoOfferDialog.DialogCode.Accepted:
            self._demo_task = load_demo(self, self.db, dialog.customers.value())

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Salon Desk"), self.tr(
            "<h3>Salon Desk {0}</h3><p>The offline front desk of a beauty salon, spa or "
            "clinic: customers, their history and their preferences, on this computer.</p>"
            "<p>Database: {1}</p>").format(__version__, self.db.location))

    # --- state ------------------------------------------------------------------------------
    def _customers_changed(self, _ids: list) -> None:
        self._update_counts()

    def _update_salon_name(self) -> None:
        with self.db.session() as session:
            name = settings.get(session, settings.SALON_NAME)
        self.salon_label.setText(name)
        self.setWindowTitle(self.tr("{0} — Salon Desk").format(name) if name
                            else self.tr("Salon Desk"))

    def _update_counts(self) -> None:
        with self.db.session() as session:
            self._customer_total = count_customers(session)
        self.demo_action.setEnabled(self._customer_total == 0)
        self._show_counts()

    def _show_counts(self) -> None:
        """The customers in the database, and how many the list shows while filtered."""
        total = self._customer_total
        if is_filtered(self.customer_list.model.filter):
            shown = QLocale().toString(self.customer_list.model.rowCount())
            text = self.tr("{0} of %Ln customer(s)", "", total).format(shown)
        else:
            text = self.tr("%Ln customer(s)", "", total)
        self.count_label.setText(text)

    def _restore_geometry(self) -> None:
        geometry = prefs().value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        for child in self.findChildren(QWidget):
            if (child.isWindow() and child.isVisible() and child is not self
                    and not child.close()):  # a form with unsaved changes the user kept open
                event.ignore()
                return
        prefs().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

