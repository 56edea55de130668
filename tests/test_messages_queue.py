"""Queueing messages into the outbox (who, what words, when), opt-outs, and what staff do with
the outbox's messages (cancel, send again, mark sent)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from salon_desk.models import ConsentEvent, Customer, Message, MessageAttachment, utcnow
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.services.jobs import drive
from salon_desk.services.messages import audience, list_messages, outbox_rows, queue
from salon_desk.services.messages.queue import Compose
from salon_desk.services.segments.criteria import Criteria

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

YES = {("marketing", "email"): True, ("marketing", "sms"): True,
       ("appointments", "email"): True, ("appointments", "sms"): True}


@pytest.fixture
def three(make_customer):
    return {
        "ana": make_customer(first_name="Ana", email="ana@example.com", mobile="+34612000001",
                             city="Teruel", notify_marketing=True, consents=YES),
        "bea": make_customer(first_name="Bea", email="bea@example.com", mobile="+34612000002",
                             notify_marketing=True, consents=YES),
        "no": make_customer(first_name="Carla", email="carla@example.com",
                            notify_marketing=True),  # no consent at all
    }


def _messages(db) -> list[Message]:
    with db.session() as s:
        rows = s.scalars(select(Message).order_by(Message.id)).all()
        s.expunge_all()
        return rows


def test_a_newsletter_reaches_only_who_may_receive_it(salon_db, three):
    compose = Compose("email", "marketing", subject="News for {first_name}",
                      body="Hello {first_name},\n\nNew colours this month.")
    with salon_db.transaction() as s:
        result = queue.queue_messages(s, compose, list(three.values()))
    assert result.queued == 2
    assert [(e.customer_id, e.reason) for e in result.excluded] == [(three["no"], "no_consent")]
    rows = _messages(salon_db)
    assert [(m.customer_id, m.recipient, m.subject, m.status) for m in rows] == [
        (three["ana"], "ana@example.com", "News for Ana", "queued"),
        (three["bea"], "bea@example.com", "News for Bea", "queued")]
    assert rows[0].body == "Hello Ana,\n\nNew colours this month."
    assert rows[0].html == "<p>Hello Ana,</p><p>New colours this month.</p>"
    assert {m.batch_id for m in rows} == {result.batch_id}
    assert rows[0].kind == "manual" and rows[0].attempts == 0 and rows[0].error == ""
    assert abs(rows[0].due_at - utcnow()) < dt.timedelta(minutes=1)


def test_a_scheduled_sms_from_a_template_in_spanish(salon_db, three):
    at = dt.datetime(2030, 5, 6, 9, 30)  # local time, as typed
    compose = Compose("sms", "marketing", template_id=4, due_at=at, language="es")
    with salon_db.transaction() as s:
        result = queue.queue_messages(s, compose, criteria=Criteria(cities=["teruel"]))
    assert result.queued == 1 and result.excluded == []
    [row] = _messages(salon_db)
    assert row.body == "¡Feliz cumpleaños, Ana! Un saludo de Lumière Beauty Studio."
    assert (row.subject, row.html, row.template_id, row.recipient) == ("", None, 4,
                                                                       "+34612000001")
    assert row.due_at == at.astimezone(dt.UTC)
    with salon_db.session() as s:
        [shown] = list_messages(s, three["ana"])
    assert (shown.status, shown.due_at, shown.recipient) == ("queued", row.due_at,
                                                             "+34612000001")


def test_everyone_with_an_attachment(salon_db, three):
    compose = Compose("email", "appointments", subject="Your ticket", body="Attached.",
                      attachments=[("ticket.pdf", b"%PDF-1.4 x")])
    with salon_db.transaction() as s:
        result = queue.queue_messages(s, compose)
    assert result.queued == 2
    with salon_db.session() as s:
        assert s.scalar(select(func.count()).select_from(MessageAttachment)) == 2


@pytest.mark.parametrize(("compose", "field"), [
    (Compose("whatsapp", "marketing", body="Hi"), "channel"),
    (Compose("email", "news", subject="S", body="Hi"), "category"),
    (Compose("sms", "marketing", body="  "), "body"),
    (Compose("email", "marketing", body="No subject"), "subject"),
    (Compose("sms", "marketing", body="Hi {nickname}"), "body"),
    (Compose("sms", "marketing", body="Hi", attachments=[("a.pdf", b"x")]), "attachments"),
])
def test_a_bad_compose_writes_nothing(salon_db, three, compose, field):
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        queue.queue_messages(s, compose, list(three.values()))
    assert field in err.value.errors
    assert _messages(salon_db) == []


def test_the_job_reports_progress_and_a_cancel_writes_nothing(salon_db, three):
    compose = Compose("sms", "marketing", body="Hi {first_name}")
    seen = []
    result = drive(queue.queue_job(salon_db, compose, list(three.values())), seen.append)
    assert result.queued == 2 and [p.label for p in seen][0].startswith("Finding")
    job = queue.queue_job(salon_db, compose, list(three.values()))
    for _ in range(3):
        next(job)
    job.close()
    assert len(_messages(salon_db)) == 2  # only the first run's


def test_an_opt_out_is_recorded_and_stops_what_waits(salon_db, three):
    ana = three["ana"]
    with salon_db.transaction() as s:
        queue.queue_messages(s, Compose("sms", "marketing", body="Offer"), [ana])
        queue.queue_messages(s, Compose("email", "marketing", subject="S", body="Offer"), [ana])
        queue.record_opt_out(s, ana, "marketing", "sms")
    with salon_db.session() as s:
        assert [(m.channel, m.status) for m in s.scalars(select(Message).order_by(Message.id))
                ] == [("sms", "cancelled"), ("email", "queued")]
        event = s.scalars(select(ConsentEvent).where(ConsentEvent.customer_id == ana)
                          .order_by(ConsentEvent.id.desc())).first()
        assert (event.category, event.channel, event.granted, event.source) == (
            "marketing", "sms", False, "opt-out")
        assert s.get(Customer, ana).notify_marketing is False
        found = audience.decide(s, "sms", "marketing", [ana])
    assert [e.reason for e in found.excluded] == ["marketing_off"]


def test_the_outbox_cancel_retry_and_mark_sent(salon_db, three):
    with salon_db.transaction() as s:
        queue.queue_messages(s, Compose("sms", "marketing", body="Hi {first_name}"),
                             [three["ana"], three["bea"]])
    first, second = (m.id for m in _messages(salon_db))
    with salon_db.transaction() as s:
        rows = outbox_rows.outbox(s)
        assert [(r.customer_name, r.status, r.body) for r in rows] == [
            ("Bea", "queued", "Hi Bea"), ("Ana", "queued", "Hi Ana")]
        outbox_rows.cancel(s, first)
        with pytest.raises(SalonError):
            outbox_rows.cancel(s, first)
        with pytest.raises(SalonError):
            outbox_rows.mark_sent(s, second)  # still waiting: nothing to check
        s.execute(update(Message).where(Message.id == second).values(status="unknown"))
        outbox_rows.mark_sent(s, second)
    with salon_db.transaction() as s:
        assert [r.status for r in outbox_rows.outbox(s, "cancelled")] == ["cancelled"]
        outbox_rows.retry(s, first)
        with pytest.raises(SalonError):
            outbox_rows.retry(s, second)  # sent: never again by the app
    with salon_db.session() as s:
        assert {r.id: r.status for r in outbox_rows.outbox(s)} == {first: "queued",
                                                                   second: "sent"}
        assert s.get(Message, second).sent_at is not None
        assert outbox_rows.outbox(s, "queued")[0].to_json()["recipient"] == "+34612000001"
