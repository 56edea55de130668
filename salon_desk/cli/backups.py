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
    location = db.path if db.is_sqlite else args.db  # a server: pg_dump, by its address
    start = time.perf_counter()
    path = make_backup(location, MANUAL, policy, target=args.to,
                       passphrase=_passphrase(location, policy.encrypt),
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


def _confirmed(args, db_path) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("salon-desk: add --yes to restore without a question", file=sys.stderr)
        return False
    if isinstance(db_path, str):
        db_path = _shown(db_path)
    answer = input(f"Replace {db_path} and its documents with this backup? [y/N] ")
    if answer.strip().lower() not in {"y", "yes"}:
        print("Nothing was restored.")
        return False
    return True


def _shown(address: str) -> str:
    """A server's address as printed: without its password."""
    from salon_desk.models.opening import display_url, server_url

    return display_url(server_url(address))


def _restore_server(prepared, args):
    """The server's policy says where the backup of the database as it is now goes."""
    from salon_desk.services.backups.policy import read_policy
    from salon_desk.services.backups.server_restore import restore_server

    db = open_db(args)
    with db.session() as session:
        policy = read_policy(session)
    db.dispose()
    return restore_server(prepared, args.db, policy)


def cmd_restore(args) -> int:
    from salon_desk.paths import default_db_path
    from salon_desk.services.backups.crypto import is_encrypted
    from salon_desk.services.backups.restore import prepare_restore, restore

    server = isinstance(args.db, str)  # a salon server's address: pg_restore
    # Not opened: it may be the damaged one.
    db_path = args.db if server else Path(args.db or default_db_path())
    passphrase = _passphrase(db_path, is_encrypted(args.file))
    scratch = None if server else db_path.parent
    with prepare_restore(args.file, passphrase, scratch_in=scratch) as prepared:
        print(_describe(prepared))
        if not _confirmed(args, db_path):
            return 2 if not args.yes and not sys.stdin.isatty() else 1
        result = _restore_server(prepared, args) if server else restore(prepared, db_path)
    if server:
        db_path = _shown(args.db)
    if result.kept_copy:
        print(f"The database as it was is kept in {result.kept_copy}")
    print(f"Restored {db_path}: " + ", ".join(f"{n:,} {t}" for t, n in result.counts.items()))
    if result.forgotten_again:
        print(f"Forgotten again (forgotten after the backup was made): customers "
              f"{', '.join(map(str, result.forgotten_again))}")
    return 0
