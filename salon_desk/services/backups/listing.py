"""The backups in a folder: their date, kind and, for a plain folder, what they hold.

Only complete backups carry a backup's name (models.backup renames a folder once it is
verified, making.py an encrypted file once it decrypts); hidden ``.…partial`` leftovers of an
interrupted backup are never listed.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from salon_desk.services.backups import dumps

SUFFIX = ".sdbak"  # an encrypted backup (services.backups.crypto)
# Counted to show what a backup holds (and checked after a restore).
COUNTED = ("customers", "appointments", "sales", "documents", "notes", "messages")

_NAME = re.compile(r"^(?P<stem>.+)\.backup-(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?"
                   rf"(?P<encrypted>{re.escape(SUFFIX)})?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    label: str
    made_at: dt.datetime  # local time, as in the name
    encrypted: bool
    counts: dict[str, int] = field(default_factory=dict)  # empty for an encrypted one

    @property
    def automatic(self) -> bool:
        return self.label == "auto"


def parse(path: Path, stem: str | None = None) -> BackupInfo | None:
    """The backup a path names, or None when it is not one (of the database ``stem``)."""
    path = Path(path)
    match = _NAME.match(path.name)
    if match is None or path.name.startswith(".") or (stem and match["stem"] != stem):
        return None
    encrypted = bool(match["encrypted"])
    if encrypted != path.is_file() or (not encrypted and not path.is_dir()):
        return None
    when = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    return BackupInfo(path, match["label"], when, encrypted)


def list_backups(folder: Path, stem: str, *, with_counts: bool = False) -> list[BackupInfo]:
    """The backups of database ``stem`` in ``folder``, newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := parse(p, stem))]
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    if with_counts:
        found = [with_counts_of(b, stem) for b in found]
    return found


def with_counts_of(info: BackupInfo, stem: str) -> BackupInfo:
    if info.encrypted:
        return info
    recorded = dumps.recorded_counts(info.path)  # a salon server's backup says its counts
    databases = sorted(info.path.glob(f"{stem}.*")) or sorted(info.path.glob("*.sqlite"))
    if recorded is not None:
        counts = {t: recorded[t] for t in COUNTED if t in recorded}
    else:
        counts = table_counts(databases[0]) if databases else {}
    return BackupInfo(info.path, info.label, info.made_at, info.encrypted, counts)


def table_counts(db_file: Path, tables: tuple[str, ...] | None = COUNTED) -> dict[str, int]:
    """Rows per table (``tables``; None: every table) of a database file, read-only."""
    conn = sqlite3.connect(f"file:{quote(str(Path(db_file).resolve()))}?mode=ro", uri=True)
    try:
        present = {n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        wanted = sorted(present) if tables is None else [t for t in tables if t in present]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in wanted}
    finally:
        conn.close()


def last_good(folder: Path, stem: str) -> BackupInfo | None:
    found = list_backups(folder, stem)
    return found[0] if found else None
