"""Customer field values as JSON (for ImportedCustomer.previous) and back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salon_desk.models import Customer

_DATES = {"anniversary", "customer_since"}
_DATETIMES = {"privacy_accepted_at", "last_visit_at", "created_at", "updated_at"}
_DECIMALS = {"discount_percent"}


def to_json(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.astimezone()
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def from_json(name: str, value: object) -> object:
    if value is None:
        return None
    if name in _DATETIMES:
        return dt.datetime.fromisoformat(str(value))
    if name in _DATES:
        return dt.date.fromisoformat(str(value))
    if name in _DECIMALS:
        return Decimal(str(value))
    return value


def is_column(name: str) -> bool:
    return name in Customer.__table__.c
