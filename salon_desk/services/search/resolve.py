"""The live customer an id or external ID stands for, following merges (a merged-away record
stays as a tombstone pointing at the one it was merged into, see services.merging.merge)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from salon_desk.models import Customer, Merge
from salon_desk.services.search.dialect import by_name
from salon_desk.services.search.either import either
from salon_desk.services.search.sql import clean_query, parse_id

# An external ID a merge replaced: the merges remember every ID involved, in a JSON list.
_REPLACED_SQLITE = ("EXISTS (SELECT 1 FROM json_each(merges.snapshot, '$.external_ids') "
                    "WHERE lower(json_each.value) = :key)")
_REPLACED_SERVER = ("EXISTS (SELECT 1 FROM json_array_elements_text(CASE WHEN json_typeof("
                    "CAST(merges.snapshot AS json) -> 'external_ids') = 'array' THEN "
                    "CAST(merges.snapshot AS json) -> 'external_ids' END) AS ids(value) "
                    "WHERE lower(ids.value) = :key_pg)")


def get_customer(session: Session, customer_id: int) -> Customer | None:
    """The customer of an id of any size: a salon server's ids are 32-bit (SQLite's 64-bit),
    and an id beyond them is nobody's rather than an error."""
    if customer_id > by_name(session.get_bind().dialect.name).max_id:
        return None
    return session.get(Customer, customer_id)


def resolve_customer(session: Session, id_or_external_id: int | str) -> Customer | None:
    """The live customer an id or external ID stands for, following merges: an old id or the
    external ID of a merged-away record finds the person it was merged into."""
    customer = None
    key = str(id_or_external_id).strip()
    if key.startswith("#"):
        key = key[1:].strip()
    key = clean_query(key)
    if parse_id(key) is not None:
        customer = get_customer(session, parse_id(key))
    if customer is None and key:
        matches = list(session.scalars(
            select(Customer).where(func.lower(Customer.external_id) == key.lower())
            .order_by(Customer.merged_into_id.is_not(None), Customer.id)))
        customer = matches[0] if matches else None
    if customer is None and key:
        # An external ID a merge replaced: the merges remember every ID involved.
        replaced = either(text(_REPLACED_SQLITE).bindparams(key=key.lower()),
                          text(_REPLACED_SERVER).bindparams(key_pg=key.lower()))
        kept_id = session.scalar(
            select(Merge.kept_id).where(Merge.undone_at.is_(None), replaced)
            .order_by(Merge.merged_at.desc()).limit(1))
        customer = session.get(Customer, kept_id) if kept_id is not None else None
    seen: set[int] = set()
    while customer is not None and customer.merged_into_id is not None:
        if customer.id in seen:
            return None
        seen.add(customer.id)
        customer = session.get(Customer, customer.merged_into_id)
    return customer
