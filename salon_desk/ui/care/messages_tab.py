"""The Messages tab: every message sent, scheduled, waiting, failed or logged for the customer;
open one (its full text, recipient and the reason of a failure), cancel a scheduled one, send a
failed one again, record an opt-out in one click, or write a new one (ui.messages.composer)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import Message, MessageStatus
from salon_desk.models.db import Database
from salon_desk.services import messages
from salon_desk.services.customers import record_counts
from salon_desk.services.customers.views import customer_names
from salon_desk.services.messages import MessageData, MessageRow, outbox_rows, queue
from salon_desk.ui import formatting
from salon_desk.ui.care.common import delete_confirmed, read, staff_choices, tr
from salon_desk.ui.events import customers_changed
from salon_desk.ui.messages import labels
from salon_desk.ui.messages.audience_view import Recipients
from salon_desk.ui.messages.composer import ComposerDialog
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.saving import error_label, run_write, save_buttons
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table, select_id, selected_row
from salon_desk.ui.widgets.text_limits import limit_to_field

STATUS_COLOURS = labels.STATUS_COLOURS


def channel_labels() -> dict[str, str]:
    return {"email": tr("Email"), "sms": tr("SMS"), "whatsapp": tr("WhatsApp"),
            "call": tr("Phone call"), "in_person": tr("In person"), "other": tr("Other")}


def category_labels() -> dict[str, str]:
    """The two the app sends as the composer names them, and the two only staff log."""
    return {**labels.category_labels(), "follow_up": tr("Follow-up"), "other": tr("Other")}


def status_labels() -> dict[str, str]:
    return labels.status_labels()


def _message_text(row: MessageRow) -> str:
    body = " ".join(row.body.split())
    return f"{row.subject} — {body}" if row.subject and body else row.subject or body


def _columns() -> list[Column]:
    return [
        Column(tr("Date"), lambda r: formatting.datetime(r.at), 130),
        Column(tr("Channel"), lambda r: channel_labels().get(r.channel, r.channel), 90),
        Column(tr("Category"), lambda r: category_labels().get(r.category, r.category), 100),
        Column(tr("Subject / text"), _message_text, 380),
        Column(tr("Status"), lambda r: labels.status_text(r.status, r.due_at), 110,
               colour=lambda r: labels.status_colour(r.status, r.due_at)),
        Column(tr("Staff"), lambda r: r.staff_name, 80),
    ]


class LogMessageDialog(QDialog):
    """Write down a message sent by other means: a call, a WhatsApp from the salon's phone."""

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.customer_id = db, customer_id
        self.message_id: int | None = None
        self.setWindowTitle(tr("Log a message"))
        self.resize(480, 400)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.channel_combo = QComboBox(self)
        fill_combo(self.channel_combo, list(channel_labels().items()), current="call")
        self.category_combo = QComboBox(self)
        fill_combo(self.category_combo, list(category_labels().items()),
                   current="appointments")
        self.at_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat(f"{formatting.date_format()} HH:mm")
        self.at_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.subject_edit = QLineEdit(self)
        limit_to_field(self.subject_edit, Message, "subject")
        self.subject_edit.setPlaceholderText(tr("e.g. Moved Friday's appointment"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText(tr("What was said or sent"))
        self.staff_combo = QComboBox(self)
        fill_combo(self.staff_combo, staff_choices(db), blank=tr("(not said)"))
        form.addRow(tr("Channel"), self.channel_combo)
        form.addRow(tr("About"), self.category_combo)
        form.addRow(tr("When"), self.at_edit)
        form.addRow(tr("Subject"), self.subject_edit)
        form.addRow(tr("Text"), self.body_edit)
        form.addRow(tr("By"), self.staff_combo)
        layout.addLayout(form)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        buttons = save_buttons(self, self.save)
        layout.addWidget(buttons)

    def message_data(self) -> MessageData:
        at = self.at_edit.dateTime().toPython()
        if at.tzinfo is None:
            at = at.astimezone()  # typed as local wall-clock time
        return MessageData(channel=self.channel_combo.currentData(),
                           category=self.category_combo.currentData(),
                           subject=self.subject_edit.text(), body=self.body_edit.toPlainText(),
                           at=at.astimezone(dt.UTC), staff_id=self.staff_combo.currentData())

    def save(self) -> None:
        outcome = run_write(self, self.db, self.windowTitle(),
                            lambda s: messages.log_message(s, self.customer_id,
                                                           self.message_data()).id,
                            self.error_label)
        if outcome.ok:
            self.message_id = outcome.value
            self.accept()


class MessagesTab(RecordTab):
    COUNT = record_counts.MESSAGES

    def build(self) -> None:
        self.model = RowsModel(_columns(), self, view_alignment=True)
        self.composer: ComposerDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(tr("New message…"), self)
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(tr("Send or schedule an email, SMS or WhatsApp"))
        self.new_button.clicked.connect(self.new_message)
        self.log_button = QPushButton(tr("Log a message…"), self)
        self.log_button.setToolTip(tr("Write down a call or a message sent from a phone"))
        self.log_button.clicked.connect(self.log_message)
        self.status_combo = QComboBox(self)
        fill_combo(self.status_combo, list(status_labels().items()), blank=tr("All messages"))
        self.status_combo.currentIndexChanged.connect(lambda: self.reload())
        self.cancel_button = QPushButton(tr("Cancel message"), self)
        self.cancel_button.setToolTip(tr("Do not send this scheduled message"))
        self.cancel_button.clicked.connect(lambda: self._change(outbox_rows.cancel))
        self.retry_button = QPushButton(tr("Send again"), self)
        self.retry_button.clicked.connect(lambda: self._change(outbox_rows.retry))
        self.mark_button = QPushButton(tr("Mark as sent"), self)
        self.mark_button.setToolTip(tr("It did reach the customer"))
        self.mark_button.clicked.connect(lambda: self._change(outbox_rows.mark_sent))
        self.opt_out_button = QPushButton(tr("Opt out"), self)
        self.opt_out_button.setToolTip(tr("The customer asked to receive no more messages of "
                                          "this kind by this channel"))
        self.opt_out_button.clicked.connect(self.opt_out)
        self.delete_button = QPushButton(tr("Delete…"), self)
        self.delete_button.setObjectName("danger")
        self.delete_button.setToolTip(tr("Only messages logged by hand can be deleted"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(self.new_button)
        bar.addWidget(self.log_button)
        bar.addStretch(1)
        bar.addWidget(self.status_combo)
        for button in (self.cancel_button, self.retry_button, self.mark_button,
                       self.opt_out_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = make_table(self.model, splitter, scroll_per_pixel=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.body_view = QTextBrowser(splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.body_view)
        splitter.setSizes([340, 160])
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return tr("Messages")

    def load(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        cid, status = self.customer_id, self.status_combo.currentData()
        keep = select if select is not None else getattr(selected_row(self.table), "id", None)
        rows = read(self.db, lambda s: messages.list_messages(s, cid))
        if status:  # as shown: a message waiting for a later time reads "scheduled"
            rows = [r for r in rows if labels.shown_status(r.status, r.due_at) == status]
        self.model.set_rows(rows)
        select_id(self.table, self.model, keep)
        if selected_row(self.table) is None and self.model.rows:
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        row: MessageRow | None = selected_row(self.table)
        shown = labels.shown_status(row.status, row.due_at) if row is not None else ""
        self.delete_button.setEnabled(shown == MessageStatus.LOGGED.value)
        self.cancel_button.setEnabled(shown in ("queued", "scheduled"))
        self.retry_button.setEnabled(shown in ("failed", "unknown", "cancelled"))
        self.mark_button.setEnabled(shown in ("failed", "unknown"))
        self.opt_out_button.setEnabled(row is not None and row.channel in labels.SEND_CHANNELS
                                       and row.category in labels.SEND_CATEGORIES)
        if row is None:
            text = tr("No messages yet.") if not self.model.rows else ""
            self.body_view.setHtml(f"<p style='color:#6f6a78'>{html.escape(text)}</p>")
            return
        self.body_view.setHtml(labels.message_html(row))

    def _change(self, change) -> None:
        row = selected_row(self.table)
        if row is not None and run_write(self, self.db, tr("Messages"),
                                         lambda s: change(s, row.id)).ok:
            self.reload(select=row.id)
            self.changed.emit()

    def opt_out(self) -> None:
        """The customer wants no more of the selected message's kind by its channel: consent
        withdrawn (and marketing switched off), in the consent history as an opt-out."""
        row = selected_row(self.table)
        if row is None:
            return
        cid, category, channel = self.customer_id, row.category, row.channel
        if run_write(self, self.db, tr("Opt out"),
                     lambda s: queue.record_opt_out(s, cid, category, channel)).ok:
            self.body_view.append("<p style='color:#2e7d32'>" + html.escape(
                tr("Opt-out recorded: no more “{0}” by {1}.").format(
                    labels.category_labels().get(category, category),
                    labels.channel_labels().get(channel, channel))) + "</p>")
            self.changed.emit()
            customers_changed([cid])

    def new_message(self) -> None:
        with self.db.session() as session:
            name = customer_names(session, [self.customer_id]).get(self.customer_id, "")
        self.composer = ComposerDialog(self.db, Recipients([self.customer_id], None, name), self)
        if self.composer.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def log_message(self) -> None:
        dialog = LogMessageDialog(self.db, self.customer_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.message_id)
            self.changed.emit()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None and delete_confirmed(
                self, self.db, tr("Delete message"), tr("Delete this logged message?"),
                lambda s: messages.delete_logged_message(s, row.id)):
            self.reload()
            self.changed.emit()
