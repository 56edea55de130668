"""Messages sent, queued, scheduled or logged for a customer; their attachments; templates.

A message the app sends is a row of the outbox (status queued) until the sender sends it; one
staff write down after sending it by other means is "logged".
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, references, utcnow


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"  # waiting in the outbox, due now or later (due_at)
    SENDING = "sending"  # claimed by a sender
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"  # was being sent when the app stopped: never resent automatically
    CANCELLED = "cancelled"
    LOGGED = "logged"  # sent by other means and written down by staff
    SCHEDULED = "scheduled"  # rows of before the outbox; treated as queued


class MessageKind(enum.StrEnum):
    MANUAL = "manual"
    REMINDER = "reminder"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE")
    channel: Mapped[str] = mapped_column(String(20))  # email, sms, whatsapp, call, other
    category: Mapped[str] = mapped_column(String(20))  # appointments, marketing
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(12), default=MessageStatus.LOGGED.value)
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    recipient: Mapped[str] = mapped_column(String(254), default="")  # address or E.164 mobile
    html: Mapped[str | None] = mapped_column(Text)  # HTML alternative of an email's body
    due_at: Mapped[dt.datetime | None]  # when to send; None for logged ones
    sent_at: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime | None]  # back-off after a temporary failure
    error: Mapped[str] = mapped_column(Text, default="")  # an error code of the catalogue
    kind: Mapped[str] = mapped_column(String(20), default=MessageKind.MANUAL.value)
    # automatic messages: "reminder:<appointment>:<channel>", "birthday:<customer>:<year>:..."
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    batch_id: Mapped[str | None] = mapped_column(String(36), index=True)  # one per compose
    template_id: Mapped[int | None] = references("message_templates", on_delete="SET NULL")

    __table_args__ = (Index("ix_messages_customer_at", "customer_id", "at"),
                      Index("ix_messages_status_due", "status", "due_at"))


class MessageAttachment(Base):
    __tablename__ = "message_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = references("messages", on_delete="CASCADE", index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100), default="application/pdf")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MessageTemplate(Base):
    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    channel: Mapped[str] = mapped_column(String(20))  # email, sms, whatsapp
    category: Mapped[str] = mapped_column(String(20))  # appointments, marketing
    kind: Mapped[str] = mapped_column(String(20), default=MessageKind.MANUAL.value)
    active: Mapped[bool] = mapped_column(default=True)


class MessageTemplateText(Base):
    """A template's words in one language."""

    __tablename__ = "message_template_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = references("message_templates", on_delete="CASCADE")
    language: Mapped[str] = mapped_column(String(10))  # "en", "es"
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("template_id", "language"),)
