"""The settings dialog's messages pages: Email (the salon's SMTP server, "Send a test email"), SMS
(the provider's account), Automatic messages (reminders, birthday and anniversary greetings,
sending limits). The password and the API key go to the system keyring
(services.messages.secrets), never into the settings; the templates have their own page
(ui.messages.templates_page)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.jobs import Job
from salon_desk.services.messages import secrets, smtp, templates
from salon_desk.ui import dialogs
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.i18n import translator
from salon_desk.ui.messages.labels import channel_labels, muted
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import item_text, message_text
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.widgets.numbers import whole_number

_tr = translator("MessagesSettings")


def option(key: str) -> settings.Option:
    return settings.OPTIONS[key]


_spin = whole_number


def _form(box: QWidget) -> QFormLayout:
    """A form whose fields keep their own width (a number does not stretch across the page)."""
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _secret_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SecretField:
    """A password or key field: shows whether one is stored, stores a new one in the keyring
    when saving (said in words when the computer has no keyring)."""

    def __init__(self, name: str, edit: QLineEdit, note: QLabel) -> None:
        self.name, self.edit, self.note = name, edit, note

    def load(self) -> None:
        self.edit.clear()
        if not secrets.keyring_available():
            self.edit.setEnabled(False)
            self.edit.setPlaceholderText(_tr("no password store on this computer"))
            self.note.setText(_tr("This computer has no password store (keyring): the app "
                                  "asks for it when sending and never writes it to a file."))
            return
        stored = secrets.get_secret(self.name) is not None
        self.edit.setPlaceholderText(_tr("stored in the system's password store") if stored
                                     else _tr("not stored yet"))
        self.note.setText(_tr("Kept in the system's password store, never in the database. "
                              "Leave empty to keep the one stored."))

    def save(self) -> None:
        if self.edit.text():
            secrets.set_secret(self.name, self.edit.text())

    def value(self) -> str | None:
        """The one typed, else the one stored."""
        return self.edit.text() or secrets.get_secret(self.name)


@dataclass
class _TestLetter:
    recipient: str
    subject: str
    body: str


def _test_email_job(config: smtp.SmtpConfig, password: str | None, subject: str,
                    body: str) -> Job[bool]:
    """Connect and log in as typed, then send a short email to the sender address."""
    yield 0, 0, "Connecting to the mail server…"
    mailer = smtp.Mailer(config, password)
    try:
        mailer.send(smtp.build_email(config, _TestLetter(config.sender, subject, body)))
    finally:
        mailer.close()
    return True


class EmailSettingsPage(QWidget, SettingsPageDefaults):
    """The salon's email account: server, port, security, user, sender address, password."""

    SECURITY = ("starttls", "ssl", "none")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._task: BackgroundTask | None = None
        self._salon_name = ""
        layout = QVBoxLayout(self)
        box = QGroupBox(_tr("Email server (SMTP)"), self)
        form = QFormLayout(box)
        self.host_edit = QLineEdit(box)
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.port_spin = _spin(box, 1, 65535)
        self.port_spin.setMaximumWidth(130)
        self.security_combo = QComboBox(box)
        fill_combo(self.security_combo, [
            ("starttls", _tr("STARTTLS (usually port 587)")),
            ("ssl", _tr("SSL/TLS (usually port 465)")),
            ("none", _tr("None (not encrypted)"))])
        self.security_combo.activated.connect(self._security_chosen)
        self.user_edit = QLineEdit(box)
        self.password_edit = _secret_edit(box)
        self.password_note = muted("", box)
        self.password_note.setWordWrap(True)
        self.password = SecretField("smtp", self.password_edit, self.password_note)
        self.sender_edit = QLineEdit(box)
        self.sender_edit.setPlaceholderText("hello@mysalon.com")
        form.addRow(_tr("Server"), self.host_edit)
        form.addRow(_tr("Port"), self.port_spin)
        form.addRow(_tr("Security"), self.security_combo)
        form.addRow(_tr("User"), self.user_edit)
        form.addRow(_tr("Password"), self.password_edit)
        form.addRow("", self.password_note)
        form.addRow(_tr("Sender address"), self.sender_edit)
        form.addRow("", muted(_tr("Emails go out with the salon's name as the sender."),
                                    box))
        layout.addWidget(box)
        row = QHBoxLayout()
        self.test_button = QPushButton(_tr("Send a test email"), self)
        self.test_button.setToolTip(_tr("Connect with the details above (not saved yet) and "
                                        "send an email to the sender address"))
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def title(self) -> str:
        return _tr("Email")

    def _security_chosen(self) -> None:
        ports = {"ssl": 465, "starttls": 587, "none": 25}
        if self.port_spin.value() in ports.values():
            self.port_spin.setValue(ports[self.security_combo.currentData()])

    def load(self, session: Session) -> None:
        self.host_edit.setText(settings.get(session, option("smtp.host")))
        self.port_spin.setValue(int(settings.get(session, option("smtp.port"))))
        security = settings.get(session, option("smtp.security"))
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(security)))
        self.user_edit.setText(settings.get(session, option("smtp.user")))
        self.sender_edit.setText(settings.get(session, option("smtp.sender")))
        self._salon_name = settings.get(session, settings.SALON_NAME)
        self.password.load()

    def save(self, session: Session) -> None:
        settings.set_value(session, option("smtp.host"), self.host_edit.text().strip())
        settings.set_value(session, option("smtp.port"), self.port_spin.value())
        settings.set_value(session, option("smtp.security"), self.security_combo.currentData())
        settings.set_value(session, option("smtp.user"), self.user_edit.text().strip())
        settings.set_value(session, option("smtp.sender"), self.sender_edit.text().strip())
        self.password.save()

    def config(self) -> smtp.SmtpConfig:
        """The details as typed on the page."""
        with self.db.session() as session:
            saved = smtp.smtp_config(session)
        return replace(saved, host=self.host_edit.text().strip(), port=self.port_spin.value(),
                       security=self.security_combo.currentData(),
                       user=self.user_edit.text().strip(), sender=self.sender_edit.text().strip())

    def send_test(self) -> None:
        config = self.config()
        if not config.host or not config.sender:
            self._tested(_tr("Fill in the server and the sender address first."), False)
            return
        subject = _tr("Salon Desk test email")
        body = _tr("This email was sent by Salon Desk to check the email settings. They work.")
        try:
            password = self.password.value()
        except secrets.NoKeyring:
            password = None
        self.test_result.setStyleSheet("")
        self.test_result.setText(_tr("Connecting…"))
        self.test_button.setEnabled(False)
        self._task = BackgroundTask(self, _tr("Send a test email"),
                                    lambda: _test_email_job(config, password, subject, body))
        self._task.finished.connect(lambda _ok: self._tested(
            _tr("The test email was sent to {0}.").format(config.sender), True))
        self._task.failed.connect(lambda exc, _tb: self._tested(message_text(str(exc)), False))
        self._task.cancelled.connect(lambda: self._tested("", True))
        self._task.start()

    def _tested(self, text: str, ok: bool) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("" if ok else "color: #c62828;")
        self.test_result.setText(text)
        if not ok:
            dialogs.show_error(self, _tr("Send a test email"), text)


