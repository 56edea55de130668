"""What the salon knows about the person's care: documents, notes and formulas, patch tests."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, owned_rows, references, utcnow
from salon_desk.models.staff import Staff


class Document(Base):
    """A file attached to a customer, copied into the data folder and named by its hash."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    document_date: Mapped[dt.date]
    original_name: Mapped[str] = mapped_column(String(260))
    stored_name: Mapped[str] = mapped_column(String(100))  # sha256 + safe extension
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int]
    thumbnail: Mapped[bytes | None]  # JPEG thumbnail for images
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DocumentFile(Base):
    """The content of an attached file, stored once under its name (sha256 + extension), on a
    salon server: every desk reads it there and pg_dump backs it up with the rows naming it.
    A SQLite salon keeps its files in the documents folder instead and leaves this empty."""

    __tablename__ = "document_files"

    stored_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    content: Mapped[bytes]
    size_bytes: Mapped[int]
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class NoteType(enum.StrEnum):
    GENERAL = "general"
    COLOUR = "colour"


class Note(Timestamps, Base):
    """A consultation note; a colour note carries a structured formula in `formula`."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE")
    note_type: Mapped[str] = mapped_column(String(10), default=NoteType.GENERAL.value)
    text: Mapped[str] = mapped_column(Text, default="")
    # brand/line, shades [{shade, grams}], developer volume, mixing ratio, processing minutes,
    # starting level, target level, result
    formula: Mapped[dict | None] = mapped_column(JSON)
    appointment_id: Mapped[int | None] = references("appointments", on_delete="SET NULL")
    pinned: Mapped[bool] = mapped_column(default=False)
    author_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    based_on_id: Mapped[int | None] = references("notes", on_delete="SET NULL")

    author: Mapped[Staff | None] = relationship(lazy="joined")
    revisions: Mapped[list[NoteRevision]] = owned_rows("note", order_by="NoteRevision.id")

    __table_args__ = (Index("ix_notes_customer", "customer_id", "pinned", "created_at"),)


class NoteRevision(Base):
    """The state of a note before an edit: who changed it and when."""

    __tablename__ = "note_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = references("notes", on_delete="CASCADE", index=True)
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    previous_text: Mapped[str] = mapped_column(Text, default="")
    previous_formula: Mapped[dict | None] = mapped_column(JSON)

    note: Mapped[Note] = relationship(back_populates="revisions")


class PatchTestResult(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    PENDING = "pending"


class PatchTest(Base):
    __tablename__ = "patch_tests"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    tested_on: Mapped[dt.date]
    service_id: Mapped[int | None] = references("services", on_delete="SET NULL")
    product_id: Mapped[int | None] = references("products", on_delete="SET NULL")
    subject: Mapped[str] = mapped_column(String(200), default="")  # what was tested, as text
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    result: Mapped[str] = mapped_column(String(10), default=PatchTestResult.PENDING.value)
    valid_until: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
