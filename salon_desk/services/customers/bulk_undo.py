"""Undoing the customer list's latest bulk change (services.customers.bulk).

A bulk change keeps, for each customer it named, what that customer had before (the category,
having the badge, being active) and its updated_at right after the change (the house pattern of
imports, services.importing.undo_data). Only the latest bulk change is kept, and it can be
undone until one of its customers changes again: one whose value is no longer what the change
set, or whose record was saved since. Everything runs in SQL, whatever the number of customers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, and_, cast, delete, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from salon_desk.models import (Badge, BulkChange, BulkChangedCustomer, Customer,
                               CustomerCategory, customer_badges, utcnow)
from salon_desk.services import audit
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

KINDS = ("badge", "category", "active")


class UndoRefused(SalonError):
    """The bulk change cannot be undone; the message says why."""


def _value(change: BulkChange) -> ColumnElement:
    """What the customer has now, in the terms of the change's ``before`` column."""
    if change.kind == "category":
        return Customer.category_id
    if change.kind == "active":
        return cast(Customer.active, Integer)
    return cast(exists().where(customer_badges.c.customer_id == Customer.id,
                               customer_badges.c.badge_id == change.badge_id), Integer)


def start(session: Session, kind: str, value: int | None, badge_id: int | None = None
          ) -> BulkChange:
    """A new bulk change, in place of the one kept before (only the latest is undone)."""
    session.execute(delete(BulkChangedCustomer))
    session.execute(delete(BulkChange))
    change = BulkChange(kind=kind, value=value, badge_id=badge_id, made_at=utcnow())
    session.add(change)
    session.flush()
    return change


def remember(session: Session, change: BulkChange, ids: list[int]) -> None:
    """What these customers have before the change."""
    session.execute(insert(BulkChangedCustomer).from_select(
        ["change_id", "customer_id", "before"],
        select(literal(change.id), Customer.id, _value(change)).where(Customer.id.in_(ids))))


def stamp(session: Session, change: BulkChange, ids: list[int]) -> None:
    """Their updated_at right after the change."""
    session.execute(update(BulkChangedCustomer).where(
        BulkChangedCustomer.change_id == change.id, BulkChangedCustomer.customer_id.in_(ids))
        .values(stamp=select(Customer.updated_at).where(
            Customer.id == BulkChangedCustomer.customer_id).scalar_subquery()))


def latest(session: Session) -> BulkChange | None:
    return session.scalar(select(BulkChange).order_by(BulkChange.id.desc()).limit(1))


def changed_since(session: Session, change: BulkChange) -> int:
    """How many of the change's customers changed again since."""
    row = BulkChangedCustomer
    return session.scalar(select(func.count()).select_from(row).join(
        Customer, Customer.id == row.customer_id).where(
        row.change_id == change.id,
        (Customer.updated_at != row.stamp) | _value(change).is_distinct_from(change.value)))


def _count(session: Session, change: BulkChange) -> int:
    return session.scalar(select(func.count()).select_from(BulkChangedCustomer).where(
        BulkChangedCustomer.change_id == change.id))


@dataclass(frozen=True)
class Pending:
    """The latest bulk change, as its undo is named: ``kind`` and ``value`` as BulkChange's,
    ``name`` the badge's or the category's (None for no category), ``count`` its customers."""

    kind: str
    value: int | None
    name: str | None
    count: int


def pending(session: Session) -> Pending | None:
    """The bulk change an undo would reverse, or None when there is none."""
    change = latest(session)
    if change is None:
        return None
    return Pending(change.kind, change.value, _name(session, change), _count(session, change))


def _name(session: Session, change: BulkChange) -> str | None:
    """The badge's or the category's name (None for no category)."""
    if change.kind == "badge":
        return session.scalar(select(Badge.name).where(Badge.id == change.badge_id))
    if change.kind == "category" and change.value is not None:
        return session.scalar(select(CustomerCategory.name)
                              .where(CustomerCategory.id == change.value))
    return None


def refusal(session: Session) -> Text | None:
    """Why the latest bulk change cannot be undone now, or None when it can."""
    change = latest(session)
    if change is None:
        return Text(msg.BULK_UNDO_NOTHING)
    changed = changed_since(session, change)
    if changed:
        total = _count(session, change)
        return Text(msg.BULK_UNDO_CHANGED_SINCE, count=changed, n=total)
    return None


def _named(change: BulkChange, before: int | None):
    """The ids of the change's customers that had ``before``, as a subquery."""
    row = BulkChangedCustomer
    return select(row.customer_id).where(row.change_id == change.id,
                                         row.before.is_not_distinct_from(before))


def _restore(session: Session, change: BulkChange, before: int | None) -> None:
    ids = _named(change, before)
    if change.kind == "badge":
        badges = customer_badges.c
        if before:
            session.execute(customer_badges.insert().from_select(
                ["customer_id", "badge_id"],
                select(BulkChangedCustomer.customer_id, literal(change.badge_id)).where(
                    BulkChangedCustomer.change_id == change.id, BulkChangedCustomer.before == 1,
                    ~exists().where(and_(badges.customer_id == BulkChangedCustomer.customer_id,
                                         badges.badge_id == change.badge_id)))))
        else:
            session.execute(delete(customer_badges).where(
                badges.badge_id == change.badge_id, badges.customer_id.in_(ids)))
        return
    column = "category_id" if change.kind == "category" else "active"
    value = before if change.kind == "category" else bool(before)
    session.execute(update(Customer).where(Customer.id.in_(ids))
                    .values({column: value, "updated_at": utcnow(),
                             "version": Customer.version + 1}))


def undo_latest(session: Session) -> int:
    """Give the latest bulk change's customers back what they had; how many they were.
    Raises UndoRefused, worded, when there is none or one of them changed since."""
    why = refusal(session)
    if why is not None:
        raise UndoRefused(why)
    change = latest(session)
    befores = list(session.scalars(select(BulkChangedCustomer.before).where(
        BulkChangedCustomer.change_id == change.id).distinct()))
    total = _count(session, change)
    audit.record(session, audit.UNDO, entity="bulk_changes", entity_id=change.id,
                 detail=f"{describe(session, change)} undone on {total} customer(s)",
                 customer_ids=customer_ids(session) if total <= audit.PER_CUSTOMER_LIMIT
                 else ())
    for before in befores:
        _restore(session, change, before)
    session.execute(delete(BulkChangedCustomer).where(BulkChangedCustomer.change_id == change.id))
    session.delete(change)
    return total


def describe(session: Session, change: BulkChange) -> str:
    """What the change did, for the audit trail (stored in English, as its other rows)."""
    name = _name(session, change)
    if change.kind == "badge":
        return f"badge “{name}” {'given' if change.value else 'taken away'}"
    if change.kind == "category":
        return f"category set to “{name}”" if change.value is not None else "category removed"
    return "set active" if change.value else "set inactive"


def customer_ids(session: Session) -> list[int]:
    """The customers the latest bulk change named (none when there is none)."""
    return list(session.scalars(select(BulkChangedCustomer.customer_id).join(
        BulkChange, BulkChange.id == BulkChangedCustomer.change_id)
        .order_by(BulkChangedCustomer.customer_id)))