class SmsSettingsPage(QWidget, SettingsPageDefaults):
    """The SMS provider's account: provider, account, sender, API address, key."""

    PROVIDERS = (("twilio", "Twilio"),)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        box = QGroupBox(_tr("SMS provider"), self)
        form = QFormLayout(box)
        self.provider_combo = QComboBox(box)
        fill_combo(self.provider_combo, list(self.PROVIDERS))
        self.account_edit = QLineEdit(box)
        self.account_edit.setPlaceholderText(_tr("Account SID"))
        self.key_edit = _secret_edit(box)
        self.key_note = muted("", box)
        self.key_note.setWordWrap(True)
        self.key = SecretField("sms", self.key_edit, self.key_note)
        self.sender_edit = QLineEdit(box)
        self.sender_edit.setPlaceholderText(_tr("+34600000000 or a name such as MYSALON"))
        self.url_edit = QLineEdit(box)
        form.addRow(_tr("Provider"), self.provider_combo)
        form.addRow(_tr("Account"), self.account_edit)
        form.addRow(_tr("API key (auth token)"), self.key_edit)
        form.addRow("", self.key_note)
        form.addRow(_tr("Sender"), self.sender_edit)
        form.addRow(_tr("API address"), self.url_edit)
        form.addRow("", muted(_tr("Leave the API address as it is unless the provider "
                                        "gave you another one."), box))
        layout.addWidget(box)
        layout.addStretch(1)

    def title(self) -> str:
        return _tr("SMS")

    def load(self, session: Session) -> None:
        provider = settings.get(session, option("sms.provider"))
        self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(provider)))
        self.account_edit.setText(settings.get(session, option("sms.account")))
        self.sender_edit.setText(settings.get(session, option("sms.sender")))
        self.url_edit.setText(settings.get(session, option("sms.api_url")))
        self.key.load()

    def save(self, session: Session) -> None:
        settings.set_value(session, option("sms.provider"), self.provider_combo.currentData())
        settings.set_value(session, option("sms.account"), self.account_edit.text().strip())
        settings.set_value(session, option("sms.sender"), self.sender_edit.text().strip())
        settings.set_value(session, option("sms.api_url"),
                           self.url_edit.text().strip() or option("sms.api_url").default)
        self.key.save()


