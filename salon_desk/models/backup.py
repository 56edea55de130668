"""Backups that can be restored as a whole: the database and the files it names, in one folder.

A backup is a folder beside the database, ``<name>.backup-<label>-<date>-<time>/``, holding
the database under its own name (``salon-desk.sqlite``), ``documents/`` with every attached file
its rows name and ``branding/`` (the logo). To restore, put the folder's contents where the
database was (the documents and logo files are named by their content, so copying them over
the current folders loses nothing).

- The database is copied with SQLite's online backup API, which reads a consistent snapshot
  of a live WAL database (a file copy may miss what is still in the -wal file).
- Everything is written into a hidden ``.…partial`` folder; the copy is checked with
  ``PRAGMA integrity_check`` and every document copy against its content hash; only then is the
  folder renamed to its final name. A kill at any moment leaves either a complete, verified
  backup or a ``.partial`` folder that is never taken for one (and is removed by the next
  backup).
- The backup holds its own copy of each document (a hard link where the disk allows it, so it
  costs no space): deleting a document later removes the database's file, never the backup's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from salon_desk.models import store_errors as E
from salon_desk.models.store_errors import DatabaseError

PARTIAL = ".partial"
_STEP_PAGES = 256


def backup_folder_name(db_path: Path, label: str, when: dt.datetime | None = None) -> str:
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}.backup-{label}-{stamp}"


def back_up(db_path: Path, label: str, *, target_dir: Path | None = None,
            progress: Callable[[int, int], None] | None = None) -> Path:
    """A verified backup folder of the database at ``db_path`` and its files; returns its
    path (``<folder>/<database name>`` is the copied database). Raises DatabaseError (kind
    "backup") and leaves no backup-named folder behind when anything fails."""
    db_path = Path(db_path)
    target_dir = Path(target_dir or db_path.parent)
    final = _free_name(target_dir / backup_folder_name(db_path, label))
    partial = partial_name(target_dir, final)
    _remove_old_partials(target_dir, db_path.stem)
    try:
        partial.mkdir(parents=True)
    except OSError as exc:
        raise DatabaseError(E.BACKUP_FAILED, "backup", path=db_path,
                            reason=exc.strerror or type(exc).__name__) from exc
    try:
        copy = partial / db_path.name
        copy_database(db_path, copy, progress)
        verify_database(copy)
        _copy_files(db_path.parent, partial, stored_names(copy))
        _fsync_dir(partial)
        final = put_in_place(partial, final)
        _fsync_dir(target_dir)
    except DatabaseError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise DatabaseError(E.BACKUP_FAILED, "backup", path=db_path, reason=reason) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def database_in(backup: Path, db_name: str) -> Path:
    return Path(backup) / db_name


def copy_database(source: Path, target: Path,
                  progress: Callable[[int, int], None] | None = None) -> None:
    """A consistent copy through the online backup API (WAL content included), fsynced."""
    src = sqlite3.connect(_uri(source, "rw"), uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=_STEP_PAGES,
                       progress=(lambda _status, left, total: progress(total - left, total))
                       if progress else None)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())


def verify_database(path: Path) -> None:
    conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    if result != ["ok"]:
        raise DatabaseError(E.BACKUP_FAILED, "backup", path=path.name,
                            reason=E.StoreText(E.BACKUP_NOT_VERIFIED))


def stored_names(db_copy: Path) -> list[str]:
    """The document files the copied database names (an old schema may have no documents)."""
    conn = sqlite3.connect(_uri(db_copy, "ro"), uri=True)
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            return []
        return [n for (n,) in conn.execute("SELECT DISTINCT stored_name FROM documents") if n]
    finally:
        conn.close()


def _copy_files(data_dir: Path, backup: Path, names: list[str]) -> None:
    """Each named document (checked against its hash) and the branding folder."""
    source_docs = data_dir / "documents"
    if names:
        (backup / "documents").mkdir()
    for name in names:
        source = source_docs / Path(name).name  # a stored name is a bare hash name
        if source.is_symlink() or not source.is_file():
            continue  # already missing from the database's folder: nothing to keep
        target = backup / "documents" / source.name
        _link_or_copy(source, target)
        digest = source.name.split(".", 1)[0]
        if len(digest) == 64 and _sha256(target) != digest:
            raise DatabaseError(E.BACKUP_FAILED, "backup", path=source.name,
                                reason=E.StoreText(E.BACKUP_NOT_VERIFIED))
    branding = data_dir / "branding"
    if branding.is_dir():
        (backup / "branding").mkdir()
        for source in branding.iterdir():
            if source.is_file() and not source.is_symlink():
                _link_or_copy(source, backup / "branding" / source.name)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another disk, or a file system without hard links
        shutil.copyfile(source, target)
        with target.open("rb+") as fh:
            os.fsync(fh.fileno())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}"


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


_PARTIALS = itertools.count(1)


def partial_name(folder: Path, final: Path) -> Path:
    """The hidden folder a backup is made in: this process's and this call's own (two backups
    of one program in the same second would otherwise share it)."""
    return folder / f".{final.name}.{os.getpid()}-{next(_PARTIALS)}{PARTIAL}"


def put_in_place(partial: Path, final: Path) -> Path:
    """``partial`` renamed to ``final``, or to the next free name when another backup made in
    the same second took that one meanwhile (a complete backup is never empty, so a rename
    onto it fails rather than replacing it); returns where it is."""
    base, n = final, 1
    while True:
        try:
            os.replace(partial, final)
            return final
        except OSError:
            if not final.exists():
                raise
        n += 1
        final = base.with_name(f"{base.name}-{n}")


def _remove_old_partials(folder: Path, stem: str) -> None:
    """What an interrupted backup left (never a backup: the name says partial); one less than
    an hour old may be another program's backup under way."""
    if not folder.is_dir():
        return
    now = dt.datetime.now().timestamp()
    for leftover in folder.glob(f".{stem}.backup-*{PARTIAL}"):
        try:
            if now - leftover.stat().st_mtime > 3600:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to flush it; NTFS journals the rename
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
