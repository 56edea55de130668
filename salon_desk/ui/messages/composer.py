"""The message composer: to one customer, the ticked ones, everyone a filter shows or a saved
segment; by email, SMS or WhatsApp; appointment information or promotions.

The text is a template's or written here, with fields ({first_name}...) filled for each
recipient: the preview steps through them. Before anything is sent the dialog shows how many
will receive it and who is left out and why (ui.messages.audience_view). Queueing runs off the UI
thread (services.messages.queue.queue_job through ui.tasks.BackgroundTask); the outbox sends.
WhatsApp is not queued: the stepper opens each chat (ui.messages.whatsapp).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateTimeEdit, QDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QPushButton, QRadioButton, QSplitter, QTextBrowser, QVBoxLayout,
                               QWidget)

from salon_desk.models import Message
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.customers.views import customer_names
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.services.messages import queue, sms_length, templates
from salon_desk.services.segments import saved
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.events import customers_changed
from salon_desk.ui.i18n import interface_language, translator
from salon_desk.ui.messages.audience_view import AudienceView, Decided, Recipients
from salon_desk.ui.messages.fields import LANGUAGES, FieldButton, language_labels, sms_text
from salon_desk.ui.messages.labels import category_labels, channel_labels
from salon_desk.ui.messages.whatsapp import Chat, WhatsAppStepper
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import item_text, message_text
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.widgets.text_limits import limit_to_field, set_whole_text

_tr = translator("Messages")

CHANGED_EVENT_UP_TO = 500  # a larger group refreshes the windows as "everyone changed"


class ComposerDialog(QDialog):
    """Compose, preview and send (or schedule) a message to ``recipients``."""

    def __init__(self, db: Database, recipients: Recipients, parent: QWidget | None = None, *,
                 channel: str = "email", category: str = "appointments",
                 subject: str = "", body: str = "",
                 attachments: list[tuple[str, bytes]] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.opened_for = recipients
        self.recipients = recipients
        self.attachments = list(attachments or [])
        self.decided: Decided | None = None
        self.preview_index = 0
        self.problem = ""  # why the text cannot be sent (an unknown field...)
        self.result: queue.QueueResult | None = None
        self.stepper: WhatsAppStepper | None = None
        self._task: BackgroundTask | None = None
        self.setWindowTitle(_tr("Send a message"))
        self.resize(980, 680)
        self._render_timer = QTimer(self, singleShot=True, interval=250)
        self._render_timer.timeout.connect(self.update_preview)
        self._build(channel, category)
        set_whole_text(self.subject_edit, subject)
        self.body_edit.setPlainText(body)
        self._channel_changed()

    # --- layout -----------------------------------------------------------------------------
    def _build(self, channel: str, category: str) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_editor(channel, category))
        splitter.addWidget(self._build_side())
        splitter.setSizes([560, 420])
        layout.addWidget(splitter, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(_tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.send_button = QPushButton(_tr("Send"), self)
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        row.addWidget(cancel)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def _build_editor(self, channel: str, category: str) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.to_combo = QComboBox(box)
        self.to_combo.addItem(self.recipients.description or _tr("The chosen customers"), None)
        with self.db.session() as session:
            for row in saved.list_segments(session):
                self.to_combo.addItem(_tr("Segment: {0}").format(row.name), row.id)
        self.to_combo.setToolTip(_tr("Send to the customers the window was opened for, or to a "
                                     "saved segment (its rules read again now)"))
        self.to_combo.currentIndexChanged.connect(self._to_changed)
        self.channel_combo = QComboBox(box)
        fill_combo(self.channel_combo, list(channel_labels().items()), current=channel)
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.category_combo = QComboBox(box)
        fill_combo(self.category_combo, list(category_labels().items()), current=category)
        self.category_combo.currentIndexChanged.connect(self._audience_changed)
        self.template_combo = QComboBox(box)
        self.template_combo.activated.connect(self._template_chosen)
        self.language_combo = QComboBox(box)
        fill_combo(self.language_combo, list(language_labels().items()),
                   current=self._default_language())
        self.language_combo.activated.connect(self._template_chosen)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.language_combo)
        self.subject_edit = QLineEdit(box)
        limit_to_field(self.subject_edit, Message, "subject")
        self.subject_edit.textChanged.connect(lambda: self._render_timer.start())
        self.body_edit = QPlainTextEdit(box)
        self.body_edit.textChanged.connect(self._body_changed)
        self.fields_button = FieldButton(box)
        self.fields_button.inserted.connect(self.insert_field)
        self.length_label = QLabel(box)
        self.length_label.setObjectName("muted")
        fields_row = QHBoxLayout()
        fields_row.addWidget(self.fields_button)
        fields_row.addStretch(1)
        fields_row.addWidget(self.length_label)
        form.addRow(_tr("To"), self.to_combo)
        form.addRow(_tr("Channel"), self.channel_combo)
        form.addRow(_tr("About"), self.category_combo)
        form.addRow(_tr("Template"), template_row)
        self.subject_caption = QLabel(_tr("Subject"), box)
        form.addRow(self.subject_caption, self.subject_edit)
        form.addRow(_tr("Text"), self.body_edit)
        form.addRow("", fields_row)
        self.attachments_list = QListWidget(box)
        self.attachments_list.setMaximumHeight(56)
        for name, data in self.attachments:
            self.attachments_list.addItem(f"📎 {name}  ({max(1, len(data) // 1024)} kB)")
        self.attachments_caption = QLabel(_tr("Attached"), box)
        form.addRow(self.attachments_caption, self.attachments_list)
        self.attachments_list.setVisible(bool(self.attachments))
        self.attachments_caption.setVisible(bool(self.attachments))
        form.addRow(_tr("When"), self._build_when(box))
        return box

    def _build_when(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.now_radio = QRadioButton(_tr("Now"), box)
        self.later_radio = QRadioButton(_tr("Schedule for"), box)
        self.now_radio.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.now_radio)
        group.addButton(self.later_radio)
        self.at_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), box)
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat(f"{formatting.date_format()} HH:mm")
        self.at_edit.setMinimumDateTime(QDateTime.currentDateTime())
        self.at_edit.setEnabled(False)
        self.later_radio.toggled.connect(self.at_edit.setEnabled)
        self.later_radio.toggled.connect(lambda: self._update_send_text())
        self.at_edit.dateTimeChanged.connect(lambda: self._update_send_text())
        row.addWidget(self.now_radio)
        row.addWidget(self.later_radio)
        row.addWidget(self.at_edit)
        row.addStretch(1)
        return box

    def _build_side(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(_tr("Preview"), box)
        heading.setObjectName("sectionTitle")
        nav = QHBoxLayout()
        self.previous_button = QPushButton("◀", box)
        self.previous_button.setToolTip(_tr("Previous recipient"))
        self.previous_button.clicked.connect(lambda: self.step_preview(-1))
        self.next_button = QPushButton("▶", box)
        self.next_button.setToolTip(_tr("Next recipient"))
        self.next_button.clicked.connect(lambda: self.step_preview(1))
        self.recipient_label = QLabel(box)
        self.recipient_label.setWordWrap(True)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.recipient_label, 1)
        nav.addWidget(self.next_button)
        self.preview = QTextBrowser(box)
        self.audience_view = AudienceView(self.db, box)
        self.audience_view.decided.connect(self._decided)
        column.addWidget(heading)
        column.addLayout(nav)
        column.addWidget(self.preview, 3)
        column.addWidget(self.audience_view, 2)
        return box

    def _default_language(self) -> str:
        with self.db.session() as session:
            chosen = str(settings.get(session, settings.OPTIONS["salon.language"]) or "")
        language = chosen or interface_language()
        return language if language in LANGUAGES else "en"

    # --- what the user chose ----------------------------------------------------------------
    @property
    def channel(self) -> str:
        return self.channel_combo.currentData()

    @property
    def category(self) -> str:
        return self.category_combo.currentData()

    @property
    def language(self) -> str:
        return self.language_combo.currentData()

    def due_at(self) -> dt.datetime | None:
        """When to send, in UTC (typed in local time); None: now."""
        if not self.later_radio.isChecked():
            return None
        at = self.at_edit.dateTime().toPython()
        if at.tzinfo is None:
            at = at.astimezone()
        return at.astimezone(dt.UTC)

    def compose(self) -> queue.Compose:
        return queue.Compose(channel=self.channel, category=self.category,
                             subject=self.subject_edit.text() if self.channel == "email" else "",
                             body=self.body_edit.toPlainText(),
                             template_id=self.template_combo.currentData(),
                             due_at=self.due_at(),
                             attachments=list(self.attachments) if self.channel == "email"
                             else [],
                             language=self.language)

    # --- reacting ---------------------------------------------------------------------------
    def _to_changed(self) -> None:
        segment_id = self.to_combo.currentData()
        if segment_id is None:
            self.recipients = self.opened_for
        else:
            with self.db.session() as session:
                row = saved.load(session, segment_id)
            self.recipients = Recipients(None, row.criteria, self.to_combo.currentText())
        self._audience_changed()

    def _channel_changed(self) -> None:
        email = self.channel == "email"
        self.subject_caption.setVisible(email)
        self.subject_edit.setVisible(email)
        self.attachments_caption.setVisible(email and bool(self.attachments))
        self.attachments_list.setVisible(email and bool(self.attachments))
        self._fill_templates()
        self._body_changed()
        self._audience_changed()

    def _fill_templates(self) -> None:
        with self.db.session() as session:
            rows = templates.list_templates(session, channel=self.channel)
        items = [(row.id, item_text(row.name)) for row in rows if row.active]
        current = self.template_combo.currentData()
        fill_combo(self.template_combo, items, blank=_tr("(no template: write the text)"),
                   current=current)

    def _template_chosen(self) -> None:
        template_id = self.template_combo.currentData()
        if template_id is None:
            return
        with self.db.session() as session:
            subject, body = templates.template_text(session, template_id, self.language)
            category = next((r.category for r in templates.list_templates(session)
                             if r.id == template_id), None)
        set_whole_text(self.subject_edit, subject)
        self.body_edit.setPlainText(body)
        if category in category_labels():
            self.category_combo.setCurrentIndex(self.category_combo.findData(category))

    def _body_changed(self) -> None:
        self.length_label.setVisible(self.channel == "sms")
        if self.channel == "sms":
            self.length_label.setText(sms_text(self.body_edit.toPlainText()))
        self._render_timer.start()

    def insert_field(self, placeholder: str) -> None:
        self.body_edit.insertPlainText(placeholder)
        self.body_edit.setFocus()

    def _audience_changed(self) -> None:
        self.decided = None
        self.send_button.setEnabled(False)
        self.audience_view.refresh(self.recipients, self.channel, self.category)

    def _decided(self, decided: Decided) -> None:
        self.decided = decided
        self.preview_index = 0
        self.send_button.setEnabled(bool(decided.eligible))
        self._update_send_text()
        self.update_preview()

    def _update_send_text(self) -> None:
        n = len(self.decided.eligible) if self.decided else 0
        if self.channel == "whatsapp":
            text = _tr("Open WhatsApp for %n customer(s)…", n)
        elif self.later_radio.isChecked():
            text = _tr("Schedule for %n customer(s)", n)
        else:
            text = _tr("Send to %n customer(s)", n)
        self.send_button.setText(text)

    # --- preview ----------------------------------------------------------------------------
    def step_preview(self, step: int) -> None:
        if not self.decided or not self.decided.eligible:
            return
        self.preview_index = (self.preview_index + step) % len(self.decided.eligible)
        self.update_preview()

    def _render(self, customer_ids: list[int]) -> dict:
        with self.db.session() as session:
            return templates.render(session, self.subject_edit.text(),
                                    self.body_edit.toPlainText(), customer_ids,
                                    language=self.language)

    def update_preview(self) -> None:
        eligible = self.decided.eligible if self.decided else []
        self.previous_button.setEnabled(len(eligible) > 1)
        self.next_button.setEnabled(len(eligible) > 1)
        if not eligible:
            self.recipient_label.setText(_tr("Nobody to preview: nobody can receive it."))
            self.preview.clear()
            return
        customer_id, address = eligible[self.preview_index]
        name = self.decided.names.get(customer_id) or self._name(customer_id)
        self.recipient_label.setText(_tr("{0} <{1}> ({2} of {3})").format(
            name, address, self.preview_index + 1, len(eligible)))
        try:
            rendered = self._render([customer_id])[customer_id]
        except ValidationError as exc:
            self.problem = "\n".join(message_text(m) for m in exc.errors.values()) or \
                message_text(str(exc))
            self.preview.setHtml(f"<p style='color:#c62828'>{html.escape(self.problem)}</p>")
            return
        except SalonError as exc:
            self.problem = message_text(str(exc))
            self.preview.setHtml(f"<p style='color:#c62828'>{html.escape(self.problem)}</p>")
            return
        self.problem = ""
        self.error_label.hide()
        self._show_rendered(rendered)

    def _show_rendered(self, rendered) -> None:
        parts = []
        if self.channel == "email":
            parts.append(f"<p><b>{html.escape(rendered.subject)}</b></p>")
        parts.append(html.escape(rendered.body).replace("\n", "<br>"))
        if self.channel == "sms":
            parts.append(f"<p style='color:#6f6a78'>{html.escape(sms_text(rendered.body))}</p>")
        self.preview.setHtml("".join(parts))

    def _name(self, customer_id: int) -> str:
        with self.db.session() as session:
            return customer_names(session, [customer_id]).get(customer_id, "")

    # --- sending ----------------------------------------------------------------------------
    def refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def field_problem(self) -> str:
        """Why the subject or text cannot be filled in (an unknown field, a brace left open)."""
        try:
            templates.check(self.subject_edit.text(), self.body_edit.toPlainText())
        except ValidationError as exc:
            return "\n".join(message_text(m) for m in exc.errors.values())
        return ""

    def checked(self) -> bool:
        """The text can be sent to the audience shown: said in words when it cannot."""
        problem = self.field_problem()
        if problem:
            self.refuse(problem)
            return False
        if not self.body_edit.toPlainText().strip():
            self.refuse(_tr("Write the text of the message, or choose a template."))
            return False
        if self.channel == "email" and not self.subject_edit.text().strip():
            self.refuse(_tr("An email needs a subject."))
            return False
        if not self.decided or not self.decided.eligible:
            self.refuse(_tr("Nobody can receive this message: see who is left out and why."))
            return False
        self.update_preview()
        if self.problem:
            self.refuse(self.problem)
            return False
        if self.due_at() is not None and self.due_at() <= dt.datetime.now(dt.UTC):
            self.refuse(_tr("Choose a time in the future, or send it now."))
            return False
        return True

    def confirmed(self) -> bool:
        n = len(self.decided.eligible)
        if self.channel == "sms":
            with self.db.session() as session:
                warn_at = int(settings.get(session, settings.OPTIONS["messages.long_sms_warning"]))
            rendered = self._render([self.decided.eligible[0][0]])
            segments = sms_length.sms_parts(next(iter(rendered.values())).body).segments
            if n > 1 and segments >= warn_at and not dialogs.confirm(
                    self, _tr("Long SMS"),
                    _tr("Each SMS is %n part(s) long.", segments) + " "
                    + _tr("About %n SMS will be sent. Send it?", segments * n), _tr("Send")):
                return False
        if n > 1 and not dialogs.confirm(
                self, self.windowTitle(),
                _tr("Send this message to %n customer(s)?", n) + " "
                + _tr("%n customer(s) are left out (listed).",
                      sum(self.decided.reasons.values())), _tr("Send")):
            return False
        return True

    def send(self) -> None:
        self.error_label.hide()
        if not self.checked() or not self.confirmed():
            return
        if self.channel == "whatsapp":
            self.open_whatsapp()
            return
        compose, recipients = self.compose(), self.recipients
        self.send_button.setEnabled(False)
        self._task = BackgroundTask(
            self, _tr("Queueing the messages…"),
            lambda: queue.queue_job(self.db, compose, recipients.customer_ids,
                                    criteria=recipients.criteria), writes=True)
        self._task.finished.connect(self._queued)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(lambda: self.send_button.setEnabled(True))
        self._task.start()

    def _failed(self, exc: Exception, _details: str) -> None:
        self.send_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.refuse("\n".join(message_text(m) for m in exc.errors.values())
                        or message_text(str(exc)))
        else:
            self.refuse(message_text(str(exc)))

    def _queued(self, result: queue.QueueResult) -> None:
        self.result = result
        ids = [cid for cid, _ in self.decided.eligible] if self.decided else []
        customers_changed(ids if len(ids) <= CHANGED_EVENT_UP_TO else [])
        self.accept()

    def open_whatsapp(self) -> None:
        eligible = self.decided.eligible
        rendered = self._render([cid for cid, _ in eligible])
        chats = [Chat(cid, self.decided.names.get(cid) or self._name(cid), mobile,
                      rendered[cid].body) for cid, mobile in eligible]
        self.stepper = WhatsAppStepper(self.db, chats, self.category, parent=self)
        self.stepper.exec()
        customers_changed(self.stepper.opened)
        self.accept()


def open_composer(db: Database, recipients: Recipients, parent: QWidget | None = None,
                  **options) -> ComposerDialog:
    dialog = ComposerDialog(db, recipients, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
