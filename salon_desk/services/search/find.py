"""The search of the search box and of ``salon-desk search``: the matches in name order (a
typed ID first), then, when they are fewer than HANDFUL, the close matches (one typo away,
services.search.close_matches). Plain Python and SQL on a sqlite3 connection, as
services.search.sql: the command line searches without importing SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from salon_desk.services.search.close_matches import close_ids
from salon_desk.services.search.sql import (
    CLOSE_LIMIT,
    HANDFUL,
    clean_query,
    is_text_query,
    matching_ids,
    parse_id,
)


@dataclass
class Found:
    ids: list[int]  # the matches (a typed ID first), then the close matches
    close: frozenset[int]  # the close matches among them


def find(conn, query: str, resolve: Callable[[str], int | None] | None = None,
         close_limit: int = CLOSE_LIMIT) -> Found:
    """What the search box and ``salon-desk search`` list for a typed query.

    When nothing matches, ``resolve(query)`` may name the customer an old ID or external ID
    stands for (a record merged into another, services.search.resolve.resolve_customer)."""
    query = clean_query(query)
    ids = matching_ids(conn, query)
    if not ids and resolve is not None and query.strip() and " " not in query.strip():
        found = resolve(query)
        if found is not None:
            ids = [found]
    close: list[int] = []
    if len(ids) < HANDFUL and is_text_query(query):
        close = [cid for cid in close_ids(conn, query, close_limit) if cid not in ids]
    exact = parse_id(query)
    if exact is not None and exact in ids:
        ids.remove(exact)
        ids.insert(0, exact)
    return Found(ids + close, frozenset(close))
