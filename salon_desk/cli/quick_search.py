"""`salon-desk search` in a fraction of a second: no SQLAlchemy, no models, no alembic.

Importing SQLAlchemy and declaring the models takes longer than any search (about half a second
of the whole process, more than a second on a salon server). A database that is already at
this version's schema revision and search index format needs none of it: a file is read with
sqlite3, a salon server's database with psycopg alone, through the search's own SQL
(services.search.find, the same functions the app's search box uses), in one read transaction,
writing nothing.

Anything else goes the usual way (``quick_search`` returns None), which opens the database with
every check and says what is wrong: no file, a database to upgrade or re-index, not a salon,
any database error, staff sign-in on (the usual way asks who searches), or a text that may be
an old ID or external ID of a merged-away record (only services.merge follows merges). A
server that cannot be reached or refuses the connection is said so at once, as the usual way
says it, rather than waited for a second time.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote


@dataclass
class QuickRow:
    id: int
    name: str
    mobile: str | None
    email: str | None
    close: bool


class _Usual(Exception):
    """This search needs the usual way."""


def quick_search(args) -> int | None:
    """Print what ``salon-desk search`` prints, or None to let the usual way answer."""
    rows = _rows(args)
    if rows is None or isinstance(rows, int):
        return rows
    print_rows(rows, args.json)
    return 0


def _rows(args) -> list[QuickRow] | int | None:
    """The customers found; or the exit code when the failure has been said; or None."""
    from salon_desk.paths import default_db_path, server_address
    from salon_desk.schema_head import schema_head

    if schema_head() is None:
        return None
    address = server_address(args.db)
    if address is not None:
        return _server_rows(address, args)
    if "://" in str(args.db or ""):
        return None  # an address of no known server: the usual way says so
    path = Path(args.db or default_db_path())
    if not _plainly_usable(path):
        return None
    try:
        # Read and write, as the usual way opens it (a file it may not write is its problem to
        # explain), but never created.
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True,
                               isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot; a reader never waits for a writer in WAL mode
        if not _current(conn, conn.execute("PRAGMA user_version").fetchone()[0]):
            return None
        return _search(conn, args.text, args.limit)
    except (sqlite3.Error, _Usual):
        return None
    finally:
        conn.close()


def _server_rows(address: str, args) -> list[QuickRow] | int | None:
    """On a salon server: one read-only snapshot through psycopg, as models.db connects."""
    try:
        import psycopg
    except ImportError:
        return None
    try:
        conn = psycopg.connect(address, connect_timeout=10, application_name="Salon Desk")
    except psycopg.Error as exc:
        return _not_connected(args, exc)
    try:
        conn.read_only = True
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # one snapshot
        # models.search_index.FORMAT_KEY: a server keeps the index format in settings
        if not _current(conn, _setting(conn, "search.index_format")):
            return None
        return _search(conn, args.text, args.limit)
    except (psycopg.Error, _Usual):
        return None
    finally:
        conn.close()


def _not_connected(args, exc: Exception) -> int | None:
    """A server not reached, or refusing the user or the database: the usual way's message
    (models.db), printed now; None for anything the usual way may get past."""
    from salon_desk.cli.messages import user_text
    from salon_desk.models.opening import display_url, server_url
    from salon_desk.models.store_errors import explain, is_transient

    problem = explain(exc, display_url(server_url(args.db)), opening=True)
    if problem is None or is_transient(exc):
        return None
    print(f"salon-desk: {user_text(problem)}", file=sys.stderr)
    return 2


def _current(conn, index_format: object) -> bool:
    """At this version's schema revision and search index format, staff sign-in off."""
    from salon_desk.schema_head import schema_head
    from salon_desk.text.search import INDEX_FORMAT

    revision = list(_dialect(conn).rows(conn, "SELECT version_num FROM alembic_version", {}))
    return (revision == [(schema_head(),)] and index_format == INDEX_FORMAT
            and _setting(conn, "signin.enabled") is not True)


def _setting(conn, key: str) -> object:
    """A settings row's value (JSON: text on SQLite, read by the driver on a server)."""
    found = list(_dialect(conn).rows(conn, "SELECT value FROM settings WHERE key = :key",
                                     {"key": key}))
    value = found[0][0] if found else None
    try:
        return json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return None


def _dialect(conn):
    from salon_desk.services.search.dialect import of

    return of(conn)


def _plainly_usable(path: Path) -> bool:
    """A file the usual way would open without a word: it exists, and it and its WAL files
    may be written (models.opening refuses a file it could not save to, even for a read)."""
    if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
        return False
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    return os.access(path.parent, os.W_OK) or all(p.exists() for p in companions)


def _search(conn: sqlite3.Connection, text: str, limit: int) -> list[QuickRow]:
    from salon_desk.services.search.find import find

    found = find(conn, text, lambda key: _no_merged_record(conn, key))
    ids = found.ids[:limit]  # as services.search.search slices it
    if not ids:
        return []
    marks = {f"i{n}": cid for n, cid in enumerate(ids)}
    rows = {cid: (first, last, mobile, email) for cid, first, last, mobile, email in _dialect(
        conn).rows(conn, "SELECT id, first_name, last_name, mobile, email FROM customers WHERE "
                         f"id IN ({', '.join(':' + name for name in marks)})", marks)}
    return [QuickRow(cid, " ".join(p for p in rows[cid][:2] if p), rows[cid][2], rows[cid][3],
                     cid in found.close) for cid in ids if cid in rows]


def _no_merged_record(conn: sqlite3.Connection, key: str) -> None:
    """None when services.search.resolve.resolve_customer cannot find anyone for ``key``; otherwise
    the usual way follows the merge. Asks the same places it looks in (a record of that ID,
    an external ID in any case, a merge that replaced one), more broadly."""
    from salon_desk.services.search.dialect import like_pattern
    from salon_desk.services.search.sql import clean_query, parse_id

    key = clean_query(key.strip().removeprefix("#").strip())
    if not key:
        return None
    if not key.isascii():  # SQLite's lower() and the merges' JSON escapes are ASCII-only
        raise _Usual
    number, key = parse_id(key), key.lower()
    checks = ["SELECT 1 FROM customers WHERE lower(external_id) = :key LIMIT 1",
              "SELECT 1 FROM merges WHERE lower(CAST(snapshot AS TEXT)) LIKE :within "
              "ESCAPE '\\' LIMIT 1"]
    if number is not None:
        checks.insert(0, "SELECT 1 FROM customers WHERE id = :number")
    for sql in checks:
        if list(_dialect(conn).rows(conn, sql, {"number": number, "key": key,
                                                "within": like_pattern(key)})):
            raise _Usual
    return None


def print_rows(rows, as_json: bool) -> None:
    """The customers found (id, name, mobile, email, close), as text or JSON."""
    if as_json:
        print(json.dumps([{"id": r.id, "name": r.name, "mobile": r.mobile, "email": r.email,
                           "close": r.close} for r in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print("No customers found.")
    else:
        from salon_desk.services.phones import format_phone  # only when there are phones

        for r in rows:
            mark = "  (close match)" if r.close else ""
            print(f"{r.id:>7}  {r.name:<34.34}  {format_phone(r.mobile):<18}  "
                  f"{r.email or ''}{mark}")
