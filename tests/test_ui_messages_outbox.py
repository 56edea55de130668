"""The outbox and the sending while the app is open: a ticket emailed from the record reaches a
real SMTP server on the loopback with its PDF and shows as sent; a failure shows its reason and
can be sent again; a minute whose sending is still running is skipped."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from mail_servers import PASSWORD, QUIET, USER, SmtpServer
from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Appointment, Message, MessageAttachment, Service, Setting
from salon_desk.services import settings
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.ui import composition
from salon_desk.ui.messages import feature as messages_feature
from salon_desk.services.messages import secrets
from salon_desk.ui.messages import outbox as outbox_module
from salon_desk.ui.messages import sending
from salon_desk.ui.messages.feature import RecordMessageActions, email_document
from salon_desk.ui.messages.outbox import OutboxDialog
from salon_desk.ui.messages.sending import BackgroundSender

from printing_data import make_sale

pytestmark = QUIET
REFUSED = "The email server refused the customer's address (error 550)"


@pytest.fixture
def ana(salon_db) -> int:
    with salon_db.transaction() as s:
        cid = create_customer(s, CustomerData(
            first_name="Ana", last_name="Test", email="ana@example.com",
            consents={("appointments", "email"): True})).id
        make_sale(s, cid, "T2026-000042", dt.datetime.now(dt.UTC) - dt.timedelta(days=1),
                  [("Colour", 1, 5000, 0, 21)], [("card", 5000, 5000)])
    return cid


def _cell(table, row: int, title: str) -> str:
    model = table.model()
    column = next(i for i, c in enumerate(model.columns) if c.title == title)
    return model.data(model.index(row, column))


def test_a_ticket_emailed_from_the_record_is_sent_with_its_pdf_and_shown_sent(
        qtbot, salon_db, ana, monkeypatch):
    monkeypatch.setattr(messages_feature, "choose_item", lambda *_a: 0)
    record = composition.open_record(salon_db, ana)
    qtbot.addWidget(record)
    actions = record.features.get(RecordMessageActions)
    assert actions is not None and record.toolbar.widgetForAction(actions.send_action)
    email_document(record, actions, "ticket")
    qtbot.waitUntil(lambda: actions.composer is not None, timeout=15000)
    composer = actions.composer
    assert composer.attachments_list.item(0).text().startswith("📎 ticket-T2026-000042.pdf")
    assert composer.subject_edit.text() == "Your ticket T2026-000042"
    qtbot.waitUntil(lambda: composer.decided is not None)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.result is not None)

    with SmtpServer() as server:
        with salon_db.transaction() as s:
            for option, value in ((settings.SMTP_HOST, "127.0.0.1"),
                                  (settings.SMTP_PORT, server.port),
                                  (settings.SMTP_SECURITY, "none"),
                                  (settings.SMTP_SENDER, "desk@salon.test"),
                                  (settings.MESSAGES_PER_MINUTE, 0)):
                settings.set_value(s, option, value)
        sender = BackgroundSender(salon_db)
        with qtbot.waitSignal(sender.sent, timeout=20000):
            assert sender.tick()
    [received] = server.inbox.received
    assert received["To"] == "ana@example.com"
    assert [part.get_filename() for part in received.iter_attachments()] == [
        "ticket-T2026-000042.pdf"]
    pdf = next(received.iter_attachments()).get_content()
    assert pdf.startswith(b"%PDF")

    outbox = OutboxDialog(salon_db)
    qtbot.addWidget(outbox)
    assert outbox.model.rowCount() == 1
    assert _cell(outbox.table, 0, "Status") == "Sent"
    assert _cell(outbox.table, 0, "To") == "ana@example.com"
    with salon_db.session() as s:
        assert s.scalars(select(Message.status)).one() == "sent"
        assert s.scalars(select(MessageAttachment.filename)).one() == "ticket-T2026-000042.pdf"


def test_a_failed_message_shows_its_reason_and_is_sent_again(qtbot, salon_db, ana):
    with salon_db.transaction() as s:
        s.add(Message(customer_id=ana, channel="email", category="appointments",
                      recipient="ana@example.com", subject="Reminder", body="See you",
                      status="failed", error=REFUSED,
                      at=dt.datetime.now(dt.UTC), kind="reminder"))
    outbox = OutboxDialog(salon_db)
    qtbot.addWidget(outbox)
    outbox.table.selectRow(0)
    assert _cell(outbox.table, 0, "Status") == "Failed"
    assert _cell(outbox.table, 0, "Reason") == REFUSED
    assert "Reminder" in outbox.detail.toPlainText()
    assert outbox.retry_button.isEnabled() and not outbox.cancel_button.isEnabled()
    qtbot.mouseClick(outbox.retry_button, Qt.MouseButton.LeftButton)
    assert _cell(outbox.table, 0, "Status") == "Waiting to be sent"
    with salon_db.session() as s:
        assert s.scalars(select(Message.status)).one() == "queued"


def test_a_minute_whose_sending_still_runs_is_skipped(qtbot, db, monkeypatch):
    release = threading.Event()
    runs = []

    def slow_job(_db, *_secrets):
        runs.append(1)
        yield 0, 0
        release.wait(10)
        return None

    monkeypatch.setattr(sending, "due_job", slow_job)
    sender = BackgroundSender(db, interval_ms=60_000)
    assert sender.tick()
    assert not sender.tick()  # still sending: this minute is skipped
    assert sender.skipped == 1
    with qtbot.waitSignal(sender.sent, timeout=10000):
        release.set()
    assert sender.tick()
    qtbot.waitUntil(lambda: not sender.task.running)
    assert len(runs) == 2


def test_without_a_keyring_the_password_is_asked_for_and_kept_for_the_session_only(
        qtbot, salon_db, ana, monkeypatch):
    monkeypatch.delenv("SALON_DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    monkeypatch.setattr(secrets, "get_secret", lambda _name: None)
    asked = []
    monkeypatch.setattr(outbox_module, "ask_secret",
                        lambda _parent, _title, label: asked.append(label) or PASSWORD)
    with salon_db.transaction() as s:
        s.add(Message(customer_id=ana, channel="email", category="appointments",
                      recipient="ana@example.com", subject="Reminder", body="See you",
                      status="queued", due_at=dt.datetime.now(dt.UTC),
                      at=dt.datetime.now(dt.UTC), kind="manual"))
    with SmtpServer(auth=True) as server:
        with salon_db.transaction() as s:
            for option, value in ((settings.SMTP_HOST, "127.0.0.1"),
                                  (settings.SMTP_PORT, server.port),
                                  (settings.SMTP_SECURITY, "none"), (settings.SMTP_USER, USER),
                                  (settings.SMTP_SENDER, USER),
                                  (settings.MESSAGES_PER_MINUTE, 0)):
                settings.set_value(s, option, value)
        sender = BackgroundSender(salon_db)
        outbox = OutboxDialog(salon_db, background=sender)
        qtbot.addWidget(outbox)
        with qtbot.waitSignal(sender.sent, timeout=20000):
            qtbot.mouseClick(outbox.send_now_button, Qt.MouseButton.LeftButton)
        assert server.inbox.received == []
        assert not outbox.stopped_label.isHidden() and outbox.stopped_label.text()
        assert outbox.secret_button.text() == "Enter the email password…"
        with qtbot.waitSignal(sender.sent, timeout=20000):
            qtbot.mouseClick(outbox.secret_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and len(server.inbox.received) == 1
        assert outbox.secret_button.isHidden()
        assert _cell(outbox.table, 0, "Status") == "Sent"
    with salon_db.session() as s:
        assert PASSWORD not in [v for v in s.scalars(select(Setting.value))]


def test_the_main_window_says_when_messages_are_not_going_out(qtbot, salon_db, ana,
                                                              monkeypatch):
    monkeypatch.delenv("SALON_DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    monkeypatch.setattr(secrets, "get_secret", lambda _name: None)
    with salon_db.transaction() as s:
        s.add(Message(customer_id=ana, channel="email", category="appointments",
                      recipient="ana@example.com", subject="Reminder", body="See you",
                      status="queued", due_at=dt.datetime.now(dt.UTC),
                      at=dt.datetime.now(dt.UTC), kind="manual"))
        for option, value in ((settings.SMTP_HOST, "127.0.0.1"), (settings.SMTP_PORT, 2525),
                              (settings.SMTP_SENDER, USER), (settings.SMTP_USER, USER)):
            settings.set_value(s, option, value)
    window = composition.build_main_window(
        salon_db, features=[messages_feature.install_main_window])
    qtbot.addWidget(window)
    feature = window.features.get(messages_feature.MessagesInMainWindow)
    assert not feature.stopped_action.isVisible()
    with qtbot.waitSignal(feature.sender.sent, timeout=20000):
        assert feature.sender.tick()
    assert feature.stopped_action.isVisible()
    assert "password" in feature.stopped_action.toolTip().lower()
    feature.stopped_action.trigger()
    assert feature.outbox.isVisible()
    assert feature.outbox.secret_button.text() == "Enter the email password…"


def test_the_pending_appointments_are_emailed_as_the_printed_pdf(qtbot, salon_db, ana):
    with salon_db.transaction() as s:
        service = s.scalars(select(Service)).first()
        s.add(Appointment(customer_id=ana, service_id=service.id, status="pending",
                          starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
                          price_cents=service.price_cents))
    record = composition.open_record(salon_db, ana)
    qtbot.addWidget(record)
    actions = record.features.get(RecordMessageActions)
    email_document(record, actions, "appointments")
    qtbot.waitUntil(lambda: actions.composer is not None, timeout=15000)
    composer = actions.composer
    assert composer.attachments[0][0] == "appointments.pdf"
    assert composer.attachments[0][1].startswith(b"%PDF")
    assert composer.subject_edit.text() == "Your appointments"
    qtbot.waitUntil(lambda: composer.decided is not None)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.result is not None)
    with salon_db.session() as s:
        assert s.scalars(select(MessageAttachment.filename)).one() == "appointments.pdf"


def test_sending_from_the_outbox_shows_how_far_it_is_and_can_be_stopped(qtbot, salon_db):
    due = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    with salon_db.transaction() as s:
        for i in range(5):
            s.add(Message(channel="email", category="appointments", kind="manual",
                          recipient=f"customer{i}@example.com", subject="Reminder",
                          body="See you", status="queued", due_at=due, at=due))
    with SmtpServer() as server:
        with salon_db.transaction() as s:
            for option, value in {settings.SMTP_HOST: "127.0.0.1",
                                  settings.SMTP_PORT: server.port,
                                  settings.SMTP_SECURITY: "none",
                                  settings.SMTP_SENDER: "desk@salon.test",
                                  settings.MESSAGES_PER_MINUTE: 2}.items():  # 30 s apart
                settings.set_value(s, option, value)
        outbox = OutboxDialog(salon_db)
        qtbot.addWidget(outbox)
        outbox.show()
        assert not outbox.stop_button.isVisible()
        outbox.send_now()
        qtbot.waitUntil(lambda: len(server.inbox.received) == 1, timeout=10000)
        qtbot.waitUntil(lambda: outbox.progress_label.text() == "Sending: 1 of 5 messages…",
                        timeout=10000)
        assert outbox.stop_button.isVisible()
        with qtbot.waitSignal(outbox.background.ended, timeout=10000):
            qtbot.mouseClick(outbox.stop_button, Qt.MouseButton.LeftButton)
        assert not outbox.stop_button.isVisible() and outbox.progress_label.text() == ""
    assert len(server.inbox.received) == 1
    with salon_db.session() as s:
        assert sorted(s.scalars(select(Message.status))) == ["queued"] * 4 + ["sent"]
