"""The settings dialog: the salon's details and lists, then the pages other features add.

Every page is a ui.hosts.SettingsPage (``title()``, ``load(session)``, ``save(session)``,
``has_changes()``, ``committed()``, ``save_failed()``). Save writes all pages in one transaction:
a problem on any page keeps the dialog open on that page with nothing written. The pages other
features add come from ui.composition.SETTINGS_PAGES, each built as ``factory(db, dialog)``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from salon_desk.models.db import Database, DatabaseError
from salon_desk.services import settings
from salon_desk.services.errors import SalonError
from salon_desk.ui import dialogs
from salon_desk.ui.events import events
from salon_desk.ui.hosts import SettingsPage, SettingsPageFactory
from salon_desk.ui.settings_pages.catalog_page import PageError
from salon_desk.ui.settings_pages.catalog_pages import (
    BadgesPage,
    CategoriesPage,
    PackagesPage,
    ProductsPage,
    RoomsPage,
    ServicesPage,
    ServiceTypesPage,
    StaffPage,
)
from salon_desk.ui.settings_pages.salon_page import SalonPage
from salon_desk.ui.tasks import fit_to_show

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None,
                 feature_pages: Sequence[SettingsPageFactory] = ()) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Settings"))
        self.resize(1040, 660)
        with db.session() as session:
            currency = settings.get(session, settings.CURRENCY)
        self.salon_page = SalonPage(self)
        self.categories_page = CategoriesPage(db, self)
        self.badges_page = BadgesPage(db, self)
        self.staff_page = StaffPage(db, self)
        self.rooms_page = RoomsPage(db, self)
        self.service_types_page = ServiceTypesPage(db, self)
        self.services_page = ServicesPage(db, self.service_types_page, currency, self)
        self.products_page = ProductsPage(db, currency, self)
        self.packages_page = PackagesPage(db, self.services_page, self.products_page, currency,
                                          self)
        # Order matters when saving: types before services, services and products before
        # packages (new items get their ids from the earlier pages).
        self.pages: list[SettingsPage] = [
            self.salon_page, self.categories_page, self.badges_page, self.staff_page,
            self.rooms_page, self.service_types_page, self.services_page, self.products_page,
            self.packages_page,
        ]
        for factory in feature_pages:
            try:
                self.pages.append(factory(db, self))
            except Exception:  # one broken page must not close the settings to the salon
                log.exception("Settings page %r failed to build", factory)
        self._build()
        with db.session() as session:
            for page in self.pages:
                page.load(session)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.navigation.addItem(page.title())
            holder = QWidget(self.stack)
            box = QVBoxLayout(holder)
            box.setContentsMargins(16, 4, 8, 4)
            heading = QLabel(page.title(), holder)
            heading.setObjectName("pageTitle")
            box.addWidget(heading)
            scroll = QScrollArea(holder)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            box.addWidget(scroll, 1)
            self.stack.addWidget(holder)
        self.navigation.setFixedWidth(max(200, self.navigation.sizeHintForColumn(0) + 40))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        for button in (cancel, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def show_page(self, page: QWidget) -> None:
        if page in self.pages:
            self.navigation.setCurrentRow(self.pages.index(page))

    def save(self) -> bool:
        """Write every page in one transaction; True when saved (the dialog then closes)."""
        try:
            with self.db.transaction() as session:
                for page in self.pages:
                    self._saving = page
                    page.save(session)
        except (SalonError, DatabaseError, SQLAlchemyError) as exc:
            for page in self.pages:
                page.save_failed()
            failed = exc.page if isinstance(exc, PageError) else getattr(self, "_saving", None)
            if failed is not None:
                self.show_page(failed)
            if isinstance(exc, PageError):
                exc.page.select(exc.entry)
            # never the SQL or the values a database error carries: what it means
            message = str(exc) if isinstance(exc, SalonError) else str(fit_to_show(exc))
            dialogs.show_error(self, self.tr("The settings were not saved"), message)
            return False
        for page in self.pages:
            page.committed()
        events().settings_changed.emit()
        self.accept()
        return True

    def has_changes(self) -> bool:
        """Whether any page has unsaved edits."""
        return any(page.has_changes() for page in self.pages)

    def reject(self) -> None:
        """Cancel, Escape and the close button: unsaved edits are only dropped on request."""
        if self.has_changes() and not dialogs.confirm(
                self, self.tr("Discard changes"),
                self.tr("The settings have changes that are not saved. Close without saving "
                        "them?"), self.tr("Discard changes")):
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter in a field must not close the dialog; Escape cancels as usual.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
