"""Undoing the latest merge of a customer from the snapshot its Merge row keeps.

Only the latest merge into a record can be undone, and only while the records it merged
are still its tombstones. Rows that moved go back to the record they came from (those added
to the kept record since stay with it); the kept record's fields get their old values back,
except fields edited since the merge, which keep the newer value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from salon_desk.models import (Base, ConsentEvent, Customer, CustomerConsent, CustomerMedia,
    DismissedPair, Merge, PointsEntry, customer_badges, utcnow)
from salon_desk.services import audit, permissions
from salon_desk.services import error_texts as msg
from salon_desk.services.merging import related
from salon_desk.services.merging.related import MergeRefused
from salon_desk.services.texts import Text

# Columns an undo never writes back.
_OWN_COLUMNS = {"id", "created_at", "updated_at", "merged_into_id", "sort_name", "version"}


@dataclass
class UndoResult:
    merge: Merge
    restored_ids: list[int]
    kept_edits: list[str] = field(default_factory=list)  # fields edited since, left as they are


def recompute_points(session: Session, customer_id: int) -> None:
    """Running totals of the ledger in date order (ties by id), after joining ledgers."""
    t = PointsEntry.__table__
    total = 0
    updates = []
    for entry_id, points, balance in session.execute(
            select(t.c.id, t.c.points, t.c.balance).where(t.c.customer_id == customer_id)
            .order_by(t.c.at, t.c.id)):
        total += points
        if balance != total:
            updates.append((entry_id, total))
    if updates:  # one statement for them all: a merge of thousands of ledgers
        session.connection().execute(
            update(t).where(t.c.id == bindparam("entry_id")).values(
                balance=bindparam("new_balance")),
            [{"entry_id": i, "new_balance": value} for i, value in updates])


def latest_merge(session: Session, customer_id: int) -> Merge | None:
    """The merge an undo would reverse for this record: the latest one into it, or the one
    that merged it away."""
    found = session.scalar(select(Merge).where(Merge.kept_id == customer_id,
                                               Merge.undone_at.is_(None))
                           .order_by(Merge.merged_at.desc(), Merge.id.desc()).limit(1))
    if found is not None:
        return found
    customer = session.get(Customer, customer_id)
    if customer is None or customer.merged_into_id is None:
        return None
    for m in session.scalars(select(Merge).where(Merge.kept_id == customer.merged_into_id,
                                                 Merge.undone_at.is_(None))
                             .order_by(Merge.merged_at.desc(), Merge.id.desc())):
        if customer_id in m.merged_ids:
            return m
    return None


def undo_refusal(session: Session, merge_row: Merge) -> Text | None:
    """Why this merge cannot be undone now, or None when it can."""
    if merge_row.undone_at is not None:
        return Text(msg.UNDO_ALREADY_UNDONE, day=merge_row.undone_at.astimezone().date())
    kept = session.get(Customer, merge_row.kept_id)
    if kept is None:
        return Text(msg.UNDO_KEPT_GONE, id=merge_row.kept_id)
    if kept.merged_into_id is not None:
        return Text(msg.UNDO_KEPT_MERGED, id=kept.id, into=kept.merged_into_id)
    later = session.scalar(select(Merge).where(
        Merge.kept_id == merge_row.kept_id, Merge.undone_at.is_(None),
        or_(Merge.merged_at > merge_row.merged_at,
            (Merge.merged_at == merge_row.merged_at) & (Merge.id > merge_row.id)))
        .order_by(Merge.merged_at.desc()).limit(1))
    if later is not None:
        return Text(msg.UNDO_NOT_LATEST, id=kept.id, when=later.merged_at,
                    merged=", ".join(f"#{i}" for i in later.merged_ids))
    for cid in merge_row.merged_ids:
        other = session.get(Customer, cid)
        if other is None:
            return Text(msg.UNDO_CUSTOMER_DELETED, id=cid)
        if other.merged_into_id != merge_row.kept_id:
            return Text(msg.UNDO_CUSTOMER_CHANGED, id=cid)
    return None


def can_undo(session: Session, customer_id: int) -> bool:
    m = latest_merge(session, customer_id)
    return m is not None and undo_refusal(session, m) is None


def undo_last_merge(session: Session, customer_id: int, by: str = "") -> UndoResult:
    """Undo the latest merge of this record (the one into it, or the one that merged it
    away). Refused, with the reason, when that is not possible."""
    found = latest_merge(session, customer_id)
    if found is None:
        raise MergeRefused(Text(msg.MERGE_NOTHING_TO_UNDO, id=customer_id))
    return undo_merge(session, found, by)


def undo_merge(session: Session, merge_row: Merge, by: str = "") -> UndoResult:
    permissions.require(permissions.MERGE)
    why = undo_refusal(session, merge_row)
    if why:
        raise MergeRefused(why)
    snap = merge_row.snapshot
    keep = merge_row.kept_id
    others = list(merge_row.merged_ids)
    audit.record(session, audit.UNDO, entity="merges", entity_id=merge_row.id,
                 detail=f"merge into {keep} undone", customer_ids=[keep, *others])
    session.flush()
    for table_name, columns in snap.get("moved", {}).items():
        table = Base.metadata.tables.get(table_name)
        if table is None:
            continue
        for column_name, moved in columns.items():
            related.move_back(session, table, table.c[column_name], moved, keep)
    points = PointsEntry.__table__
    related.move_back(session, points, points.c.customer_id, snap.get("points", []), keep)
    for cid in (keep, *others):
        recompute_points(session, cid)
    if snap.get("badges_added"):
        session.execute(delete(customer_badges).where(
            customer_badges.c.customer_id == keep,
            customer_badges.c.badge_id.in_(snap["badges_added"])))
    _restore_consents(session, keep, snap.get("consents_before", []))
    _restore_dismissed(session, snap.get("dismissed", []), snap.get("dismissed_added", []))
    _restore_media(session, keep, snap.get("media_before", []))
    kept_edits = _restore_customers(session, keep, others, snap)
    merge_row.undone_at = utcnow()
    note = f"Undone {merge_row.undone_at.astimezone():%d/%m/%Y %H:%M}"
    merge_row.summary = f"{merge_row.summary}\n{note}{f' by {by}' if by else ''}"
    session.flush()
    session.expire_all()
    return UndoResult(merge_row, others, kept_edits)


def _restore_customers(session: Session, keep: int, others: list[int], snap: dict) -> list[str]:
    table = Customer.__table__
    before = snap["customers"]
    after = snap.get("kept_after", {})
    kept = session.get(Customer, keep)
    current = session.execute(select(table).where(table.c.id == keep)).mappings().one()
    edited = []
    for name, old in before[str(keep)].items():
        if name in _OWN_COLUMNS or name not in table.c:
            continue
        now_json = related.to_json(current[name])
        if name in after and now_json != after[name]:
            edited.append(name)  # changed by hand since the merge: keep the newer value
            continue
        setattr(kept, name, related.from_json(table.c[name], old))
    for cid in others:
        customer = session.get(Customer, cid)
        old = before[str(cid)]
        customer.merged_into_id = None
        customer.active = related.from_json(table.c.active, old["active"])
    session.flush()
    return edited


def _restore_consents(session: Session, keep: int, rows: list[dict]) -> None:
    t = CustomerConsent.__table__
    wanted = {(r["category"], r["channel"]): r for r in related.restore_rows(t, rows)}
    now = utcnow()
    for row in session.execute(select(t).where(t.c.customer_id == keep)).mappings().all():
        key = (row["category"], row["channel"])
        old = wanted.pop(key, None)
        if old is None:
            session.execute(delete(t).where(t.c.id == row["id"]))
        elif old["granted"] != row["granted"]:
            session.execute(update(t).where(t.c.id == row["id"]).values(
                granted=old["granted"], changed_at=old["changed_at"]))
        else:
            continue
        granted = bool(old["granted"]) if old is not None else False
        session.add(ConsentEvent(customer_id=keep, category=key[0], channel=key[1],
                                 granted=granted, at=now, source="merge undone"))
    for old in wanted.values():
        session.execute(insert(t).values(old))


def _restore_dismissed(session: Session, originals: list[dict], added: list[list[int]]) -> None:
    t = DismissedPair.__table__
    for a, b in added:
        session.execute(delete(t).where(t.c.first_id == a, t.c.second_id == b))
    existing = {(a, b) for a, b in session.execute(select(t.c.first_id, t.c.second_id))}
    for row in related.restore_rows(t, originals):
        if (row["first_id"], row["second_id"]) not in existing:
            session.execute(insert(t).values(row))


def _restore_media(session: Session, keep: int, rows: list[dict]) -> None:
    t = CustomerMedia.__table__
    session.execute(delete(t).where(t.c.customer_id == keep))
    for row in related.restore_rows(t, rows):
        session.execute(insert(t).values(row))
