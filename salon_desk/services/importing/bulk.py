"""Writing many new customers fast: driver-level executemany and the search index rows.

SQLAlchemy's Core executemany spends most of its time in per-row machinery; here the column
values go through each column type's own bind processor (so the stored values are exactly what
the ORM would store) and then straight to the driver's executemany. The search index rows are
built with the same folding and phone digits as models.search_index.index_body and
index_words (a test checks they are identical), reusing the phone digits computed while reading
the file.

The engine split of an import's writing is here and nowhere else: SQLite gets executemany (with
the constant columns written into the statement), a salon server gets PostgreSQL's COPY
(``insert_rows``), inside the same transaction, so a failed or cancelled import still leaves
nothing behind.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat

from sqlalchemy import JSON, Boolean, Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from salon_desk.models.opening import is_sqlite

from salon_desk.text.fold import fold
from salon_desk.text.word_breaks import cut

_FOLDED: dict[str, str] = {}
# Python's cycle collector runs every 700 new objects and, every tenth and hundredth time,
# walks all the older ones again: reading a file of 50,000 rows creates millions of objects,
# none of them in a cycle, and the walks took a fifth of an import. Rarer while importing.
_IMPORT_GC_THRESHOLDS = (100_000, 50, 100)


@contextmanager
def fewer_gc_passes() -> Iterator[None]:
    """Run the cycle collector rarely inside; as it was set afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(*(max(a, b) for a, b in zip(before, _IMPORT_GC_THRESHOLDS, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def quick_fold(value: str | None) -> str:
    """text.fold.fold, faster: plain ASCII is only lower-cased, other text is remembered
    (first and last names repeat a lot in a customer base)."""
    if not value:
        return ""
    if value.isascii():
        return value.lower()
    folded = _FOLDED.get(value)
    if folded is None:
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        folded = _FOLDED[value] = fold(value)
    return folded


def quick_sort_name(first: str | None, last: str | None) -> str:
    """search_index.sort_name with quick_fold."""
    return f"{quick_fold(last).strip()} {quick_fold(first).strip()}".strip()


def _processor(column_type, dialect):
    """The column's bind processor; values that repeat (the import's timestamp, dates) are
    converted once. Booleans go to the driver as they are (sqlite3 stores them as 1/0)."""
    if isinstance(column_type, Boolean):
        return None
    process = column_type.bind_processor(dialect)
    if process is None:
        return None
    cache: dict = {}

    def cached(value):
        try:
            return cache[value]
        except KeyError:
            if len(cache) > 50_000:
                cache.clear()
            result = process(value)
            if result.__class__ is dt.datetime:  # as sqlite3's own adapter would send it,
                result = result.isoformat(" ")  # once instead of for every row
            cache[value] = result
            return result
        except TypeError:  # not hashable (JSON)
            return process(value)

    return cached


class BulkInserter:
    """INSERT of many rows given as dicts holding every column; only columns whose type
    converts values are touched. The driver gets tuples (positional parameters): it reads
    them in a third of the time it takes to look every column up in a dict.

    A column holding the same value in every row of a call (the import's time stamp, the
    defaults of the columns a file does not have: most of a customer's 37) is written into
    the statement once instead of being bound for each row: binding was three quarters of
    SQLite's time inserting customers. Only NULL, integers and text without NUL characters
    are written so (quoted as SQL quotes them); anything else is bound as before."""

    def __init__(self, conn: Connection, table: Table, columns: list[str]) -> None:
        dialect = conn.dialect
        self.conn = conn
        self.columns = columns
        self.table = table.name
        self.processors = {name: proc for name in columns
                           if (proc := _processor(table.c[name].type, dialect)) is not None}
        self.copy = not is_sqlite(conn)  # a server: COPY (insert_rows)
        if self.copy:  # COPY takes JSON as its text (psycopg's own adapter is for statements)
            self.processors.update({name: json.dumps for name in columns
                                    if isinstance(table.c[name].type, JSON)})

    def insert(self, rows: list[dict]) -> None:
        """Insert rows given as dicts holding every column."""
        self.insert_columns(len(rows), {name: [row[name] for row in rows]
                                        for name in self.columns})

    def insert_columns(self, count: int, values: dict[str, object]) -> None:
        """Insert ``count`` rows given a column at a time: a list holds each row's value, any
        other value is every row's (converted once)."""
        if not count:
            return
        columns = []
        for name in self.columns:
            value = values[name]
            process = self.processors.get(name)
            if process is not None:
                if value.__class__ is list:
                    value = [v if v is None else process(v) for v in value]
                elif value is not None:
                    value = process(value)
            columns.append(value)
        if self.copy:
            rows = zip(*(v if v.__class__ is list else repeat(v, count) for v in columns))
            insert_rows(self.conn, self.table, self.columns, rows)
            if "id" in self.columns:
                _ids_taken(self.conn, self.table)
            return
        sql, params = constants_inlined(self.table, self.columns, count, columns)
        self.conn.exec_driver_sql(sql, params)


def insert_rows(conn: Connection, table: str, columns: Sequence[str],
                rows: Iterable[tuple]) -> None:
    """Insert rows given as tuples in ``columns``' order: executemany on SQLite, COPY on a
    salon server (in the connection's transaction). A server's refusal is raised as
    SQLAlchemy raises a statement's, so that models.store_errors explains it alike."""
    names = ", ".join(columns)
    if is_sqlite(conn):
        marks = ", ".join("?" for _c in columns)
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(rows))
        return
    sql = f"COPY {table} ({names}) FROM STDIN"
    dbapi = conn.dialect.loaded_dbapi
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc


def hold_customers(conn: Connection) -> None:
    """One import at a time, from its plan to its commit: the numbers it gives and the
    matches it finds hold until then. SQLite's write transaction already holds the whole file;
    a server's customers table is locked against other writers (readers go on), so a second
    import waits and then plans against the first one's customers."""
    if not is_sqlite(conn):
        conn.exec_driver_sql("LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE")


@contextmanager
def search_indexes_set_aside(conn: Connection, whole_salon: bool) -> Iterator[None]:
    """Loading a whole salon into a server (``whole_salon``): the search tables' GIN indexes
    dropped, and made again after the block (one build is faster than growing them row by
    row). DDL is part of the transaction: an error or a cancel restores them with the
    rollback. SQLite's FTS5 tables have their own bulk setting (search_index.set_bulk_indexing)."""
    if not whole_salon or is_sqlite(conn):
        yield
        return
    found = conn.exec_driver_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename IN ('customer_fts', 'customer_words') AND indexdef LIKE %s",
        ("%USING gin%",)).all()
    for name, _definition in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, definition in found:
        conn.exec_driver_sql(definition)


def _ids_taken(conn: Connection, table: str) -> None:
    """A server's id sequence past the ids just given (the import chooses them: the file's
    own, or the next free ones), so the next customer a desk adds gets a new one. Never moved
    back (another desk may have taken numbers since)."""
    conn.exec_driver_sql(
        f"SELECT setval(s, greatest((SELECT max(id) FROM {table}), "
        f"coalesce(pg_sequence_last_value(s::regclass), 0), 1)) "
        f"FROM pg_get_serial_sequence('{table}', 'id') AS s WHERE s IS NOT NULL")


def sql_literal(value: object) -> str | None:
    """``value`` as an SQL literal that SQLite stores exactly as it would store the bound
    value, or None when it is not one of the kinds written so."""
    if value is None:
        return "NULL"
    kind = value.__class__
    if kind is int:
        return str(value)
    if kind is bool:
        return "1" if value else "0"  # as sqlite3 binds them
    if kind is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _same_everywhere(column: tuple) -> str | None:
    """The literal of a column's value when every row holds that same value, of one type."""
    first = column[0]
    literal = sql_literal(first)
    if literal is None or column.count(first) != len(column):
        return None
    kind = first.__class__
    if kind is not str and first is not None and any(v.__class__ is not kind for v in column):
        return None  # 1, 1.0 and True are equal, but not stored alike
    return literal


def constants_inlined(table: str, columns: list[str], count: int, values: list,
                      inline: bool = True) -> tuple[str, list[tuple]]:
    """The INSERT of ``count`` rows into ``table``, given a column at a time in ``columns``'
    order (a list: each row's value; anything else: every row's), with the columns that hold
    one value in every row written into the statement (``inline``); the rows' other values."""
    marks, bound = [], []
    for value in values:
        if value.__class__ is list:
            literal = _same_everywhere(value) if inline and count > 1 else None
        else:
            literal = sql_literal(value) if inline else None
            if literal is None:
                value = [value] * count
        if literal is None:
            bound.append(value)
            marks.append("?")
        else:
            marks.append(literal)
    # Every row the same: one row's worth of (no) parameters for each of them.
    params = list(zip(*bound, strict=True)) if bound else [()] * count
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(marks)})"
    return sql, params


INDEXED = ("id", "first_name", "last_name", "email", "external_id", "mobile", "phone")


def index_new_customers(conn: Connection, customers: Iterable[tuple],
                        digits: Callable[[str | None], list[str]]) -> None:
    """Add brand-new customers to both FTS tables (no rows to delete first); ``customers``
    gives the INDEXED columns of each."""
    bodies, words = [], []
    for cid, first_name, last_name, email, external_id, mobile, phone in customers:
        first, last = quick_fold(first_name), quick_fold(last_name)
        parts = [str(cid), first, last, quick_fold(email), quick_fold(external_id),
                 *digits(mobile), *digits(phone)]
        bodies.append((cid, " | ".join(p for p in parts if p)))
        # index_words, from the names folded above (cut at the index's word breaks)
        if first_name and last_name:
            words.append((cid, cut(f"{first} {last}")))
        else:
            words.append((cid, cut(first if first_name else last)))
    if bodies:
        insert_rows(conn, "customer_fts", ("rowid", "body"), bodies)
        insert_rows(conn, "customer_words", ("rowid", "words"), words)
