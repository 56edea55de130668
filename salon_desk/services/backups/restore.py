"""Putting a backup back: the database and its documents together, after keeping a copy of
the database as it is now (a verified backup, or a plain copy of the files when the current
database is too damaged to be backed up).

Nothing may have the database open meanwhile: the command line does not open it, the app
closes its connections first.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from salon_desk.models.backup import _fsync_dir, back_up, verify_database
from salon_desk.models.store_errors import DatabaseError
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.backups import crypto, dumps
from salon_desk.services.backups.listing import COUNTED, BackupInfo, parse, table_counts
from salon_desk.services.backups.making import BEFORE_RESTORE
from salon_desk.services.errors import SalonError
from salon_desk.services.privacy.forget import forget_again, recorded_requests
from salon_desk.services.texts import Text

_FOLDERS = ("documents", "branding")


@dataclass
class PreparedRestore:
    """A backup opened (decrypted when it was encrypted) and checked, ready to be put back."""

    info: BackupInfo
    folder: Path  # the plain backup folder
    database: Path  # the database file inside it
    counts: dict[str, int]
    documents: int
    _scratch: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

    def close(self) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def __enter__(self) -> PreparedRestore:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_copy: Path | None  # the database as it was before, kept aside
    counts: dict[str, int]
    forgotten_again: list[int] = field(default_factory=list)  # forgotten after the backup


def _info(path: Path) -> BackupInfo:
    info = parse(path)
    if info is not None:
        return info
    if crypto.is_encrypted(path) or path.is_dir():  # renamed by hand: dated by its files
        when = dt.datetime.fromtimestamp(path.stat().st_mtime)
        return BackupInfo(path, "", when, crypto.is_encrypted(path))
    raise SalonError(Text(msg.NOT_A_BACKUP, path=str(path)))


def prepare_restore(backup: Path, passphrase: str | None = None,
                    scratch_in: Path | None = None) -> PreparedRestore:
    """Open and check a backup folder or encrypted backup file; say what it holds."""
    backup = Path(backup)
    if not backup.exists():
        raise SalonError(Text(msg.NOT_A_BACKUP, path=str(backup)))
    info = _info(backup)
    scratch = None
    folder = backup
    if info.encrypted:
        if not passphrase:
            raise SalonError(Text(msg.BACKUP_PASSPHRASE_MISSING))
        scratch = tempfile.TemporaryDirectory(prefix=".salon-desk-restore-", dir=scratch_in)
        folder = crypto.decrypt_archive(backup, Path(scratch.name), passphrase)
    try:
        if dumps.dump_in(folder) is not None:  # a salon server's (pg_dump)
            return _prepared_dump(info, folder, scratch)
        database = _database_in(folder)
        verify_database(database)
    except DatabaseError as exc:
        if scratch is not None:
            scratch.cleanup()
        raise SalonError(Text(msg.BACKUP_DAMAGED, path=str(backup))) from exc
    except SalonError:
        if scratch is not None:
            scratch.cleanup()
        raise
    documents = folder / "documents"
    count = sum(1 for p in documents.iterdir() if p.is_file()) if documents.is_dir() else 0
    return PreparedRestore(info, folder, database, table_counts(database), count, scratch)


def _prepared_dump(info: BackupInfo, folder: Path, scratch) -> PreparedRestore:
    dump, counts = dumps.dump_in(folder), dumps.recorded_counts(folder)
    dumps.verify_dump(dump, counts)
    shown = {t: counts[t] for t in COUNTED if t in counts}
    return PreparedRestore(info, folder, dump, shown, counts.get("document_files", 0), scratch)


def _database_in(folder: Path) -> Path:
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]
    if len(files) != 1:
        raise SalonError(Text(msg.NOT_A_BACKUP, path=str(folder)))
    return files[0]


def restore(prepared: PreparedRestore, db_path: Path) -> RestoreResult:
    """Keep a copy of the current database, then put the backup's database and files in its
    place. The database file is replaced in one rename; its old -wal and -shm files go (they
    belong to the database being replaced)."""
    permissions.require(permissions.RESTORE_BACKUP)
    if prepared.database.suffix == dumps.DUMP_SUFFIX:
        raise SalonError(Text(msg.RESTORE_OTHER_KIND, path=str(prepared.info.path)))
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    forgotten = recorded_requests(db_path) if db_path.exists() else []
    kept = keep_current(db_path)
    incoming = db_path.with_name(f".{db_path.name}.restoring{os.getpid()}.partial")
    try:
        shutil.copyfile(prepared.database, incoming)
        with incoming.open("rb+") as fh:
            os.fsync(fh.fileno())
        verify_database(incoming)
        for name in _FOLDERS:
            _copy_missing(prepared.folder / name, db_path.parent / name)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, db_path)
        _fsync_dir(db_path.parent)
    except (OSError, DatabaseError) as exc:
        raise SalonError(Text(msg.RESTORE_FAILED, reason=getattr(exc, "strerror", None)
                              or type(exc).__name__)) from exc
    finally:
        incoming.unlink(missing_ok=True)
    forgotten_again = forget_again(db_path, forgotten)
    return RestoreResult(prepared.info.path, kept, table_counts(db_path), forgotten_again)


def restore_backup(backup: Path, db_path: Path, passphrase: str | None = None) -> RestoreResult:
    with prepare_restore(backup, passphrase, scratch_in=Path(db_path).parent) as prepared:
        return restore(prepared, db_path)


def keep_current(db_path: Path) -> Path | None:
    """A backup of the database about to be replaced; when it is too damaged for one, its
    files copied as they are into ``<name>.damaged-<date>/``."""
    if not db_path.exists():
        return None
    try:
        return back_up(db_path, BEFORE_RESTORE)
    except DatabaseError:
        aside = db_path.with_name(f"{db_path.stem}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
        aside.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                shutil.copyfile(source, aside / source.name)
        return aside


def _copy_missing(source: Path, target: Path) -> None:
    """The backup's files into the live folder. Files are named by their content, so one
    already there with the same name and size is the same file."""
    if not source.is_dir():
        return
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        there = target / item.name
        if not item.is_file() or (there.is_file() and there.stat().st_size
                                  == item.stat().st_size):
            continue
        partial = target / f".{item.name}.partial"
        shutil.copyfile(item, partial)
        os.replace(partial, there)
