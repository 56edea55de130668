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
    path = args.db if isinstance(args.db, str) else Path(args.db or default_db_path())
    if getattr(args, "dry_run", False) and isinstance(path, Path) and not path.exists():
        scratch = tempfile.TemporaryDirectory(prefix="salon-desk-dry-run-")
        db = Database(Path(scratch.name) / path.name)
        db.scratch = scratch  # removed with the database object
        return db
    db = Database(path, create=create)
    sign_in(db, getattr(args, "as_name", None))
    return db


def sign_in(db, name: str | None) -> None:
    """Act as the owner with sign-in off; with it on, as ``name`` (the first owner when None)
    after their password: SALON_DESK_PASSWORD, or asked at the terminal."""
    import getpass
    import os

    from salon_desk.services import signin

    with db.session() as session:
        if not signin.start(session):
            return
        if name is None:
            owner = next(iter(signin.owners_with_password(session)), None)
            name = owner.name if owner is not None else ""
        member = signin.find_member(session, name)
        name = member.name if member is not None else name  # as the staff list spells it
    secret = os.environ.get("SALON_DESK_PASSWORD")
    if secret is None:
        secret = getpass.getpass(f"Password for {name}: ")
    signin.attempt(db, name, secret)
