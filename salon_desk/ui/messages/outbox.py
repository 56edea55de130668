"""The outbox: every message waiting, scheduled, being sent, sent, failed or in doubt, with the
reason of a failure; cancel, send again or mark sent, or send what is due now (through the
app's background sender, ui.messages.sending)."""

from __future__ import annotations


from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.messages import outbox_rows
from salon_desk.ui import formatting
from salon_desk.ui.events import customers_changed
from salon_desk.ui.i18n import translator
from salon_desk.ui.messages.labels import (category_labels, channel_labels, error_text,
                                           message_html, shown_status, status_colour,
                                           status_labels, status_text)
from salon_desk.ui.messages.sending import BackgroundSender
from salon_desk.ui.saving import run_write
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.widgets.table_model import (RIGHT, Column, RowsModel, make_table, select_id,
                                               selected_row)

_tr = translator("Messages")

# The statuses a message can be cancelled, sent again or marked sent from.
CANCELLABLE = {"queued", "scheduled"}
RETRYABLE = {"failed", "unknown", "cancelled"}
MARKABLE = {"unknown", "failed"}


def _columns() -> list[Column]:
    channels, categories = channel_labels(), category_labels()
    return [
        Column(_tr("When"), lambda r: formatting.datetime(r.sent_at or r.due_at or r.at), 130),
        Column(_tr("Customer"), lambda r: r.customer_name, 150),
        Column(_tr("Channel"), lambda r: channels.get(r.channel, r.channel), 70),
        Column(_tr("About"), lambda r: categories.get(r.category, r.category), 100),
        Column(_tr("To"), lambda r: r.recipient, 170),
        Column(_tr("Subject / text"), lambda r: r.subject or " ".join(r.body.split()), 200),
        Column(_tr("Status"), lambda r: status_text(r.status, r.due_at), 140,
               colour=lambda r: status_colour(r.status, r.due_at)),
        Column(_tr("Tries"), lambda r: str(r.attempts or ""), 50, RIGHT),
        Column(_tr("Reason"), lambda r: error_text(r.error), 200),
    ]


