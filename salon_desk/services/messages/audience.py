"""Who may receive a message, and why each one left out may not.

A message goes to a customer only when everything allows it: the record is active, not blocked
and not merged into another; it holds an address for the channel (an email, or a mobile for SMS
and WhatsApp) that looks deliverable; the matching switch of the record is on (appointment
reminders, birthday greetings, marketing messages); and the consent matrix holds a granted cell
for the message's category on that channel (a cell never filled in is no consent). No caller
can skip a rule: the composer, the list's bulk bar, the command line and the automatic messages
all ask here.

Everything is decided in SQL: one CASE expression gives each customer the first rule that
stops them (or none), for a list of ids (in chunks), for a segment's criteria or for everyone.
``count`` sums the same expression by reason for the composer's preview.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, not_, or_, select
from sqlalchemy.orm import Session

from salon_desk.models import Customer, CustomerConsent, Message
from salon_desk.services import error_texts as msg
from salon_desk.services.search.either import glob
from salon_desk.services.segments.criteria import Criteria
from salon_desk.services.segments.query import query
from salon_desk.services.texts import Text

CHUNK = 500  # customer ids decided per query (well under SQLite's limit of parameters)

# The reason codes, in the order the rules are checked, and their texts.
REASONS = msg.AUDIENCE_REASONS
KINDS = ("manual", "reminder", "birthday", "anniversary")


@dataclass
class Excluded:
    customer_id: int
    reason: str  # a code of REASONS


@dataclass
class Audience:
    eligible: list[tuple[int, str]] = field(default_factory=list)  # (customer id, recipient)
    excluded: list[Excluded] = field(default_factory=list)


def reason_text(code: str, channel: str, category: str) -> Text:
    """Why a customer is left out, for the composer's list and the command line."""
    if code == "no_consent":
        return Text(msg.AUDIENCE_NO_CONSENT,
                    category=Text(msg.CONSENT_WORDS[category]),
                    channel=Text(msg.CHANNEL_WORDS[channel]))
    return Text(msg.AUDIENCE_REASONS[code])


def switch(kind: str, category: str) -> tuple[ColumnElement[bool], str]:
    """The record's switch a message of this kind and category needs, and its reason code."""
    if kind == "reminder" or (kind == "manual" and category == "appointments"):
        return Customer.notify_reminders, "reminders_off"
    if kind in ("birthday", "anniversary"):
        return Customer.notify_birthday, "birthday_off"
    return Customer.notify_marketing, "marketing_off"


def _glob(value: ColumnElement[str], pattern: str) -> ColumnElement[bool]:
    return glob(value, pattern)  # GLOB, or the same test on a salon server


def _address(channel: str) -> tuple[ColumnElement[str], str, ColumnElement[bool]]:
    """The customer's address for the channel, the code when it is missing, and the SQL test
    of it looking deliverable (the form stores emails checked and mobiles in E.164; records of
    earlier versions or of an import may hold anything)."""
    if channel == "email":
        email = Customer.email
        valid = and_(_glob(email, "?*@?*.?*"), not_(_glob(email, "*@*@*")),
                     not_(_glob(email, "*[ ,;<>]*")), not_(_glob(email, "*.")))
        return email, "email", valid
    mobile = Customer.mobile
    valid = and_(_glob(mobile, "+[1-9]*"), not_(_glob(func.substr(mobile, 2), "*[^0-9]*")),
                 func.length(mobile).between(8, 16))
    return mobile, "mobile", valid


def _reason(channel: str, category: str, kind: str) -> ColumnElement[str | None]:
    """The code of the first rule that stops the customer; NULL when none does."""
    address, word, valid = _address(channel)
    on, switch_code = switch(kind, category)
    consent = exists().where(CustomerConsent.customer_id == Customer.id,
                             CustomerConsent.category == category,
                             CustomerConsent.channel == channel,
                             CustomerConsent.granted.is_(True))
    return case(
        (Customer.merged_into_id.is_not(None), literal("merged")),
        (Customer.active.is_(False), literal("inactive")),
        (Customer.blocked.is_(True), literal("blocked")),
        (or_(address.is_(None), func.trim(address) == ""), literal(f"no_{word}")),
        (not_(valid), literal(f"invalid_{word}")),
        (on.is_(False), literal(switch_code)),
        (not_(consent), literal("no_consent")),
        else_=literal(None),
    )


