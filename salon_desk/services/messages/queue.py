"""Queueing messages: a compose (channel, category, words, when) to customers, into the outbox.

``queue_messages`` decides who may receive it (audience.decide: consent, switches, status,
address), fills in each one's fields (templates.render) and writes one queued message a
customer, all in one transaction with bulk inserts; the customers left out come back with their
reasons. The sender (sender.send_due) sends them when due. ``queue_job`` is the same as a
services.jobs generator for the interface (progress; cancelling rolls everything back).

WhatsApp is not queued: the interface opens each customer's wa.me link and logs the message
(log.log_message); audience.decide still says who may get one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from salon_desk.models import Customer, Message, MessageAttachment, MessageStatus, utcnow
from salon_desk.models.db import Database
from salon_desk.models.opening import driver_sql
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.customers.records import set_consent
from salon_desk.services.errors import ValidationError, get_or_not_found
from salon_desk.services.jobs import Job, run
from salon_desk.services.messages import audience, templates
from salon_desk.services.messages.audience import Excluded
from salon_desk.services.search.lookup import driver_connection
from salon_desk.services.segments.criteria import Criteria
from salon_desk.services.texts import Text

QUEUED_CHANNELS = ("email", "sms")
WAITING = (MessageStatus.QUEUED.value, MessageStatus.SCHEDULED.value)
WRITE_CHUNK = 5000  # messages written per INSERT (a progress step)


@dataclass
class Compose:
    channel: str
    category: str
    subject: str = ""
    body: str = ""
    template_id: int | None = None  # its text in ``language`` when subject and body are empty
    due_at: dt.datetime | None = None  # None: now; naive: the computer's local time
    attachments: list[tuple[str, bytes]] = field(default_factory=list)  # (filename, PDF)
    staff_id: int | None = None
    kind: str = "manual"
    language: str = ""  # "": the salon's messages language (settings), else English


@dataclass
class QueueResult:
    queued: int
    excluded: list[Excluded]
    batch_id: str


def _words(session: Session, compose: Compose, language: str) -> tuple[str, str]:
    """The subject and body to send: the ones written, else the template's."""
    subject, body = (compose.subject or "").strip(), (compose.body or "").strip()
    if compose.template_id is not None and not subject and not body:
        subject, body = templates.template_text(session, compose.template_id, language)
    return subject, body


def _checked(session: Session, compose: Compose, language: str) -> tuple[str, str]:
    errors: dict[str, str] = {}
    if compose.channel not in QUEUED_CHANNELS:
        errors["channel"] = Text(msg.QUEUE_CHANNEL, channel=compose.channel)
    if compose.category not in templates.CATEGORIES:
        errors["category"] = Text(msg.QUEUE_CATEGORY)
    if compose.kind not in templates.KINDS:
        errors["kind"] = Text(msg.TEMPLATE_KIND, kind=compose.kind,
                              known=", ".join(templates.KINDS))
    if compose.attachments and compose.channel != "email":
        errors["attachments"] = Text(msg.QUEUE_ATTACHMENT_CHANNEL)
    subject, body = _words(session, compose, language)
    if not body:
        errors["body"] = Text(msg.QUEUE_EMPTY)
    if compose.channel == "email" and not subject:
        errors["subject"] = Text(msg.QUEUE_NO_SUBJECT)
    elif len(subject) > 200:
        errors["subject"] = Text(msg.MESSAGE_SUBJECT_LONG)
    if errors:
        raise ValidationError(errors)
    templates.check(subject, body)
    return subject, body


def _due(compose: Compose) -> dt.datetime:
    due = compose.due_at or utcnow()
    return (due if due.tzinfo else due.astimezone()).astimezone(dt.UTC)


# The columns a queued message is written with, in the order of _rows' tuples.
COLUMNS = ("customer_id", "channel", "category", "subject", "body", "html", "at", "due_at",
           "status", "staff_id", "recipient", "attempts", "error", "kind", "batch_id",
           "template_id")
INSERT = (f"INSERT INTO messages ({', '.join(COLUMNS)}) "
          f"VALUES ({', '.join('?' * len(COLUMNS))})")


