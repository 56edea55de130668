"""Making a backup where the owner chose, encrypted when asked, and rotating the older ones
only once the new one is complete and verified.

``backup_before`` is the one call made before a change that is hard to take back (an import,
a merge of many records, a restore); ``due`` and ``stale_since`` drive the daily backup and
the warning on start.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.orm import Session

from salon_desk.models.backup import PARTIAL, _fsync_dir, back_up
from salon_desk.models.store_errors import BACKUP_NOT_VERIFIED, DatabaseError, StoreText
from salon_desk.services import error_texts as msg
from salon_desk.services.backups import dumps, rotation
from salon_desk.services.backups.listing import (
    SUFFIX,
    BackupInfo,
    last_good,
    list_backups,
    table_counts,
)
from salon_desk.services.backups.policy import Policy, read_policy, saved_passphrase
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

AUTO = "auto"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_MERGE = "before-merge"
BEFORE_RESTORE = "before-restore"
MANY_RECORDS = 3  # a merge of this many records or more is backed up first


def database_path(session: Session) -> Path | str | None:
    """The file the session's database lives in (None for a database in memory); a salon
    server's database by its address (services.backups.dumps backs those up)."""
    url = session.get_bind().url
    if url.get_backend_name() != "sqlite":
        return url.render_as_string(hide_password=False)
    name = url.database
    return Path(name) if name and name != ":memory:" else None


def backup_location(db) -> Path | str:
    """What the backups take for an open ``Database``: its file, or its server's address (with
    the password pg_dump needs: never shown)."""
    if db.path is not None:
        return db.path
    return db.engine.url.render_as_string(hide_password=False)


def make_backup(db_path: Path | str, label: str, policy: Policy = Policy(), *,
                target: Path | None = None, passphrase: str | None = None,
                rotate_after: bool = True) -> Path:
    """A verified backup of the database at ``db_path`` (a folder, or an encrypted file when
    the policy says so) in ``target`` or the policy's folder, then the rotation. Raises
    SalonError and leaves every earlier backup as it was when anything fails. ``db_path``
    may be a salon server's address (pg_dump: services.backups.dumps)."""
    db_path = db_path if dumps.is_server(db_path) else Path(db_path)
    stem = dumps.backup_stem(db_path)
    folder = Path(target) if target else policy.target(db_path)
    if policy.encrypt:
        passphrase = passphrase or saved_passphrase(db_path)
        if not passphrase:
            raise SalonError(Text(msg.BACKUP_PASSPHRASE_MISSING))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_old_partial_files(folder, stem)
        made = (_encrypted(db_path, label, folder, passphrase) if policy.encrypt and passphrase
                else counted_backup(db_path, label, folder))
    except DatabaseError as exc:
        reason = exc.text.values.get("reason", "") if hasattr(exc.text, "values") else ""
        raise SalonError(Text(msg.BACKUP_NOT_MADE, folder=str(folder), reason=reason)) from exc
    except OSError as exc:
        raise SalonError(Text(msg.BACKUP_NOT_MADE, folder=str(folder),
                              reason=exc.strerror or type(exc).__name__)) from exc
    if rotate_after:
        rotate(folder, stem, policy)
    return made