class AutomaticMessagesPage(QWidget, SettingsPageDefaults):
    """Appointment reminders, birthday and anniversary greetings, and how fast the app sends."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        box = QGroupBox(_tr("Appointment reminders"), self)
        form = _form(box)
        self.reminders_box = QCheckBox(_tr("Remind customers of their appointments"), box)
        self.hours_spin = _spin(box, 1, 24 * 14, _tr(" hours before"))
        self.reminder_channel, self.reminder_template = self._channel_and_template(box, form)
        form.insertRow(0, "", self.reminders_box)
        form.insertRow(1, _tr("When"), self.hours_spin)
        layout.addWidget(box)
        box = QGroupBox(_tr("Greetings"), self)
        form = _form(box)
        self.birthday_box = QCheckBox(_tr("Wish customers a happy birthday on the day"), box)
        self.anniversary_box = QCheckBox(
            _tr("Greet customers on their anniversary (the date on their record)"), box)
        form.addRow("", self.birthday_box)
        form.addRow("", self.anniversary_box)
        self.birthday_channel, self.birthday_template = self._channel_and_template(box, form)
        form.addRow("", muted(_tr("Only customers who accept birthday greetings and gave "
                                        "their consent for that channel receive them."), box))
        layout.addWidget(box)
        box = QGroupBox(_tr("Sending"), self)
        form = _form(box)
        self.per_minute_spin = _spin(box, 0, 1000, _tr(" per minute"))
        self.per_minute_spin.setSpecialValueText(_tr("no limit"))
        self.long_sms_spin = _spin(box, 2, 10, _tr(" SMS parts"))
        self.language_combo = QComboBox(box)
        fill_combo(self.language_combo, [("en", _tr("English")), ("es", _tr("Spanish"))],
                   blank=_tr("The app's language"))
        form.addRow(_tr("Send at most"), self.per_minute_spin)
        form.addRow(_tr("Warn before sending an SMS of at least"), self.long_sms_spin)
        form.addRow(_tr("Language of the messages"), self.language_combo)
        layout.addWidget(box)
        layout.addStretch(1)

    def _channel_and_template(self, box: QWidget, form: QFormLayout
                              ) -> tuple[QComboBox, QComboBox]:
        channel = QComboBox(box)
        channel.setMinimumWidth(260)
        labels = channel_labels()
        fill_combo(channel, [(c, labels[c]) for c in ("sms", "email")])
        template = QComboBox(box)
        template.setMinimumWidth(260)
        form.addRow(_tr("Send by"), channel)
        form.addRow(_tr("Template"), template)
        return channel, template

    def title(self) -> str:
        return _tr("Automatic messages")

    def _fill_templates(self, session: Session, combo: QComboBox, kind: str,
                        current: int) -> None:
        rows = templates.list_templates(session, kind=kind)
        channels = channel_labels()
        fill_combo(combo, [(r.id, f"{item_text(r.name)} ({channels.get(r.channel, r.channel)})")
                           for r in rows], blank=_tr("The built-in one"), current=current or None)

    def load(self, session: Session) -> None:
        get = settings.get
        self.reminders_box.setChecked(bool(get(session, option("reminders.enabled"))))
        self.hours_spin.setValue(int(get(session, option("reminders.hours_before"))))
        self.reminder_channel.setCurrentIndex(max(0, self.reminder_channel.findData(
            get(session, option("reminders.channel")))))
        self._fill_templates(session, self.reminder_template, "reminder",
                             int(get(session, option("reminders.template_id"))))
        self.birthday_box.setChecked(bool(get(session, option("birthday.enabled"))))
        self.anniversary_box.setChecked(bool(get(session, option("anniversary.enabled"))))
        self.birthday_channel.setCurrentIndex(max(0, self.birthday_channel.findData(
            get(session, option("birthday.channel")))))
        self._fill_templates(session, self.birthday_template, "birthday",
                             int(get(session, option("birthday.template_id"))))
        self.per_minute_spin.setValue(int(get(session, option("messages.per_minute"))))
        self.long_sms_spin.setValue(int(get(session, option("messages.long_sms_warning"))))
        language = get(session, option("salon.language")) or None
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def save(self, session: Session) -> None:
        put = settings.set_value
        put(session, option("reminders.enabled"), self.reminders_box.isChecked())
        put(session, option("reminders.hours_before"), self.hours_spin.value())
        put(session, option("reminders.channel"), self.reminder_channel.currentData())
        put(session, option("reminders.template_id"), self.reminder_template.currentData() or 0)
        put(session, option("birthday.enabled"), self.birthday_box.isChecked())
        put(session, option("anniversary.enabled"), self.anniversary_box.isChecked())
        put(session, option("birthday.channel"), self.birthday_channel.currentData())
        put(session, option("birthday.template_id"), self.birthday_template.currentData() or 0)
        put(session, option("messages.per_minute"), self.per_minute_spin.value())
        put(session, option("messages.long_sms_warning"), self.long_sms_spin.value())
        put(session, option("salon.language"), self.language_combo.currentData() or "")
