"""Writing many new customers fast: driver-level executemany and the search index rows.

SQLAlchemy's Core executemany spends most of its time in per-row machinery; here the column
values go through each column type's own bind processor (so the stored values are exactly what
the ORM would store) and then straight to the driver's executemany. The search index rows are
built with the same folding and phone digits as models.search_index.index_body (a test checks
they are identical), reusing the phone digits computed while reading the file; the words
table uses index_words itself.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Boolean, Table
from sqlalchemy.engine import Connection

from salon_desk.models.search_index import index_words
from salon_desk.text.fold import fold

_FOLDED: dict[str, str] = {}


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
            result = cache[value] = process(value)
            return result
        except TypeError:  # not hashable (JSON)
            return process(value)

    return cached


class _Attributes:
    """A row dict read as attributes (what index_words expects of a customer)."""

    __slots__ = ("_row",)

    def __init__(self, row: dict) -> None:
        self._row = row

    def __getattr__(self, name: str):
        try:
            return self._row[name]
        except KeyError:
            raise AttributeError(name) from None


class BulkInserter:
    """INSERT of many rows given as dicts holding every column (named parameters, so the
    driver reads the dicts itself); only columns whose type converts values are touched."""

    def __init__(self, conn: Connection, table: Table, columns: list[str]) -> None:
        dialect = conn.dialect
        self.conn = conn
        self.converted = [(name, proc) for name in columns
                          if (proc := _processor(table.c[name].type, dialect)) is not None]
        names = ", ".join(columns)
        marks = ", ".join(f":{name}" for name in columns)
        self.sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"

    def insert(self, rows: list[dict]) -> None:
        """Insert the rows; their values are converted in place (the dicts are consumed)."""
        for name, proc in self.converted:
            for row in rows:
                if (value := row[name]) is not None:
                    row[name] = proc(value)
        if rows:
            self.conn.exec_driver_sql(self.sql, rows)


def index_new_customers(conn: Connection, rows: list[dict],
                        digits: Callable[[str | None], list[str]]) -> None:
    """Add brand-new customers to both FTS tables (no rows to delete first)."""
    bodies, words = [], []
    for row in rows:
        first, last, email = row["first_name"], row["last_name"], row["email"]
        parts = [str(row["id"]), quick_fold(first), quick_fold(last), quick_fold(email),
                 quick_fold(row["external_id"]),
                 *digits(row["mobile"]), *digits(row["phone"])]
        bodies.append((row["id"], " | ".join(p for p in parts if p)))
        words.append((row["id"], index_words(_Attributes(row))))
    if bodies:
        conn.exec_driver_sql("INSERT INTO customer_fts(rowid, body) VALUES (?, ?)", bodies)
        conn.exec_driver_sql("INSERT INTO customer_words(rowid, words) VALUES (?, ?)", words)
