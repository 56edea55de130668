"""Offering, and loading, the demo salon into an empty database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.demo.salon import write_demo
from salon_desk.ui import dialogs
from salon_desk.ui.events import appointments_changed, customers_changed, events, money_changed
from salon_desk.ui.tasks import BackgroundTask

DEFAULT_CUSTOMERS = 2000


class DemoOfferDialog(QDialog):
    """First run: start with an empty salon, or try the app on a synthetic one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Salon Desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h3>Your salon database is empty</h3>"
            "<p>Start empty to enter your own salon, or load a demo salon with invented "
            "customers, staff and services to try Salon Desk out first.</p>"
            "<p>The demo can only be loaded while the database is empty (File ▸ Load demo "
            "data… stays available until the first customer is added).</p>"), self)
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)
        layout.addWidget(intro)
        form = QFormLayout()
        self.customers = QSpinBox(self)
        self.customers.setRange(10, 100_000)
        self.customers.setSingleStep(500)
        self.customers.setValue(DEFAULT_CUSTOMERS)
        self.customers.setGroupSeparatorShown(True)
        form.addRow(self.tr("Demo customers:"), self.customers)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.empty_button = buttons.addButton(self.tr("Start empty"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button = buttons.addButton(self.tr("Load demo salon"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def load_demo(parent: QWidget | None, db: Database, customers: int,
              on_done: Callable[[int], None] | None = None) -> BackgroundTask:
    """Build the demo salon off the UI thread with a progress dialog."""
    title = QCoreApplication.translate("DemoOffer", "Loading the demo salon")
    task = BackgroundTask(parent, title, lambda: write_demo(db, customers), writes=True)

    def finished(count: int) -> None:
        # everything is new: the salon's lists first (schedule columns, service boxes), then
        # the customers and their history
        events().settings_changed.emit()
        customers_changed([])
        appointments_changed([])
        money_changed([])
        if on_done:
            on_done(count)

    def failed(exc: Exception, _tb: str) -> None:
        dialogs.show_error(parent, title, str(exc))

    task.finished.connect(finished)
    task.failed.connect(failed)
    if task.dialog:
        task.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return task.start()
