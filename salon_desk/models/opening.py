"""Looking at a database path before opening it, so each problem gets its own message.

A folder, a missing file (when the command only reads), an empty file, a file that is not
SQLite, one cut short, a read-only one: each is told apart here from the file system and the
100-byte SQLite header, before any connection could create, change or switch the file to WAL.
Then ``salon_tables`` reads the table names with a plain connection that changes nothing, so a
database of another program is refused as it is.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from salon_desk.models import store_errors as E
from salon_desk.models.store_errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


def check_path(path: Path, *, create: bool) -> bool:
    """Raise the DatabaseError that fits, or return whether the file already holds data.

    ``create``: a missing or empty file may become a new salon (the app, demo, import); read
    commands pass False, so a mistyped path is said to be missing instead of made empty.
    """
    if path.is_dir():
        raise DatabaseError(E.FOLDER, "folder", path=path)
    if not path.exists():
        if not create:
            raise DatabaseError(E.MISSING, "missing", path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise DatabaseError(E.CANNOT_CREATE, "cannot_create", path=path) from None
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError(E.CANNOT_CREATE, "cannot_create", path=path)
        return False
    if not path.is_file():
        raise DatabaseError(E.NOT_A_FILE, "not_a_file", path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError:
        raise DatabaseError(E.NO_ACCESS, "no_access", path=path) from None
    except OSError:
        raise DatabaseError(E.DISK, "disk", path=path) from None
    if size == 0:
        if not create:
            raise DatabaseError(E.EMPTY, "empty", path=path)
        _check_writable(path)
        return False
    _check_header(path, head, size)
    _check_writable(path)
    return True


def _check_header(path: Path, head: bytes, size: int) -> None:
    if not head.startswith(SQLITE_HEADER) and not SQLITE_HEADER.startswith(head):
        raise DatabaseError(E.NOT_SQLITE, "not_sqlite", path=path)
    if len(head) < HEADER_SIZE:  # the beginning of a database, and no more
        raise DatabaseError(E.TRUNCATED, "truncated", path=path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseError(E.DAMAGED, "damaged", path=path)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 32:
        return  # pages may still be in the write-ahead log: SQLite recovers from it
    pages = int.from_bytes(head[28:32], "big")
    size_is_valid = head[24:28] == head[92:96] and pages > 0
    if size % page_size or (size_is_valid and size < pages * page_size):
        raise DatabaseError(E.TRUNCATED, "truncated", path=path)


def _check_writable(path: Path) -> None:
    """Salon Desk writes every database it opens (migrations, WAL): say so up front."""
    if not os.access(path, os.W_OK):
        raise DatabaseError(E.READ_ONLY, "read_only", path=path)
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    if not os.access(path.parent, os.W_OK) and not all(p.exists() for p in companions):
        raise DatabaseError(E.READ_ONLY, "read_only", path=path)  # no room for the WAL files


def salon_tables(path: Path, timeout: float) -> set[str]:
    """The table names of an existing file, read without changing it (no WAL switch, no
    journal): the caller refuses a file of another program before configuring anything."""
    uri = f"file:{quote(str(path.resolve()))}?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise E.explain(exc, path, opening=True) or DatabaseError(
            E.CANNOT_CREATE, "cannot_open", path=path) from exc
    try:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise E.explain(exc, path, opening=True) or DatabaseError(
            E.DAMAGED, "damaged", path=path) from exc
    finally:
        conn.close()
