"""Finding customers: the one query behind the list, the global search box and the CLI.

Matching happens in SQLite's FTS5 index (see models.search_index): fragments of three or more
characters through the trigram table, one- and two-letter word prefixes through the word table,
phone numbers as bare digits whatever their formatting. Sorting and filtering are SQL too; the
caller gets ids in order and fetches the rows it shows, a page at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, select, text
from sqlalchemy.orm import Session

from salon_desk.models import Badge, Customer, customer_badges
from salon_desk.models.search_index import fold

_PHONEISH = re.compile(r"^[0-9\s+().\-/]+$")  # ASCII digits: "²" or "٣" are text here
_WORD = re.compile(r"^\w+$")
_ID = re.compile(r"^[0-9]{1,19}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # NUL ends an SQLite string
MAX_ID = 2**63 - 1  # the largest integer SQLite holds

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

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def parse_id(value: int | str | None) -> int | None:
    """The record id typed as "123" or "#123"; None for anything else: other characters,
    digits that are not ASCII ("²"), zero, or a number beyond SQLite's integers."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 < value <= MAX_ID else None
    text = str(value or "").strip()
    if text.startswith("#"):
        text = text[1:].strip()
    if not _ID.match(text):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def clean_query(query: str | None) -> str:
    """A typed or pasted query without control characters (a NUL cannot reach SQLite)."""
    return _CONTROL.sub("", query or "")


def match_condition(query: str):
    """SQL condition on Customer.id for a typed query, or None for an empty query."""
    query = clean_query(query).strip()
    if not query:
        return None
    if query.startswith("#") and query[1:].strip().isascii() and query[1:].strip().isdigit():
        return _id_is(query)  # "#123": that customer only
    if _PHONEISH.match(query) and any(ch in "0123456789" for ch in query):
        digits = re.sub(r"[^0-9]", "", query)
        if digits.startswith("00") and len(digits) > 4:
            digits = digits[2:]  # international call prefix: 0034... is +34...
        if len(digits) < 3:
            return _id_is(digits)
        return Customer.id.in_(
            select(text("rowid")).select_from(text("customer_fts")).where(
                text("customer_fts MATCH :q").bindparams(q=_quote(digits))
            )
        )
    long_tokens, short_tokens = [], []
    for token in fold(query).split():
        if len(token) >= 3:
            long_tokens.append(token)
        elif _WORD.match(token):
            short_tokens.append(token)
    conditions = []
    if long_tokens:
        conditions.append(Customer.id.in_(
            select(text("rowid")).select_from(text("customer_fts")).where(
                text("customer_fts MATCH :tq").bindparams(
                    tq=" AND ".join(_quote(t) for t in long_tokens))
            )
        ))
    if short_tokens:
        conditions.append(Customer.id.in_(
            select(text("rowid")).select_from(text("customer_words")).where(
                text("customer_words MATCH :wq").bindparams(
                    wq=" AND ".join(_quote(t) + "*" for t in short_tokens))
            )
        ))
    if not conditions:  # only punctuation: nothing can match
        return Customer.id.is_(None)
    return and_(*conditions)


def _id_is(text: str):
    found = parse_id(text)
    return Customer.id == found if found is not None else Customer.id.is_(None)


def build_query(flt: CustomerFilter, sort: str = "name", descending: bool = False) -> Select:
    stmt = select(Customer.id).where(Customer.merged_into_id.is_(None))
    condition = match_condition(flt.text)
    if condition is not None:
        stmt = stmt.where(condition)
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
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    order = [c.desc() if descending else c.asc() for c in columns]
    order.append(Customer.id.desc() if descending else Customer.id.asc())
    if sort in ("email", "mobile", "last_visit"):
        # Empty values last whichever the direction.
        order.insert(0, columns[0].is_(None))
    return stmt.order_by(*order)


def search_ids(
    session: Session, flt: CustomerFilter, sort: str = "name", descending: bool = False
) -> list[int]:
    """Ids of every matching customer, in list order."""
    return list(session.scalars(build_query(flt, sort, descending)))


def fetch_rows(session: Session, ids: list[int]) -> list[CustomerRow]:
    """The list columns of these customers, in the order of ids."""
    if not ids:
        return []
    cols = (
        Customer.id, Customer.first_name, Customer.last_name, Customer.email, Customer.mobile,
        Customer.phone, Customer.gender, Customer.active, Customer.blocked,
        Customer.last_visit_at, Customer.allergies,
    )
    rows = {r.id: CustomerRow(*r) for r in session.execute(select(*cols).where(
        Customer.id.in_(ids)))}
    for cid, bid in session.execute(
        select(customer_badges.c.customer_id, customer_badges.c.badge_id)
        .join(Badge, Badge.id == customer_badges.c.badge_id)
        .where(customer_badges.c.customer_id.in_(ids))
        .order_by(Badge.position, Badge.id)
    ):
        rows[cid].badge_ids.append(bid)
    return [rows[i] for i in ids if i in rows]


def search(session: Session, query: str, limit: int = 50) -> list[CustomerRow]:
    """The first matches for a typed query, best first: an exact ID, then by name.

    When nothing live matches, an ID or external ID of a merged-away record leads to the
    customer it was merged into.
    """
    query = clean_query(query)
    ids = search_ids(session, CustomerFilter(text=query))
    if not ids and query.strip() and " " not in query.strip():
        # An old number or external ID of a record merged into another finds that person.
        from salon_desk.services.merge import resolve_customer

        found = resolve_customer(session, query)
        if found is not None:
            ids = [found.id]
    exact = parse_id(query)
    if exact is not None and exact in ids:
        ids.remove(exact)
        ids.insert(0, exact)
    return fetch_rows(session, ids[:limit])


def list_badges(session: Session) -> list[Badge]:
    return list(session.scalars(select(Badge).order_by(Badge.position, Badge.id)))


def exact_id(session: Session, query: str) -> int | None:
    found = parse_id(clean_query(query))
    if found is not None and session.get(Customer, found) is not None:
        return found
    return None


__all__ = ["CustomerFilter", "CustomerRow", "fetch_rows", "parse_id", "search", "search_ids"]
