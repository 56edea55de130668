"""Finding customers: the one query behind the list, the global search box and the CLI.

What a typed text matches is SQL from services.search.sql (the search index, see
models.search_index; SQLite's FTS5 tables or a salon server's indexes, services.search.dialect);
here it is combined with the list's filters and sorting through SQLAlchemy, built once for both
engines (services.search.either). Sorting and filtering are SQL too; the caller gets ids in
order and fetches the rows it shows, a page at a time.

When a text finds fewer than a handful of customers, the customers it would find with one typo
corrected are listed after them, flagged as close matches (services.close_matches).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, String, exists, or_, select, text
from sqlalchemy.orm import Session

from salon_desk.models import Badge, Customer, customer_badges
from salon_desk.services.search.dialect import SERVER
from salon_desk.services.search.either import either
from salon_desk.services.search.find import Found, find
from salon_desk.services.search.resolve import get_customer, resolve_customer
from salon_desk.services.search.sql import (
    HANDFUL,
    MAX_ID,
    clean_query,
    is_text_query,
    match_sql,
    parse_id,
    query_tokens,
    quote,
)

SORT_COLUMNS = {
    "id": (Customer.id,),
    "name": (Customer.sort_name,),
    "email": (Customer.email,),
    "mobile": (Customer.mobile,),
    "gender": (Customer.gender,),
    "status": (Customer.active,),
    "last_visit": (Customer.last_visit_at,),
}


@dataclass
class CustomerFilter:
    text: str = ""
    badge_id: int | None = None
    category_id: int | None = None
    active: bool | None = None  # None: active and inactive
    ids: list[int] | None = None  # restrict to these (selection, at-risk list...)
    # Customers one typo away from the text, listed after its matches (see with_close_matches).
    close_ids: frozenset[int] = frozenset()
    # More SQL conditions on Customer, all to hold (a segment's criteria: segments.query).
    where: tuple = field(default=(), compare=False)


@dataclass
class CustomerRow:
    id: int
    first_name: str
    last_name: str
    email: str | None
    mobile: str | None
    phone: str | None
    gender: str
    active: bool
    blocked: bool
    last_visit_at: dt.datetime | None
    allergies: str
    badge_ids: list[int] = field(default_factory=list)
    close: bool = False  # found by a close match (one typo away), not by the text itself

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def match_condition(query: str):
    """SQL condition on Customer.id for a typed query, or None for an empty query."""
    found = match_sql(query)
    if found is None:
        return None
    condition, params = found
    # The server's parameters named apart: both clauses are in the statement's cache key.
    server, server_params = match_sql(query, "_pg", dialect=SERVER)
    return either(text(f"({condition})").bindparams(**params),
                  text(f"({server})").bindparams(**server_params))


def driver_connection(session: Session):
    """The DB-API connection under the session (sqlite3's, or psycopg's on a salon server),
    inside its transaction."""
    return session.connection().connection.driver_connection


def _in_order(column):
    """A sort column as SQLite orders it: text byte by byte (a server's database may have
    another collation; "C" is byte order there)."""
    if isinstance(column.type, String):
        return either(column, column.collate("C"))
    return column


def build_query(flt: CustomerFilter, sort: str = "name", descending: bool = False) -> Select:
    stmt = select(Customer.id).where(Customer.merged_into_id.is_(None))
    condition = match_condition(flt.text)
    close = Customer.id.in_(sorted(flt.close_ids)) if flt.close_ids else None
    if condition is not None:
        stmt = stmt.where(condition if close is None else or_(condition, close))
    if flt.active is not None:
        stmt = stmt.where(Customer.active.is_(flt.active))
    if flt.category_id is not None:
        stmt = stmt.where(Customer.category_id == flt.category_id)
    if flt.badge_id is not None:
        stmt = stmt.where(exists().where(
            customer_badges.c.customer_id == Customer.id,
            customer_badges.c.badge_id == flt.badge_id,
        ))
    if flt.ids is not None:
        stmt = stmt.where(Customer.id.in_(flt.ids))
    if flt.where:
        stmt = stmt.where(*flt.where)
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    order = [_in_order(c).desc() if descending else _in_order(c).asc() for c in columns]
    order.append(Customer.id.desc() if descending else Customer.id.asc())
    if sort in ("email", "mobile", "last_visit"):
        # Empty values last whichever the direction.
        order.insert(0, columns[0].is_(None))
    if close is not None:
        order.insert(0, close)  # the text's own matches first, whichever the direction
    return stmt.order_by(*order)


def search_ids(
    session: Session, flt: CustomerFilter, sort: str = "name", descending: bool = False
) -> list[int]:
    """Ids of every matching customer, in list order."""
    return list(session.scalars(build_query(flt, sort, descending)))


def with_close_matches(session: Session, flt: CustomerFilter, found: int) -> CustomerFilter:
    """``flt`` with the customers one typo away from its text (close_ids), when the text found
    fewer than HANDFUL customers (``found``); ``flt`` itself otherwise."""
    if found >= HANDFUL or flt.close_ids or not is_text_query(flt.text):
        return flt
    from salon_desk.services.search.close_matches import close_ids

    close = close_ids(driver_connection(session), flt.text)
    if not close:
        return flt
    return CustomerFilter(text=flt.text, badge_id=flt.badge_id, category_id=flt.category_id,
                          active=flt.active, ids=flt.ids, close_ids=frozenset(close))


def search_with_close(session: Session, flt: CustomerFilter, sort: str = "name",
                      descending: bool = False) -> tuple[list[int], CustomerFilter]:
    """Ids in list order, close matches after the text's own when it finds fewer than a
    handful; and the filter they come from (its close_ids are the close ones)."""
    ids = search_ids(session, flt, sort, descending)
    wider = with_close_matches(session, flt, len(ids))
    if wider is not flt:
        ids = search_ids(session, wider, sort, descending)
    return ids, wider


def find_customers(session: Session, query: str, *, merged: bool = True) -> Found:
    """What the search box and ``salon-desk search`` list for a typed query: every match,
    best first (a typed ID, then by name), then the close matches when the matches are fewer
    than a handful. ``merged``: when nothing live matches, an ID or external ID of a
    merged-away record leads to the customer it was merged into."""
    resolve = None
    if merged:
        def resolve(key: str) -> int | None:
            found = resolve_customer(session, key)
            return found.id if found is not None else None

    return find(driver_connection(session), query, resolve)


def fetch_rows(session: Session, ids: list[int],
               close: frozenset[int] = frozenset()) -> list[CustomerRow]:
    """The list columns of these customers, in the order of ids; those in ``close`` are
    flagged as close matches."""
    if not ids:
        return []
    cols = (
        Customer.id, Customer.first_name, Customer.last_name, Customer.email, Customer.mobile,
        Customer.phone, Customer.gender, Customer.active, Customer.blocked,
        Customer.last_visit_at, Customer.allergies,
    )
    # One statement, the badges joined in their order: on a salon server every statement is a
    # round trip to the server (the network's, and the server's turn on a busy machine).
    rows: dict[int, CustomerRow] = {}
    for *values, bid in session.execute(
        select(*cols, Badge.id)
        .outerjoin(customer_badges, customer_badges.c.customer_id == Customer.id)
        .outerjoin(Badge, Badge.id == customer_badges.c.badge_id)
        .where(Customer.id.in_(ids))
        .order_by(Badge.position, Badge.id)
    ):
        row = rows.get(values[0]) or rows.setdefault(values[0], CustomerRow(*values))
        if bid is not None:
            row.badge_ids.append(bid)
    for cid in close.intersection(rows):
        rows[cid].close = True
    return [rows[i] for i in ids if i in rows]


def search(session: Session, query: str, limit: int = 50) -> list[CustomerRow]:
    """The first matches for a typed query, best first: an exact ID, then by name; then, when
    they are fewer than a handful, the close matches (flagged ``close``).

    When nothing live matches, an ID or external ID of a merged-away record leads to the
    customer it was merged into.
    """
    found = find_customers(session, query)
    return fetch_rows(session, found.ids[:limit], found.close)


def list_badges(session: Session) -> list[Badge]:
    return list(session.scalars(select(Badge).order_by(Badge.position, Badge.id)))


def exact_id(session: Session, query: str) -> int | None:
    found = parse_id(clean_query(query))
    if found is not None and get_customer(session, found) is not None:
        return found
    return None


__all__ = ["MAX_ID", "CustomerFilter", "CustomerRow", "clean_query", "fetch_rows", "find_customers",
           "match_condition", "parse_id", "query_tokens", "quote", "search", "search_ids",
           "search_with_close", "with_close_matches"]
