"""Automatic messages: reminders before appointments, birthday and anniversary greetings on the
day, only to whom consent and switches allow, never queued twice; and `salon-desk send-due`
queueing and sending them through a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest
from mail_servers import QUIET, SmtpServer
from sqlalchemy import select, text
from visits_helpers import service_id, staff_id

from salon_desk.cli import main
from salon_desk.models import Message, utcnow
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.jobs import run
from salon_desk.services.messages.automatic import queue_automatic
from salon_desk.services.messages.sender import send_due
from salon_desk.services.schedule.appointments import AppointmentData, book

pytestmark = [QUIET, pytest.mark.any_engine]  # both engines (tests/conftest.py)
SMS_OK = {("appointments", "sms"): True}
EMAIL_OK = {("appointments", "email"): True, ("marketing", "email"): True}


def set_options(db, values: dict) -> None:
    with db.transaction() as session:
        for option, value in values.items():
            settings.set_value(session, option, value)


def book_at(db, customer: int, starts: dt.datetime, status: str = "pending",
            staff: str = "Marta") -> int:
    with db.transaction() as session:
        return book(session, AppointmentData(
            customer_id=customer, service_id=service_id(db, "Women's cut & blow-dry"),
            staff_id=staff_id(db, staff), starts_at=starts, status=status),
            allow_customer_overlap=True).id


def queued(db) -> list[Message]:
    with db.session() as session:
        found = list(session.scalars(select(Message).order_by(Message.id)))
        session.expunge_all()
        return found


def automatic(db, now: dt.datetime) -> int:
    with db.transaction() as session:
        return queue_automatic(session, now)


def test_a_reminder_is_queued_once_for_each_coming_appointment_that_may_have_one(
        salon_db, make_customer):
    db = salon_db
    now = utcnow().replace(microsecond=0)
    ana = make_customer(first_name="Ana", mobile="+34600000001", consents=SMS_OK)
    bea = make_customer(first_name="Bea", mobile="+34600000002")  # no consent by SMS
    eva = make_customer(first_name="Eva", mobile="+34600000003", consents=SMS_OK,
                        notify_reminders=False)
    soon = book_at(db, ana, now + dt.timedelta(hours=5))
    book_at(db, ana, now + dt.timedelta(hours=30))  # beyond reminders.hours_before (24)
    book_at(db, ana, now + dt.timedelta(hours=6), status="cancelled")
    book_at(db, bea, now + dt.timedelta(hours=5), staff="Laura")
    book_at(db, eva, now + dt.timedelta(hours=5), staff="Sofía")
    assert automatic(db, now) == 1
    assert automatic(db, now + dt.timedelta(minutes=1)) == 0
    [reminder] = queued(db)
    assert (reminder.customer_id, reminder.channel, reminder.kind, reminder.recipient) == (
        ana, "sms", "reminder", "+34600000001")
    assert reminder.dedupe_key == f"reminder:{soon}:sms"
    assert (reminder.status, reminder.category, reminder.due_at) == ("queued", "appointments",
                                                                     now)
    assert reminder.body.startswith("Hello Ana, a reminder of your appointment at Lumière")
    assert "{" not in reminder.body
    set_options(db, {settings.REMINDERS_HOURS_BEFORE: 48})
    assert automatic(db, now) == 1  # the one in 30 hours, now within the window


def _waiting_on_a_lock(db, seconds: float) -> None:
    """Until another connection waits on a row this one holds (a server), or ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not db.is_sqlite:
            with db.session() as session:
                if session.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE "
                                       "wait_event_type = 'Lock' AND datname = "
                                       "current_database()")):
                    return
        time.sleep(0.1)


def test_two_desks_queueing_at_once_queue_a_reminder_once_and_neither_fails(
        salon_db, make_customer):
    """Every desk's app queues the automatic messages each minute, so two may at once. On a
    server both find the reminder not yet queued; the desk whose insert waits on the other's
    dedupe key leaves it to that desk instead of failing (on SQLite the second desk waits for
    the write lock and finds it queued)."""
    db, other = salon_db, Database(salon_db.address)  # two desks, two connections
    now = utcnow().replace(microsecond=0)
    ana = make_customer(first_name="Ana", mobile="+34600000001", consents=SMS_OK)
    book_at(db, ana, now + dt.timedelta(hours=5))
    second: list[object] = []

    def second_desk() -> None:
        try:
            second.append(automatic(other, now))
        except Exception as error:  # the failure is the result looked at
            second.append(error)

    try:
        with db.transaction() as session:
            first = queue_automatic(session, now)
            session.flush()
            desk = threading.Thread(target=second_desk)
            desk.start()
            _waiting_on_a_lock(db, 10 if not db.is_sqlite else 0.5)
        desk.join(60)
    finally:
        other.dispose()
    assert (first, second) == (1, [0])
    assert [m.customer_id for m in queued(db)] == [ana]


