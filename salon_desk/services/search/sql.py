"""What a typed text matches, as SQL, and the search run on a plain DB-API connection.

Matching happens in the search index (see models.search_index): fragments of three or more
characters, one- and two-letter word prefixes, phone numbers as bare digits whatever their
formatting, "#123" or a lone short number as that record's ID. How each engine asks its index
is services.search.dialect (SQLite's FTS5 tables, a salon server's trigram and word indexes);
here the same conditions are made for both. ``match_sql`` gives the condition on
``customers.id``; services.search builds the list's queries (filters, sorting, pages) around it
with SQLAlchemy; services.search.find adds the close matches to what ``matching_ids`` finds.

Plain Python and SQL on purpose: the command line searches without importing SQLAlchemy and
the models (cli.basic), through these same functions.
"""

from __future__ import annotations

import re

from salon_desk.services.search.dialect import NOTHING, SQLITE, Sql, of, quote
from salon_desk.text.fold import fold

_PHONEISH = re.compile(r"^[0-9\s+().\-/]+$")  # ASCII digits: "²" or "٣" are text here
_WORD = re.compile(r"^\w+$")
_ID = re.compile(r"^[0-9]{1,19}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # NUL ends an SQLite string
MAX_ID = 2**63 - 1  # the largest integer SQLite holds
HANDFUL = 5  # a text finding fewer customers than this also lists its close matches
CLOSE_LIMIT = 200  # at most this many close matches are listed, first by name

__all__ = ["CLOSE_LIMIT", "HANDFUL", "MAX_ID", "Sql", "clean_query", "is_text_query",
           "match_sql", "matching_ids", "parse_id", "query_tokens", "quote", "tokens_sql"]


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


def _is_hash_id(query: str) -> bool:
    rest = query[1:].strip()
    return query.startswith("#") and rest.isascii() and rest.isdigit()


def _is_phone(query: str) -> bool:
    return bool(_PHONEISH.match(query)) and any(ch in "0123456789" for ch in query)


def is_text_query(query: str) -> bool:
    """True for a query matched as words (not an ID, not a phone number)."""
    query = clean_query(query).strip()
    return bool(query) and not _is_hash_id(query) and not _is_phone(query)


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


def match_sql(query: str, key: str = "", dialect=SQLITE) -> Sql | None:
    """The condition on customers.id for a typed query, or None for an empty query. ``key``
    makes its parameter names unique in a statement holding several such conditions."""
    query = clean_query(query).strip()
    if not query:
        return None
    if _is_hash_id(query):
        return _id_sql(query, key)  # "#123": that customer only
    if _is_phone(query):
        digits = re.sub(r"[^0-9]", "", query)
        if digits.startswith("00") and len(digits) > 4:
            digits = digits[2:]  # international call prefix: 0034... is +34...
        if len(digits) < 3:
            return _id_sql(digits, key)
        return dialect.fragments([[digits]], f"q{key}")
    return tokens_sql(*query_tokens(query), key=key, dialect=dialect)


def _id_sql(text: str, key: str) -> Sql:
    found = parse_id(text)
    if found is None:
        return NOTHING, {}
    return f"customers.id = :id{key}", {f"id{key}": found}


def tokens_sql(long_tokens: list[str], short_tokens: list[str], key: str = "",
               dialect=SQLITE) -> Sql:
    """The condition on customers.id that every token matches."""
    conditions, params = [], {}
    if long_tokens:
        condition, more = dialect.fragments([[t] for t in long_tokens], f"tq{key}")
        conditions.append(condition)
        params |= more
    if short_tokens:
        condition, more = dialect.prefixes(short_tokens, f"wq{key}", alone=not long_tokens)
        conditions.append(condition)
        params |= more
    if not conditions:  # only punctuation: nothing can match
        return NOTHING, {}
    return " AND ".join(conditions), params


def matching_ids(conn, query: str) -> list[int]:
    """Live customers the text matches, in the list's first order (by name); ``conn`` is a
    DB-API connection (sqlite3, or psycopg on a salon server)."""
    dialect = of(conn)
    condition, params = match_sql(query, dialect=dialect) or ("1 = 1", {})
    return [cid for (cid,) in dialect.rows(
        conn, f"SELECT id FROM customers WHERE merged_into_id IS NULL AND ({condition}) "
              f"ORDER BY {dialect.name_order}", params)]
