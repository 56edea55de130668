"""Customers ▸ Privacy review…: the customers with no visit for the retention period (a
setting), to open, keep or forget one by one."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.privacy.retention import RETENTION_YEARS, due_for_review, keep_customer
from salon_desk.ui import events, formatting
from salon_desk.ui.hosts import MainWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.privacy.forgetting import forget
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.saving import run_write
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table, selected_row

_tr = translator("Privacy")


class RetentionDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_tr("Privacy review"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = RowsModel([
            Column(_tr("Customer"), lambda r: r.name or f"#{r.customer_id}", 260),
            Column(_tr("Last visit"), lambda r: formatting.datetime(r.last_visit)
                   if r.last_visit else _tr("never came"), 140),
            Column(_tr("Customer since"), lambda r: formatting.datetime(r.since), 140),
        ], self)
        self.table = make_table(self.model, self)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(_tr("Open record"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.keep_button = QPushButton(_tr("Keep"), self)
        self.keep_button.setToolTip(_tr("Keep this customer; they are listed again if another "
                                        "retention period passes without a visit"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.forget_button = QPushButton(_tr("Forget…"), self)
        self.forget_button.setObjectName("danger")
        self.forget_button.clicked.connect(self.forget_selected)
        for button in (self.open_button, self.keep_button, self.forget_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        with self.db.session() as session:
            years = settings.get(session, RETENTION_YEARS)
            rows = due_for_review(session, years)
        self.intro.setText(_tr("%n customer(s) with no visit for the retention period",
                               len(rows)) + " " + _tr("(%n year(s), in the backup settings). "
                                                      "Keep them or forget them.", years))
        self.model.set_rows(rows)
        for button in (self.open_button, self.keep_button, self.forget_button):
            button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            events.request_record(self.db, row.customer_id, self.parentWidget() or self)

    def keep_selected(self) -> bool:
        row = selected_row(self.table)
        if row is None:
            return False
        outcome = run_write(self, self.db, _tr("Keep"),
                            lambda s: keep_customer(s, row.customer_id))
        self.load()
        return outcome.ok

    def forget_selected(self) -> BackgroundTask | None:
        """None when nothing is chosen or an answer was no; the list is read again once the
        customer is forgotten."""
        row = selected_row(self.table)
        if row is None:
            return None
        return forget(self, self.db, row.customer_id, row.name, on_done=self.load)


class RetentionFeature:
    def __init__(self, host: MainWindowHost) -> None:
        self.host = host
        self.dialog: RetentionDialog | None = None
        menu = host.menus["customers"]
        self.action = menu.addAction(_tr("Privacy review…"), self.open)
        self.action.setObjectName("privacy_review")
        self.action.setToolTip(_tr("Customers with no visit for the retention period, to keep "
                                   "or forget"))

    def open(self) -> RetentionDialog:
        self.dialog = RetentionDialog(self.host.db, self.host)  # type: ignore[arg-type]
        self.dialog.show()
        return self.dialog


def install(host: MainWindowHost) -> RetentionFeature:
    return host.features.add(RetentionFeature(host))
