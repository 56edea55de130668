"""The audit trail: every change to customers, consent, money, bookings, staff and settings, who
made it and when, in an append-only table whose rows are chained by sha256.

Changes made through the ORM are written by a session hook after each flush (one row per
changed row, its fields' values before and after kept in ``audit_values``); what is done in bulk
with plain SQL (deleting, merging, importing, exporting, bulk changes) writes one summary row
through ``record``. Importing this module turns the hook on for every session of the process.

Each row's hash covers the previous row's hash, its own columns and the hash of its values, so
``verify`` finds a row edited, inserted or removed outside the app. The values of a forgotten
customer are erased (``erase_values``) and their hash kept, so the chain still holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, event, func, insert, inspect, select, text
from sqlalchemy.orm import Session

from salon_desk import models as m
from salon_desk.models.audit import AuditEntry, AuditValues
from salon_desk.models.db import Database
from salon_desk.models.opening import is_sqlite
from salon_desk.services import audit_pending as pending
from salon_desk.services import permissions

INSERT, UPDATE, DELETE = "insert", "update", "delete"
SIGN_IN, SIGN_IN_FAILED, SIGN_OUT = "sign_in", "sign_in_failed", "sign_out"
MERGE, UNDO, EXPORT, IMPORT, BULK = "merge", "undo", "export", "import", "bulk_change"
FORGET = "forget"  # the values of the customer's earlier rows were erased

# The models whose rows are audited field by field.
AUDITED: tuple[type, ...] = (
    m.Customer, m.CustomerConsent, m.ConsentEvent, m.CustomerMedia, m.Sale, m.SaleLine,
    m.Payment, m.Debt, m.DebtPayment, m.Voucher, m.VoucherUse, m.PrepaidCard, m.LoyaltyCard,
    m.PointsEntry, m.CashMovement, m.Appointment, m.Note, m.PatchTest, m.Document, m.Message,
    m.Badge, m.Staff, m.Setting,
    # prices and what a card or a quote is worth
    m.PrepaidCardType, m.Service, m.Product, m.Package, m.PackageItem, m.Budget, m.BudgetLine,
)
# Said to have changed, never with their values.
SECRET_FIELDS = frozenset({"pin_hash", "password_hash"})
UNAUDITED_FIELDS = frozenset({"created_at", "updated_at", "failed_signins", "sort_name"})
TRAIL_LOCK = 7_460_001  # the advisory lock a server holds while a transaction appends to the trail
QUIET = "audit_quiet"  # session.info key: a bulk job that writes its own summary row
# Work on more customers than this (an export, a bulk change) writes only its summary row;
# on fewer, a row for each customer too, shown in their record's History.
PER_CUSTOMER_LIMIT = 1000
WAIT_S = 2.0  # how long a finished export's row waits for another writer before it is left
# pending beside the database for the next write to take in (record_soon)


@dataclass(frozen=True)
class Change:
    action: str
    entity: str = ""
    entity_id: int | None = None
    customer_id: int | None = None
    fields: str = ""
    detail: str = ""
    changes: dict[str, list[object]] | None = None
    # A row written later than the work it records (a pending export row): its own time and
    # who did it, instead of the writer's.
    at: dt.datetime | None = None
    by: tuple[int | None, str] | None = None


@dataclass(frozen=True)
class Row:
    id: int
    at: dt.datetime
    who: str
    action: str
    entity: str
    entity_id: int | None
    customer_id: int | None
    fields: str
    detail: str
    changes: dict[str, list[object]] | None


# ------------------------------------------------------------------------------ writing
def _plain(value: object) -> object:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


# Rows whose customer is their parent's: (the foreign key, the parent's model). Their values
# (a payment's description, a session's note) must be shown in the customer's History and
# erased when the customer is forgotten.
_PARENTS: dict[type, tuple[str, type]] = {
    m.SaleLine: ("sale_id", m.Sale), m.Payment: ("sale_id", m.Sale),
    m.DebtPayment: ("debt_id", m.Debt), m.VoucherUse: ("voucher_id", m.Voucher),
}


def _customer_of(session: Session, row: object) -> int | None:
    if isinstance(row, m.Customer):
        return row.id
    value = getattr(row, "customer_id", None)
    parent = _PARENTS.get(type(row))
    if value is None and parent is not None:
        key = getattr(row, parent[0], None)
        owner = session.get(parent[1], key) if isinstance(key, int) else None
        value = getattr(owner, "customer_id", None)
    return value if isinstance(value, int) else None


def _change_of(session: Session, row: object, action: str) -> Change | None:
    state = inspect(row)
    changes: dict[str, list[object]] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in UNAUDITED_FIELDS:
            continue
        history = state.attrs[name].history
        if action == UPDATE and not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else (
            history.unchanged[0] if history.unchanged else None)
        if action == INSERT and after is None:
            continue
        if action == DELETE:
            before, after = after, None
        secret = name in SECRET_FIELDS
        changes[name] = ["*" if secret else _plain(before), "*" if secret else _plain(after)]
    if action == UPDATE and not changes:
        return None
    identity = state.identity
    entity_id = identity[0] if identity and isinstance(identity[0], int) else None
    return Change(action, state.mapper.local_table.name, entity_id, _customer_of(session, row),
                  ",".join(changes), changes=changes)


def _after_flush(session: Session, _context: object) -> None:
    if session.info.get(QUIET):
        return
    found: list[Change] = []
    for rows, action in ((session.new, INSERT), (session.dirty, UPDATE),
                         (session.deleted, DELETE)):
        for row in rows:
            if isinstance(row, AUDITED) and (action != UPDATE or session.is_modified(row)):
                change = _change_of(session, row, action)
                if change is not None:
                    found.append(change)
    if found:
        write(session.connection(), found)


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _stamp(at: dt.datetime) -> str:
    """The time as SQLite stores it (naive UTC), which is what the hash covers."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def write(connection: Connection, changes: Iterable[Change]) -> None:
    """Append ``changes`` to the trail, each chained to the row before it (after the rows
    kept pending beside the database, see ``record_soon``)."""
    changes = [*pending.take(connection, _change_from), *changes]
    if not is_sqlite(connection):
        # On a server two desks append at once: the trail's end is taken until this
        # transaction ends, so they chain one after the other (SQLite's write lock does this).
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": TRAIL_LOCK})
    last = connection.execute(text(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    row_id, prev = (last[0], last[1]) if last else (0, "")
    actor = permissions.current()
    now = dt.datetime.now(dt.UTC)
    entries, values = [], []
    for change in changes:
        row_id += 1
        changes_json = (json.dumps(change.changes, ensure_ascii=False, sort_keys=True)
                        if change.changes is not None else "")
        values_hash = hashlib.sha256(changes_json.encode()).hexdigest() if changes_json else ""
        at = change.at or now
        staff_id, who = change.by or (actor.staff_id, actor.name)
        entry = {"id": row_id, "at": at, "staff_id": staff_id, "who": who,
                 "action": change.action, "entity": change.entity,
                 "entity_id": change.entity_id, "customer_id": change.customer_id,
                 "fields": change.fields, "detail": change.detail,
                 "values_hash": values_hash, "prev_hash": prev}
        prev = entry["hash"] = _row_hash(entry, _stamp(at))
        entries.append(entry)
        if changes_json:
            values.append({"audit_id": row_id, "customer_id": change.customer_id,
                           "changes": changes_json})
    if entries:
        connection.execute(insert(AuditEntry), entries)
    if values:
        connection.execute(insert(AuditValues), values)


def _row_hash(entry: dict, stamp: str) -> str:
    return _digest(entry["prev_hash"], entry["id"], stamp, entry["staff_id"], entry["who"],
                   entry["action"], entry["entity"], entry["entity_id"], entry["customer_id"],
                   entry["fields"], entry["detail"], entry["values_hash"])


def record(session: Session, action: str, *, entity: str = "", entity_id: int | None = None,
           customer_id: int | None = None, detail: str = "",
           customer_ids: Iterable[int] = ()) -> None:
    """Append one row saying what was done (an export, a merge, a sign-in, a bulk change);
    ``customer_ids`` adds one row for each customer it touched (kept short: a large bulk change
    or import writes only its summary)."""
    session.flush()
    changes = [Change(action, entity, entity_id, customer_id, "", detail)]
    changes += [Change(action, entity, entity_id, cid, "", detail) for cid in customer_ids]
    write(session.connection(), changes)


def record_soon(db: Database, action: str, *, entity: str = "", entity_id: int | None = None,
                customer_id: int | None = None, detail: str = "",
                customer_ids: Iterable[int] = ()) -> bool:
    """``record`` for work that is done and must never wait for its row: an export (a read)
    while another program holds the write lock for minutes. The rows are first kept whole in
    a file beside the database, then written in a transaction of their own that waits at most
    ``WAIT_S``; when the other writer keeps the lock longer, the file stays and the next
    audited write of any window or program takes it in, with the export's own time and who
    did it. True when the rows are in the trail now."""
    actor = permissions.current()
    by, at = (actor.staff_id, actor.name), dt.datetime.now(dt.UTC)
    found = [Change(action, entity, entity_id, cid, "", detail, at=at, by=by)
             for cid in (customer_id, *customer_ids)]
    path = getattr(db, "path", None)
    if path is None or not pending.keep(Path(path), [_change_dict(c) for c in found]):
        with db.transaction() as session:  # a salon server, or no file could be written
            write(session.connection(), found)
        return True
    return pending.write_now(Path(path), WAIT_S, lambda connection: write(connection, []))


def _change_dict(change: Change) -> dict:
    plain = asdict(change)
    plain["at"] = change.at.isoformat() if change.at else None
    return plain


def _change_from(plain: dict) -> Change:
    at = dt.datetime.fromisoformat(plain["at"]) if plain.get("at") else None
    by = tuple(plain["by"]) if plain.get("by") else None
    return Change(**{**plain, "at": at, "by": by})


def erase_values(session: Session, customer_id: int) -> None:
    """Forget a customer's values in the trail (their name, contacts...), keeping the rows and
    the values' hashes so that the chain still verifies; says so in a row of its own."""
    session.flush()
    connection = session.connection()
    connection.execute(text("DELETE FROM audit_values WHERE customer_id = :c"),
                       {"c": customer_id})
    write(connection, [Change(FORGET, "customers", customer_id, customer_id)])


event.listen(Session, "after_flush", _after_flush)


# ------------------------------------------------------------------------------ reading
@dataclass(frozen=True)
class Filter:
    """Which rows: who did it (any case), what (an action, a table), when (UTC, ``since``
    included, ``until`` not), about which customer."""

    customer_id: int | None = None
    who: str = ""
    action: str = ""
    entity: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None


def _where(query, f: Filter):
    if f.customer_id is not None:
        query = query.where(AuditEntry.customer_id == f.customer_id)
    if f.who:
        query = query.where(func.lower(AuditEntry.who) == f.who.lower())
    if f.action:
        query = query.where(AuditEntry.action == f.action)
    if f.entity:
        query = query.where(AuditEntry.entity == f.entity)
    if f.since is not None:
        query = query.where(AuditEntry.at >= _naive_utc(f.since))
    if f.until is not None:
        query = query.where(AuditEntry.at < _naive_utc(f.until))
    return query


def _naive_utc(when: dt.datetime) -> dt.datetime:
    """As the column holds it: UTC without a zone (an aware time is converted first)."""
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def search(session: Session, f: Filter, *, below: int | None = None, limit: int | None = None
           ) -> list[Row]:
    """The rows ``f`` lets through, newest first: ``limit`` of them, of ids below ``below``
    (a page after the one that ended there: as fast on the millionth row as on the first)."""
    query = _where(select(AuditEntry, AuditValues.changes)
                   .outerjoin(AuditValues, AuditValues.audit_id == AuditEntry.id)
                   .order_by(AuditEntry.id.desc()), f)
    if below is not None:
        query = query.where(AuditEntry.id < below)
    if limit is not None:
        query = query.limit(limit)
    return [Row(e.id, e.at, e.who, e.action, e.entity, e.entity_id, e.customer_id, e.fields,
                e.detail, json.loads(changes) if changes else None)
            for e, changes in session.execute(query)]


def count(session: Session, f: Filter) -> int:
    return session.scalar(_where(select(func.count()).select_from(AuditEntry), f)) or 0


# What the rows name besides the audited tables' own rows (record's and summary rows).
SUMMARY_ENTITIES = ("audit_log", "bulk_changes", "customers", "import_batches", "merges",
                    "staff")
ACTIONS = (INSERT, UPDATE, DELETE, MERGE, UNDO, EXPORT, IMPORT, BULK, FORGET, SIGN_IN,
           SIGN_IN_FAILED, SIGN_OUT)


def choices(session: Session) -> tuple[list[str], list[str], list[str]]:
    """For the filters: who may appear in the trail (every staff member, and "owner" for the
    app with sign-in off), the actions and the tables. Taken from the staff table and the
    code, not from the trail: a DISTINCT over 100,000 rows took 270 ms."""
    people = {"owner", *session.scalars(select(m.Staff.name))}
    tables = {model.__table__.name for model in AUDITED} | set(SUMMARY_ENTITIES)
    return sorted(people, key=str.casefold), list(ACTIONS), sorted(tables)


def rows(session: Session, customer_id: int | None = None, *, who: str = "",
         action: str = "", since: dt.datetime | None = None, until: dt.datetime | None = None,
         limit: int | None = None) -> list[Row]:
    """Audit rows, newest first, filtered by customer, who, what and when."""
    return search(session, Filter(customer_id, who, action, "", since, until), limit=limit)


def verify(session: Session) -> int | None:
    """The id of the first row that does not match the chain (edited, added or removed
    outside the app), or None when the whole trail holds."""
    for row_id, problem in _check(session):
        if problem:
            return row_id
    return None


def _check(session: Session) -> Iterator[tuple[int, bool]]:
    connection = session.connection()
    forgotten = {cid for (cid,) in connection.execute(text(
        "SELECT customer_id FROM audit_log WHERE action = :a"), {"a": FORGET})}
    result = connection.execute(text(
        "SELECT l.id, l.at, l.staff_id, l.who, l.action, l.entity, l.entity_id, l.customer_id,"
        " l.fields, l.detail, l.values_hash, l.prev_hash, l.hash, v.changes"
        " FROM audit_log l LEFT JOIN audit_values v ON v.audit_id = l.id ORDER BY l.id"))
    prev, expected_id = "", 1
    for row in result:
        entry = dict(row._mapping)
        stamp = str(entry["at"])
        ok = (entry["id"] == expected_id and entry["prev_hash"] == prev
              and _row_hash(entry, stamp) == entry["hash"]
              and _values_hold(entry, forgotten))
        yield entry["id"], not ok
        prev, expected_id = entry["hash"], entry["id"] + 1


def _values_hold(entry: dict, forgotten: set[int]) -> bool:
    changes = entry["changes"]
    if changes is None:
        return not entry["values_hash"] or entry["customer_id"] in forgotten
    return hashlib.sha256(changes.encode()).hexdigest() == entry["values_hash"]