def counted_backup(db_path: Path, label: str, folder: Path) -> Path:
    """``back_up`` (copied, integrity-checked, documents checked against their hashes), then
    the rows of every table of the copy counted against the database's own, counted in one
    snapshot right after. When nobody saved between the start of the copy and that count
    (``PRAGMA data_version`` unchanged) they must agree, or the copy is dropped; when someone
    did, the copy holds a later state than the start and only its own checks apply. A salon
    server's database: pg_dump, its counts taken in the snapshot it dumps."""
    if dumps.is_server(db_path):
        return dumps.back_up_server(db_path, label, target_dir=folder)
    watch = sqlite3.connect(f"file:{quote(str(db_path.resolve()))}?mode=ro", uri=True,
                            isolation_level=None)
    try:
        before = watch.execute("PRAGMA data_version").fetchone()[0]
        made = back_up(db_path, label, target_dir=folder)
        watch.execute("BEGIN")
        live = _counts(watch)
        after = watch.execute("PRAGMA data_version").fetchone()[0]
        watch.execute("COMMIT")
    finally:
        watch.close()
    copied = table_counts(made / db_path.name, None)
    if before == after:
        for table in sorted(set(live) | set(copied)):
            if live.get(table) != copied.get(table):
                shutil.rmtree(made, ignore_errors=True)
                raise SalonError(Text(msg.BACKUP_NOT_MADE, folder=str(folder),
                                      reason=StoreText(BACKUP_NOT_VERIFIED)))
    return made


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _encrypted(db_path: Path, label: str, folder: Path, passphrase: str) -> Path:
    """The verified folder is made in a hidden working folder, sealed into a hidden partial
    file, checked by decrypting it whole, and only then given the backup's name."""
    # Here, not at the top: the cryptography package and tarfile add ~35 ms to the app's
    # start (python -X importtime), for a setting most salons leave off.
    from salon_desk.services.backups import crypto

    work = folder / f".{dumps.backup_stem(db_path)}.backup-encrypting-{os.getpid()}{PARTIAL}"
    partial: Path | None = None
    try:
        plain = counted_backup(db_path, label, work)
        final = folder / f"{plain.name}{SUFFIX}"
        partial = folder / f".{final.name}.{os.getpid()}{PARTIAL}"
        crypto.encrypt_folder(plain, partial, passphrase)
        crypto.check_archive(partial, passphrase)
        os.replace(partial, final)
        partial = None
        _fsync_dir(folder)
        return final
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def rotate(folder: Path, stem: str, policy: Policy) -> list[BackupInfo]:
    """Drop what the rotation does not keep; returns what was dropped. The automatic ones
    are kept by day, week and month; of those made before a change, the newest
    ``keep_daily``; the ones made by hand are the owner's to delete."""
    found = list_backups(folder, stem)
    dropped = rotation.to_remove([b for b in found if b.label == AUTO], policy.keep_daily,
                                 policy.keep_weekly, policy.keep_monthly)
    dropped += [b for b in found if b.label.startswith("before-")][max(policy.keep_daily, 1):]
    for backup in dropped:
        rotation.remove(backup)
    return dropped


def backup_before(session: Session, label: str) -> Path | None:
    """The backup made before a change that is hard to take back, when automatic backups are
    on (None otherwise, or for a database in memory). Raises SalonError when it cannot be
    made: no copy, no change."""
    db_path = database_path(session)
    policy = read_policy(session)
    if db_path is None or not policy.automatic:
        return None
    return make_backup(db_path, label, policy)


def due(db_path: Path, policy: Policy, now: dt.datetime | None = None) -> bool:
    """Time for the automatic backup: none yet, or the last is ``every_hours`` old."""
    if not policy.automatic:
        return False
    last = last_good(policy.target(db_path), dumps.backup_stem(db_path))
    now = now or dt.datetime.now()
    return last is None or now - last.made_at >= dt.timedelta(hours=max(policy.every_hours, 1))


def stale_since(db_path: Path, policy: Policy, now: dt.datetime | None = None
                ) -> tuple[bool, dt.datetime | None]:
    """(True, when the last good backup was made, None if never) when it is older than the
    setting says; (False, ...) otherwise."""
    last = last_good(policy.target(db_path), dumps.backup_stem(db_path))
    now = now or dt.datetime.now()
    if last is None:
        return True, None
    return now - last.made_at > dt.timedelta(days=max(policy.warn_after_days, 1)), last.made_at


def _remove_old_partial_files(folder: Path, stem: str) -> None:
    """Encrypted files an interrupted backup left (never taken for a backup: hidden, partial)."""
    now = dt.datetime.now().timestamp()
    for leftover in folder.glob(f".{stem}.backup-*{PARTIAL}"):
        try:
            if leftover.is_file() and now - leftover.stat().st_mtime > 3600:
                leftover.unlink()
        except OSError:
            pass

