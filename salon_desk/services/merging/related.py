"""Everything that points at a customer, found from the models so no table is forgotten.

``customer_references()`` lists every foreign key to customers.id in ``Base.metadata``. Most
are moved as they are (appointments, sales, debts, vouchers...: ``move_rows``); the few in
``SPECIAL`` need a rule of their own, applied by services.merge. A table added later is moved
by the generic rule without anyone touching the merge (a test checks every key is covered).
"""

from __future__ import annotations

import base64
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, and_, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON, Date, DateTime, LargeBinary, Numeric

from salon_desk.models import Base
from salon_desk.services.errors import SalonError


class MergeRefused(SalonError):
    """A merge or its undo cannot be done; the message says why."""


# (table, column) -> why it is not simply moved.
SPECIAL = {
    ("customers", "merged_into_id"): "tombstones of earlier merges keep pointing to the record "
    "they were merged into; resolve_customer follows the chain",
    ("customer_badges", "customer_id"): "badges are combined (union)",
    ("customer_consents", "customer_id"): "the consent matrix is combined by the consent rule",
    ("customer_media", "customer_id"): "one photo and signature per customer: chosen, the "
    "others stay with the tombstone",
    ("merges", "kept_id"): "the history of earlier merges stays with the record it concerns",
    ("dismissed_pairs", "first_id"): "re-pointed to the kept record (lower id first)",
    ("dismissed_pairs", "second_id"): "re-pointed to the kept record (lower id first)",
    ("points_entries", "customer_id"): "moved, then the running totals recomputed in date order",
    ("forget_requests", "customer_id"): "the evidence stays with the record that was forgotten",
    ("retention_kept", "customer_id"): "a decision about one record: the kept record is "
    "reviewed on its own",
}
# Customer ids held without a foreign key, and why they are left alone.
UNLINKED = {
    ("imported_customers", "customer_id"): "the import that created or changed a record keeps "
    "pointing to it; undoing that import is refused once the record was merged",
}
# Names of what moves, for the summary (the UI translates them).
LABELS = {
    "appointments": "appointments", "sales": "sales", "debts": "debts",
    "cash_movements": "cash movements", "vouchers": "vouchers",
    "prepaid_cards": "prepaid cards", "loyalty_cards": "loyalty cards",
    "points_entries": "points movements", "budgets": "budgets", "documents": "documents",
    "notes": "notes", "patch_tests": "patch tests", "survey_responses": "surveys",
    "messages": "messages", "consent_events": "consent changes",
    "customer_badges": "badges",
}


def customer_references() -> list[tuple[Table, Column]]:
    """Every (table, column) with a foreign key to customers.id."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


def moved_references() -> list[tuple[Table, Column]]:
    """The references moved as they are (all but SPECIAL)."""
    return [(t, c) for t, c in customer_references() if (t.name, c.name) not in SPECIAL]


def label(table_name: str) -> str:
    return LABELS.get(table_name, table_name.replace("_", " "))


def count_related(session: Session, ids: list[int]) -> dict[str, int]:
    """How many rows of each kind point at these customers (what a merge would move)."""
    counts: dict[str, int] = {}
    for table, column in [*moved_references(),
                          *[(t, c) for t, c in customer_references()
                            if (t.name, c.name) == ("points_entries", "customer_id")]]:
        n = session.scalar(select(func.count()).select_from(table).where(column.in_(ids))) or 0
        if n:
            counts[label(table.name)] = counts.get(label(table.name), 0) + n
    return counts


def _pk(table: Table) -> list[Column]:
    return list(table.primary_key.columns)


def move_rows(session: Session, table: Table, column: Column, old_ids: list[int],
              new_id: int) -> list[list]:
    """Point every row of ``table`` whose ``column`` is one of ``old_ids`` at ``new_id``.
    Returns [[primary key values..., old value]] so the move can be undone."""
    pk = _pk(table)
    rows = session.execute(select(*pk, column).where(column.in_(old_ids))).all()
    if rows:
        session.execute(update(table).where(column.in_(old_ids)).values({column.name: new_id}))
    return [[*(_to_json(v) for v in row[:-1]), row[-1]] for row in rows]


def move_back(session: Session, table: Table, column: Column, moved: list[list],
              now_id: int) -> int:
    """Undo move_rows: each row still pointing at ``now_id`` goes back to its old customer."""
    pk = _pk(table)
    done = 0
    for entry in moved:
        *keys, old = entry
        values = [_from_json(c, v) for c, v in zip(pk, keys, strict=True)]
        cond = and_(*(c == v for c, v in zip(pk, values, strict=True)), column == now_id)
        done += session.execute(update(table).where(cond).values({column.name: old})).rowcount
    return done


def rows_of(session: Session, table: Table, column: Column, ids: list[int]) -> list[dict]:
    """Whole rows as JSON-ready dicts (for snapshots of the few tables merged by rule)."""
    return [{k: _to_json(v) for k, v in row.items()} for row in session.execute(
        select(table).where(column.in_(ids))).mappings()]


def restore_rows(table: Table, rows: list[dict]) -> list[dict]:
    """Snapshot dicts back to column values, ready for an insert."""
    return [{k: _from_json(table.c[k], v) for k, v in row.items()} for row in rows]


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _from_json(column: Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, JSON):
        return value
    impl = getattr(kind, "impl", kind)
    if isinstance(impl, DateTime) or isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Numeric) and getattr(kind, "asdecimal", True):
        return Decimal(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


to_json = _to_json
from_json = _from_json
