"""Opening the salon's database: checks, engine settings, migrations at start, sessions.

Every write goes through ``Database.transaction()``: one unit of work, committed as a whole or
not at all. SQLite runs in WAL mode with foreign keys on and full fsync, and the driver's own
implicit transaction handling is replaced by an explicit BEGIN so savepoints work.

Several writers at once (the app, a script running ``salon-desk import``, a second window):

- A write transaction starts with ``BEGIN IMMEDIATE``: it takes the write lock before its first
  read, so the busy timeout applies and writers queue. (With a deferred BEGIN, a writer whose
  snapshot another writer had committed over failed at once, whatever the timeout.)
- A writer waits up to ``WRITE_WAIT_S``; inside ``long_job()`` (imports, demo, merges, the
  command line) up to ``LONG_JOB_WAIT_S``, saying it waits. Then ``DatabaseBusy``: "Another
  window or program is saving; try again."
- Reading sessions keep a deferred BEGIN: in WAL mode they never wait for a writer, and opening
  a file writes nothing unless it needs a migration or a new search index.
- Planner statistics (ANALYZE) are refreshed after a transaction that changed many rows, when
  they are stale (``statistics_stale``), and at the app's start; never by opening, and never
  waiting for the write lock (a busy moment just leaves it to the next time).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from salon_desk.models import search_index
from salon_desk.models import store_errors as E
from salon_desk.models.backup import back_up, database_in
from salon_desk.models.opening import check_path, salon_tables
from salon_desk.models.store_errors import (
    DatabaseBusy,
    DatabaseError,
    cannot_open,
    explain,
    is_busy,
    is_transient,
)

__all__ = ["Database", "DatabaseBusy", "DatabaseError", "long_job", "make_engine", "upgrade"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

WRITE_WAIT_S = 30.0  # how long a save (or opening a locked file) waits for another writer
LONG_JOB_WAIT_S = 15 * 60.0  # how long an import, a demo or a merge queues behind one
BIG_CHANGE_ROWS = 2000  # a transaction changing this many rows may leave statistics stale
STALE_MIN_ROWS = 1000  # below this many rows the planner's choice does not matter
STALE_RATIO = 0.25  # statistics are stale when a table grew or shrank by more than this
STATISTICS_TABLES = ("customers", "appointments", "sales")
STATISTICS_KEY = "store.statistics_rows"  # settings row: table sizes at the last ANALYZE

_WRITE = "salon_desk_write"
_jobs = threading.local()


@contextmanager
def long_job(on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Write transactions begun in this thread inside the block queue behind another writer
    for up to LONG_JOB_WAIT_S instead of WRITE_WAIT_S; ``on_wait()`` is called once when one
    starts waiting (to say so)."""
    previous = getattr(_jobs, "current", None)
    _jobs.current = (on_wait,)
    try:
        yield
    finally:
        _jobs.current = previous


def _begin_immediate(dbapi_conn) -> None:
    """BEGIN IMMEDIATE, waiting for another writer as long as this thread's work may."""
    job = getattr(_jobs, "current", None)
    wait = LONG_JOB_WAIT_S if job is not None else WRITE_WAIT_S
    deadline = time.monotonic() + wait
    told = False
    while True:
        # A long job waits in short steps, so it can say early that it waits.
        step = max(0.0, min(deadline - time.monotonic(), 0.2 if job else wait))
        dbapi_conn.execute(f"PRAGMA busy_timeout={int(step * 1000)}")
        try:
            dbapi_conn.execute("BEGIN IMMEDIATE")
            return
        except Exception as exc:  # sqlite3.OperationalError
            if not is_busy(exc):
                raise
            if time.monotonic() >= deadline:
                raise DatabaseBusy() from None
            if job and job[0] and not told:
                told = True
                job[0]()


def _configure_engine(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(WRITE_WAIT_S * 1000)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA cache_size=-32000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(_WRITE):
            _begin_immediate(conn.connection.dbapi_connection)
        else:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(WRITE_WAIT_S * 1000)}")
            conn.exec_driver_sql("BEGIN")


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    _configure_engine(engine)
    return engine


def writing(engine: Engine) -> Engine:
    """The same engine, its transactions beginning with BEGIN IMMEDIATE."""
    return engine.execution_options(**{_WRITE: True})


# Alembic is imported only to migrate: opening a file already at the current revision (every
# day's case) reads that revision itself (salon_desk.schema_head), a few hundred ms sooner.
def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from salon_desk.schema_head import schema_head

    head = schema_head()
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the file (None for a new, empty one)."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                "AND name = 'alembic_version'").first() is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _table_sizes(conn) -> dict[str, int]:
    return {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
            for table in STATISTICS_TABLES}


