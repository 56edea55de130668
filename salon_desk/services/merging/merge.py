"""Merging duplicate customers into one record, and undoing the latest merge.

Everything attached to the merged records moves to the kept one (see merge_related: every
foreign key to customers.id is found from the models). Fields are chosen per field (see
merge_fields: the most informative value preselected, the same with or without the dialog);
notes and allergies are combined; badges are united; balances added; points ledgers joined
and their running totals recomputed in date order; consent combined per category and channel
(a refusal on any record wins over a grant, and the most recent of the winning choices is
kept), with every consent event kept. The merged-away records stay as tombstones (``merged_into_id``, inactive, out of
the search index) so an old id or external ID still finds the person
(``services.search.resolve``).

A Merge row records who, when and what, with a snapshot from which ``undo_last_merge``
restores the merged records and moves everything back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from salon_desk.models import (ConsentEvent, Customer, CustomerConsent, CustomerMedia,
    DismissedPair, Merge, PointsEntry, customer_badges, utcnow)
from salon_desk.services.merging import related
from salon_desk.services import audit, permissions
from salon_desk.services import error_texts as msg
from salon_desk.services.backups.making import BEFORE_MERGE, MANY_RECORDS, backup_before
from salon_desk.services.errors import NotFound
from salon_desk.services.merging.fields import (FIELD_BY_KEY, MergeProposal, combine_text,
    propose_fields)
from salon_desk.services.merging.related import MergeRefused
from salon_desk.services.merging.undo import (can_undo, latest_merge, recompute_points,
    undo_last_merge, undo_merge, undo_refusal)
from salon_desk.services.search.sql import parse_id
from salon_desk.services.texts import Text

SNAPSHOT_VERSION = 1
# Columns a merge never copies between records.
_OWN_COLUMNS = {"id", "created_at", "updated_at", "merged_into_id", "sort_name", "version"}


@dataclass(frozen=True)
class Value:
    """A literal value for a field (instead of the id of the record to take it from)."""

    value: Any


def _live(session: Session, ids: list[int]) -> dict[int, Customer]:
    for cid in ids:
        if parse_id(cid) is None:  # beyond SQLite's integers: no such customer
            raise NotFound(Text(msg.CUSTOMER_NOT_FOUND, id=cid))
    found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    for cid in ids:
        customer = found.get(cid)
        if customer is None:
            raise NotFound(Text(msg.CUSTOMER_NOT_FOUND, id=cid))
        if customer.merged_into_id is not None:
            raise MergeRefused(Text(msg.MERGE_ALREADY_MERGED, id=cid, into=customer.merged_into_id))
    return found


def _check_ids(keep_id: int, other_ids: list[int]) -> list[int]:
    others = list(dict.fromkeys(int(i) for i in other_ids))
    if not others:
        raise MergeRefused(Text(msg.MERGE_CHOOSE_OTHER))
    if keep_id in others:
        raise MergeRefused(Text(msg.MERGE_KEPT_MERGED_AWAY))
    return others


def propose(session: Session, keep_id: int, other_ids: list[int]) -> MergeProposal:
    """What a merge would do: per field the values found and the one preselected, the
    combined notes and allergies, the consent result and how many records of each kind
    would move."""
    others = _check_ids(keep_id, other_ids)
    _live(session, [keep_id, *others])
    rows, fields = propose_fields(session, keep_id, others)
    ordered = [rows[i] for i in [keep_id, *others]]
    consents = [(cat, ch, granted, src) for (cat, ch), (granted, _at, src)
                in sorted(_combined_consents(session, [keep_id, *others]).items())]
    return MergeProposal(
        keep_id=keep_id, other_ids=others, records=rows, fields=fields,
        notes=combine_text(ordered, "notes", keep_id),
        allergies=combine_text(ordered, "allergies", keep_id),
        balance_cents=sum(r["balance_cents"] or 0 for r in ordered),
        counts=related.count_related(session, others), consents=consents,
    )


def _combined_consents(session: Session, ids: list[int]
                       ) -> dict[tuple[str, str], tuple[bool, dt.datetime, int]]:
    """Per (category, channel): (granted, when, from which record). A refusal on any record
    wins over a grant on another; among equal choices the most recent is kept."""
    result: dict[tuple[str, str], tuple[bool, dt.datetime, int]] = {}
    for c in session.scalars(select(CustomerConsent).where(CustomerConsent.customer_id.in_(ids))):
        key = (c.category, c.channel)
        mine = (c.granted, c.changed_at, c.customer_id)
        best = result.get(key)
        if best is None or (not mine[0] and best[0]) or (
                mine[0] == best[0] and mine[1] > best[1]):
            result[key] = mine
    return result


def _choose(proposal: MergeProposal, choices: dict[str, Any]) -> dict[str, Any]:
    """Column values for the kept record from the proposal and the caller's choices."""
    ids = {proposal.keep_id, *proposal.other_ids}
    unknown = set(choices) - set(FIELD_BY_KEY)
    if unknown:
        raise MergeRefused(Text(msg.MERGE_UNKNOWN_FIELDS, fields=", ".join(sorted(unknown))))
    values: dict[str, Any] = {}
    for fp in proposal.fields:
        spec = fp.spec
        if spec.key == "photo":
            continue
        choice = choices.get(spec.key, fp.chosen)
        if isinstance(choice, Value):
            value = choice.value
        elif isinstance(choice, int) and not isinstance(choice, bool) and choice in ids:
            row = proposal.records[choice]
            value = tuple(row[c] for c in spec.columns) if len(spec.columns) > 1 else (
                row[spec.columns[0]])
        else:
            value = choice
        if len(spec.columns) == 1:
            values[spec.columns[0]] = value
        else:
            if not isinstance(value, (tuple, list)) or len(value) != len(spec.columns):
                raise MergeRefused(Text(msg.MERGE_FIELD_VALUES, field=spec.label,
                                        count=len(spec.columns), columns=", ".join(spec.columns)))
            values.update(zip(spec.columns, value, strict=True))
    return values


