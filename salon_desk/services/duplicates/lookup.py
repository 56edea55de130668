"""Existing customers that look like one being entered (the warning before saving).

A few indexed queries fetch the candidates (the surname's words in the sorted names, the
same phone, the same birthday, the same mailbox name), then the matcher scores them with the
model the last scan learnt from this database (learnt.py), or, until a scan has learnt one,
with the priors (model.default_model: a handful of candidates is too few to learn from). The
plain rules always warn: the same email, the same mobile, or the same name and full birth date.
The matcher adds what they miss (a typo in the name with the same birth date, a phone typed
another way, a nickname...) when it is at least medium confident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from salon_desk.models import Customer
from salon_desk.models.search_index import sort_name
from salon_desk.services import settings
from salon_desk.services.duplicates import learnt, weights
from salon_desk.services.duplicates.features import MATCH_TYPES
from salon_desk.services.duplicates.normalise import name_tokens
from salon_desk.services.duplicates.records import COLUMNS, Person
from salon_desk.services.duplicates.scoring import prior_model, score_pair
from salon_desk.services.phones import PhoneError, normalise_phone
from salon_desk.services.search.either import either
from salon_desk.text.fold import fold_words

SAME_EMAIL = "same email"
SAME_MOBILE = "same mobile"
SAME_NAME_BIRTH = "same name and date of birth"
_MAX_CANDIDATES = 2000


@dataclass
class Match:
    customer_id: int
    reason: str  # English; one of the three rules or a matcher match type text
    score: float  # probability of the same person (1.0 for a rule match)


def _e164(raw: str | None, country: str) -> str | None:
    if not raw:
        return None
    if raw.startswith("+"):
        return raw
    try:
        return normalise_phone(raw, country)
    except PhoneError:
        return None


@dataclass(frozen=True)
class _Entered:
    """The details typed for the person being looked for, as the queries compare them."""
    first: str
    last: str
    email: str | None  # lower case
    mobile: str | None  # E.164
    phone: str | None
    year: int | None
    month: int | None
    day: int | None
    data: Any

    @classmethod
    def of(cls, data: Any, country: str) -> _Entered:
        return cls(getattr(data, "first_name", "") or "", getattr(data, "last_name", "") or "",
                   (getattr(data, "email", None) or "").strip().lower() or None,
                   _e164(getattr(data, "mobile", None), country),
                   _e164(getattr(data, "phone", None), country),
                   getattr(data, "birth_year", None), getattr(data, "birth_month", None),
                   getattr(data, "birth_day", None), data)

    def person(self) -> Person:
        data = self.data
        return Person((0, self.first, self.last, self.email, self.mobile, self.phone,
                       getattr(data, "gender", "") or "", self.year, self.month, self.day,
                       getattr(data, "street", None), getattr(data, "postcode", None),
                       getattr(data, "city", None)))


def find_matches(session: Session, data: Any, exclude_id: int | None = None,
                 limit: int = 10) -> list[Match]:
    """Customers that may be the person in ``data`` (a CustomerData or anything with the
    same attributes), strongest first."""
    country = settings.get(session, settings.DEFAULT_COUNTRY)
    live = Customer.merged_into_id.is_(None)
    if exclude_id is not None:
        live = live & (Customer.id != exclude_id)
    entered = _Entered.of(data, country)
    matches = _rule_matches(session, live, entered)
    found = _candidates(session, live, entered) - set(matches)
    if found:
        person = entered.person()
        model = learnt.load(session) or prior_model()
        cols = [Customer.__table__.c[c] for c in COLUMNS]
        ids = sorted(found)
        for k in range(0, len(ids), 500):
            for row in session.execute(select(*cols).where(Customer.id.in_(ids[k:k + 500]))):
                score, match = score_pair(person, Person(row), model)
                if score >= weights.THRESHOLD_MEDIUM:
                    matches[row[0]] = Match(row[0], MATCH_TYPES[match], score)
    ordered = sorted(matches.values(), key=lambda m: (-m.score, m.customer_id))
    return ordered[:limit]


def _rule_matches(session: Session, live, e: _Entered) -> dict[int, Match]:
    """The customers with the same email, the same mobile, or the same name and birthday."""
    matches: dict[int, Match] = {}
    if e.email:
        for cid in session.scalars(select(Customer.id).where(
                live, func.lower(Customer.email) == e.email)):
            matches.setdefault(cid, Match(cid, SAME_EMAIL, 1.0))
    if e.mobile:
        for cid in session.scalars(select(Customer.id).where(live, Customer.mobile == e.mobile)):
            matches.setdefault(cid, Match(cid, SAME_MOBILE, 1.0))
    if e.year and e.month and e.day and (e.first or e.last):
        for cid in session.scalars(select(Customer.id).where(
                live, Customer.sort_name == sort_name(e.first, e.last),
                Customer.birth_year == e.year, Customer.birth_month == e.month,
                Customer.birth_day == e.day)):
            matches.setdefault(cid, Match(cid, SAME_NAME_BIRTH, 1.0))
    return matches


def _candidates(session: Session, live, e: _Entered) -> set[int]:
    """Fuzzy candidates, each query on an index where one helps, then scored by the matcher.
    The few that a phone, a mailbox or a birthday bring are read first and a surname's
    namesakes last, so that a common surname (thousands of records) cannot crowd them out of
    the candidates read; each query is ordered, so both engines read the same ones."""
    found: set[int] = set()

    def add(condition, *order) -> None:
        if len(found) < _MAX_CANDIDATES:
            found.update(session.scalars(select(Customer.id).where(live, condition)
                                         .order_by(*order, Customer.id).limit(_MAX_CANDIDATES)))

    numbers = [n for n in (e.mobile, e.phone) if n]
    if numbers:
        add(or_(Customer.mobile.in_(numbers), Customer.phone.in_(numbers)))
    if e.email and "@" in e.email:
        add(func.lower(Customer.email).startswith(e.email.split("@")[0] + "@"))
    if e.month and e.day:
        add((Customer.birth_month == e.month) & (Customer.birth_day == e.day))
    # Byte order on both engines (a server's own collation may order, and so bound, names
    # otherwise): its index of live names in that order is ix_customers_name_order.
    name = either(Customer.sort_name, Customer.sort_name.collate("C"))
    for word in name_tokens(fold_words(e.last))[:2]:
        if len(word) >= 2:
            add(name.between(word, word + "\uffff"), name)
    return found
