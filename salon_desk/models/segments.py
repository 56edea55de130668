"""Saved segments: a named filter of the customer list, kept as its rules (not its customers)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, Timestamps


class SavedSegment(Timestamps, Base):
    """``criteria`` is services.segments.Criteria.to_json(); the customers are found again
    each time the segment is used. Names are unique whatever their case (NOCASE here for
    ASCII letters; the service compares folded names for the others)."""

    __tablename__ = "saved_segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)
    criteria: Mapped[str] = mapped_column(Text, default="{}")