def _checked(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of message {kind!r}")


def _selections(session: Session, customer_ids: Iterable[int] | None,
                criteria: Criteria | None) -> Iterator[tuple[ColumnElement[bool], list[int]]]:
    """The WHERE of each query to run, and the ids it was asked for (empty: not by ids)."""
    if customer_ids is None:
        if criteria is None:
            yield Customer.merged_into_id.is_(None), []
        else:
            found = query(session, criteria).order_by(None).subquery()
            yield Customer.id.in_(select(found.c.id)), []
        return
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        yield Customer.id.in_(chunk), chunk


def _rows(session: Session, channel: str, category: str, kind: str, where) -> Select:
    address, _word, _valid = _address(channel)
    return (select(Customer.id, _reason(channel, category, kind), address)
            .where(where).order_by(Customer.id))


def decide(session: Session, channel: str, category: str,
           customer_ids: Iterable[int] | None = None, *, criteria: Criteria | None = None,
           kind: str = "manual") -> Audience:
    """Who of ``customer_ids`` (or of the segment ``criteria``, or of every customer not merged
    away when both are None) may receive a message of ``category`` by ``channel``, with the
    address to use; everyone else with the reason. Each customer appears once, by id."""
    _checked(kind)
    found = Audience()
    conn = session.connection()
    for where, asked in _selections(session, customer_ids, criteria):
        seen = set()
        for cid, reason, address in conn.execute(
                _rows(session, channel, category, kind, where)).fetchall():
            seen.add(cid)
            if reason is None:
                found.eligible.append((cid, address.strip()))
            else:
                found.excluded.append(Excluded(cid, reason))
        found.excluded.extend(Excluded(cid, "not_found") for cid in asked if cid not in seen)
    found.excluded.sort(key=lambda e: e.customer_id)
    return found


def count(session: Session, channel: str, category: str,
          customer_ids: Iterable[int] | None = None, *, criteria: Criteria | None = None,
          kind: str = "manual") -> tuple[int, Counter[str]]:
    """How many may receive it, and how many are left out for each reason (the preview)."""
    _checked(kind)
    eligible, reasons = 0, Counter()
    conn = session.connection()
    for where, asked in _selections(session, customer_ids, criteria):
        reason = _reason(channel, category, kind).label("reason")
        stmt = select(reason, func.count()).select_from(Customer).where(where).group_by(reason)
        counted = 0
        for code, n in conn.execute(stmt):
            counted += n
            if code is None:
                eligible += n
            else:
                reasons[code] += n
        if asked and counted < len(asked):
            reasons["not_found"] += len(asked) - counted
    return eligible, reasons


def withdrawn(session: Session, message_ids: Iterable[int]) -> dict[int, str]:
    """Of these messages, the ones whose customer may no longer receive them (consent taken
    back, switch turned off, blocked... since they were queued), with the reason code: the
    sender asks just before sending, so a scheduled message never outlives a "no"."""
    ids = sorted(set(message_ids))
    found: dict[int, str] = {}
    conn = session.connection()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        groups = conn.execute(select(Message.channel, Message.category, Message.kind)
                              .where(Message.id.in_(chunk)).distinct()).fetchall()
        for channel, category, kind in groups:
            if channel not in msg.CHANNEL_WORDS or kind not in KINDS:
                continue
            reason = _reason(channel, category, kind)
            stmt = (select(Message.id, reason).join(Customer, Customer.id == Message.customer_id)
                    .where(Message.id.in_(chunk), Message.channel == channel,
                           Message.category == category, Message.kind == kind,
                           reason.is_not(None)))
            found.update(conn.execute(stmt).fetchall())
    return found
