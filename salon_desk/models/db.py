"""Opening the salon's database: engine settings, migrations at start, sessions.

Every write goes through ``Database.transaction()``: one unit of work, committed as a whole or
not at all. SQLite runs in WAL mode with foreign keys on and full fsync, and the driver's own
implicit transaction handling is replaced by an explicit BEGIN so savepoints work.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(Exception):
    """The database cannot be opened (too new, damaged, not a Salon Desk file)."""


def _configure_engine(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA cache_size=-32000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    _configure_engine(engine)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(path: Path, label: str) -> Path:
    """A consistent copy of the database (WAL included) beside it, named with label and time."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


class Database:
    """One salon database file, migrated to the current schema when opened."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.backup_path: Path | None = None
        self.engine = make_engine(self.path)
        if migrate:
            self._migrate()
            self.refresh_statistics()
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    def _migrate(self) -> None:
        head = head_revision()
        current = current_revision(self.engine)
        if current == head:
            return
        script = ScriptDirectory.from_config(alembic_config())
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise DatabaseError(
                f"This database was made by a newer version of Salon Desk (schema {current}). "
                "Update Salon Desk to open it."
            )
        has_tables = bool(inspect(self.engine).get_table_names())
        if current is None and has_tables:
            raise DatabaseError(f"{self.path} is not a Salon Desk database.")
        if current is not None:
            self.engine.dispose()
            self.backup_path = backup_file(self.path, f"before-{head}")
        upgrade(self.engine)

    def refresh_statistics(self) -> None:
        """Let SQLite's planner know the table sizes (a sampled ANALYZE: a few ms at 100,000
        customers); without it, sorted list queries may pick a slower plan."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error."""
        with self.Session() as session, session.begin():
            yield session

    def session(self) -> Session:
        """A session for reading (callers that write should use transaction())."""
        return self.Session()

    def dispose(self) -> None:
        self.engine.dispose()