def merge_customers(
    session: Session, keep_id: int, other_ids: list[int],
    field_choices: dict[str, Any] | None = None, by: str = "",
) -> Merge:
    """Merge ``other_ids`` into ``keep_id``.

    ``field_choices`` maps a field key (merge_fields.FIELDS) to the id of the record whose
    value to take, or to ``Value(x)`` for a value typed by hand; fields left out take the
    proposal's preselected value. Everything attached to the others moves to the kept record
    and the others become tombstones. Returns the Merge row (its snapshot allows undo).
    """
    permissions.require(permissions.MERGE)
    choices = dict(field_choices or {})
    proposal = propose(session, keep_id, other_ids)
    others = proposal.other_ids
    audit.record(session, audit.MERGE, entity="customers", entity_id=keep_id,
                 detail=f"{len(others)} record(s) merged into {keep_id}",
                 customer_ids=[keep_id, *others])
    if len(others) + 1 >= MANY_RECORDS:
        backup_before(session, BEFORE_MERGE)  # no copy, no merge
    ids = [keep_id, *others]
    customers = _live(session, ids)
    session.flush()
    table = Customer.__table__
    before = {cid: {k: related.to_json(v) for k, v in row.items()}
              for cid, row in proposal.records.items()}
    snapshot: dict[str, Any] = {
        "version": SNAPSHOT_VERSION, "customers": before, "moved": {},
        # Every external ID involved, so resolve_customer finds the person by any of them.
        "external_ids": sorted({r["external_id"] for r in proposal.records.values()
                                if r["external_id"]}),
    }

    # 1. Everything attached to the others, moved as it is.
    for tbl, column in related.moved_references():
        moved = related.move_rows(session, tbl, column, others, keep_id)
        if moved:
            snapshot["moved"].setdefault(tbl.name, {})[column.name] = moved
    points = related.move_rows(session, PointsEntry.__table__, PointsEntry.__table__.c.customer_id,
                               others, keep_id)
    snapshot["points"] = points
    recompute_points(session, keep_id)

    # 2. Badges: the kept record gets every badge any of them had.
    have = set(session.scalars(select(customer_badges.c.badge_id).where(
        customer_badges.c.customer_id == keep_id)))
    wanted = set(session.scalars(select(customer_badges.c.badge_id).where(
        customer_badges.c.customer_id.in_(others))))
    added = sorted(wanted - have)
    if added:
        session.execute(insert(customer_badges),
                        [{"customer_id": keep_id, "badge_id": b} for b in added])
    snapshot["badges_added"] = added

    # 3. Consent: combined cell by cell, each change recorded as an event.
    snapshot["consents_before"] = related.rows_of(
        session, CustomerConsent.__table__, CustomerConsent.__table__.c.customer_id, [keep_id])
    _merge_consents(session, keep_id, _combined_consents(session, ids))

    # 4. Dismissed pairs now concern the kept record.
    snapshot["dismissed"], snapshot["dismissed_added"] = _repoint_dismissed(
        session, keep_id, others)

    # 5. Photo and signature.
    snapshot["media_before"] = related.rows_of(
        session, CustomerMedia.__table__, CustomerMedia.__table__.c.customer_id, [keep_id])
    _merge_media(session, keep_id, ids, choices.get("photo"), proposal)

    # 6. The kept record's fields; the others become tombstones.
    values = _choose(proposal, choices)
    values["notes"] = proposal.notes
    values["allergies"] = proposal.allergies
    values["balance_cents"] = proposal.balance_cents
    visits = [proposal.records[i]["last_visit_at"] for i in ids
              if proposal.records[i]["last_visit_at"]]
    values["last_visit_at"] = max(visits) if visits else None
    kept = customers[keep_id]
    for name, value in values.items():
        setattr(kept, name, value)
    now = utcnow()
    for cid in others:
        customers[cid].merged_into_id = keep_id
        customers[cid].active = False
    session.flush()
    after = session.execute(select(table).where(table.c.id == keep_id)).mappings().one()
    snapshot["kept_after"] = {k: related.to_json(v) for k, v in after.items()}

    names = {cid: customers[cid].full_name for cid in ids}
    moved_counts = {related.label(t): sum(len(v) for v in cols.values())
                    for t, cols in snapshot["moved"].items()}
    if points:
        moved_counts[related.label("points_entries")] = len(points)
    what = ", ".join(f"{n} {k}" for k, n in sorted(moved_counts.items())) or "no history"
    summary = (f"Merged {', '.join(f'#{i} {names[i]}' for i in others)} into #{keep_id} "
               f"{names[keep_id]}: {what} moved")
    merge = Merge(kept_id=keep_id, merged_ids=others, merged_at=now, merged_by=by,
                  snapshot=snapshot, summary=summary)
    session.add(merge)
    session.flush()
    return merge


