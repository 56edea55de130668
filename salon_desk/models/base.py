"""Declarative base, shared column types and mixins."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import DateTime, ForeignKey, MetaData, Numeric, TypeDecorator
from sqlalchemy.orm import (DeclarativeBase, Mapped, MappedColumn, Relationship, mapped_column,
    relationship)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC in SQLite, always hands back timezone-aware UTC datetimes.

    A naive datetime given to it is taken as local time, because that is what a
    receptionist types; everything is converted to UTC before it is stored.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.astimezone()  # naive = local wall-clock time
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict] = {
        dt.datetime: UTCDateTime(),
        Decimal: Numeric(9, 2, asdecimal=True),
    }


def references(table: str, *, on_delete: str, **options: Any) -> MappedColumn[Any]:
    """A column holding the id of a row of ``table``; ``on_delete`` says what deleting that row
    does to it (CASCADE, SET NULL or RESTRICT, as the migrations say). ``options`` are
    mapped_column's (``index=True``, ``primary_key=True``)."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete=on_delete), **options)


def owned_rows(back_populates: str, **options: Any) -> Relationship[Any]:
    """The rows of another table that belong to this one (a sale's lines, a note's revisions):
    saved and deleted with it, and deleted when taken out of its list. ``back_populates`` names
    the other side; ``options`` are relationship's (``order_by="SaleLine.position"``,
    ``uselist=False`` for a single row)."""
    return relationship(back_populates=back_populates, cascade="all, delete-orphan", **options)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
