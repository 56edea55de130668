"""Records of bulk operations that can be undone: imports, merges and the customer list's bulk
changes; dismissed duplicates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, references, utcnow


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(120), default="")
    rows: Mapped[int] = mapped_column(default=0)
    imported: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    options: Mapped[dict | None] = mapped_column(JSON)
    undone_at: Mapped[dt.datetime | None]


class ImportedCustomer(Base):
    """Which customers an import created or updated, with what they were before (for undo)."""

    __tablename__ = "imported_customers"

    batch_id: Mapped[int] = references("import_batches", on_delete="CASCADE", primary_key=True)
    customer_id: Mapped[int] = mapped_column(primary_key=True)
    created: Mapped[bool]
    previous: Mapped[dict | None] = mapped_column(JSON)  # fields filled in by an update
    stamp: Mapped[dt.datetime | None]  # customer.updated_at right after the import


class Merge(Base):
    __tablename__ = "merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = references("customers", on_delete="CASCADE", index=True)
    merged_ids: Mapped[list] = mapped_column(JSON)
    merged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(120), default="")
    # Everything needed to undo: the kept record's fields before, and which rows moved.
    snapshot: Mapped[dict] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[dt.datetime | None]


class DismissedPair(Base):
    """Two customers staff said are not the same person (lower id first)."""

    __tablename__ = "dismissed_pairs"

    first_id: Mapped[int] = references("customers", on_delete="CASCADE", primary_key=True)
    second_id: Mapped[int] = references("customers", on_delete="CASCADE", primary_key=True)
    dismissed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    dismissed_by: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("first_id < second_id", name="ordered"),)


class BulkChange(Base):
    """The customer list's latest bulk change (a badge given or taken, a category or the active
    flag set), kept until the next one so that it can be undone. ``value`` is what it set:
    the category id (None for no category), 1 or 0 for a badge given or taken, active or not."""

    __tablename__ = "bulk_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # badge, category, active
    badge_id: Mapped[int | None] = references("badges", on_delete="CASCADE")
    value: Mapped[int | None]
    made_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BulkChangedCustomer(Base):
    """What one customer had before a bulk change (the category id, or 1/0 for having the
    badge or being active), and its updated_at right after it."""

    __tablename__ = "bulk_changed_customers"

    change_id: Mapped[int] = references("bulk_changes", on_delete="CASCADE", primary_key=True)
    customer_id: Mapped[int] = references("customers", on_delete="CASCADE", primary_key=True)
    before: Mapped[int | None]
    stamp: Mapped[dt.datetime | None]
