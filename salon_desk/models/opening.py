"""Looking at a database path before opening it, so each problem gets its own message.

A folder, a missing file (when the command only reads), an empty file, a read-only one: each
is told apart from the file system, before any connection could create or change the file.
Then ``salon_tables`` reads the page counts and table names with a plain connection that
changes nothing (no switch to WAL), so a file cut short, one that is not SQLite or is damaged,
and a database of another program are each named and refused as they are.

It is also the one place that says which engine a database is on: a path is a SQLite file, an
address ``postgresql://user@host/salon`` a salon server (``server_url``); code that differs by
engine asks ``is_sqlite(bind)`` (WAL, busy handling, the backup API, PRAGMAs, FTS5).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from salon_desk.models import store_errors as E
from salon_desk.models.store_errors import DatabaseError
from salon_desk.paths import server_address

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
_SHORT_READ = 522  # SQLITE_IOERR_SHORT_READ: a page beyond the end of the file


SERVER_DRIVER = "postgresql+psycopg"


def server_url(location: object) -> str | None:
    """The SQLAlchemy URL of a salon server's address (``postgresql://user@host/salon``), or
    None when ``location`` is a file path."""
    address = server_address(location)
    return None if address is None else f"{SERVER_DRIVER}://{address.partition('://')[2]}"


def side_connection(engine, application_name: str):
    """A psycopg connection of its own (autocommit) to the server ``engine`` connects to, beside
    the engine's pool: for listening to change notices, or asking about a job's locks while
    the job waits. psycopg is imported here, only on a server (a SQLite salon never loads it,
    about 0.25 s of import)."""
    import psycopg

    args, kwargs = engine.dialect.create_connect_args(engine.url)
    kwargs.update(autocommit=True, connect_timeout=10, application_name=application_name)
    return psycopg.connect(*args, **kwargs)


def display_url(url: str) -> str:
    """A server's address as a message may show it: never its password."""
    shown = make_url(url)._replace(drivername="postgresql", password=None)
    return shown.render_as_string(hide_password=False)


def is_sqlite(bind) -> bool:
    """Whether an Engine or Connection is on SQLite (else a salon server)."""
    return bind.dialect.name == "sqlite"


def driver_sql(bind, sql: str) -> str:
    """A statement written with ``?`` placeholders in the driver's own style (``%s`` for
    psycopg); for the few hot paths that skip SQLAlchemy's compiler."""
    return sql if bind.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def server_tables(conn) -> set[str]:
    """The table names of a server database's schema (the one its user works in)."""
    return set(inspect(conn).get_table_names())


def check_path(path: Path, *, create: bool) -> bool:
    """Raise the DatabaseError that fits, or return whether the file already holds data.

    ``create``: a missing or empty file may become a new salon (the app, demo, import); read
    commands pass False, so a mistyped path is said to be missing instead of made empty.
    Only the file system is asked here (no file is opened: closing a file this process also
    has open in SQLite would drop SQLite's locks on it).
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
    if not os.access(path, os.R_OK):
        raise DatabaseError(E.NO_ACCESS, "no_access", path=path)
    size = path.stat().st_size
    if size == 0 and not create:
        raise DatabaseError(E.EMPTY, "empty", path=path)
    _check_writable(path)
    return size > 0


def _check_writable(path: Path) -> None:
    """Salon Desk writes every database it opens (migrations, WAL): say so up front."""
    if not os.access(path, os.W_OK):
        raise DatabaseError(E.READ_ONLY, "read_only", path=path)
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    if not os.access(path.parent, os.W_OK) and not all(p.exists() for p in companions):
        raise DatabaseError(E.READ_ONLY, "read_only", path=path)  # no room for the WAL files


def salon_tables(path: Path, timeout: float) -> set[str]:
    """The table names of an existing file, read without changing it (no WAL switch, no
    journal), after checking that the file is whole: the caller refuses a file of another
    program before configuring anything."""
    uri = f"file:{quote(str(path.resolve()))}?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise _problem(exc, path) from exc
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        _check_size(path, page_size, pages)
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        if E.sqlite_code(exc) == E.PROTOCOL:
            raise  # a race with another program opening it: the caller tries again
        raise _problem(exc, path) from exc
    finally:
        conn.close()


def _check_size(path: Path, page_size: int, pages: int) -> None:
    """A file shorter than its pages (with no write-ahead log to finish it) was cut short."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 32:
        return  # pages may still be in the write-ahead log: SQLite recovers from it
    size = path.stat().st_size
    if size % page_size or size < pages * page_size:
        raise DatabaseError(E.TRUNCATED, "truncated", path=path)


def _problem(exc: sqlite3.Error, path: Path) -> DatabaseError:
    """What SQLite's refusal means; the header decides "cut short" against "not SQLite"
    (read only now that SQLite has refused the file, so no lock of ours is on it)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == _SHORT_READ:
        return DatabaseError(E.TRUNCATED, "truncated", path=path)
    explained = E.explain(exc, path, opening=True)
    if explained is not None and explained.kind in ("not_sqlite", "damaged"):
        head = _header(path)
        if head is not None and _looks_cut_short(path, head):
            return DatabaseError(E.TRUNCATED, "truncated", path=path)
    return explained or E.cannot_open(exc, path)


def _header(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(HEADER_SIZE)
    except OSError:
        return None


def _looks_cut_short(path: Path, head: bytes) -> bool:
    if not head or not (head.startswith(SQLITE_HEADER) or SQLITE_HEADER.startswith(head)):
        return False  # another kind of file
    if len(head) < HEADER_SIZE:
        return True  # the beginning of a database, and no more
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False
    pages = int.from_bytes(head[28:32], "big") if head[24:28] == head[92:96] else 0
    size = path.stat().st_size
    return size % page_size != 0 or size < pages * page_size