merge = merge_customers


def _merge_consents(session: Session, keep_id: int,
                    combined: dict[tuple[str, str], tuple[bool, dt.datetime, int]]) -> None:
    t = CustomerConsent.__table__
    current = {(r.category, r.channel): r for r in session.execute(
        select(t).where(t.c.customer_id == keep_id))}
    now = utcnow()
    for (category, channel), (granted, at, source_id) in combined.items():
        row = current.get((category, channel))
        if row is not None and row.granted == granted:
            continue
        if row is None:
            session.execute(insert(t).values(customer_id=keep_id, category=category,
                                             channel=channel, granted=granted, changed_at=at))
        else:
            session.execute(update(t).where(t.c.id == row.id).values(granted=granted,
                                                                      changed_at=at))
        session.add(ConsentEvent(customer_id=keep_id, category=category, channel=channel,
                                 granted=granted, at=now, source=f"merge of #{source_id}"))


def _repoint_dismissed(session: Session, keep_id: int, others: list[int]
                       ) -> tuple[list[dict], list[list[int]]]:
    """Dismissed pairs involving the others, re-pointed to the kept record. Returns the
    original rows and the pairs added, for the snapshot."""
    t = DismissedPair.__table__
    rows = related.rows_of(session, t, t.c.first_id, others) + [
        r for r in related.rows_of(session, t, t.c.second_id, others)
        if r["first_id"] not in others]
    added: list[list[int]] = []
    if not rows:
        return [], added
    session.execute(delete(t).where(or_(t.c.first_id.in_(others), t.c.second_id.in_(others))))
    existing = {(a, b) for a, b in session.execute(select(t.c.first_id, t.c.second_id))}
    for row in related.restore_rows(t, rows):
        a = keep_id if row["first_id"] in others else row["first_id"]
        b = keep_id if row["second_id"] in others else row["second_id"]
        if a == b:
            continue  # two records now merged were once said to differ: staff decided
        pair = (min(a, b), max(a, b))
        if pair in existing:
            continue
        existing.add(pair)
        session.execute(insert(t).values({**row, "first_id": pair[0], "second_id": pair[1]}))
        added.append(list(pair))
    return rows, added


def _merge_media(session: Session, keep_id: int, ids: list[int], choice: Any,
                 proposal: MergeProposal) -> None:
    """The chosen photo (the proposal's unless told otherwise) and, when the kept record has
    none, a signature from another record."""
    media = {m.customer_id: m for m in session.scalars(
        select(CustomerMedia).where(CustomerMedia.customer_id.in_(ids)))}
    source = choice if isinstance(choice, int) and choice in ids else proposal.choice("photo")
    kept = media.get(keep_id)
    donor = media.get(source) if source != keep_id else None
    signer = next((media[i] for i in ids[1:] if i in media and media[i].signature), None)
    needs_photo = donor is not None and donor.photo is not None
    needs_signature = (kept is None or kept.signature is None) and signer is not None
    if not (needs_photo or needs_signature):
        return
    if kept is None:
        kept = CustomerMedia(customer_id=keep_id)
        session.add(kept)
    if needs_photo:
        kept.photo, kept.photo_updated_at = donor.photo, donor.photo_updated_at
    if needs_signature:
        kept.signature, kept.signature_at = signer.signature, signer.signature_at
    session.flush()


__all__ = ["MergeRefused", "Value", "can_undo", "latest_merge", "merge", "merge_customers",
           "propose", "undo_last_merge", "undo_merge", "undo_refusal"]
