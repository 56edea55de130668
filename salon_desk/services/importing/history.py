"""The imports made so far, and undoing one while its customers are unchanged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from salon_desk.models import (
    Base,
    ConsentEvent,
    Customer,
    CustomerConsent,
    ImportBatch,
    ImportedCustomer,
    customer_badges,
    utcnow,
)
from salon_desk.models.db import Database
from salon_desk.models.search_index import remove_from_index, write_index
from salon_desk.services import audit, notify
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError, get_or_not_found
from salon_desk.services.jobs import Job
from salon_desk.services.importing.undo_data import from_json, is_column
from salon_desk.services.texts import Text

# Tables whose rows tie a customer to the salon's history: an imported customer who has any
# of these since the import is no longer "unchanged".
_OWN_TABLES = {"customers", "customer_consents", "consent_events", "customer_badges",
               "imported_customers", "dismissed_pairs", "merges"}


class UndoRefused(SalonError):
    def __init__(self, message: str, customers: list[tuple[int, str, str]]) -> None:
        super().__init__(message)
        self.customers = customers  # (id, name, why)


@dataclass
class BatchInfo:
    id: int
    file_name: str
    imported_at: dt.datetime
    imported_by: str
    rows: int
    imported: int
    updated: int
    skipped: int
    rejected: int
    undone_at: dt.datetime | None
    errors_file: str | None

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None and (self.imported + self.updated) > 0


def list_batches(session: Session) -> list[BatchInfo]:
    out = []
    for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())):
        out.append(BatchInfo(b.id, b.file_name, b.imported_at, b.imported_by, b.rows,
                             b.imported, b.updated, b.skipped, b.rejected, b.undone_at,
                             (b.options or {}).get("errors_file")))
    return out


def _history_tables() -> list[Table]:
    return [t for name, t in Base.metadata.tables.items()
            if name not in _OWN_TABLES and "customer_id" in t.c]


def check_undo(session: Session, batch_id: int) -> list[tuple[int, str, str]]:
    """Customers of the import changed since: (id, name, what changed). Empty: undo is safe."""
    batch = get_or_not_found(session, ImportBatch, batch_id, msg.IMPORT_NOT_FOUND)
    if batch.undone_at is not None:
        raise SalonError(Text(msg.IMPORT_ALREADY_UNDONE, id=batch_id))
    ic = ImportedCustomer.__table__.c
    c = Customer.__table__.c
    changed: list[tuple[int, str, str]] = []
    rows = session.execute(
        select(ic.customer_id, ic.created, ic.stamp, c.first_name, c.last_name, c.updated_at,
               c.merged_into_id)
        .join(Customer.__table__, c.id == ic.customer_id)
        .where(ic.batch_id == batch_id))
    created_ids = []
    for cid, created, stamp, first, last, updated_at, merged in rows:
        name = f"{first} {last}".strip()
        if merged is not None:
            changed.append((cid, name, Text(msg.IMPORT_UNDO_MERGED)))
        elif stamp is not None and updated_at != stamp:
            changed.append((cid, name, Text(msg.IMPORT_UNDO_EDITED)))
        elif created:
            created_ids.append((cid, name))
    names = dict(created_ids)
    ids = list(names)
    for table in _history_tables():
        for start in range(0, len(ids), 5000):
            chunk = ids[start:start + 5000]
            for (cid,) in session.execute(select(table.c.customer_id).where(
                    table.c.customer_id.in_(chunk)).group_by(table.c.customer_id)):
                label = table.name.replace("_", " ")
                changed.append((cid, names[cid], Text(msg.IMPORT_UNDO_HISTORY, records=label)))
                names.pop(cid, None)
        ids = list(names)
    return changed


def undo_import(session: Session, batch_id: int) -> tuple[int, int]:
    """Delete the customers the import created, restore those it filled in.

    Refused (UndoRefused, with the list) when any of them changed since the import.
    Returns (customers deleted, customers restored).
    """
    changed = check_undo(session, batch_id)
    if changed:
        lines = [Text(msg.IMPORT_UNDO_CUSTOMER, id=cid, name=name, why=why)
                 for cid, name, why in changed[:20]]
        if len(changed) > 20:
            lines.append(Text(msg.IMPORT_UNDO_MORE, n=len(changed) - 20))
        raise UndoRefused(Text(msg.IMPORT_UNDO_REFUSED, id=batch_id, n=len(changed),
                               listed=Text.joined(lines, "\n  ")), changed)
    conn = session.connection()
    ic = ImportedCustomer.__table__.c
    created = list(session.scalars(select(ic.customer_id).where(
        ic.batch_id == batch_id, ic.created.is_(True))))
    table = Customer.__table__
    for start in range(0, len(created), 5000):
        chunk = created[start:start + 5000]
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
        remove_from_index(conn, chunk)
    restored = 0
    now = utcnow()
    for cid, previous in session.execute(select(ic.customer_id, ic.previous).where(
            ic.batch_id == batch_id, ic.created.is_(False))).all():
        previous = previous or {}
        values = {k: from_json(k, v) for k, v in previous.items() if is_column(k)}
        conn.execute(update(table).where(table.c.id == cid).values(**values, updated_at=now,
                                                                   version=table.c.version + 1))
        for badge_id in previous.get("_badges_added", []):
            conn.execute(delete(customer_badges).where(customer_badges.c.customer_id == cid,
                                                       customer_badges.c.badge_id == badge_id))
        for category, channel in previous.get("_consents_added", []):
            for model in (CustomerConsent, ConsentEvent):
                t = model.__table__
                stmt = delete(t).where(t.c.customer_id == cid, t.c.category == category,
                                       t.c.channel == channel)
                if model is ConsentEvent:
                    stmt = stmt.where(t.c.source == "import")
                conn.execute(stmt)
        row = conn.execute(select(table).where(table.c.id == cid)).one()
        write_index(conn, [SimpleNamespace(**row._mapping)])
        restored += 1
    conn.execute(update(ImportBatch.__table__).where(ImportBatch.__table__.c.id == batch_id)
                 .values(undone_at=now))
    session.expire_all()
    audit.record(session, audit.UNDO, entity="import_batches", entity_id=batch_id,
                 detail=f"import {batch_id} undone: {len(created)} customer(s) deleted, "
                        f"{restored} restored")
    return len(created), restored



def undo_import_job(db: Database, batch_id: int) -> Job[tuple[int, int]]:
    """undo_import in a transaction of its own, as a long job (services.jobs): busy until
    done; returns (customers deleted, customers restored)."""
    yield 0, 0
    with db.transaction() as session:
        notify.quietly(session, "customers")  # one notice for the customers it deletes
        return undo_import(session, batch_id)