def _json_dict(raw: object) -> dict:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class Database:
    """One salon database file, checked and migrated to the current schema when opened.

    ``create=False`` (the read commands): a missing or empty file is an error instead of a new
    empty salon. Any problem with the file raises DatabaseError saying which it is.
    """

    def __init__(self, path: Path | str, *, migrate: bool = True, create: bool = True) -> None:
        self.path = Path(path)
        self.backup_path: Path | None = None
        has_data = check_path(self.path, create=create)
        self.engine = make_engine(self.path)
        self.write_engine = writing(self.engine)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        self._WriteSession = sessionmaker(self.write_engine, expire_on_commit=False)
        deadline = time.monotonic() + WRITE_WAIT_S
        while True:
            try:
                self._open(has_data, migrate)
                return
            except DatabaseError:
                self.engine.dispose()
                raise
            except (DBAPIError, sqlite3.Error) as exc:
                self.engine.dispose()
                if is_transient(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)  # another program opening or closing it right now
                    continue
                raise explain(exc, self.path, opening=True) or cannot_open(
                    exc, self.path) from exc

    # ------------------------------------------------------------------------ opening
    def _open(self, has_data: bool, migrate: bool) -> None:
        if has_data:  # before anything could switch another program's file to WAL
            tables = salon_tables(self.path, WRITE_WAIT_S)
            if tables and "alembic_version" not in tables:
                raise DatabaseError(E.NOT_SALON, "not_salon", path=self.path)
        if migrate:
            self._migrate()
            self._check_index_format()

    def _migrate(self) -> None:
        head = head_revision()
        current = current_revision(self.engine)
        if current == head:
            return
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise DatabaseError(E.NEWER, "newer", schema=current)
        if current is not None:
            # A verified copy of the database and its documents first; no copy, no upgrade.
            self.engine.dispose()
            folder = back_up(self.path, f"before-{head}")
            self.backup_path = database_in(folder, self.path.name)
        upgrade(self.write_engine)  # alembic rereads the revision under the write lock
        if current is None:
            with self.write_engine.begin() as conn:
                search_index.mark_index_format(conn)  # a new, empty index: current format
        else:
            self.refresh_statistics()

    def _check_index_format(self) -> None:
        """Re-index a file whose search index was written in another format (once)."""
        with self.engine.connect() as conn:
            stored = search_index.index_format(conn)
        if stored == search_index.INDEX_FORMAT:
            return
        with self.write_engine.begin() as conn:
            if search_index.index_format(conn) != search_index.INDEX_FORMAT:
                search_index.rebuild_index(conn)
                search_index.mark_index_format(conn)

    # ---------------------------------------------------------------------- statistics
    def statistics_stale(self) -> bool:
        """True when the planner's statistics are missing or a main table's size has changed
        by more than STALE_RATIO since they were taken (a read; a few ms at 100,000). The
        sizes at that time are kept in the settings row STATISTICS_KEY (a sampled ANALYZE
        only estimates them, too roughly to compare)."""
        with self.engine.connect() as conn:
            has_stats = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
            analysed = {t for (t,) in conn.exec_driver_sql(
                "SELECT DISTINCT tbl FROM sqlite_stat1")} if has_stats else set()
            raw = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?",
                                       (STATISTICS_KEY,)).scalar()
            recorded = _json_dict(raw)
            for table, rows in _table_sizes(conn).items():
                then = recorded.get(table)
                if table not in analysed or not isinstance(then, int):
                    if rows >= STALE_MIN_ROWS:
                        return True
                elif abs(rows - then) > max(STALE_MIN_ROWS, then * STALE_RATIO):
                    return True
        return False

    def refresh_statistics(self) -> bool:
        """Let SQLite's planner know the table sizes (a sampled ANALYZE: a few ms at 100,000
        customers); without it, sorted list queries may pick a slower plan. Never waits: when
        another writer holds the lock it returns False and the next big change does it."""
        raw = self.engine.raw_connection()
        dbapi = raw.driver_connection
        try:
            dbapi.execute("PRAGMA busy_timeout=0")
            try:
                dbapi.execute("BEGIN IMMEDIATE")
            except Exception as exc:  # noqa: BLE001 - busy, or a read-only file: not now
                if is_busy(exc) or explain(exc, self.path) is not None:
                    return False
                raise
            try:
                dbapi.execute("PRAGMA analysis_limit=1000")
                dbapi.execute("ANALYZE")
                sizes = {table: dbapi.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                         for table in STATISTICS_TABLES}
                dbapi.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                              (STATISTICS_KEY, json.dumps(sizes)))
                dbapi.execute("COMMIT")
            except BaseException:
                dbapi.execute("ROLLBACK")
                raise
            return True
        finally:
            dbapi.execute(f"PRAGMA busy_timeout={int(WRITE_WAIT_S * 1000)}")
            raw.close()

    def refresh_statistics_if_stale(self) -> bool:
        try:
            return self.statistics_stale() and self.refresh_statistics()
        except (DBAPIError, DatabaseError):
            return False  # only a matter of speed: never stop the work for it

    # -------------------------------------------------------------------------- sessions
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one write transaction: committed on success, rolled back on any
        error. It holds the write lock from the start (BEGIN IMMEDIATE); DatabaseBusy when
        another writer keeps it too long."""
        changed = 0
        with self._WriteSession() as session:
            try:
                with session.begin():
                    dbapi = session.connection().connection.driver_connection
                    start = dbapi.total_changes
                    yield session
                    session.flush()
                    search_index.catch_up_words(session.connection())  # rows added in bulk
                    changed = dbapi.total_changes - start
            except DBAPIError as exc:
                problem = explain(exc, self.path)
                if problem is None:
                    raise
                raise problem from exc
        if changed >= BIG_CHANGE_ROWS:
            self.refresh_statistics_if_stale()

    def session(self) -> Session:
        """A session for reading (callers that write should use transaction())."""
        return self.Session()

    def dispose(self) -> None:
        self.engine.dispose()