class OutboxDialog(QDialog):
    """The messages the app sends, newest first, filtered by status."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 background: BackgroundSender | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.background = background
        self.setWindowTitle(_tr("Outbox"))
        self.resize(1120, 620)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status_combo = QComboBox(self)
        fill_combo(self.status_combo, [(k, v) for k, v in status_labels().items()
                                       if k != "logged"], blank=_tr("All messages"))
        self.status_combo.currentIndexChanged.connect(lambda: self.reload())
        self.send_now_button = QPushButton(_tr("Send what is due now"), self)
        self.send_now_button.setToolTip(_tr("The app also sends every minute while it is open"))
        self.send_now_button.clicked.connect(self.send_now)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("muted")
        bar.addWidget(QLabel(_tr("Show"), self))
        bar.addWidget(self.status_combo)
        bar.addWidget(self.state_label, 1)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("muted")
        self.stop_button = QPushButton(_tr("Stop sending"), self)
        self.stop_button.setToolTip(_tr("The message being sent is finished; the rest waits "
                                        "for the next run"))
        self.stop_button.clicked.connect(self.stop_sending)
        bar.addWidget(self.progress_label)
        bar.addWidget(self.stop_button)
        self.stop_button.hide()
        bar.addWidget(self.send_now_button)
        layout.addLayout(bar)
        stop_row = QHBoxLayout()
        self.stopped_label = QLabel(self)
        self.stopped_label.setObjectName("fieldError")
        self.stopped_label.setWordWrap(True)
        self.secret_button = QPushButton(self)
        self.secret_button.clicked.connect(self.enter_secret)
        stop_row.addWidget(self.stopped_label, 1)
        stop_row.addWidget(self.secret_button)
        layout.addLayout(stop_row)
        self.stopped_label.hide()
        self.secret_button.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RowsModel(_columns(), self,
                               muted=lambda r: r.status in ("cancelled", "sent"))
        self.table = make_table(self.model, splitter, scroll_per_pixel=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.detail = QTextBrowser(splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([440, 140])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(_tr("Cancel message"), self)
        self.cancel_button.clicked.connect(lambda: self._change(outbox_rows.cancel))
        self.retry_button = QPushButton(_tr("Send again"), self)
        self.retry_button.clicked.connect(lambda: self._change(outbox_rows.retry))
        self.mark_button = QPushButton(_tr("Mark as sent"), self)
        self.mark_button.setToolTip(_tr("It did reach the customer (checked with them or in "
                                        "the mailbox's sent folder)"))
        self.mark_button.clicked.connect(lambda: self._change(outbox_rows.mark_sent))
        close = QPushButton(_tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.cancel_button, self.retry_button, self.mark_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        if background is not None:
            self._follow(background)
        self.reload()
        self._show_stops()

    def reload(self) -> None:
        keep = getattr(selected_row(self.table), "id", None)
        status = self.status_combo.currentData()
        with self.db.session() as session:
            rows = outbox_rows.outbox(session, status)
        if status == "queued":  # "waiting" here means due now; scheduled ones have their own
            rows = [r for r in rows if shown_status(r.status, r.due_at) == "queued"]
        elif status == "scheduled":
            with self.db.session() as session:
                rows = [r for r in outbox_rows.outbox(session, "queued")
                        if shown_status(r.status, r.due_at) == "scheduled"]
        self.model.set_rows(rows)
        select_id(self.table, self.model, keep)
        self.state_label.setText(_tr("%n message(s)", len(rows)))
        self._selected()

    def _selected(self) -> None:
        row = selected_row(self.table)
        shown = shown_status(row.status, row.due_at) if row else ""
        self.cancel_button.setEnabled(shown in CANCELLABLE)
        self.retry_button.setEnabled(shown in RETRYABLE)
        self.mark_button.setEnabled(shown in MARKABLE)
        if row is None:
            self.detail.clear()
            return
        self.detail.setHtml(message_html(row))

    def _change(self, change) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        if run_write(self, self.db, self.windowTitle(), lambda s: change(s, row.id)).ok:
            customers_changed([row.customer_id])
            self.reload()

    def _follow(self, background: BackgroundSender) -> None:
        background.sent.connect(self._ran)
        background.progressed.connect(self._sending)
        background.ended.connect(self._sending_ended)

    def send_now(self) -> None:
        if self.background is None:
            self.background = BackgroundSender(self.db, self)
            self._follow(self.background)
        if self.background.tick():
            self._sending(0, 0)

    def _sending(self, done: int, total: int) -> None:
        """A run goes (the window's or the minute's): how far, and the button to stop it."""
        self.progress_label.setText(
            _tr("Sending: {0} of %n message(s)…", total).format(QLocale().toString(done))
            if total else _tr("Sending…"))
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)

    def _sending_ended(self) -> None:
        self.progress_label.clear()
        self.stop_button.hide()
        self.reload()

    def stop_sending(self) -> None:
        if self.background is not None and self.background.running:
            self.stop_button.setEnabled(False)
            self.progress_label.setText(_tr("Stopping…"))
            self.background.cancel()

    def _ran(self, _result) -> None:
        self.reload()
        self._show_stops()

    def _show_stops(self) -> None:
        """Why the last run stopped a channel and, when a password or key is wanted, the
        button to type it for this session."""
        result = self.background.last if self.background is not None else None
        reasons = [message_text(text) for text in getattr(result, "stopped", []) or []]
        self.stopped_label.setText("\n".join(reasons))
        self.stopped_label.setVisible(bool(reasons))
        wanted = self.background.needs_secret() if self.background is not None else []
        self.secret_button.setText(_tr("Enter the email password…") if "email" in wanted
                                   else _tr("Enter the SMS key…"))
        self.secret_button.setVisible(bool(wanted))

    def enter_secret(self) -> None:
        """Ask for the password (or key) the keyring cannot give, then send with it: kept in
        memory while the app is open, never saved."""
        wanted = self.background.needs_secret() if self.background is not None else []
        if not wanted:
            return
        channel = wanted[0]
        label = (_tr("The email account's password (kept only while Salon Desk is open):")
                 if channel == "email" else
                 _tr("The SMS provider's key (kept only while Salon Desk is open):"))
        secret = ask_secret(self, self.secret_button.text().rstrip("…"), label)
        if not secret:
            return
        if channel == "email":
            self.background.password = secret
        else:
            self.background.sms_key = secret
        self.send_now()


def ask_secret(parent: QWidget, title: str, label: str) -> str | None:
    """A password typed by staff, or None (tests replace this)."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None
