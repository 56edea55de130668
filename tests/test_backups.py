"""Backups: written under a temporary name and renamed only when complete and verified, copied
with SQLite's online backup API, holding the documents the database names, restorable as a
whole; deleting a document later never takes a backup's copy with it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from salon_desk.cli import main
from salon_desk.models import Customer
from salon_desk.models import backup as backups
from salon_desk.models.db import Database, DatabaseError, head_revision, make_engine, upgrade
from salon_desk.services.backups.listing import parse
from salon_desk.services.care.documents import attach_bytes, delete_document, document_path

PDF = b"%PDF-1.4 signed consent form"
PHOTO = b"\x89PNG not really a photo, but bytes all the same"
STAMP = "'2025-03-04 10:00:00.000000'"


def _old_salon(path: Path, customers: int = 1, notes: str = "") -> Path:
    """A database at revision 0002 with customers and one document on disk beside it."""
    engine = make_engine(path)
    upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO customers (first_name, last_name, gender, discount_percent, notes, "
            "allergies, active, blocked, blocked_reason, notify_reminders, notify_birthday, "
            "notify_marketing, balance_cents, sort_name, created_at, updated_at) VALUES "
            f"(:first, 'Ivanova', 'female', 0, :notes, '', 1, 0, '', 1, 1, 0, 0, 'ivanova', "
            f"{STAMP}, {STAMP})"), [{"first": f"Olga{i}", "notes": notes}
                                    for i in range(customers)])
        name = f"{hashlib.sha256(PDF).hexdigest()}.pdf"
        conn.execute(text(
            "INSERT INTO documents (customer_id, title, description, document_date, "
            "original_name, stored_name, mime_type, size_bytes, added_at) VALUES (1, 'Consent',"
            f" '', '2025-03-04', 'consent.pdf', '{name}', 'application/pdf', {len(PDF)}, "
            f"{STAMP})"))
    engine.dispose()
    (path.parent / "documents").mkdir(exist_ok=True)
    (path.parent / "documents" / name).write_bytes(PDF)
    return path


def _backups(folder: Path) -> list[Path]:
    """Everything that looks like a backup (hidden .partial folders do not)."""
    return sorted(p for p in folder.iterdir() if ".backup-" in p.name
                  and not p.name.startswith("."))


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _check_complete(backup: Path, db_name: str, customers: int) -> None:
    copy = backup / db_name
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (customers,)
    finally:
        conn.close()
    name = f"{hashlib.sha256(PDF).hexdigest()}.pdf"
    assert (backup / "documents" / name).read_bytes() == PDF


# ---------------------------------------------------------------- the backup before upgrading
def test_the_backup_before_an_upgrade_is_a_verified_folder_with_the_documents(tmp_path):
    path = _old_salon(tmp_path / "salon.sqlite")
    database = Database(path)
    try:
        assert database.backup_path is not None
        folder = database.backup_path.parent
        assert _backups(tmp_path) == [folder]
        assert folder.name.startswith("salon.backup-before-")
        _check_complete(folder, "salon.sqlite", customers=1)
        assert _revision(folder / "salon.sqlite") == "0002"
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(backups.PARTIAL)]
        assert _revision(path) == head_revision()
    finally:
        database.dispose()


def test_a_backup_that_does_not_check_out_is_not_kept_and_nothing_is_upgraded(
        tmp_path, monkeypatch):
    path = _old_salon(tmp_path / "salon.sqlite")

    def damaged_copy(copy: Path) -> None:
        raise DatabaseError(backups.E.BACKUP_FAILED, "backup", path=copy.name,
                            reason=backups.E.StoreText(backups.E.BACKUP_NOT_VERIFIED))

    monkeypatch.setattr(backups, "verify_database", damaged_copy)
    with pytest.raises(DatabaseError, match="a safe copy of it could not be made first"):
        Database(path)
    assert _backups(tmp_path) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(backups.PARTIAL)]
    assert _revision(path) == "0002"  # no copy, no upgrade


_KILLED_DURING_BACKUP = """
import sys
from salon_desk.models.db import Database
Database(sys.argv[1])
"""


def test_a_kill_during_the_backup_leaves_no_backup_that_is_not_complete(tmp_path):
    """A real process killed as soon as the backup starts: whatever exists then under a
    backup's name must be a complete copy (an empty database was left under it before)."""
    path = _old_salon(tmp_path / "salon.sqlite", customers=3000, notes="n" * 8000)
    process = subprocess.Popen([sys.executable, "-c", _KILLED_DURING_BACKUP, str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if any("backup" in p.name for p in tmp_path.iterdir()):
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.001)
    process.wait(30)
    process.stderr.close()
    for backup in _backups(tmp_path):
        assert backup.is_dir(), f"{backup.name} is not a backup folder"
        _check_complete(backup, "salon.sqlite", customers=3000)
    database = Database(path)  # the next start makes its backup and upgrades
    try:
        assert _revision(path) == head_revision()
        _check_complete(database.backup_path.parent, "salon.sqlite", customers=3000)
    finally:
        database.dispose()


# ------------------------------------------------------------------------ documents and WAL
@pytest.fixture
def with_documents(salon_db, make_customer):
    cid = make_customer(first_name="Ana")
    with salon_db.transaction() as session:
        pdf = attach_bytes(session, cid, PDF, "consent.pdf").id
        attach_bytes(session, cid, PHOTO, "before.png")
    return salon_db, cid, pdf


def test_a_live_database_is_copied_with_what_is_still_in_its_wal(with_documents):
    db, _cid, _pdf = with_documents
    with db.session() as session:  # the app is open: the -wal file holds recent writes
        session.execute(select(Customer.id)).all()
        assert db.path.with_name(db.path.name + "-wal").stat().st_size > 0
        folder = backups.back_up(db.path, "manual")
    _check_complete(folder, db.path.name, customers=1)
    assert len(list((folder / "documents").iterdir())) == 2


def test_deleting_a_document_keeps_the_copy_an_older_backup_holds(with_documents):
    db, _cid, pdf = with_documents
    folder = backups.back_up(db.path, "manual")
    with db.session() as session:
        live = document_path(session, pdf)
    with db.transaction() as session:
        delete_document(session, pdf)
    assert not live.exists()  # the database's own copy goes, as before
    kept = folder / "documents" / live.name
    assert kept.read_bytes() == PDF
    conn = sqlite3.connect(folder / db.path.name)
    assert conn.execute("SELECT count(*) FROM documents WHERE stored_name = ?",
                        (live.name,)).fetchone() == (1,)
    conn.close()


def test_a_backup_is_restorable_as_a_whole(with_documents, tmp_path):
    db, cid, pdf = with_documents
    folder = backups.back_up(db.path, "manual")
    db.dispose()
    restored = tmp_path / "restored"
    shutil.copytree(folder, restored)  # "put the folder's contents where the database was"
    database = Database(restored / db.path.name)
    try:
        with database.session() as session:
            path = document_path(session, pdf)
            assert path.parent == restored / "documents"
            assert path.read_bytes() == PDF
            assert session.get(Customer, cid).first_name == "Ana"
    finally:
        database.dispose()


def test_two_backups_made_in_the_same_second_both_keep_their_own_folder(with_documents):
    """Two imports started together each back up first: the second backup, begun while the
    first is still copying (within the same second), takes its own name, and so does the
    first when it finds its name taken; both are complete."""
    db, _cid, _pdf = with_documents
    inner: list[Path] = []

    def start_another(_done, _total):
        if not inner:
            inner.append(backups.back_up(db.path, "before-import"))

    for _attempt in range(3):  # a second boundary between the two names: once more
        for made in _backups(db.path.parent):
            shutil.rmtree(made)
        inner.clear()
        outer = backups.back_up(db.path, "before-import", progress=start_another)
        if parse(outer).made_at == parse(inner[0]).made_at:
            break
    assert outer != inner[0]
    assert _backups(db.path.parent) == sorted([outer, inner[0]])
    for made in (outer, inner[0]):
        _check_complete(made, db.path.name, customers=1)
    assert not [p for p in db.path.parent.iterdir() if p.name.endswith(backups.PARTIAL)]


def test_backup_command(with_documents, tmp_path, capsys):
    db, _cid, _pdf = with_documents
    target = tmp_path / "usb"
    assert main(["--db", str(db.path), "backup", "--to", str(target)]) == 0
    out = capsys.readouterr().out
    [folder] = _backups(target)
    assert str(folder) in out
    _check_complete(folder, db.path.name, customers=1)
    assert folder.name.startswith(f"{db.path.stem}.backup-manual-{dt.date.today():%Y%m%d}")
