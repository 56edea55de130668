"""Messages to a customer: the ones the app sends or schedules, and the ones staff log.

Sending belongs to the communication part of the app; here the record lists every message and
staff can write down one sent by other means (a call, a WhatsApp from the salon's phone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Message, MessageStatus, Staff, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError, ValidationError, get_or_not_found
from salon_desk.services.texts import Text

CHANNELS = {"email": "Email", "sms": "SMS", "whatsapp": "WhatsApp", "call": "Phone call",
            "in_person": "In person", "other": "Other"}
CATEGORIES = {"appointments": "Appointments", "marketing": "Marketing",
              "follow_up": "Follow-up", "other": "Other"}
STATUS_LABELS = {MessageStatus.QUEUED.value: "Waiting to be sent",
                 MessageStatus.SCHEDULED.value: "Scheduled", MessageStatus.SENDING.value: "Sending",
                 MessageStatus.SENT.value: "Sent", MessageStatus.FAILED.value: "Failed",
                 MessageStatus.UNKNOWN.value: "Unknown, check",
                 MessageStatus.CANCELLED.value: "Cancelled", MessageStatus.LOGGED.value: "Logged"}


@dataclass
class MessageData:
    channel: str
    category: str
    subject: str = ""
    body: str = ""
    at: dt.datetime | None = None  # when it was sent; now when None
    staff_id: int | None = None


@dataclass
class MessageRow:
    id: int
    at: dt.datetime
    channel: str
    category: str
    subject: str
    body: str
    status: str
    staff_name: str
    recipient: str = ""
    error: str = ""  # the English catalogue text of a failure
    due_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    kind: str = "manual"

    @property
    def channel_label(self) -> str:
        return CHANNELS.get(self.channel, self.channel)

    @property
    def category_label(self) -> str:
        return CATEGORIES.get(self.category, self.category)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def log_message(session: Session, customer_id: int, data: MessageData) -> Message:
    """Write down a message sent outside the app (status "logged")."""
    errors: dict[str, str] = {}
    subject, body = (data.subject or "").strip(), (data.body or "").strip()
    if data.channel not in CHANNELS:
        errors["channel"] = Text(msg.MESSAGE_CHANNEL)
    if data.category not in CATEGORIES:
        errors["category"] = Text(msg.MESSAGE_CATEGORY)
    if not subject and not body:
        errors["body"] = Text(msg.MESSAGE_EMPTY)
    if len(subject) > 200:
        errors["subject"] = Text(msg.MESSAGE_SUBJECT_LONG)
    at = data.at or utcnow()
    if at.tzinfo is None:
        at = at.astimezone()
    if at > utcnow() + dt.timedelta(minutes=5):
        errors["at"] = Text(msg.MESSAGE_IN_FUTURE)
    if data.staff_id is not None and session.get(Staff, data.staff_id) is None:
        errors["staff_id"] = Text(msg.THAT_STAFF_MISSING)
    if errors:
        raise ValidationError(errors)
    message = Message(customer_id=customer_id, channel=data.channel, category=data.category,
                      subject=subject, body=body, at=at, status=MessageStatus.LOGGED.value,
                      staff_id=data.staff_id)
    session.add(message)
    session.flush()
    return message


def delete_logged_message(session: Session, message_id: int) -> None:
    """Only messages staff logged by hand can be deleted; the app's own are the record."""
    message = get_or_not_found(session, Message, message_id, msg.MESSAGE_NOT_FOUND)
    if message.status != MessageStatus.LOGGED.value:
        raise SalonError(Text(msg.MESSAGE_NOT_LOGGED))
    session.delete(message)
    session.flush()


def list_messages(session: Session, customer_id: int,
                  status: str | None = None) -> list[MessageRow]:
    """Every message of the customer (logged, queued, sent, failed...), newest first: a
    message waiting is dated when it is due, so scheduled ones come first."""
    stmt = (select(Message, Staff.name).outerjoin(Staff, Staff.id == Message.staff_id)
            .where(Message.customer_id == customer_id)
            .order_by(Message.at.desc(), Message.id.desc()))
    if status:
        stmt = stmt.where(Message.status == status)
    return [MessageRow(id=m.id, at=m.at, channel=m.channel, category=m.category,
                       subject=m.subject, body=m.body, status=m.status, staff_name=name or "",
                       recipient=m.recipient, error=m.error, due_at=m.due_at,
                       sent_at=m.sent_at, kind=m.kind)
            for m, name in session.execute(stmt)]