def test_reminders_off_queue_nothing(salon_db, make_customer):
    db = salon_db
    now = utcnow()
    ana = make_customer(first_name="Ana", mobile="+34600000001", consents=SMS_OK)
    book_at(db, ana, now + dt.timedelta(hours=5))
    set_options(db, {settings.REMINDERS_ENABLED: False})
    assert automatic(db, now) == 0 and queued(db) == []


def test_birthday_and_anniversary_greetings_go_on_the_day_in_the_morning(salon_db,
                                                                          make_customer):
    db = salon_db
    set_options(db, {settings.BIRTHDAY_ENABLED: True, settings.ANNIVERSARY_ENABLED: True,
                     settings.REMINDERS_ENABLED: False})
    today = dt.datetime(2027, 2, 28, 7, 30).astimezone()  # 2027: not a leap year
    now = today.astimezone(dt.UTC)
    ana = make_customer(first_name="Ana", email="ana@example.com", birth_month=2,
                        birth_day=28, notify_marketing=True, consents=EMAIL_OK)
    leap = make_customer(first_name="Leap", email="leap@example.com", birth_month=2,
                         birth_day=29, consents=EMAIL_OK)
    make_customer(first_name="Tomorrow", email="t@example.com", birth_month=3, birth_day=1,
                  consents=EMAIL_OK)
    make_customer(first_name="NoConsent", email="n@example.com", birth_month=2, birth_day=28)
    make_customer(first_name="Off", email="o@example.com", birth_month=2, birth_day=28,
                  notify_birthday=False, consents=EMAIL_OK)
    wed = make_customer(first_name="Wed", email="wed@example.com",
                        anniversary=dt.date(2020, 2, 28), consents=EMAIL_OK)
    assert automatic(db, now) == 3
    assert automatic(db, now + dt.timedelta(hours=1)) == 0
    greetings = {m.customer_id: m for m in queued(db)}
    assert set(greetings) == {ana, leap, wed}
    assert greetings[ana].subject == "Happy birthday, Ana!"
    assert greetings[ana].dedupe_key == f"birthday:{ana}:2027:email"
    assert greetings[wed].kind == "anniversary"
    assert greetings[ana].due_at == today.replace(hour=10, minute=0).astimezone(dt.UTC)
    next_year = dt.datetime(2028, 2, 28, 12).astimezone()  # a leap year: Leap waits a day
    assert automatic(db, next_year) == 2
    assert {m.customer_id for m in queued(db)[3:]} == {ana, wed}


def test_send_due_queues_the_reminders_and_sends_them_once_even_run_twice(
        salon_db, make_customer, capsys):
    db = salon_db
    ana = make_customer(first_name="Ana", email="ana@example.com", consents=EMAIL_OK)
    book_at(db, ana, utcnow() + dt.timedelta(hours=3))
    with SmtpServer() as server:
        set_options(db, {settings.REMINDERS_CHANNEL: "email", settings.SMTP_HOST: "127.0.0.1",
                         settings.SMTP_PORT: server.port, settings.SMTP_SECURITY: "none",
                         settings.SMTP_SENDER: "desk@salon.test",
                         settings.MESSAGES_PER_MINUTE: 0})
        assert main(["--db", db.address, "send-due", "--json"]) == 0
        first = json.loads(capsys.readouterr().out)
        assert main(["--db", db.address, "send-due", "--json"]) == 0
        second = json.loads(capsys.readouterr().out)
    nothing = {"unknown": 0, "cancelled": 0}
    assert (first, second) == ({"sent": 1, "failed": 0, "deferred": 0, **nothing},
                               {"sent": 0, "failed": 0, "deferred": 0, **nothing})
    [email] = server.inbox.received
    assert email["To"] == "ana@example.com"
    assert str(email["From"]) == "Lumière Beauty Studio <desk@salon.test>"
    assert email["Subject"].startswith("Your appointment at Lumière Beauty Studio on ")


def test_send_due_with_a_wrong_password_says_why_and_exits_2(salon_db, make_customer, capsys,
                                                             monkeypatch):
    db = salon_db
    ana = make_customer(first_name="Ana", email="ana@example.com", consents=EMAIL_OK)
    book_at(db, ana, utcnow() + dt.timedelta(hours=3))
    monkeypatch.setenv("SALON_DESK_SMTP_PASSWORD", "wrong")
    with SmtpServer(auth=True) as server:
        set_options(db, {settings.REMINDERS_CHANNEL: "email", settings.SMTP_HOST: "127.0.0.1",
                         settings.SMTP_PORT: server.port, settings.SMTP_SECURITY: "none",
                         settings.SMTP_USER: "desk@salon.test",
                         settings.SMTP_SENDER: "desk@salon.test"})
        assert main(["--db", db.address, "send-due", "--json"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out) == {"sent": 0, "failed": 0, "deferred": 1, "unknown": 0,
                               "cancelled": 0}
    assert err.strip() == ("salon-desk: Sending stopped, nothing more was sent: The email server "
                           "did not accept the user name or the password")
    assert [m.status for m in queued(db)] == ["queued"] and server.inbox.received == []
    assert run(send_due(db)).sent == 0  # no password at all: still nothing
