"""Changing many customers at once (the customer list's ticked rows): long jobs (services.jobs).

Each job writes in one transaction, the ids taken CHUNK at a time (SQLite limits the bound
parameters of a statement), and yields after each chunk; cancelled, nothing of it is kept.
Returns how many customers the change touched. Badge, category and active changes can be undone
until their customers change again (bulk_undo).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services import audit, notify
from salon_desk.services.customers import bulk_undo, records
from salon_desk.services.jobs import Job

CHUNK = 5000  # ids per statement


def _in_chunks(db: Database, ids: list[int], change: Callable[[Session, list[int]], int],
               undo: tuple[str, int | None, int | None] | None = None,
               tables: tuple[str, ...] = ("customers",)) -> Job[int]:
    """``undo`` (kind, value, badge id): the change is kept as the one an undo reverses
    (services.customers.bulk_undo), with what each customer had before it. ``tables``: what
    the change may write, told to the other desks once at the commit (services.notify)."""
    done = changed = 0
    with db.transaction() as session:
        notify.quietly(session, *tables)
        kept = bulk_undo.start(session, *undo) if undo else None
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            if kept is not None:
                bulk_undo.remember(session, kept, chunk)
            changed += change(session, chunk) or 0
            if kept is not None:
                bulk_undo.stamp(session, kept, chunk)
            done += len(chunk)
            yield done, len(ids)
        if kept is not None:
            audit.record(session, audit.BULK, entity="bulk_changes", entity_id=kept.id,
                         detail=f"{bulk_undo.describe(session, kept)}: {changed} of "
                                f"{len(ids)} customer(s) changed",
                         customer_ids=ids if len(ids) <= audit.PER_CUSTOMER_LIMIT else ())
    return changed


def undo_latest(db: Database) -> Job[int]:
    """Undo the latest bulk change (bulk_undo.undo_latest) as a long job; how many customers
    it gave back what they had."""
    yield 0, 0
    with db.transaction() as session:
        notify.quietly(session, "customers")
        return bulk_undo.undo_latest(session)


def delete_customers(db: Database, ids: list[int]) -> Job[int]:
    """Delete the customers and everything recorded about them (their appointments and
    sales go with them: the other desks' schedules and takings reload too)."""
    return _in_chunks(db, ids, records.delete_customers,
                      tables=("customers", "appointments", "sales"))


def set_active(db: Database, ids: list[int], active: bool) -> Job[int]:
    return _in_chunks(db, ids, lambda session, chunk: records.set_active(session, chunk, active),
                      ("active", int(active), None))


def set_badge(db: Database, ids: list[int], badge_id: int, on: bool) -> Job[int]:
    """Give the customers the badge (``on``) or take it from them."""
    return _in_chunks(db, ids,
                      lambda session, chunk: records.set_badge(session, chunk, badge_id, on),
                      ("badge", int(on), badge_id))


def set_category(db: Database, ids: list[int], category_id: int | None) -> Job[int]:
    """Put the customers in the category (None: take them out of any)."""
    return _in_chunks(db, ids,
                      lambda session, chunk: records.set_category(session, chunk, category_id),
                      ("category", category_id, None))