def _stored(when: dt.datetime) -> str:
    """A time as the database keeps it (models.base.UTCDateTime: naive UTC text)."""
    return when.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _rows(compose: Compose, eligible: list[tuple[int, str]], rendered, due: dt.datetime,
          batch_id: str) -> Iterable[tuple]:
    email, when = compose.channel == "email", _stored(due)
    for cid, recipient in eligible:
        words = rendered.get(cid)
        if words is None:
            continue
        yield (cid, compose.channel, compose.category, words.subject if email else "",
               words.body, words.html if email else None, when, when,
               MessageStatus.QUEUED.value, compose.staff_id, recipient, 0, "", compose.kind,
               batch_id, compose.template_id)


def _attach(session: Session, batch_id: str, attachments: list[tuple[str, bytes]]) -> None:
    ids = session.scalars(select(Message.id).where(Message.batch_id == batch_id)).all()
    session.execute(insert(MessageAttachment), [
        {"message_id": mid, "filename": name, "mime": "application/pdf", "data": data}
        for mid in ids for name, data in attachments])


def queue_steps(session: Session, compose: Compose, customer_ids: Iterable[int] | None = None,
                *, criteria: Criteria | None = None) -> Job[QueueResult]:
    """queue_messages as a generator of progress steps, in the caller's transaction."""
    if compose.staff_id is None:  # written past the ORM: who queued them, said here
        compose = replace(compose, staff_id=permissions.current().staff_id)
    language = templates.resolve_language(session, compose.language)
    subject, body = _checked(session, compose, language)
    yield 0, 0, "Finding who can receive the message…"
    found = audience.decide(session, compose.channel, compose.category, customer_ids,
                            criteria=criteria, kind=compose.kind)
    total = len(found.eligible)
    yield 0, total, "Filling in each message…"
    rendered = templates.render(session, subject, body, [cid for cid, _ in found.eligible],
                                language=language)
    batch_id = str(uuid.uuid4())
    rows = list(_rows(compose, found.eligible, rendered, _due(compose), batch_id))
    # Plain executemany (100,000 rows in a second), in the driver's own placeholders.
    cursor = driver_connection(session).cursor()
    insert = driver_sql(session.connection(), INSERT)
    for start in range(0, len(rows), WRITE_CHUNK):
        yield start, total, "Writing the messages…"
        cursor.executemany(insert, rows[start:start + WRITE_CHUNK])
    if compose.attachments and rows:
        _attach(session, batch_id, compose.attachments)
    session.flush()
    return QueueResult(len(rows), found.excluded, batch_id)


def queue_messages(session: Session, compose: Compose, customer_ids: Iterable[int] | None = None,
                   *, criteria: Criteria | None = None) -> QueueResult:
    """Queue the message for ``customer_ids`` (or the segment ``criteria``, or everyone when
    both are None): one message a customer allowed to receive it, none for the others, who are
    returned with their reasons. Raises ValidationError before anything is written."""
    return run(queue_steps(session, compose, customer_ids, criteria=criteria))


def queue_job(db: Database, compose: Compose, customer_ids: Iterable[int] | None = None, *,
              criteria: Criteria | None = None) -> Job[QueueResult]:
    """queue_messages in a transaction of its own, as a job (closing it rolls back)."""
    with db.transaction() as session:
        return (yield from queue_steps(session, compose, customer_ids, criteria=criteria))


def record_opt_out(session: Session, customer_id: int, category: str, channel: str) -> None:
    """The customer said no to ``category`` by ``channel``: the consent cell is refused (the
    consent history shows "opt-out"), the marketing switch goes off for marketing, and the
    messages of that category and channel still waiting for them are cancelled."""
    customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    set_consent(session, customer, category, channel, False, source="opt-out")
    if category == "marketing":
        customer.notify_marketing = False
    session.execute(update(Message).where(
        Message.customer_id == customer_id, Message.category == category,
        Message.channel == channel, Message.status.in_(WAITING))
        .values(status=MessageStatus.CANCELLED.value))
    session.flush()
