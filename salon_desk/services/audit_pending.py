"""Audit rows kept beside the database until they can be written (services.audit.record_soon).

An export is a read: it must not wait for another program that holds the write lock, yet it
must be in the trail. Its rows are written whole into a hidden file beside the database,
``.<database name>.audit-pending-<random>.json`` (written aside, fsynced and renamed, so a file
is never seen half-written), before anything waits. The next audited write, which holds the
write lock, takes every such file in and removes it once its transaction is committed (rolled
back, the file stays for the next one).
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

T = TypeVar("T")
_MARK = ".audit-pending-"
_TAKEN = "audit_pending_taken"  # connection.info: the files this transaction took in


def _pattern(db_path: Path) -> str:
    return f".{db_path.name}{_MARK}*.json"


def keep(db_path: Path, changes: list[dict]) -> bool:
    """Write ``changes`` to a new pending file; False when it cannot be written."""
    final = db_path.parent / f".{db_path.name}{_MARK}{uuid.uuid4().hex}.json"
    partial = final.with_name(final.name + ".partial")
    try:
        with partial.open("x", encoding="utf-8") as out:
            json.dump(changes, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, final)
    except OSError:
        partial.unlink(missing_ok=True)
        return False
    return True


def write_now(db_path: Path, wait: float, write: Callable[[Connection], None]) -> bool:
    """Run ``write`` (which takes the pending files in) in a transaction of its own that waits
    at most ``wait`` seconds for another writer, on a connection of its own (whatever this
    thread's work would wait for a save); False when the lock was not had in time."""
    raw = sqlite3.connect(str(db_path), timeout=wait, isolation_level=None,
                          check_same_thread=False)
    try:
        try:
            raw.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return False
        engine = create_engine(f"sqlite:///{db_path}", creator=lambda: raw,
                               poolclass=StaticPool)
        with engine.connect() as connection:
            write(connection)
            connection.commit()
        return True
    except (sqlite3.Error, SQLAlchemyError):  # a full disk, a read-only file: the rows wait
        return False
    finally:
        raw.close()


def _database_path(connection: Connection) -> Path | None:
    if connection.dialect.name != "sqlite":  # a salon server: no file beside the database
        return None
    name = connection.engine.url.database
    return Path(name) if name and name != ":memory:" else None


def take(connection: Connection, make: Callable[[dict], T]) -> list[T]:
    """The changes waiting in pending files (oldest first), each made by ``make``; the files
    are removed when the connection's transaction commits."""
    db_path = _database_path(connection)
    if db_path is None:
        return []
    files = sorted(db_path.parent.glob(_pattern(db_path)), key=_age)
    taken: set[Path] = connection.info.setdefault(_TAKEN, set())
    found: list[T] = []
    for path in files:
        if path in taken:
            continue
        try:
            found += [make(plain) for plain in json.loads(path.read_text(encoding="utf-8"))]
        except (OSError, ValueError, TypeError):
            continue  # unreadable: left where it is, for someone to look at
        if not taken:
            event.listen(connection, "commit", _remove_taken, once=True)
            event.listen(connection, "rollback", _forget_taken, once=True)
        taken.add(path)
    return found


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove_taken(connection: Connection) -> None:
    for path in connection.info.pop(_TAKEN, set()):
        path.unlink(missing_ok=True)


def _forget_taken(connection: Connection) -> None:
    connection.info.pop(_TAKEN, None)
