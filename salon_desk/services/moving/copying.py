"""The move itself: a snapshot of the salon file copied into an empty server database in one
transaction, then checked (see the package's docstring)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import psycopg
from sqlalchemy import Connection, MetaData
from sqlalchemy.exc import DBAPIError

from salon_desk.models import search_index
from salon_desk.models import store_errors as E
from salon_desk.models.db import Database, alembic_config, make_engine
from salon_desk.models.opening import check_path, display_url, server_tables, server_url
from salon_desk.models.store_errors import DatabaseError, explain, server_code
from salon_desk.services import error_texts as msg
from salon_desk.services import lengths
from salon_desk.services.care.documents import put_file
from salon_desk.services.errors import SalonError
from salon_desk.services.jobs import Job
from salon_desk.services.moving.checks import Compared, MoveResult, compare, file_counts
from salon_desk.services.printing.options import LOGO_FILE, LOGO_NAME
from salon_desk.services.texts import Text

# Made by the migrations, or written again from the customers (the search index).
NOT_COPIED = {"alembic_version", "customer_fts", "customer_words"}
# What the migrations (or a desk that opened the new database) write into an empty salon: a
# database holding rows only there holds no salon yet; they are replaced by the file's.
SEEDED = {"settings", "message_templates", "message_template_texts"}
FILES = "document_files"  # empty in the file: filled from its documents folder
_ROWS_PER_STEP = 5000
_MIGRATION_LOCK = 0x5A10D35C  # the key models.db.upgrade locks: one migration at a time


def move_to_server(source: Path, url: str) -> Job[MoveResult]:
    """Copy the salon file ``source`` and its documents into the empty server database at
    ``url`` (a long job: yields its progress, returns a MoveResult). Raises SalonError or
    DatabaseError saying why, with the server database left as it was."""
    started = time.perf_counter()
    source = Path(source)
    target = server_url(url)
    if target is None:
        raise SalonError(Text(msg.MOVE_NOT_A_SERVER, address=str(url)))
    check_path(source, create=False)
    server = display_url(target)
    yield 0, 0, "Reading the salon file…"
    with tempfile.TemporaryDirectory(prefix="salon-desk-move-") as scratch:
        reader = sqlite3.connect(snapshot(source, Path(scratch)))
        engine = make_engine(target)
        try:
            result = yield from _copy_all(reader, engine, source.parent / "documents", server)
        finally:
            engine.dispose()
            reader.close()
    return dataclasses.replace(result, seconds=time.perf_counter() - started)


def snapshot(source: Path, scratch: Path) -> Path:
    """A consistent copy of the salon file in ``scratch``, brought to the current schema. The
    file itself is opened read-only (SQLite's backup API reads it, write-ahead log included)."""
    copy = scratch / source.name
    uri = f"file:{quote(str(source.resolve()))}?mode=ro"
    try:
        src = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise explain(exc, source, opening=True) or E.cannot_open(exc, source) from exc
    Database(copy).dispose()  # an older schema or index format: the copy is upgraded
    return copy


def _copy_all(reader: sqlite3.Connection, engine, documents: Path, server: str
              ) -> Job[MoveResult]:
    stage = None  # where a failure happened, for its message
    count, first = lengths.too_long_in_file(reader)  # a server would stop at the first
    if first is not None:
        raise SalonError(Text(msg.MOVE_TOO_LONG, n=count, **dataclasses.asdict(first)))
    try:
        with engine.connect() as conn, conn.begin():
            _check_empty(conn, server)
            stage = "alembic_version"
            _migrate(conn)
            tables = [t for t in _tables_in_order(conn) if _has_table(reader, t)]
            names = sorted({n for (n,) in reader.execute(
                "SELECT DISTINCT stored_name FROM documents") if n})
            total = sum(file_counts(reader, tables).values()) + len(names)
            _clear_seeded(conn, tables)
            done = 0
            for stage in tables:
                for copied in _copy_table(reader, conn, stage):
                    done += copied
                    yield done, total, "Copying the tables…"
            yield done, total, "Checking the copy…"
            rows, sums = compare(reader, conn, [t for t in tables if t != FILES])
            stage = "customer_fts"
            _set_sequences(conn)
            search_index.rebuild_index(conn)
            search_index.mark_index_format(conn)
            stage = FILES
            missing = yield from _copy_documents(conn, documents, names, done, total)
            rows.append(Compared("document files", len(names) - len(missing),
                                 conn.exec_driver_sql(f"SELECT count(*) FROM {FILES}").scalar()))
            _copy_logo(reader, conn, documents.parent / "branding")
            if different := [c for c in rows + sums if not c.same]:
                first = different[0]
                raise SalonError(Text(msg.MOVE_MISMATCH, what=first.what, in_file=first.in_file,
                                      copied=first.on_server))
    except (DBAPIError, psycopg.Error) as exc:
        raise _failure(exc, server, stage) from exc
    _analyze(engine)
    return MoveResult(server, rows, sums, len(names) - len(missing), missing)


def _failure(exc: BaseException, server: str, stage: str | None) -> Exception:
    """What a server's refusal means, never its words (they may quote the rows' values)."""
    code = server_code(exc) or ""
    refused_here = isinstance(getattr(exc, "orig", exc), psycopg.DataError)  # a NUL in a text
    problem = None if refused_here else explain(exc, server, opening=stage is None)
    if isinstance(problem, DatabaseError):
        return problem
    reason = (msg.MOVE_REASON_VALUE if code.startswith("22") or refused_here else
              msg.MOVE_REASON_RULE if code.startswith("23") else msg.MOVE_REASON_OTHER)
    return SalonError(Text(msg.MOVE_FAILED, server=server, table=stage or "-",
                           reason=Text(reason)))


def _check_empty(conn: Connection, server: str) -> None:
    """Refuse a database of another program, one of a newer Salon Desk, or one holding a
    salon already (any row beyond what a new salon is made with)."""
    tables = server_tables(conn)
    if not tables:
        return
    if "alembic_version" not in tables:
        raise DatabaseError(E.NOT_SALON, "not_salon", path=server)
    held = sorted(t for t in tables - SEEDED - NOT_COPIED
                  if conn.exec_driver_sql(f'SELECT 1 FROM "{t}" LIMIT 1').first())
    if held:
        customers = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() \
            if "customers" in tables else 0
        raise SalonError(Text(msg.MOVE_SERVER_HOLDS_SALON, server=server, n=customers))


def _migrate(conn: Connection) -> None:
    """The server database brought to the current schema inside this transaction."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
    if "alembic_version" in server_tables(conn):
        current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        known = {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseError(E.NEWER, "newer", schema=current)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def _tables_in_order(conn: Connection) -> list[str]:
    """The server's tables, each after those its foreign keys name."""
    metadata = MetaData()
    metadata.reflect(conn)
    return [t.name for t in metadata.sorted_tables if t.name not in NOT_COPIED]


def _has_table(reader: sqlite3.Connection, table: str) -> bool:
    return reader.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          (table,)).fetchone() is not None


