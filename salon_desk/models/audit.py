"""The audit trail: who changed what and when, append-only.

Each row carries the sha256 of the row before it (``prev_hash``) and its own (``hash``), so a
row edited or removed outside the app breaks the chain (services.audit.verify says where).
Triggers made by migration 0010 refuse UPDATE and DELETE on ``audit_log``.

The values before and after a change are kept apart in ``audit_values``: forgetting a customer
must erase their name and contacts everywhere, and the chain keeps only the values' hash.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    # No foreign keys: a deleted staff member or customer keeps their audit rows.
    staff_id: Mapped[int | None] = mapped_column()
    who: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))  # insert, update, delete, sign_in...
    entity: Mapped[str] = mapped_column(String(60), default="")  # a table name
    entity_id: Mapped[int | None] = mapped_column()
    customer_id: Mapped[int | None] = mapped_column(index=True)
    fields: Mapped[str] = mapped_column(Text, default="")  # changed fields, comma-separated
    detail: Mapped[str] = mapped_column(Text, default="")
    values_hash: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class AuditValues(Base):
    """The fields' values before and after one audited change (JSON: {field: [before, after]})."""

    __tablename__ = "audit_values"

    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(index=True)
    changes: Mapped[str] = mapped_column(Text, default="")
