"""The messages' settings pages in the settings dialog: what is typed is saved as the salon's
settings (the password never among them), a template is edited per language, and "Send a test
email" says what failed."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Setting
from salon_desk.services import settings
from salon_desk.services.messages import templates
from salon_desk.ui.composition import open_settings
from salon_desk.ui.messages.settings_pages import (AutomaticMessagesPage, EmailSettingsPage,
                                                   SmsSettingsPage)
from salon_desk.ui.messages.templates_page import TemplatesPage


def _page(dialog, cls):
    return next(p for p in dialog.pages if isinstance(p, cls))


def test_the_email_sms_and_automatic_pages_save_the_options(qtbot, salon_db):
    dialog = open_settings(salon_db)
    qtbot.addWidget(dialog)
    email = _page(dialog, EmailSettingsPage)
    email.host_edit.setText("smtp.mysalon.test")
    email.security_combo.setCurrentIndex(email.security_combo.findData("ssl"))
    email.port_spin.setValue(465)
    email.user_edit.setText("hello@mysalon.test")
    email.sender_edit.setText("hello@mysalon.test")
    sms = _page(dialog, SmsSettingsPage)
    sms.account_edit.setText("AC123")
    sms.sender_edit.setText("MYSALON")
    auto = _page(dialog, AutomaticMessagesPage)
    auto.hours_spin.setValue(48)
    auto.reminder_channel.setCurrentIndex(auto.reminder_channel.findData("email"))
    auto.birthday_box.setChecked(True)
    auto.per_minute_spin.setValue(10)
    assert dialog.save()

    with salon_db.session() as s:
        get = settings.get
        assert (get(s, settings.SMTP_HOST), get(s, settings.SMTP_PORT),
                get(s, settings.SMTP_SECURITY), get(s, settings.SMTP_USER),
                get(s, settings.SMTP_SENDER)) == ("smtp.mysalon.test", 465, "ssl",
                                                  "hello@mysalon.test", "hello@mysalon.test")
        assert (get(s, settings.SMS_ACCOUNT), get(s, settings.SMS_SENDER)) == ("AC123",
                                                                                "MYSALON")
        assert get(s, settings.REMINDERS_HOURS_BEFORE) == 48
        assert get(s, settings.REMINDERS_CHANNEL) == "email"
        assert get(s, settings.BIRTHDAY_ENABLED) is True
        assert get(s, settings.MESSAGES_PER_MINUTE) == 10
        keys = set(s.scalars(select(Setting.key)))
        assert not any("password" in k or k.endswith(".key") for k in keys)


def test_a_template_is_written_in_english_and_spanish_with_a_field_inserted(qtbot, salon_db):
    dialog = open_settings(salon_db)
    qtbot.addWidget(dialog)
    page = _page(dialog, TemplatesPage)
    before = page.list.count()
    assert not page.delete_button.isEnabled()  # the first is a built-in one
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.name_edit.setText("Colour week")
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("sms"))
    page.texts["en"].body_edit.setPlainText("Hi ")
    page.languages.setCurrentIndex(0)
    english = page.texts["en"].body_edit
    english.moveCursor(english.textCursor().MoveOperation.End)
    page.insert_field("{first_name}")
    assert not page.length_label.isHidden()
    assert page.length_label.text() == "15 characters  ·  1 SMS  ·  GSM-7"
    page.languages.setCurrentIndex(1)
    page.texts["es"].body_edit.setPlainText("Hola {first_name}, semana del color ☺")
    assert page.length_label.text().endswith("Unicode")
    assert page.list.count() == before + 1
    assert dialog.save()

    with salon_db.session() as s:
        row = next(r for r in templates.list_templates(s) if r.name == "Colour week")
        assert row.channel == "sms"
        assert templates.template_text(s, row.id, "en")[1] == "Hi {first_name}"
        assert templates.template_text(s, row.id, "es")[1] == ("Hola {first_name}, semana del "
                                                               "color ☺")


def test_send_a_test_email_says_the_server_refused_the_connection(qtbot, salon_db, errors_shown):
    with socket.socket() as free:  # a port nobody listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    dialog = open_settings(salon_db)
    qtbot.addWidget(dialog)
    email = _page(dialog, EmailSettingsPage)
    email.host_edit.setText("127.0.0.1")
    email.security_combo.setCurrentIndex(email.security_combo.findData("none"))
    email.port_spin.setValue(port)
    email.sender_edit.setText("hello@mysalon.test")
    qtbot.mouseClick(email.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: email.test_button.isEnabled(), timeout=15000)
    assert "refused" in email.test_result.text().lower()
    assert errors_shown and "refused" in errors_shown[0].lower()