def _clear_seeded(conn: Connection, tables: list[str]) -> None:
    for table in reversed(tables):  # rows naming another table's rows go first
        if table in SEEDED:
            conn.exec_driver_sql(f'DELETE FROM "{table}"')


def _copy_table(reader: sqlite3.Connection, conn: Connection, table: str):
    """COPY the file's rows into the server's table, ids included; yields rows copied per
    step. One COPY per table: a row may name a later row of its own table (a merged
    customer), which the server checks at the end of the statement."""
    on_server = [c["name"] for c in _columns(conn, table)]
    in_file = {row[1] for row in reader.execute(f'PRAGMA table_info("{table}")')}
    columns = ", ".join(f'"{c}"' for c in on_server if c in in_file)
    rows = reader.execute(f'SELECT {columns} FROM "{table}"')
    driver = conn.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(
            f'COPY "{table}" ({columns}) FROM STDIN') as copy:
        while batch := rows.fetchmany(_ROWS_PER_STEP):
            for row in batch:
                copy.write_row(row)
            yield len(batch)


def _columns(conn: Connection, table: str) -> list[dict]:
    from sqlalchemy import inspect

    return inspect(conn).get_columns(table)


def _set_sequences(conn: Connection) -> None:
    """Each id sequence past the largest id copied, so the next row a desk adds gets a new
    id."""
    found = conn.exec_driver_sql(
        "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), "
        "column_name) FROM information_schema.columns WHERE table_schema = current_schema()"
    ).all()
    for table, column, sequence in found:
        if sequence:
            conn.exec_driver_sql(
                f'SELECT setval(%s, coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, '
                "false)", (sequence,))


def _copy_documents(conn: Connection, folder: Path, names: list[str], done: int, total: int):
    """Every stored file the rows name into document_files; returns those missing."""
    missing = []
    for name in names:
        if not _copy_document(conn, folder, name):
            missing.append(name)
        done += 1
        yield done, total, "Copying the documents…"
    return missing


def _copy_document(conn: Connection, folder: Path, name: str) -> bool:
    """One stored file into document_files; False when it is missing from the folder or no
    longer matches its hash (the backups skip such a file as well)."""
    path = folder / Path(name).name
    if path.is_symlink() or not path.is_file():
        return False
    content = path.read_bytes()
    if hashlib.sha256(content).hexdigest() != name.split(".", 1)[0]:
        return False
    put_file(conn, name, content)
    return True


def _copy_logo(reader: sqlite3.Connection, conn: Connection, folder: Path) -> None:
    """The salon's logo (in the branding folder beside the file) into document_files, where
    a server keeps it (services.printing.options); after the documents' count, which is of the
    files the documents name."""
    found = reader.execute("SELECT value FROM settings WHERE key = ?",
                           (LOGO_FILE.key,)).fetchone()
    name = json.loads(found[0]) if found and found[0] else None
    if not isinstance(name, str) or not LOGO_NAME.match(name):
        return
    path = folder / name
    if not path.is_symlink() and path.is_file():
        put_file(conn, name, path.read_bytes())


def _analyze(engine) -> None:
    """Statistics for the planner on the copied tables (autovacuum would get there too)."""
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    except DBAPIError:
        pass  # only a matter of speed
