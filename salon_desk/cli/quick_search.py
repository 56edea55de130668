"""`salon-desk search` in a fraction of a second: no SQLAlchemy, no models, no alembic.

Importing SQLAlchemy and declaring the models takes longer than any search (about half a second
of the whole process). A file that is already at this version's schema revision and search
index format needs none of it: it is read with sqlite3 through the search's own SQL
(services.search_sql, the same functions the app's search box uses), in one read transaction,
writing nothing.

Anything else goes the usual way (``quick_search`` returns None), which opens the file with
every check and says what is wrong: no file, a file to upgrade or re-index, not a salon, any
SQLite error, or a text that may be an old ID or external ID of a merged-away record (only
services.merge follows merges).
"""

from __future__ import annotations

import json
import os
import sqlite3
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
    if rows is None:
        return None
    print_rows(rows, args.json)
    return 0


def _rows(args) -> list[QuickRow] | None:
    from salon_desk.paths import default_db_path
    from salon_desk.schema_head import schema_head
    from salon_desk.text.search import INDEX_FORMAT

    if "://" in str(args.db or ""):
        return None  # a salon server's address: the usual way (services.search.dialect)
    path = Path(args.db or default_db_path())
    head = schema_head()
    if head is None or not _plainly_usable(path):
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
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(head,)]:
            return None
        if conn.execute("PRAGMA user_version").fetchone()[0] != INDEX_FORMAT:
            return None
        return _search(conn, args.text, args.limit)
    except (sqlite3.Error, _Usual):
        return None
    finally:
        conn.close()


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
    rows = {cid: (first, last, mobile, email) for cid, first, last, mobile, email in conn.execute(
        f"SELECT id, first_name, last_name, mobile, email FROM customers WHERE id IN "
        f"({', '.join('?' * len(ids))})", ids)}
    return [QuickRow(cid, " ".join(p for p in rows[cid][:2] if p), rows[cid][2], rows[cid][3],
                     cid in found.close) for cid in ids if cid in rows]


def _no_merged_record(conn: sqlite3.Connection, key: str) -> None:
    """None when services.search.resolve.resolve_customer cannot find anyone for ``key``; otherwise
    the usual way follows the merge. Asks the same places it looks in (a record of that ID,
    an external ID in any case, a merge that replaced one), more broadly."""
    from salon_desk.services.search.sql import clean_query, parse_id

    key = clean_query(key.strip().removeprefix("#").strip())
    if not key:
        return None
    if not key.isascii():  # SQLite's lower() and the merges' JSON escapes are ASCII-only
        raise _Usual
    number = parse_id(key)
    if number is not None and conn.execute("SELECT 1 FROM customers WHERE id = ?",
                                           (number,)).fetchone():
        raise _Usual
    if conn.execute("SELECT 1 FROM customers WHERE lower(external_id) = ? LIMIT 1",
                    (key.lower(),)).fetchone():
        raise _Usual
    if conn.execute("SELECT 1 FROM merges WHERE instr(lower(snapshot), ?) LIMIT 1",
                    (key.lower(),)).fetchone():
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
