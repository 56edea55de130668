"""What a segment asks of a customer: every criterion of the filter panel, in one dataclass.

Unset criteria (None, an empty list) ask nothing; set ones must all hold. A list of values means
"any of" them (``services=[1, 2]``: booked service 1 or 2), except ``unused_services`` and
``unused_service_types`` (booked none of them) and the badges' three lists (any of / all of /
none of). Things of the salon (badges, categories, services, types, packages) are held by id,
so renaming a badge keeps the segments that use it; the command line finds ids by name
(segments.names).

A saved segment stores ``to_json()``: only the criteria that are set, dates as ISO text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError
from salon_desk.services.segments.choices import (
    ACTIVE,
    BOOKING_STATUSES,
    CONSENTS,
    CREDITS,
    CUSTOMER_STATES,
    GENDERS,
    SUBSCRIPTIONS,
)
from salon_desk.services.texts import Text

__all__ = ["ACTIVE", "BOOKING_STATUSES", "CONSENTS", "CREDITS", "CUSTOMER_STATES", "Criteria",
           "GENDERS", "SUBSCRIPTIONS"]


@dataclass
class Criteria:
    # Who they are
    genders: list[str] = field(default_factory=list)
    badges_any: list[int] = field(default_factory=list)
    badges_all: list[int] = field(default_factory=list)
    badges_none: list[int] = field(default_factory=list)
    categories: list[int] = field(default_factory=list)
    states: list[str] = field(default_factory=list)  # CUSTOMER_STATES
    age_min: int | None = None
    age_max: int | None = None
    birthday_months: list[int] = field(default_factory=list)
    birthday_within_days: int | None = None  # today included
    since_from: dt.date | None = None  # customer since
    since_to: dt.date | None = None
    referral_sources: list[str] = field(default_factory=list)  # case-insensitive
    cities: list[str] = field(default_factory=list)  # case-insensitive
    postcodes: list[str] = field(default_factory=list)  # a postcode starting with one of these
    # What they booked ("booked": models.BOOKED_STATUSES)
    services: list[int] = field(default_factory=list)
    service_types: list[int] = field(default_factory=list)
    unused_services: list[int] = field(default_factory=list)  # never booked any of them
    unused_service_types: list[int] = field(default_factory=list)
    packages: list[int] = field(default_factory=list)  # bought (a sale not voided)
    package_sessions_left: bool | None = None  # of those packages (any package without them)
    booked_from: dt.date | None = None  # an appointment on these local days...
    booked_to: dt.date | None = None
    booking_statuses: list[str] = field(default_factory=list)  # ...in one of these (or booked)
    # How they visit and spend
    visited_within_days: int | None = None
    not_visited_for_days: int | None = None  # came once at least, not in these days
    at_risk: bool = False  # services.care.insights' rule
    visits_min: int | None = None  # visits (insights' visit days) from visits_from to visits_to
    visits_max: int | None = None
    visits_from: dt.date | None = None
    visits_to: dt.date | None = None
    spent_min: int | None = None  # cents, sales not voided, from spent_from to spent_to
    spent_max: int | None = None
    spent_from: dt.date | None = None
    spent_to: dt.date | None = None
    average_ticket_min: int | None = None  # cents, over the same sales as spent
    average_ticket_max: int | None = None
    has_debt: bool | None = None  # True: owes something; False: owes nothing
    credits: list[str] = field(default_factory=list)  # CREDITS with a balance left, any of
    points_min: int | None = None
    # How they may be reached
    subscribed: list[str] = field(default_factory=list)  # SUBSCRIPTIONS, any of
    consents: list[str] = field(default_factory=list)  # "category:channel" granted, any of
    has_email: bool | None = None
    has_mobile: bool | None = None

    def is_empty(self) -> bool:
        return self == Criteria()

    def set_names(self) -> list[str]:
        """The names of the criteria that are set, in the order above (for the chips)."""
        empty = Criteria()
        return [f.name for f in dataclasses.fields(self)
                if getattr(self, f.name) != getattr(empty, f.name)]

    def check(self) -> Criteria:
        """Itself, when every value is one the filter knows; ValidationError otherwise."""
        errors = {}
        for name, allowed in _CHOICES.items():
            wrong = [v for v in getattr(self, name) if v not in allowed]
            if wrong:
                errors[name] = Text(msg.SEGMENT_BAD_VALUE, value=wrong[0],
                                    allowed=", ".join(allowed))
        for name in _NUMBERS:
            value = getattr(self, name)
            if value is not None and value < 0:
                errors[name] = Text(msg.SEGMENT_NEGATIVE)
        wrong_months = [m for m in self.birthday_months if not 1 <= m <= 12]
        if wrong_months:
            errors["birthday_months"] = Text(msg.SEGMENT_BAD_VALUE, value=wrong_months[0],
                                             allowed="1-12")
        if errors:
            raise ValidationError(errors)
        return self

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    def to_dict(self) -> dict:
        return {name: _plain(getattr(self, name)) for name in self.set_names()}

    @classmethod
    def from_json(cls, text: str) -> Criteria:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict) -> Criteria:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError({unknown[0]: Text(msg.SEGMENT_UNKNOWN_CRITERION,
                                                    name=unknown[0])})
        values = {k: dt.date.fromisoformat(v) if k in _DATES and v is not None else v
                  for k, v in data.items()}
        return cls(**values).check()


_CHOICES = {"genders": GENDERS, "states": CUSTOMER_STATES, "booking_statuses": BOOKING_STATUSES,
            "credits": CREDITS, "subscribed": SUBSCRIPTIONS, "consents": CONSENTS}
_NUMBERS = ("age_min", "age_max", "birthday_within_days", "visited_within_days",
            "not_visited_for_days", "visits_min", "visits_max", "spent_min", "spent_max",
            "average_ticket_min", "average_ticket_max", "points_min")
_DATES = {f.name for f in dataclasses.fields(Criteria) if f.type == "dt.date | None"}


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return list(value) if isinstance(value, tuple) else value
