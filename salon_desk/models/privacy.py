"""What the salon did about its customers' privacy rights: who asked to be forgotten and when
(the evidence the salon keeps; the forgotten row holds nothing more about the person), and
which customers past the retention period the owner decided to keep."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, references, utcnow


class ForgetRequest(Base):
    __tablename__ = "forget_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = references("customers", on_delete="CASCADE", index=True)
    asked_by: Mapped[str] = mapped_column(Text, default="")  # "the customer, by email"
    asked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    done_by: Mapped[str] = mapped_column(String(120), default="")  # the staff member
    done_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RetentionKept(Base):
    """A customer past the retention period whom the owner chose to keep, and when."""

    __tablename__ = "retention_kept"

    customer_id: Mapped[int] = references("customers", on_delete="CASCADE", primary_key=True)
    kept_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kept_by: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
