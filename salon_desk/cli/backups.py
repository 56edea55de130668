"""Subcommands for backups: backup (for scripts and schedulers) and restore."""

from __future__ import annotations

import getpass
import json
import sys
import time
from pathlib import Path

from salon_desk.cli.common import open_db


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the database and its documents into a backup "
                       "folder (checked before it is given its name)")
    p.add_argument("--to", type=Path, metavar="FOLDER",
                   help="where to put the backup (default: the backup folder of the settings, "
                   "or beside the database)")
    p.add_argument("--json", action="store_true", help='print {"path": ...}')
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="put a backup back (database and documents), keeping "
                       "a copy of the current database first")
    p.add_argument("file", type=Path, metavar="FILE",
                   help="a backup folder, or an encrypted backup file (.sdbak)")
    p.add_argument("--yes", action="store_true", help="do not ask before restoring")
    p.set_defaults(func=cmd_restore)


def _passphrase(db_path: Path, needed: bool) -> str | None:
    """The saved passphrase (environment, keyring), or asked when a terminal is there."""
    from salon_desk.services.backups.policy import saved_passphrase

    found = saved_passphrase(db_path)
    if found or not needed or not sys.stdin.isatty():
        return found
    return getpass.getpass("Backup passphrase: ") or None


def cmd_backup(args) -> int:
    from salon_desk.services.backups.making import MANUAL, make_backup
    from salon_desk.services.backups.policy import read_policy

    db = open_db(args)
    with db.session() as session:
        policy = read_policy(session)
    db.dispose()
    start = time.perf_counter()
    path = make_backup(db.path, MANUAL, policy, target=args.to,
                       passphrase=_passphrase(db.path, policy.encrypt),
                       rotate_after=args.to is None)
    if args.json:
        print(json.dumps({"path": str(path)}))
    else:
        print(f"Backup written to {path} in {time.perf_counter() - start:.1f} s "
              "(the database and its documents; `salon-desk restore` puts it back)")
    return 0


def _describe(prepared) -> str:
    info = prepared.info
    counts = ", ".join(f"{n:,} {table}" for table, n in prepared.counts.items())
    return (f"Backup {info.path.name}\n  made {info.made_at:%Y-%m-%d %H:%M}"
            f"{' (encrypted)' if info.encrypted else ''}\n  holds {counts}, "
            f"{prepared.documents:,} document files")


def cmd_restore(args) -> int:
    from salon_desk.paths import default_db_path
    from salon_desk.services.backups.crypto import is_encrypted
    from salon_desk.services.backups.restore import prepare_restore, restore

    db_path = Path(args.db or default_db_path())  # not opened: it may be the damaged one
    passphrase = _passphrase(db_path, is_encrypted(args.file))
    with prepare_restore(args.file, passphrase, scratch_in=db_path.parent) as prepared:
        print(_describe(prepared))
        if not args.yes:
            if not sys.stdin.isatty():
                print("salon-desk: add --yes to restore without a question", file=sys.stderr)
                return 2
            answer = input(f"Replace {db_path} and its documents with this backup? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                print("Nothing was restored.")
                return 1
        result = restore(prepared, db_path)
    if result.kept_copy:
        print(f"The database as it was is kept in {result.kept_copy}")
    print(f"Restored {db_path}: " + ", ".join(f"{n:,} {t}" for t, n in result.counts.items()))
    if result.forgotten_again:
        print(f"Forgotten again (forgotten after the backup was made): customers "
              f"{', '.join(map(str, result.forgotten_again))}")
    return 0
