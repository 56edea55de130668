"""The global audit view: every row of the trail, filtered by who, what (an action or a table),
when and customer, a page at a time; the chain checked off the interface's thread; the rows
the filters show exported to .xlsx or .csv.

A page is read with one query (``audit.search``: newest first, ids below the previous page's
last), so the view is as quick on a trail of a million rows as on a new one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services import audit, permissions
from salon_desk.services.audit_export import export_audit
from salon_desk.services.jobs import Job
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.audit.texts import action_text, columns
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.dates import date_edit, from_qdate
from salon_desk.ui.widgets.table_model import RowsModel, make_table

PAGE = 200
EXPORT_FILTER = "Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"


def _verify_job(db: Database) -> Job[int | None]:
    yield 0, 0
    with db.session() as session:
        return audit.verify(session)


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


class AuditWindow(QDialog):
    """Owner only (and whoever the permission table lets see the audit)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        permissions.require(permissions.SEE_AUDIT)
        self.db = db
        self.task: BackgroundTask | None = None
        self.pages: list[int | None] = [None]  # the "ids below" of each page shown so far
        self.total = 0
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 640)
        self._build()
        self._fill_choices()
        self.reload()

    # ------------------------------------------------------------------------- building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.model = RowsModel(columns(with_customer=True), self)
        self.view = make_table(self.model, self)
        layout.addWidget(self.view)
        self.status = QLabel(self)
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.who = QComboBox(self)
        self.action = QComboBox(self)
        self.entity = QComboBox(self)
        self.since_on, self.since = QCheckBox(self.tr("From"), self), date_edit(self)
        self.until_on, self.until = QCheckBox(self.tr("to"), self), date_edit(self)
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("Customer ID"))
        self.customer.setValidator(QIntValidator(1, 2**31 - 1, self))
        self.customer.setClearButtonEnabled(True)
        self.customer.setMaximumWidth(120)
        for label, widget in ((self.tr("Who"), self.who), (self.tr("What"), self.action),
                              (self.tr("Table"), self.entity)):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget)
        for widget in (self.since_on, self.since, self.until_on, self.until, self.customer):
            row.addWidget(widget)
        row.addStretch(1)
        for combo in (self.who, self.action, self.entity):
            combo.currentIndexChanged.connect(self.reload)
        for box in (self.since_on, self.until_on):
            box.toggled.connect(self.reload)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._date_changed)
        self.customer.textChanged.connect(self.reload)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.newer = QPushButton(self.tr("◀ Newer"), self)
        self.older = QPushButton(self.tr("Older ▶"), self)
        self.newer.clicked.connect(self.show_newer)
        self.older.clicked.connect(self.show_older)
        self.verify_button = QPushButton(self.tr("Verify chain"), self)
        self.verify_button.setToolTip(self.tr(
            "Check that no row of the trail was changed, added or removed outside Salon Desk"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the rows the filters show as .xlsx or .csv"))
        self.export_button.clicked.connect(self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for widget in (self.newer, self.older):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.verify_button, self.export_button, close):
            row.addWidget(widget)
        return row

    def _fill_choices(self) -> None:
        """Filled before the first reload, without a reload for each first item."""
        with self.db.session() as session:
            people, actions, entities = audit.choices(session)
        for combo in (self.who, self.action, self.entity):
            combo.blockSignals(True)
        self.who.addItem(self.tr("Anyone"), "")
        for name in people:
            self.who.addItem(name, name)
        self.action.addItem(self.tr("Any action"), "")
        for action in actions:
            self.action.addItem(action_text(action), action)
        self.entity.addItem(self.tr("Any table"), "")
        for entity in entities:
            self.entity.addItem(entity, entity)
        for combo in (self.who, self.action, self.entity):
            combo.blockSignals(False)

    # -------------------------------------------------------------------------- reading
    def current_filter(self) -> audit.Filter:
        text = self.customer.text().strip()
        since = (_local_midnight(from_qdate(self.since.date()))
                 if self.since_on.isChecked() else None)
        until = (_local_midnight(from_qdate(self.until.date()) + dt.timedelta(days=1))
                 if self.until_on.isChecked() else None)
        return audit.Filter(int(text) if text.isdigit() else None,
                            self.who.currentData() or "", self.action.currentData() or "",
                            self.entity.currentData() or "", since, until)

    def _date_changed(self) -> None:
        if self.sender() is self.since and self.since_on.isChecked() or \
                self.sender() is self.until and self.until_on.isChecked():
            self.reload()

    def reload(self) -> None:
        """From the newest row again, with the filters as they are now."""
        self.pages = [None]
        self._show_page()

    def show_older(self) -> None:
        if self.model.rowCount() == PAGE:
            self.pages.append(self.model.row(PAGE - 1).id)
            self._show_page()

    def show_newer(self) -> None:
        if len(self.pages) > 1:
            self.pages.pop()
            self._show_page()

    def _show_page(self) -> None:
        f = self.current_filter()
        with self.db.session() as session:
            found = audit.search(session, f, below=self.pages[-1], limit=PAGE)
            self.total = audit.count(session, f)
        self.model.set_rows(found)
        first = (len(self.pages) - 1) * PAGE
        self.newer.setEnabled(len(self.pages) > 1)
        self.older.setEnabled(len(found) == PAGE and first + PAGE < self.total)
        self.status.setText(self.tr("Rows {0}–{1} of {2}").format(
            formatting.number(first + 1 if found else 0), formatting.number(first + len(found)),
            formatting.number(self.total)))

    # -------------------------------------------------------------------------- actions
    def verify(self) -> BackgroundTask:
        """Checks the whole chain on a worker thread (a large trail takes seconds)."""
        self.verify_button.setEnabled(False)
        self.status.setText(self.tr("Checking the audit trail…"))
        self.task = BackgroundTask(self, self.tr("Checking the audit trail"),
                                   lambda: _verify_job(self.db), show_dialog=False)
        self.task.finished.connect(self._verified)
        self.task.failed.connect(lambda exc, _tb: self._verify_failed(message_text(str(exc))))
        return self.task.start()

    def _verified(self, broken: int | None) -> None:
        self.verify_button.setEnabled(True)
        if broken is None:
            self.status.setText(self.tr("The audit trail holds: no row was changed outside "
                                        "Salon Desk."))
            self.status.setStyleSheet("")
        else:
            self.status.setText(self.tr(
                "The audit trail was changed outside Salon Desk: row {0} does not match the "
                "rows before it.").format(broken))
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")

    def _verify_failed(self, text: str) -> None:
        self.verify_button.setEnabled(True)
        dialogs.show_error(self, self.tr("Verify chain"), text)

    def export(self) -> BackgroundTask | None:
        suggested = f"audit-trail-{dt.date.today().isoformat()}.xlsx"
        path = dialogs.choose_save_file(self, self.tr("Export the audit trail to"), suggested,
                                        EXPORT_FILTER)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        f = self.current_filter()
        self.task = BackgroundTask(self, self.tr("Exporting the audit trail"),
                                   lambda: export_audit(self.db, target, f))
        self.task.finished.connect(lambda done: dialogs.show_info(
            self, self.tr("Export…"), self.tr("%n audit row(s) exported to {0}", "", done)
            .format(target)))
        self.task.failed.connect(lambda exc, _tb: dialogs.show_error(
            self, self.tr("Export…"), message_text(str(exc))))
        return self.task.start()


def open_audit_window(db: Database, parent: QWidget | None = None) -> AuditWindow:
    window = AuditWindow(db, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
