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

On a salon server (PostgreSQL, ``Database("postgresql://user@host/salon")``) the server does
what SQLite's settings do here: transactions are READ COMMITTED, writers only wait for one
another on the rows both change, and a lock not granted within ``WRITE_WAIT_S`` (``LONG_JOB_WAIT_S``
in a long job; ``lock_timeout``) gives the same ``DatabaseBusy``, as do a deadlock and a
serialization failure (store_errors.server_problem). No statement_timeout: an import's single
statements may rightly run for minutes. Statistics are ANALYZEd where SQLite's are, when
PostgreSQL's own counts of changed rows say they are stale (autovacuum would get there too,
within a minute). Connections are checked before use (pool_pre_ping): a desk whose network
dropped reconnects instead of failing its next save. No JIT compiling: a salon's queries run in
milliseconds to a fraction of a second, and compiling the ones the planner costs high (a
segment's count over every customer's visits) took 1-2 s more. The engine-specific parts sit
behind ``opening.is_sqlite``.
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

from salon_desk import flush_checks
from salon_desk.models import search_index
from salon_desk.models import store_errors as E
from salon_desk.models.backup import back_up, database_in
from salon_desk.models.opening import (
    check_path,
    display_url,
    is_sqlite,
    salon_tables,
    server_tables,
    server_url,
)
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
# The checks the services register (salon_desk.flush_checks), before every flush of any session.
event.listen(Session, "before_flush", flush_checks.run)
_MIGRATION_LOCK = 0x5A10D35C  # pg_advisory_xact_lock key: one desk migrates a server at a time
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


def _configure_server_engine(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(_WRITE) and getattr(_jobs, "current", None):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(LONG_JOB_WAIT_S * 1000)}")


def make_engine(location: Path | str) -> Engine:
    """The engine of a SQLite file, or of a salon server's ``postgresql://`` address."""
    url = server_url(location)
    if url is None:
        engine = create_engine(f"sqlite:///{Path(location)}", future=True)
        _configure_engine(engine)
        return engine
    engine = create_engine(
        url, pool_pre_ping=True, isolation_level="READ COMMITTED",
        connect_args={"connect_timeout": 10, "application_name": "Salon Desk",
                      "options": f"-c lock_timeout={int(WRITE_WAIT_S * 1000)} -c jit=off"})
    _configure_server_engine(engine)
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
    """The revision recorded in the database (None for a new, empty one)."""
    with engine.connect() as conn:
        if is_sqlite(conn):
            found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                         "AND name = 'alembic_version'").first()
        else:
            found = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
        if found is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        if not is_sqlite(conn):  # two desks starting a new version at once: one migrates
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
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
    """One salon database, checked and migrated to the current schema when opened: a SQLite
    file (a path), or a database on a salon server (a ``postgresql://`` address).

    ``create=False`` (the read commands): a missing or empty file is an error instead of a new
    empty salon (a server's database is made by whoever sets the server up, so it always
    exists). Any problem with the database raises DatabaseError saying which it is.

    ``path`` is the file (None on a server), ``location`` what messages call the database (the
    path, or the server's address without its password), ``address`` what opens it again
    (``Database(db.address)``, ``--db``), ``engine_name`` "sqlite" or "postgresql".
    """

    def __init__(self, path: Path | str, *, migrate: bool = True, create: bool = True) -> None:
        url = server_url(path)
        self.path: Path | None = None if url else Path(path)
        self.location: object = display_url(url) if url else self.path
        self.address = str(path) if url else str(self.path)
        self.engine_name = "postgresql" if url else "sqlite"
        self.backup_path: Path | None = None
        has_data = check_path(self.path, create=create) if url is None else True
        self.engine = make_engine(url or self.path)
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
                raise explain(exc, self.location, opening=True) or cannot_open(
                    exc, self.location) from exc

    # ------------------------------------------------------------------------ opening
    @property
    def is_sqlite(self) -> bool:
        return self.engine_name == "sqlite"

    def _open(self, has_data: bool, migrate: bool) -> None:
        if has_data:  # before anything could switch another program's file to WAL
            if self.is_sqlite:
                tables = salon_tables(self.path, WRITE_WAIT_S)
            else:
                with self.engine.connect() as conn:
                    tables = server_tables(conn)
            if tables and "alembic_version" not in tables:
                raise DatabaseError(E.NOT_SALON, "not_salon", path=self.location)
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
        if current is not None and self.is_sqlite:
            # A verified copy of the database and its documents first; no copy, no upgrade.
            # (On a server the whole upgrade is one transaction: it fails leaving it as it was.)
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
        if not self.is_sqlite:
            return self._server_statistics_stale()
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

    def _server_statistics_stale(self) -> bool:
        """PostgreSQL counts the rows changed since each table's last ANALYZE itself."""
        tables = ", ".join(f"'{t}'" for t in STATISTICS_TABLES)
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT n_live_tup, n_mod_since_analyze, "
                "coalesce(last_analyze, last_autoanalyze) IS NOT NULL "
                f"FROM pg_stat_user_tables WHERE relname IN ({tables})").all()
        return any((not analysed and live >= STALE_MIN_ROWS)
                   or changed > max(STALE_MIN_ROWS, live * STALE_RATIO)
                   for live, changed, analysed in rows)

    def _refresh_server_statistics(self) -> bool:
        """ANALYZE on the server (a sample of 30,000 rows a table); never waits for another
        ANALYZE or a schema change holding the tables."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("SET LOCAL lock_timeout = 100")
                conn.exec_driver_sql(f"ANALYZE {', '.join(STATISTICS_TABLES)}")
        except DBAPIError as exc:
            if is_busy(exc) or explain(exc, self.location) is not None:
                return False
            raise
        return True

    def refresh_statistics(self) -> bool:
        """Let SQLite's planner know the table sizes (a sampled ANALYZE: a few ms at 100,000
        customers); without it, sorted list queries may pick a slower plan. Never waits: when
        another writer holds the lock it returns False and the next big change does it."""
        if not self.is_sqlite:
            return self._refresh_server_statistics()
        raw = self.engine.raw_connection()
        dbapi = raw.driver_connection
        try:
            dbapi.execute("PRAGMA busy_timeout=0")
            try:
                dbapi.execute("BEGIN IMMEDIATE")
            except Exception as exc:  # noqa: BLE001 - busy, or a read-only file: not now
                if is_busy(exc) or explain(exc, self.location) is not None:
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
                    start = self._changes(session) if self.is_sqlite else 0
                    yield session
                    session.flush()
                    search_index.catch_up_words(session.connection())  # rows added in bulk
                    changed = self._changes(session) - start
            except DBAPIError as exc:
                problem = explain(exc, self.location)
                if problem is None:
                    raise
                raise problem from exc
        if changed >= BIG_CHANGE_ROWS:
            self.refresh_statistics_if_stale()

    def _changes(self, session: Session) -> int:
        """Rows changed so far: on SQLite by this connection ever, on a server by this
        transaction (its own statistics view)."""
        conn = session.connection()
        if self.is_sqlite:
            return conn.connection.driver_connection.total_changes
        return conn.exec_driver_sql(
            "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) "
            "FROM pg_stat_xact_user_tables").scalar()

    def session(self) -> Session:
        """A session for reading (callers that write should use transaction())."""
        return self.Session()

    def dispose(self) -> None:
        self.engine.dispose()
