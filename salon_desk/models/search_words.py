"""The vocabulary behind close matches: every name word, and each of them with one letter less.

A word typed with one letter wrong, missing, extra, or two neighbours swapped, and the word
meant, always share a string made by deleting at most one letter from each (the SymSpell
idea). ``search_variants`` holds, for every distinct folded word of four or more letters of a
customer's first name or surname (and every email local part of four to MAX_LOCAL characters),
the word itself and its one-letter deletions; one indexed lookup of a typed word's own
deletions then gives every known word within one typo of it (candidates the search verifies).
Longer email local parts are found through the trigram index instead (services.close_matches,
which also does the lookup). The words and their deletions are made by salon_desk.text.search.

The table only grows between re-indexes: a word left behind by a renamed or deleted customer
matches no one, which costs nothing. It is kept up to date

- by ``search_index.write_index`` (every ORM save, import updates and undo), for the words of
  the customers it indexes;
- by ``catch_up`` at the end of each write transaction (models.db), for customers added without
  the ORM (bulk imports): every customer above the id recorded in the settings row
  ``WATERMARK_KEY`` has had its words added;
- in bulk by ``rebuild``, which ``search_index.rebuild_index`` runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Column, String, Table
from sqlalchemy.engine import Connection

from salon_desk.models.base import Base
from salon_desk.models.opening import driver_sql, is_sqlite
from salon_desk.text.fold import fold
from salon_desk.text.search import MAX_LOCAL, MIN_WORD, deletions, email_word, name_words

WATERMARK_KEY = "search.variants_upto"  # settings row: customers up to this id are in

search_variants = Table(
    "search_variants",
    Base.metadata,
    Column("variant", String, primary_key=True),  # a word, or the word with one letter deleted
    Column("word", String, primary_key=True),
    sqlite_with_rowid=False,
)

_CHUNK = 400  # variables per IN list


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _known(conn: Connection, words: Iterable[str]) -> set[str]:
    known: set[str] = set()
    for chunk in _chunks(list(words)):
        marks = ", ".join("?" * len(chunk))
        known.update(w for (w,) in conn.exec_driver_sql(driver_sql(
            conn, f"SELECT word FROM search_variants WHERE variant IN ({marks}) "
                  "AND word = variant"), tuple(chunk)))
    return known


def add_words(conn: Connection, words: set[str]) -> int:
    """Add the words the vocabulary lacks, with their deletions; returns how many were new."""
    if not words:
        return 0
    new = words - _known(conn, words)
    rows = [(variant, word) for word in new for variant in deletions(word)]
    if rows:
        conn.exec_driver_sql(driver_sql(
            conn, "INSERT INTO search_variants (variant, word) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"), rows)
    return len(new)


def _distinct_words(conn: Connection, where: str, params: tuple = ()) -> set[str]:
    """The vocabulary words of the customers selected by ``where``. Names are cut at spaces
    first and each distinct piece folded once: surnames such as "Vicente Clavero" are nearly
    all different, their words are not."""
    names = [value for column in ("first_name", "last_name") for (value,) in conn.exec_driver_sql(
        driver_sql(conn, f"SELECT DISTINCT {column} FROM customers WHERE {where}"), params)]
    at = "instr(email, '@')" if is_sqlite(conn) else "strpos(email, '@')"
    length = f"{at} BETWEEN {MIN_WORD + 1} AND {MAX_LOCAL + 1}"
    emails = [value for (value,) in conn.exec_driver_sql(driver_sql(
        conn, f"SELECT DISTINCT email FROM customers WHERE ({where}) AND {length}"), params)]
    return words_of(names, emails)


def words_of(names: Iterable[str | None], emails: Iterable[str | None]) -> set[str]:
    """The vocabulary words of these first names and surnames and these emails."""
    pieces: set[str] = set()
    for value in set(names):
        if value:
            pieces.update(value.split())
    words: set[str] = set()
    for piece in pieces:
        words |= name_words(fold(piece))
    for value in set(emails):
        # as the query above picks them: the local part's length before folding
        if value and MIN_WORD + 1 <= value.find("@") + 1 <= MAX_LOCAL + 1 and (
                local := email_word(fold(value))):
            words.add(local)
    return words


def _watermark(conn: Connection) -> int:
    raw = conn.exec_driver_sql(driver_sql(conn, "SELECT value FROM settings WHERE key = ?"),
                               (WATERMARK_KEY,)).scalar()
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def set_setting(conn: Connection, key: str, value: object) -> None:
    """Write one settings row below the ORM (an upsert both engines read alike)."""
    conn.exec_driver_sql(driver_sql(
        conn, "INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), (key, json.dumps(value)))


def _set_watermark(conn: Connection, upto: int) -> None:
    set_setting(conn, WATERMARK_KEY, upto)


def catch_up(conn: Connection) -> int:
    """Add the words of customers above the watermark (added in bulk, without the ORM);
    returns how many words were new. Writes nothing when there are none."""
    upto = _watermark(conn)
    top = conn.exec_driver_sql("SELECT max(id) FROM customers").scalar() or 0
    if top == upto:
        return 0
    added = 0
    if top > upto:
        added = add_words(conn, _distinct_words(
            conn, "id > ? AND merged_into_id IS NULL", (upto,)))
    # When the newest customers were deleted, ids above ``top`` will be given again.
    _set_watermark(conn, top)
    return added


def add_new_customers(conn: Connection, ids: list[int], names: Iterable[str | None],
                      emails: Iterable[str | None]) -> int:
    """The words of customers just added in bulk (none merged), from their first names and
    surnames and emails as written, so that catch_up need not read them back (and customers
    given a number below the watermark get theirs); returns how many words were new. The
    watermark moves past them when they are all the customers above it."""
    if not ids:
        return 0
    upto = _watermark(conn)
    added = add_words(conn, words_of(names, emails))
    above = sum(1 for i in ids if i > upto)
    if above and above == conn.exec_driver_sql(
            driver_sql(conn, "SELECT count(*) FROM customers WHERE id > ?"), (upto,)).scalar():
        _set_watermark(conn, max(ids))
    return added


def rebuild(conn: Connection) -> int:
    """The whole vocabulary again from the live customers; returns its number of words."""
    conn.exec_driver_sql("DELETE FROM search_variants")
    top = conn.exec_driver_sql("SELECT max(id) FROM customers").scalar() or 0
    added = add_words(conn, _distinct_words(conn, "merged_into_id IS NULL"))
    _set_watermark(conn, top)
    return added

