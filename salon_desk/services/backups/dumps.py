"""Backups of a salon server's database with PostgreSQL's own tools: pg_dump, pg_restore, psql.

A server backup is a folder named as a salon file's is (``<database>.backup-LABEL-DATE-TIME/``)
holding ``<database>.dump`` (pg_dump's custom format: the schema, every row and the documents,
which a server keeps in the database) and ``counts.json`` (the rows of each table). pg_dump reads
the snapshot the counts were taken in (``pg_export_snapshot``), so the two agree even while the
desks keep working. It is written under a hidden ``.…partial`` name, checked (``pg_restore
--list`` reads the whole table of contents, and every table with rows has its data in it), and
only then renamed, as models.backup does for a file; making.py encrypts and rotates it alike.

The tools are looked for in SALON_DESK_PG_BIN (only there when it is set), on PATH, then where
PostgreSQL installs them (/usr/lib/postgresql/<version>/bin, C:\\Program Files\\PostgreSQL\\
<version>\\bin), newest first: pg_dump must be as new as the server. The password goes to them in
PGPASSWORD, never on their command line nor in a message.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from salon_desk.models.backup import (
    _free_name,
    _fsync_dir,
    backup_folder_name,
    partial_name,
    put_in_place,
)
from salon_desk.models.db import make_engine
from salon_desk.models.opening import display_url, server_url
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

BIN_VARIABLE = "SALON_DESK_PG_BIN"
COUNTS = "counts.json"
DUMP_SUFFIX = ".dump"
INSTALLED = ("/usr/lib/postgresql", "C:/Program Files/PostgreSQL")
LOCK_WAIT = "-c lock_timeout=60000"  # a restore waits a minute for desks still at work


def is_server(location: object) -> bool:
    return isinstance(location, str) and server_url(location) is not None


def database_name(url: str) -> str:
    return make_url(server_url(url)).database or "salon"


def backup_stem(location: Path | str) -> str:
    """What a backup's name starts with: the file's stem, or the server database's name."""
    return database_name(location) if is_server(location) else Path(location).stem


def find_tool(name: str) -> Path:
    """pg_dump or pg_restore, or SalonError saying how to make it found."""
    override = os.environ.get(BIN_VARIABLE)
    folders = [Path(override)] if override else []
    if not override:
        if on_path := shutil.which(name):
            folders.append(Path(on_path).parent)
        installed = [p for base in INSTALLED for p in Path(base).glob("*/bin")]
        folders += sorted(installed, key=lambda p: _version(p.parent.name), reverse=True)
    for folder in folders:
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    raise SalonError(Text(msg.BACKUP_TOOL_MISSING, tool=name, variable=BIN_VARIABLE))


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def run_tool(name: str, url: str, *args: str, options: str = "") -> str:
    """Run a PostgreSQL tool on the server database at ``url``; its standard output. The
    address is given without its password, which goes in PGPASSWORD; a failure is a
    SalonError with the tool's first line of explanation, the password taken out of it."""
    password = make_url(server_url(url)).password if url else None
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    if options:
        env["PGOPTIONS"] = options
    command = [str(find_tool(name)), *args]
    if url:
        command.append(f"--dbname={display_url(server_url(url))}")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SalonError(Text(msg.BACKUP_TOOL_FAILED, tool=name, server=display_url(
            server_url(url)) if url else "", reason=_reason(done.stderr, password)))
    return done.stdout


def _reason(stderr: str, password: str | None) -> str:
    """The tool's first line that says what went wrong (never a line quoting SQL)."""
    for line in stderr.splitlines():
        line = line.strip()
        if line and not line.lower().startswith(("command was", "detail:", "hint:")):
            for prefix in ("pg_dump: error:", "pg_restore: error:", "psql:", "pg_dump:",
                           "pg_restore:"):
                line = line.removeprefix(prefix).strip()
            return line.replace(password, "…") if password else line
    return "?"


def table_counts(conn) -> dict[str, int]:
    """Rows of every table of the server database, as this connection's snapshot sees them."""
    tables = conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename").scalars().all()
    return {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}


def back_up_server(url: str, label: str, *, target_dir: Path) -> Path:
    """A verified backup folder of the server database at ``url`` in ``target_dir``; returns
    its path. Raises SalonError and leaves no backup-named folder when anything fails."""
    name = database_name(url)
    final = _free_name(target_dir / backup_folder_name(Path(name + DUMP_SUFFIX), label))
    partial = partial_name(target_dir, final)
    partial.mkdir(parents=True)
    try:
        dump = partial / f"{name}{DUMP_SUFFIX}"
        counts = _dump(url, dump)
        verify_dump(dump, counts)
        (partial / COUNTS).write_text(json.dumps({"tables": counts}, indent=1))
        _fsync_dir(partial)
        final = put_in_place(partial, final)
        _fsync_dir(target_dir)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return final


def _dump(url: str, dump: Path) -> dict[str, int]:
    """pg_dump of the snapshot the counts are read in; the counts."""
    engine = make_engine(url)
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            with conn.begin():
                snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
                counts = table_counts(conn)
                run_tool("pg_dump", url, "--format=custom", f"--snapshot={snapshot}",
                         f"--file={dump}")
    finally:
        engine.dispose()
    return counts


def verify_dump(dump: Path, counts: dict[str, int]) -> None:
    """pg_restore reads the dump's whole table of contents, which holds the data of every
    table that had rows."""
    listing = run_tool("pg_restore", "", "--list", str(dump))
    with_data = {line.split()[-2] for line in listing.splitlines()
                 if " TABLE DATA " in line and not line.startswith(";")}
    missing = sorted(t for t, n in counts.items() if n and t not in with_data)
    if missing:
        raise SalonError(Text(msg.BACKUP_DUMP_INCOMPLETE, path=dump.name, table=missing[0]))


def recorded_counts(folder: Path) -> dict[str, int] | None:
    """The table counts a server backup recorded, or None for another kind of backup."""
    path = Path(folder) / COUNTS
    if not path.is_file():
        return None
    return dict(json.loads(path.read_text()).get("tables", {}))


def dump_in(folder: Path) -> Path | None:
    found = sorted(Path(folder).glob(f"*{DUMP_SUFFIX}"))
    return found[0] if len(found) == 1 and (Path(folder) / COUNTS).is_file() else None


def restore_dump(dump: Path, url: str) -> None:
    """The dump put back into the server database as a whole, in one transaction (psql
    --single-transaction; a failure leaves it as it was): the schema is emptied, so a table a
    later version added goes too (the app migrates the restored database when it opens it),
    then made again from the dump's script."""
    with tempfile.TemporaryDirectory(prefix="salon-desk-restore-") as scratch:
        script = Path(scratch) / "restore.sql"
        run_tool("pg_restore", "", "--no-owner", "--no-privileges", f"--file={script}",
                 str(dump))
        run_tool("psql", url, "--no-psqlrc", "--quiet", "--single-transaction",
                 "--set=ON_ERROR_STOP=1", "--command=DROP SCHEMA public CASCADE",
                 "--command=CREATE SCHEMA public", f"--file={script}", options=LOCK_WAIT)
