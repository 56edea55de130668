"""The record window's Privacy menu: export everything held about the customer (a zip), the
consent history kept as evidence, and Forget this customer (asked twice; cannot be undone)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMenu, QToolButton,
                               QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.privacy.evidence import consent_history, forget_history
from salon_desk.services.privacy.subject_access import export_subject
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.hosts import RecordWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.privacy.forgetting import forget
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table

_tr = translator("Privacy")


def export_everything(parent: QWidget, db: Database, customer_id: int
                      ) -> BackgroundTask | None:
    suggested = f"customer-{customer_id}-{dt.date.today().isoformat()}.zip"
    path = dialogs.choose_save_file(parent, _tr("Export everything about this customer"),
                                    suggested, _tr("Zip archive (*.zip)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
    with db.session() as session:
        salon = settings.get(session, settings.SALON_NAME)
    task = BackgroundTask(parent, _tr("Exporting"),
                          lambda: export_subject(db, customer_id, target, salon))
    task.finished.connect(lambda result: dialogs.show_info(
        parent, _tr("Export everything"),
        _tr("Everything held about this customer was saved in {0}").format(result)))
    task.failed.connect(lambda exc, _tb: dialogs.show_error(parent, _tr("Export everything"),
                                                            str(exc)))
    return task.start()


class ConsentHistoryDialog(QDialog):
    """Every consent given or withdrawn, and any request to be forgotten: the evidence."""

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Consent history"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        with db.session() as session:
            rows = consent_history(session, customer_id)
            requests = forget_history(session, customer_id)
        categories, channels = formatting.consent_categories(), formatting.channels()
        self.model = RowsModel([
            Column(_tr("When"), lambda r: formatting.datetime(r.at), 130),
            Column(_tr("For"), lambda r: categories.get(r.category, r.category), 120),
            Column(_tr("Channel"), lambda r: channels.get(r.channel, r.channel), 100),
            Column(_tr("Consent"), lambda r: _tr("given") if r.granted else _tr("withdrawn"),
                   100),
            Column(_tr("How"), lambda r: r.source, 120),
        ], self)
        self.model.set_rows(rows)
        layout.addWidget(make_table(self.model, self), 1)
        for request in requests:
            layout.addWidget(QLabel(_tr("Forgotten on {0} by {1}, asked by: {2}").format(
                formatting.datetime(request.done_at), request.done_by,
                request.asked_by or "-"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PrivacyActions:
    """Kept in the record window's features."""

    def __init__(self, window: RecordWindowHost) -> None:
        self.window = window
        self.task: BackgroundTask | None = None
        self.dialog: ConsentHistoryDialog | None = None
        parent: QWidget = window  # type: ignore[assignment]
        self.button = QToolButton(parent)
        self.button.setObjectName("privacy_menu")
        self.button.setText(_tr("Privacy"))
        self.button.setToolTip(_tr("The customer's data rights: export everything, consent "
                                   "history, forget"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.export_action = self.menu.addAction(_tr("Export everything (subject access)…"),
                                                 self.export)
        self.export_action.setObjectName("subject_export")
        self.history_action = self.menu.addAction(_tr("Consent history…"), self.show_history)
        self.menu.addSeparator()
        self.forget_action = self.menu.addAction(_tr("Forget this customer…"), self.forget)
        self.forget_action.setObjectName("forget_customer")
        self.button.setMenu(self.menu)
        window.toolbar.addWidget(self.button)

    def export(self) -> BackgroundTask | None:
        self.task = export_everything(self.window, self.window.db,  # type: ignore[arg-type]
                                      self.window.customer_id)
        return self.task

    def show_history(self) -> ConsentHistoryDialog:
        self.dialog = ConsentHistoryDialog(self.window.db, self.window.customer_id,
                                           self.window)  # type: ignore[arg-type]
        self.dialog.show()
        return self.dialog

    def forget(self) -> BackgroundTask | None:
        """None when an answer was no; else the task forgetting on a worker thread."""
        name = self.window.header.name.text() or f"#{self.window.customer_id}"
        self.task = forget(self.window, self.window.db, self.window.customer_id,  # type: ignore
                           name, on_done=self.window.refresh)
        return self.task


def add_privacy_actions(window: RecordWindowHost) -> PrivacyActions:
    return window.features.add(PrivacyActions(window))
