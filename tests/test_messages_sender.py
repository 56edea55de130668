"""The outbox's sender against real servers on the loopback: an SMTP server (aiosmtpd) and an
HTTP server speaking Twilio's API. Messages are never sent twice, a wrong password stops the
batch with nothing marked sent, a server that drops the connection leaves the rest for later."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest
from mail_servers import ACCOUNT, PASSWORD, QUIET, TOKEN, USER, Inbox, SmtpServer, TwilioApi
from sqlalchemy import select

from salon_desk.models import Message, MessageAttachment, MessageStatus, utcnow
from salon_desk.models.db import Database
from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.jobs import run
from salon_desk.services.messages.sender import BACKOFF, claim, send_due

pytestmark = [QUIET, pytest.mark.any_engine]  # SQLite and PostgreSQL (tests/conftest.py)
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def use_smtp(db, port: int, changes: dict | None = None) -> None:
    values = {settings.SMTP_HOST: "127.0.0.1", settings.SMTP_PORT: port,
              settings.SMTP_SECURITY: "none", settings.SMTP_SENDER: "desk@salon.test",
              settings.SALON_EMAIL: "hello@salon.test", settings.MESSAGES_PER_MINUTE: 0,
              settings.SMTP_TIMEOUT: 5}
    values.update(changes or {})
    with db.transaction() as session:
        for option, value in values.items():
            settings.set_value(session, option, value)


def queue(db, recipient: str, *, channel: str = "email", category: str = "appointments",
          due: dt.datetime = NOW, status: str = MessageStatus.QUEUED.value, at=None,
          attachment: bytes | None = None) -> int:
    with db.transaction() as session:
        message = Message(channel=channel, category=category, recipient=recipient,
                          subject="Your appointment", body=f"Hello {recipient}", status=status,
                          due_at=due, at=at or due, kind="manual")
        session.add(message)
        session.flush()
        if attachment is not None:
            session.add(MessageAttachment(message_id=message.id, filename="ticket.pdf",
                                          data=attachment))
        return message.id


def rows(db) -> dict[str, Message]:
    with db.session() as session:
        found = {m.recipient: m for m in session.scalars(select(Message))}
        session.expunge_all()
        return found


def addresses(n: int, start: int = 0) -> list[str]:
    return [f"customer{i:03d}@example.test" for i in range(start, start + n)]


def test_due_messages_go_once_and_the_rest_waits(salon_db):
    db = salon_db
    for address in addresses(3):
        queue(db, address)
    queue(db, "promo@example.test", category="marketing", attachment=b"%PDF-1.4 offer")
    queue(db, "later@example.test", due=NOW + dt.timedelta(hours=1))
    queue(db, "logged@example.test", status=MessageStatus.LOGGED.value)
    with SmtpServer() as server:
        use_smtp(db, server.port)
        result = run(send_due(db, now=NOW))
        again = run(send_due(db, now=NOW))
    assert (result.sent, result.failed, result.deferred) == (4, 0, 0)
    assert (again.sent, again.failed, again.deferred) == (0, 0, 0)
    assert sorted(server.inbox.recipients) == sorted([*addresses(3), "promo@example.test"])
    state = rows(db)
    assert state["customer000@example.test"].status == "sent"
    assert state["customer000@example.test"].sent_at == NOW
    assert state["later@example.test"].status == "queued"
    assert state["logged@example.test"].status == "logged"
    promo = next(m for m in server.inbox.received if m["To"] == "promo@example.test")
    assert promo["List-Unsubscribe"] == "<mailto:hello@salon.test?subject=unsubscribe>"
    assert [a.get_content() for a in promo.iter_attachments()] == [b"%PDF-1.4 offer"]
    reminder = next(m for m in server.inbox.received if m["To"] == "customer000@example.test")
    assert reminder["List-Unsubscribe"] is None


def test_a_wrong_password_stops_the_batch_and_marks_nothing_sent(salon_db):
    db = salon_db
    for address in addresses(4):
        queue(db, address)
    with SmtpServer(auth=True) as server:
        use_smtp(db, server.port, {settings.SMTP_USER: USER})
        result = run(send_due(db, now=NOW, password="not the password"))
    assert server.inbox.recipients == []
    assert (result.sent, result.failed, result.deferred) == (0, 0, 4)
    assert [str(reason) for reason in result.stopped] == [
        "Sending stopped, nothing more was sent: The email server did not accept the user name "
        "or the password"]
    assert result.stop_kinds == {"email": "auth"}
    assert {(m.status, m.attempts, m.next_attempt_at) for m in rows(db).values()} == {
        ("queued", 0, None)}
    with SmtpServer(auth=True, port=server.port) as server:
        result = run(send_due(db, now=NOW, password=PASSWORD))
    assert result.sent == 4 and sorted(server.inbox.recipients) == addresses(4)


def test_without_a_keyring_the_password_is_asked_for_and_nothing_goes_without_it(
        salon_db, monkeypatch):
    import keyring
    from keyring.backends import fail

    db = salon_db
    monkeypatch.delenv("SALON_DESK_SMTP_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    queue(db, "ana@example.test")
    try:
        with SmtpServer(auth=True) as server:
            use_smtp(db, server.port, {settings.SMTP_USER: USER})
            without = run(send_due(db, now=NOW))
            typed = run(send_due(db, now=NOW, password=PASSWORD))
    finally:
        keyring.set_keyring(previous)
    assert (without.sent, without.deferred, without.stop_kinds) == (0, 1, {"email": "secret"})
    assert "no password store (system keyring)" in str(without.stopped[0])
    assert typed.sent == 1 and server.inbox.recipients == ["ana@example.test"]


def test_a_server_that_drops_the_connection_mid_batch_leaves_the_rest_queued_and_retried(
        salon_db):
    db = salon_db
    for address in addresses(6):
        queue(db, address)
    with SmtpServer(Inbox(drop_at=3)) as first:  # drops the 3rd, then stops listening
        use_smtp(db, first.port)
        result = run(send_due(db, now=NOW))
    assert first.inbox.recipients == addresses(2)
    assert (result.sent, result.failed, result.deferred) == (2, 0, 4)
    state = rows(db)
    dropped = state[addresses(6)[2]]
    assert (dropped.status, dropped.attempts) == ("queued", 1)
    assert dropped.next_attempt_at == NOW + BACKOFF[0]
    assert dropped.error == "The email server 127.0.0.1 closed the connection"
    assert {(state[a].status, state[a].attempts) for a in addresses(6)[3:]} == {("queued", 0)}

    with SmtpServer(port=first.port) as second:
        soon = run(send_due(db, now=NOW + dt.timedelta(seconds=30)))  # the back-off holds
        later = run(send_due(db, now=NOW + dt.timedelta(minutes=2)))
    assert soon.sent == 3 and later.sent == 1
    assert sorted(first.inbox.recipients + second.inbox.recipients) == addresses(6)
    assert {m.status for m in rows(db).values()} == {"sent"}


def test_temporary_failures_back_off_then_fail_and_permanent_ones_fail_at_once(salon_db,
                                                                               monkeypatch):
    db = salon_db
    monkeypatch.setenv("SALON_DESK_SMS_KEY", TOKEN)
    queue(db, "+34600000001", channel="sms")
    queue(db, "600000002", channel="sms", due=NOW + dt.timedelta(hours=10))  # Twilio: 21211
    with TwilioApi() as api:
        use_smtp(db, 25, {settings.SMS_ACCOUNT: ACCOUNT, settings.SMS_SENDER: "+34910000000",
                            settings.SMS_API_URL: api.url})
        api.fail_with += [(503, 20503)] * 5
        at, waits = NOW, []
        for _ in range(5):
            result = run(send_due(db, now=at))
            retry = rows(db)["+34600000001"]
            waits.append(retry.next_attempt_at and retry.next_attempt_at - at)
            at = retry.next_attempt_at or at
        result = run(send_due(db, now=NOW + dt.timedelta(hours=10)))
    assert waits == [*BACKOFF, None]
    assert (retry.status, retry.attempts) == ("failed", 5)
    assert retry.error == "The SMS provider could not take the message now (HTTP 503)"
    refused = rows(db)["600000002"]
    assert (refused.status, refused.attempts) == ("failed", 1)
    assert refused.error == "The SMS provider refused the message (error 21211)"
    assert result.failed == 1 and api.sent == []


def test_an_sms_goes_with_the_key_from_the_environment(salon_db, monkeypatch):
    db = salon_db
    monkeypatch.setenv("SALON_DESK_SMS_KEY", TOKEN)
    queue(db, "+34600000001", channel="sms")
    with TwilioApi() as api:
        use_smtp(db, 25, {settings.SMS_ACCOUNT: ACCOUNT, settings.SMS_SENDER: "+34910000000",
                            settings.SMS_API_URL: api.url})
        result = run(send_due(db, now=NOW))
    assert result.sent == 1
    assert api.sent == [{"To": "+34600000001", "From": "+34910000000",
                         "Body": "Hello +34600000001"}]


def test_a_message_left_sending_by_a_sender_that_stopped_becomes_unknown_and_is_not_resent(
        salon_db):
    db = salon_db
    queue(db, "killed@example.test", status="sending", at=utcnow() - dt.timedelta(hours=1))
    queue(db, "in-flight@example.test", status="sending", at=utcnow())  # another sender's
    with SmtpServer() as server:
        use_smtp(db, server.port)
        result = run(send_due(db, now=NOW + dt.timedelta(days=1)))
    assert result.unknown == 1 and server.inbox.recipients == []
    assert rows(db)["killed@example.test"].status == "unknown"
    assert rows(db)["in-flight@example.test"].status == "sending"


def test_two_senders_on_one_database_never_send_a_message_twice(salon_db):
    db = salon_db
    for address in addresses(40):
        queue(db, address)
    results, errors = [], []

    def sender() -> None:
        other = Database(db.address)  # another desk: connections of its own
        try:
            results.append(run(send_due(other, now=NOW)))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            other.dispose()

    with SmtpServer() as server:
        use_smtp(db, server.port)
        threads = [threading.Thread(target=sender) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    assert errors == []
    assert sorted(server.inbox.recipients) == addresses(40)
    assert sum(r.sent for r in results) == 40 and all(r.sent > 0 for r in results)
    assert {m.status for m in rows(db).values()} == {"sent"}


def test_a_claim_one_desk_has_not_committed_holds_up_no_other_desks_sender(salon_db):
    """On a server, a desk that claimed a message and has not committed yet (its network
    stalled between the claim and the commit) holds that row locked: another desk's sender
    passes over it and sends the rest at once, instead of waiting on the lock (up to 30 s,
    then an error), and never sends the claimed one."""
    if salon_db.engine_name == "sqlite":
        pytest.skip("SQLite has one writer at a time: an open claim holds the file's write lock")
    db, other = salon_db, Database(salon_db.address)  # two desks, two connections
    for address in addresses(5):
        queue(db, address)
    results, errors = [], []

    def second_desk() -> None:
        try:
            results.append(run(send_due(other, now=NOW)))
        except Exception as error:  # reported below
            errors.append(error)

    try:
        with SmtpServer() as server:
            use_smtp(db, server.port)
            with db.transaction() as session:
                held = claim(session, NOW, ("email",))
                desk = threading.Thread(target=second_desk)
                desk.start()
                desk.join(15)
                done_while_held = not desk.is_alive()
            desk.join(60)
    finally:
        other.dispose()
    assert errors == [] and done_while_held
    state = rows(db)
    held_address = next(a for a, m in state.items() if m.id == held)
    assert sorted(server.inbox.recipients) == sorted(set(addresses(5)) - {held_address})
    assert results[0].sent == 4
    assert state[held_address].status == "sending"  # the first desk's, committed: its to send


def test_the_per_minute_limit_spaces_the_messages(salon_db):
    db = salon_db
    for address in addresses(4):
        queue(db, address)
    with SmtpServer() as server:
        use_smtp(db, server.port, {settings.MESSAGES_PER_MINUTE: 300})  # one per 0.2 s
        started = time.monotonic()
        run(send_due(db, now=NOW))
        took = time.monotonic() - started
    assert len(server.inbox.recipients) == 4 and took >= 0.6


def test_cancelling_stops_between_messages_with_nothing_left_claimed(salon_db):
    db = salon_db
    for address in addresses(5):
        queue(db, address)
    with SmtpServer() as server:
        use_smtp(db, server.port)
        job = send_due(db, now=NOW)
        assert next(job)[0] == 1
        job.close()
    assert len(server.inbox.recipients) == 1
    assert sorted(m.status for m in rows(db).values()) == ["queued"] * 4 + ["sent"]


def test_a_message_without_an_address_fails_with_the_reason(salon_db):
    db = salon_db
    queue(db, "")
    with SmtpServer() as server:
        use_smtp(db, server.port)
        result = run(send_due(db, now=NOW))
    assert result.failed == 1
    assert rows(db)[""].error == msg.SEND_NO_RECIPIENT


# ------------------------------------------------------- a newsletter to a 500-customer demo
def may_receive_marketing_email(session) -> dict[int, str]:
    """Who may receive a promotion by email, worked out here in Python from the rows (not by
    the audience's SQL): active, not blocked, not merged, an email that looks like one, the
    marketing switch on, and marketing consent by email granted."""
    from salon_desk.models import Customer, CustomerConsent

    granted = {cid for cid, in session.execute(select(CustomerConsent.customer_id).where(
        CustomerConsent.category == "marketing", CustomerConsent.channel == "email",
        CustomerConsent.granted.is_(True)))}
    return {c.id: c.email for c in session.scalars(select(Customer))
            if c.active and not c.blocked and c.merged_into_id is None and c.email
            and c.email.count("@") == 1 and "." in c.email.split("@")[1]
            and c.notify_marketing and c.id in granted}


def test_a_newsletter_to_a_500_customer_demo_reaches_exactly_whom_consent_allows(db):
    from sqlalchemy import update

    from salon_desk.models import Customer, CustomerConsent
    from salon_desk.services.demo.salon import build_demo
    from salon_desk.services.messages.queue import Compose, queue_messages

    with db.transaction() as session:
        run(build_demo(session, customers=500, seed=11))
        everyone = list(session.scalars(select(Customer.id).order_by(Customer.id)))
        allowed = may_receive_marketing_email(session)
        # a few more ways to be left out, on customers who would otherwise receive it
        merged, bad_address, withdrawn, switched_off, *_ = sorted(allowed)
        session.execute(update(Customer).where(Customer.id == merged)
                        .values(merged_into_id=everyone[0]))
        session.execute(update(Customer).where(Customer.id == bad_address)
                        .values(email="ana at example.com"))
        session.execute(update(CustomerConsent).where(
            CustomerConsent.customer_id == withdrawn, CustomerConsent.category == "marketing",
            CustomerConsent.channel == "email").values(granted=False))
        session.execute(update(Customer).where(Customer.id == switched_off)
                        .values(notify_marketing=False))
        expected = may_receive_marketing_email(session)
        assert len(expected) == len(allowed) - 4 and len(expected) >= 10
        queued = queue_messages(session, Compose(
            channel="email", category="marketing", subject="Spring at {salon_name}",
            body="Hello {first_name},\n\nEvery colour comes with a free treatment."))
    assert queued.queued == len(expected)
    with SmtpServer() as server:
        use_smtp(db, server.port)
        result = run(send_due(db))
    assert (result.sent, result.failed, result.deferred) == (len(expected), 0, 0)
    assert sorted(server.inbox.recipients) == sorted(expected.values())
    with db.session() as session:
        names = dict(session.execute(select(Customer.email, Customer.first_name)).all())
    for email in server.inbox.received:
        assert email["List-Unsubscribe"] == "<mailto:hello@salon.test?subject=unsubscribe>"
        text = email.get_body(("plain",)).get_content()
        assert text.startswith(f"Hello {names[email['To']]},")
        assert "To stop receiving our offers" in text


def test_the_app_and_send_due_at_once_send_each_message_once(salon_db):
    """The app's sender (here, in this process) and `salon-desk send-due` (another process)
    working through one outbox at the same time."""
    import subprocess
    import sys

    db = salon_db
    for address in addresses(60):
        queue(db, address, due=utcnow() - dt.timedelta(minutes=1))
    with SmtpServer() as server:
        use_smtp(db, server.port, {settings.MESSAGES_PER_MINUTE: 1200})  # one per 50 ms each
        command = subprocess.Popen(
            [sys.executable, "-m", "salon_desk", "--db", db.address, "send-due", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        here = run(send_due(db))
        out, err = command.communicate(timeout=120)
    assert command.returncode == 0, err
    there = json.loads(out)
    assert sorted(server.inbox.recipients) == addresses(60)
    assert here.sent + there["sent"] == 60
    assert {m.status for m in rows(db).values()} == {"sent"}


def test_a_server_that_drops_after_taking_the_data_leaves_that_message_unknown_not_resent(
        salon_db):
    db = salon_db
    for address in addresses(4):
        queue(db, address)
    with SmtpServer(Inbox(drop_at=2, drop_after_data=True)) as first:  # no answer to the 2nd
        use_smtp(db, first.port)
        result = run(send_due(db, now=NOW))
    assert first.inbox.recipients == addresses(1)
    assert (result.sent, result.unknown, result.deferred) == (1, 1, 2)
    state = rows(db)
    doubt = state[addresses(4)[1]]
    assert doubt.status == MessageStatus.UNKNOWN.value
    assert doubt.error == msg.SEND_UNCERTAIN

    with SmtpServer(port=first.port) as second:
        later = run(send_due(db, now=NOW + dt.timedelta(hours=3)))
    assert later.sent == 2
    assert second.inbox.recipients == addresses(4)[2:]  # the one in doubt is not sent again
    assert rows(db)[addresses(4)[1]].status == MessageStatus.UNKNOWN.value


def test_an_sms_taken_without_an_answer_is_unknown_and_not_sent_again(salon_db, monkeypatch):
    db = salon_db
    monkeypatch.setenv("SALON_DESK_SMS_KEY", TOKEN)
    queue(db, "+34600000001", channel="sms")
    queue(db, "+34600000002", channel="sms")
    with TwilioApi() as api:
        use_smtp(db, 25, {settings.SMS_ACCOUNT: ACCOUNT, settings.SMS_SENDER: "+34910000000",
                            settings.SMS_API_URL: api.url})
        api.hang_up = 1
        first = run(send_due(db, now=NOW))
        again = run(send_due(db, now=NOW + dt.timedelta(hours=3)))
    assert [form["To"] for form in api.sent] == ["+34600000001", "+34600000002"]
    assert (first.sent, first.unknown, again.sent) == (1, 1, 0)
    assert rows(db)["+34600000001"].status == MessageStatus.UNKNOWN.value
    assert json.loads(json.dumps(first.as_json()))["unknown"] == 1


def test_a_no_given_after_queueing_stops_the_message_at_sending(salon_db, make_customer):
    from salon_desk.models import Customer
    from salon_desk.services.customers.records import set_consent
    from salon_desk.services.messages.queue import Compose, queue_messages
    from salon_desk.services.texts import stored_text

    db = salon_db
    ids = {name: make_customer(first_name=name, email=f"{name.lower()}@example.com",
                               notify_marketing=True)
           for name in ("Ana", "Berta", "Carla")}
    with db.transaction() as session:
        for cid in ids.values():
            set_consent(session, session.get(Customer, cid), "marketing", "email", True)
        queued = queue_messages(session, Compose("email", "marketing", "Offer", "20% off",
                                                 due_at=NOW), list(ids.values()))
    assert queued.queued == 3
    with db.transaction() as session:  # after queueing: Berta says no, Carla is blocked
        set_consent(session, session.get(Customer, ids["Berta"]), "marketing", "email", False,
                    source="phone call")
        session.get(Customer, ids["Carla"]).blocked = True
    with SmtpServer() as server:
        use_smtp(db, server.port)
        result = run(send_due(db, now=NOW + dt.timedelta(minutes=1)))
    assert server.inbox.recipients == ["ana@example.com"]
    assert (result.sent, result.cancelled) == (1, 2)
    state = rows(db)
    berta, carla = state["berta@example.com"], state["carla@example.com"]
    assert (berta.status, carla.status) == ("cancelled", "cancelled")
    assert berta.error == "Not sent: the customer may no longer receive it " \
                          "(no marketing consent by email)"
    assert carla.error == "Not sent: the customer may no longer receive it (blocked)"
    # stored in English, shown whole in the user's language
    shown = stored_text(berta.error)
    assert shown.render(lambda source, n=None: {
        msg.SEND_WITHDRAWN: "No enviado: el cliente ya no puede recibirlo ({reason})",
        msg.AUDIENCE_NO_CONSENT: "sin consentimiento de {category} por {channel}",
        msg.CONSENT_OF_MARKETING: "publicidad", msg.BY_EMAIL: "correo"}.get(source, source),
        str) == "No enviado: el cliente ya no puede recibirlo (sin consentimiento de " \
                "publicidad por correo)"
