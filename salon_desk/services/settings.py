"""Salon-wide settings, declared once with their types and defaults, stored in the database.

Per-PC preferences (window geometry, last folder) belong in QSettings, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from salon_desk.models import Setting

T = TypeVar("T")
OPTIONS: dict[str, Option[Any]] = {}


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    kind: type
    default: T
    label: str = ""

    def __post_init__(self) -> None:
        OPTIONS[self.key] = self

    def to_json(self, value: T) -> Any:
        if self.kind is Decimal:
            return str(value)
        return value

    def from_json(self, raw: Any) -> T:
        if raw is None:
            return self.default
        if self.kind is Decimal:
            return Decimal(str(raw))  # type: ignore[return-value]
        if self.kind is int:
            return int(raw)  # type: ignore[return-value]
        if self.kind is bool:
            return bool(raw)  # type: ignore[return-value]
        return raw


# The salon
SALON_NAME = Option("salon.name", str, "My Salon", "Salon name")
SALON_ADDRESS = Option("salon.address", str, "", "Address")
SALON_PHONE = Option("salon.phone", str, "", "Phone")
SALON_EMAIL = Option("salon.email", str, "", "Email")
SALON_TAX_ID = Option("salon.tax_id", str, "", "Tax ID")
SALON_WEBSITE = Option("salon.website", str, "", "Website")
CURRENCY = Option("salon.currency", str, "EUR", "Currency (ISO 4217)")
DEFAULT_COUNTRY = Option("salon.default_country", str, "ES", "Default country for phone numbers")
OPENING_TIME = Option("schedule.opening", str, "09:00", "Opening time")
CLOSING_TIME = Option("schedule.closing", str, "20:00", "Closing time")
SLOT_MINUTES = Option("schedule.slot_minutes", int, 15, "Schedule slot (minutes)")
# Rewards
POINTS_PER_UNIT = Option("points.per_currency_unit", Decimal, Decimal(1), "Points per unit spent")
POINT_VALUE_CENTS = Option("points.value_cents", int, 5, "Value of one point (cents)")


def get(session: Session, option: Option[T]) -> T:
    row = session.get(Setting, option.key)
    return option.from_json(row.value if row else None)


def set_value(session: Session, option: Option[T], value: T) -> None:
    row = session.get(Setting, option.key)
    if row is None:
        session.add(Setting(key=option.key, value=option.to_json(value)))
    else:
        row.value = option.to_json(value)
