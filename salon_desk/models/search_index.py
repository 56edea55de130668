"""The customer search index: two FTS5 tables kept in step with the customers table.

- ``customer_fts`` (trigram tokenizer): any fragment of three or more characters of a name,
  email, external ID or phone number (phones indexed as bare digits, international and national).
- ``customer_words`` (unicode61 with a prefix index): name-word prefixes of one or two
  characters, for the first letters a receptionist types.
- ``search_variants`` (models.search_words): the name words and their one-letter deletions,
  for close matches of a word typed with one typo.

Text is folded (lower case, accents removed, Greek and Cyrillic in Latin; salon_desk.text.fold)
before it is indexed, and queries are folded the same way, so "garcia" finds "García" and
"GARCÍA".

On a salon server (PostgreSQL) the two tables are plain tables holding the same text under the
same names, ``rowid`` being the customer's id: ``customer_fts.body`` with a pg_trgm GIN index
(fragments of three or more characters), ``customer_words.words`` with a GIN index of its words
(``to_tsvector('simple', words)``, prefix queries); migration 0001 makes them. Writing the index
is the same statements on both; only FTS5's own settings (hashsize) and where the index format
is recorded (PRAGMA user_version; a settings row on a server) differ.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Index, event, func, text
from sqlalchemy.engine import Connection

from salon_desk.models import search_words
from salon_desk.models.customers import Customer
from salon_desk.models.opening import driver_sql, is_sqlite
from salon_desk.text.fold import fold
from salon_desk.text.phones import phone_digits
from salon_desk.text.search import INDEX_FORMAT, customer_words
from salon_desk.text.word_breaks import cut

__all__ = ["FTS_TABLES", "INDEX_FORMAT", "index_body", "index_words", "rebuild_index",
           "remove_from_index", "sort_name", "write_index"]

FTS_TABLES = ("customer_fts", "customer_words")
FORMAT_KEY = "search.index_format"  # settings row: the index format, on a server

# The format of what the index holds is salon_desk.text.search.INDEX_FORMAT (index_body,
# index_words, sort_name and text.phones.phone_digits are part of it).

# An old number or external ID typed into the search finds the customer it was merged into
# (services.search.resolve.resolve_customer, looking external IDs up whatever their case):
# indexed, so that a search finding nothing does not read every customer.
Index("ix_customers_external_id_lower", func.lower(Customer.__table__.c.external_id))

_SORT_NAME_LENGTH = Customer.__table__.c.sort_name.type.length


def sort_name(first: str | None, last: str | None) -> str:
    # Folding can lengthen a name ("ß" is "ss", "ﷺ" eighteen letters): the sort key is cut to
    # its column, as the names themselves fit theirs (services.lengths); only the order of two
    # names alike in their first 260 folded letters depends on it.
    return f"{fold(last).strip()} {fold(first).strip()}".strip()[:_SORT_NAME_LENGTH]


def index_body(c: Customer) -> str:
    parts = [
        str(c.id),
        fold(c.first_name),
        fold(c.last_name),
        fold(c.email),
        fold(c.external_id),
        *phone_digits(c.mobile),
        *phone_digits(c.phone),
    ]
    return " | ".join(p for p in parts if p)


def index_words(c: Customer) -> str:
    # Names only: a one-letter query means "names starting with", not every "example.com".
    # Folded as the query is: "ol" finds "Ольга", "o" finds "Øystein". Cut at the word
    # breaks of SQLite's tokenizer, so that a server's parser finds the same words
    # (text.word_breaks: "st.john" is "st john").
    return cut(" ".join(fold(p) for p in (c.first_name, c.last_name) if p))


def write_index(conn: Connection, customers: Iterable[Customer]) -> None:
    rows = [
        {"id": c.id, "body": index_body(c), "words": index_words(c)}
        for c in customers
        if c.merged_into_id is None
    ]
    ids = [{"id": c.id} for c in customers]
    if ids:
        conn.execute(text("DELETE FROM customer_fts WHERE rowid = :id"), ids)
        conn.execute(text("DELETE FROM customer_words WHERE rowid = :id"), ids)
    if rows:
        conn.execute(text("INSERT INTO customer_fts(rowid, body) VALUES (:id, :body)"), rows)
        conn.execute(text("INSERT INTO customer_words(rowid, words) VALUES (:id, :words)"), rows)
        words: set[str] = set()
        for c in customers:
            if c.merged_into_id is None:
                words |= customer_words(c.first_name, c.last_name, c.email)
        search_words.add_words(conn, words)


def remove_from_index(conn: Connection, ids: Iterable[int]) -> None:
    params = [{"id": i} for i in ids]
    if params:
        conn.execute(text("DELETE FROM customer_fts WHERE rowid = :id"), params)
        conn.execute(text("DELETE FROM customer_words WHERE rowid = :id"), params)


def rebuild_index(conn: Connection) -> int:
    """Re-index every customer (after a bulk load done with Core inserts, or a repair)."""
    from sqlalchemy import select

    conn.execute(text("DELETE FROM customer_fts"))
    conn.execute(text("DELETE FROM customer_words"))
    count = 0
    stale: list[tuple[str, int]] = []
    result = conn.execute(select(Customer.__table__).where(Customer.merged_into_id.is_(None)))
    while batch := result.fetchmany(5000):
        _write_fts(conn, batch)  # Row objects expose the same attribute names
        stale += _stale_sort_names(batch)
        count += len(batch)
    if stale:  # written with an older folding (the index format changed)
        conn.exec_driver_sql(driver_sql(conn, "UPDATE customers SET sort_name = ? WHERE id = ?"),
                             stale)
    search_words.rebuild(conn)
    return count


def _stale_sort_names(customers: list) -> list[tuple[str, int]]:
    """(sort name, id) of the customers whose stored sort name is not the current one."""
    return [(name, c.id) for c in customers
            if (name := sort_name(c.first_name, c.last_name)) != c.sort_name]


def _write_fts(conn: Connection, customers: list) -> None:
    """The FTS rows of customers not indexed yet (a rebuild: the tables were emptied)."""
    rows = [(c.id, index_body(c)) for c in customers if c.merged_into_id is None]
    words = [(c.id, index_words(c)) for c in customers if c.merged_into_id is None]
    if rows:
        conn.exec_driver_sql(driver_sql(
            conn, "INSERT INTO customer_fts(rowid, body) VALUES (?, ?)"), rows)
        conn.exec_driver_sql(driver_sql(
            conn, "INSERT INTO customer_words(rowid, words) VALUES (?, ?)"), words)


# FTS5 writes the terms it gathers to disk as a new segment each time they pass its "hashsize"
# (1 MB unless set): loading a whole salon, a larger one means fewer segments to write and merge
# (40% less time indexing 50,000 customers). Set for one transaction, then back to the default.
_BULK_HASHSIZE = 16 * 1024 * 1024
_HASHSIZE = 1024 * 1024


def set_bulk_indexing(conn: Connection, bulk: bool) -> None:
    """Before indexing many new customers in one transaction (True), and after (False).
    FTS5 only: a server's GIN indexes gather their pending entries themselves."""
    if not is_sqlite(conn):
        return
    size = _BULK_HASHSIZE if bulk else _HASHSIZE
    for table in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {size})")


def catch_up_words(conn: Connection) -> None:
    """Close-match words of customers added without the ORM (see models.search_words)."""
    search_words.catch_up(conn)


def index_format(conn: Connection) -> int:
    if is_sqlite(conn):
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    raw = conn.exec_driver_sql("SELECT value FROM settings WHERE key = %s",
                               (FORMAT_KEY,)).scalar()
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else 0


def mark_index_format(conn: Connection) -> None:
    if is_sqlite(conn):
        conn.exec_driver_sql(f"PRAGMA user_version = {int(INDEX_FORMAT)}")
    else:
        search_words.set_setting(conn, FORMAT_KEY, int(INDEX_FORMAT))


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _set_sort_name(mapper, connection, target: Customer) -> None:
    target.sort_name = sort_name(target.first_name, target.last_name)


@event.listens_for(Customer, "after_insert")
@event.listens_for(Customer, "after_update")
def _reindex(mapper, connection, target: Customer) -> None:
    write_index(connection, [target])


@event.listens_for(Customer, "after_delete")
def _unindex(mapper, connection, target: Customer) -> None:
    remove_from_index(connection, [target.id])
