"""Messages sent, scheduled or logged for a customer."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, references, utcnow


class MessageStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    SENT = "sent"
    FAILED = "failed"
    LOGGED = "logged"  # sent by other means and written down by staff


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

    __table_args__ = (Index("ix_messages_customer_at", "customer_id", "at"),)
