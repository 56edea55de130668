"""What every subcommand uses: the --db database and the record-id argument type."""

from __future__ import annotations

import argparse
from pathlib import Path

MAX_ID = 2**63 - 1  # SQLite's largest integer


def record_id(value: str) -> int:
    """An argparse type for the id of a record: digits (a leading # allowed), 1 to 2^63 - 1."""
    text = value.strip().removeprefix("#").strip()
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"not a record id: {value!r}")
    return int(text)


def open_db(args: argparse.Namespace, *, create: bool = False):
    """The database of --db (or the default one). ``create``: only commands that fill a salon
    (demo, import) may start a new one where no file is. A dry run where no file is works on
    a new salon in a temporary folder: it says what the import would do, creating nothing."""
    import tempfile

    from salon_desk.models.db import Database
    from salon_desk.paths import default_db_path
    from salon_desk.services import audit  # noqa: F401  (its hook writes the audit trail)

    path = Path(args.db or default_db_path())
    if getattr(args, "dry_run", False) and not path.exists():
        scratch = tempfile.TemporaryDirectory(prefix="salon-desk-dry-run-")
        db = Database(Path(scratch.name) / path.name)
        db.scratch = scratch  # removed with the database object
        return db
    return Database(path, create=create)
