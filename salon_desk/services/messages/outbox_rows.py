"""The outbox as staff see it: the messages the app sends, and what staff may do with one.

Cancel one still waiting; send again one that failed, was cancelled or is in doubt ("unknown":
it was being sent when the app stopped, so it may have gone); mark one in doubt (or failed) as
sent after checking. Each change is one UPDATE that holds only while the message is still in a
status that allows it, so a sender claiming it at the same moment never races it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salon_desk.models import Customer, Message, MessageStatus, Staff, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError, get_or_not_found
from salon_desk.services.texts import Text

S = MessageStatus
WAITING = (S.QUEUED.value, S.SCHEDULED.value)
RETRIABLE = (S.FAILED.value, S.CANCELLED.value, S.UNKNOWN.value)
MARKABLE = (S.UNKNOWN.value, S.FAILED.value)
# The outbox holds what the app sends; "logged" ones were sent by other means.
OUTBOX_STATUSES = (*WAITING, S.SENDING.value, S.SENT.value, S.FAILED.value, S.UNKNOWN.value,
                   S.CANCELLED.value)


@dataclass
class OutboxRow:
    id: int
    customer_id: int | None
    customer_name: str
    channel: str
    category: str
    kind: str
    recipient: str
    subject: str
    body: str
    status: str
    at: dt.datetime
    due_at: dt.datetime | None
    sent_at: dt.datetime | None
    attempts: int
    error: str  # the English catalogue text of a failure ("" when none)
    staff_name: str
    batch_id: str | None

    def to_json(self) -> dict:
        when = {k: v.isoformat() if v else None
                for k, v in (("at", self.at), ("due_at", self.due_at), ("sent_at", self.sent_at))}
        return {"id": self.id, "customer": self.customer_id, "name": self.customer_name,
                "channel": self.channel, "category": self.category, "kind": self.kind,
                "recipient": self.recipient, "subject": self.subject, "status": self.status,
                **when, "attempts": self.attempts, "error": self.error}


def outbox(session: Session, status: str | None = None, limit: int | None = 500
           ) -> list[OutboxRow]:
    """The messages of the outbox (of one status; "queued" includes the old "scheduled"),
    the next to send first, then the newest."""
    name = func.trim(func.coalesce(Customer.first_name, "") + " "
                     + func.coalesce(Customer.last_name, ""))
    stmt = (select(Message, name, Staff.name)
            .outerjoin(Customer, Customer.id == Message.customer_id)
            .outerjoin(Staff, Staff.id == Message.staff_id))
    if status in WAITING:
        stmt = stmt.where(Message.status.in_(WAITING))
    elif status:
        stmt = stmt.where(Message.status == status)
    else:
        stmt = stmt.where(Message.status.in_(OUTBOX_STATUSES))
    waiting_first = Message.status.in_(WAITING).desc()
    stmt = stmt.order_by(waiting_first, func.coalesce(Message.due_at, Message.at).desc(),
                         Message.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [OutboxRow(m.id, m.customer_id, customer or "", m.channel, m.category, m.kind,
                      m.recipient, m.subject, m.body, m.status, m.at, m.due_at, m.sent_at,
                      m.attempts, m.error, staff or "", m.batch_id)
            for m, customer, staff in session.execute(stmt)]


def _change(session: Session, message_id: int, allowed: tuple[str, ...], refusal: str,
            **values) -> None:
    get_or_not_found(session, Message, message_id, msg.MESSAGE_NOT_FOUND)
    result = session.execute(update(Message).where(Message.id == message_id,
                                                   Message.status.in_(allowed)).values(**values)
                             .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise SalonError(Text(refusal))
    session.expire_all()


def cancel(session: Session, message_id: int) -> None:
    """Cancel a message still waiting to be sent."""
    _change(session, message_id, WAITING, msg.OUTBOX_NOT_CANCELLABLE, status=S.CANCELLED.value)


def retry(session: Session, message_id: int) -> None:
    """Queue again, due now, a message that failed, was cancelled or is in doubt."""
    now = utcnow()
    _change(session, message_id, RETRIABLE, msg.OUTBOX_NOT_RETRIABLE,
            status=S.QUEUED.value, due_at=now, at=now, attempts=0, next_attempt_at=None,
            error="")


def mark_sent(session: Session, message_id: int) -> None:
    """Staff checked that a message in doubt (or one that failed) did reach the customer."""
    now = utcnow()
    _change(session, message_id, MARKABLE, msg.OUTBOX_NOT_MARKABLE,
            status=S.SENT.value, sent_at=now, error="")
