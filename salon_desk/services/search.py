"""Finding customers: the one query behind the list, the global search box and the CLI.

Matching happens in SQLite's FTS5 index (see models.search_index): fragments of three or more
characters through the trigram table, one- and two-letter word prefixes through the word table,
phone numbers as bare digits whatever their formatting. Sorting and filtering are SQL too; the
caller gets ids in order and fetches the rows it shows, a page at a time.

When a text finds fewer than a handful of customers, the customers it would find with one typo
corrected are listed after them, flagged as close matches (services.close_matches).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, or_, select, text
from sqlalchemy.orm import Session

from salon_desk.models import Badge, Customer, customer_badges
from salon_desk.models.search_index import fold

_PHONEISH = re.compile(r"^[0-9\s+().\-/]+$")  # ASCII digits: "²" or "٣" are text here
_WORD = re.compile(r"^\w+$")
_ID = re.compile(r"^[0-9]{1,19}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # NUL ends an SQLite string
MAX_ID = 2**63 - 1  # the largest integer SQLite holds
HANDFUL = 5  # a text finding fewer customers than this also lists its close matches

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


def quote(token: str) -> str:
    """A token as an FTS5 string (any characters, matched as they are)."""
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
                text("customer_fts MATCH :q").bindparams(q=quote(digits))
            )
        )
    long_tokens, short_tokens = query_tokens(query)
    return tokens_condition(long_tokens, short_tokens)


def query_tokens(query: str) -> tuple[list[str], list[str]]:
    """The folded words of a text query: those of three or more characters (matched as
    fragments) and the shorter ones (matched as name-word prefixes)."""
    long_tokens, short_tokens = [], []
    for token in fold(query).split():
        if len(token) >= 3:
            long_tokens.append(token)
        elif _WORD.match(token):
            short_tokens.append(token)
    return long_tokens, short_tokens


def is_text_query(query: str) -> bool:
    """True for a query matched as words (not an ID, not a phone number)."""
    query = clean_query(query).strip()
    if not query or (query.startswith("#") and query[1:].strip().isascii()
                     and query[1:].strip().isdigit()):
        return False
    return not (_PHONEISH.match(query) and any(ch in "0123456789" for ch in query))


def tokens_condition(long_tokens: list[str], short_tokens: list[str], key: str = ""):
    """SQL condition on Customer.id: every token matches. ``key`` makes the names of its
    parameters unique in a statement that has several such conditions."""
    conditions = []
    if long_tokens:
        conditions.append(Customer.id.in_(
            select(text("rowid")).select_from(text("customer_fts")).where(
                text(f"customer_fts MATCH :tq{key}").bindparams(
                    **{f"tq{key}": " AND ".join(quote(t) for t in long_tokens)})
            )
        ))
    if short_tokens:
        conditions.append(Customer.id.in_(
            select(text("rowid")).select_from(text("customer_words")).where(
                text(f"customer_words MATCH :wq{key}").bindparams(
                    **{f"wq{key}": " AND ".join(quote(t) + "*" for t in short_tokens)})
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
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    order = [c.desc() if descending else c.asc() for c in columns]
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
    from salon_desk.services.close_matches import close_ids

    close = close_ids(session, flt.text)
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
    rows = {r.id: CustomerRow(*r) for r in session.execute(select(*cols).where(
        Customer.id.in_(ids)))}
    for cid, bid in session.execute(
        select(customer_badges.c.customer_id, customer_badges.c.badge_id)
        .join(Badge, Badge.id == customer_badges.c.badge_id)
        .where(customer_badges.c.customer_id.in_(ids))
        .order_by(Badge.position, Badge.id)
    ):
        rows[cid].badge_ids.append(bid)
    for cid in close.intersection(rows):
        rows[cid].close = True
    return [rows[i] for i in ids if i in rows]


def search(session: Session, query: str, limit: int = 50) -> list[CustomerRow]:
    """The first matches for a typed query, best first: an exact ID, then by name; then, when
    they are fewer than a handful, the close matches (flagged ``close``).

    When nothing live matches, an ID or external ID of a merged-away record leads to the
    customer it was merged into.
    """
    query = clean_query(query)
    flt = CustomerFilter(text=query)
    ids = search_ids(session, flt)
    if not ids and query.strip() and " " not in query.strip():
        # An old number or external ID of a record merged into another finds that person.
        from salon_desk.services.merge import resolve_customer

        found = resolve_customer(session, query)
        if found is not None:
            ids = [found.id]
    wider = with_close_matches(session, flt, len(ids))
    if wider is not flt:
        ids += [i for i in search_ids(session, wider) if i in wider.close_ids]
    exact = parse_id(query)
    if exact is not None and exact in ids:
        ids.remove(exact)
        ids.insert(0, exact)
    return fetch_rows(session, ids[:limit], wider.close_ids)


def list_badges(session: Session) -> list[Badge]:
    return list(session.scalars(select(Badge).order_by(Badge.position, Badge.id)))


def exact_id(session: Session, query: str) -> int | None:
    found = parse_id(clean_query(query))
    if found is not None and session.get(Customer, found) is not None:
        return found
    return None


__all__ = ["CustomerFilter", "CustomerRow", "fetch_rows", "parse_id", "search", "search_ids",
           "search_with_close", "with_close_matches"]
