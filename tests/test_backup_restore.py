"""Automatic, rotated, optionally encrypted backups and their restore: real files, and the
command line run as a separate process (killed with SIGKILL in the middle of a backup)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salon_desk.models.db import Database
from salon_desk.services.backups import crypto
from salon_desk.services.backups.listing import SUFFIX, BackupInfo, list_backups, table_counts
from salon_desk.services.backups.making import (
    MANUAL,
    backup_before,
    due,
    make_backup,
    stale_since,
)
from salon_desk.services.backups.policy import Policy, read_policy, save_policy
from salon_desk.services.backups.restore import prepare_restore, restore_backup
from salon_desk.services.backups.rotation import to_remove
from salon_desk.services.errors import SalonError

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, check: bool = True, env: dict | None = None
        ) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "salon_desk", *args], capture_output=True,
                            text=True, timeout=300, cwd=ROOT, env={**os.environ, **(env or {})})
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """A demo salon with documents on disk, made once; each test copies it."""
    folder = tmp_path_factory.mktemp("demo")
    cli("--db", str(folder / "salon.sqlite"), "demo", "--customers", "120")
    return folder


@pytest.fixture
def demo(demo_template, tmp_path) -> Path:
    folder = tmp_path / "salon"
    shutil.copytree(demo_template, folder)
    return folder / "salon.sqlite"


def _documents(db_path: Path) -> dict[str, str]:
    folder = db_path.parent / "documents"
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:  # too damaged to be checked
        return str(exc)
    finally:
        conn.close()


# ------------------------------------------------------------------------- command line
def test_backup_json_prints_the_path_of_a_verified_backup(demo, tmp_path):
    out = cli("--db", str(demo), "backup", "--to", str(tmp_path / "usb"), "--json").stdout
    path = Path(json.loads(out)["path"])
    assert path.parent == tmp_path / "usb"
    [listed] = list_backups(tmp_path / "usb", demo.stem)
    assert listed.path == path and listed.label == MANUAL
    assert _integrity(path / demo.name) == "ok"


def test_corrupt_the_live_file_then_restore_brings_every_table_and_document_back(
        demo, tmp_path):
    counts = table_counts(demo, None)
    documents = _documents(demo)
    assert counts["customers"] == 120 and counts["documents"] > 0 and documents
    backup = Path(json.loads(cli("--db", str(demo), "backup", "--json").stdout)["path"])

    size = demo.stat().st_size  # bytes overwritten in the middle of the file
    with demo.open("r+b") as fh:
        for offset in range(4096, size, size // 8):
            fh.seek(offset)
            fh.write(b"\xa5" * 2048)
    for name in list(documents)[:3]:
        (demo.parent / "documents" / name).unlink()
    assert _integrity(demo) != "ok"

    result = cli("--db", str(demo), "restore", str(backup), "--yes")
    assert "120 customers" in result.stdout  # the backup's counts are shown
    assert backup.name in result.stdout
    assert _integrity(demo) == "ok"
    assert table_counts(demo, None) == counts
    assert _documents(demo) == documents
    kept = [p for p in demo.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and (kept[0] / demo.name).is_file()  # the damaged file kept aside
    database = Database(demo)  # and the app opens it
    database.dispose()


def test_restore_asks_unless_told_yes(demo, tmp_path):
    backup = make_backup(demo, MANUAL)
    refused = cli("--db", str(demo), "restore", str(backup), check=False)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert not [p for p in demo.parent.iterdir() if "before-restore" in p.name]


def test_restoring_keeps_a_verified_copy_of_the_current_database(demo):
    backup = make_backup(demo, MANUAL)
    database = Database(demo)
    with database.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM notes")
    database.dispose()
    result = restore_backup(backup, demo)
    assert result.counts["notes"] > 0
    assert result.kept_copy is not None and "before-restore" in result.kept_copy.name
    assert table_counts(result.kept_copy / demo.name)["notes"] == 0


def test_a_kill_during_a_backup_leaves_the_previous_backup_valid(demo, tmp_path):
    target = tmp_path / "usb"
    first = make_backup(demo, MANUAL, target=target)
    before = table_counts(first / demo.name, None)
    conn = sqlite3.connect(demo)  # a bigger file, so that the copy takes a while
    conn.execute("CREATE TABLE ballast (data BLOB)")
    conn.executemany("INSERT INTO ballast VALUES (?)", [(os.urandom(4000),)] * 40000)
    conn.commit()
    conn.close()
    killed_mid_way = False
    for _attempt in range(5):
        process = subprocess.Popen(
            [sys.executable, "-m", "salon_desk", "--db", str(demo), "backup", "--to",
             str(target)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if any(p.name.endswith(".partial") for p in target.iterdir()):
                os.kill(process.pid, signal.SIGKILL)
                killed_mid_way = True
                break
            time.sleep(0.001)
        process.wait(60)
        if killed_mid_way:
            break
    assert killed_mid_way
    listed = list_backups(target, demo.stem)
    assert [b.path for b in listed] == [first]  # the interrupted one is not taken for one
    assert _integrity(first / demo.name) == "ok"
    assert table_counts(first / demo.name, None) == before
    with prepare_restore(first) as prepared:  # and it is still restorable
        assert prepared.counts["customers"] == 120


# ----------------------------------------------------------------------------- rotation
def _fake(day: dt.datetime) -> BackupInfo:
    return BackupInfo(Path(f"s.backup-auto-{day:%Y%m%d-%H%M%S}"), "auto", day, False)


def test_rotation_keeps_seven_daily_four_weekly_twelve_monthly():
    now = dt.datetime(2026, 12, 5, 3, 0)
    backups = [_fake(now - dt.timedelta(days=d)) for d in range(500)]
    dropped = {b.path for b in to_remove(backups, 7, 4, 12)}
    kept = sorted((b.made_at for b in backups if b.path not in dropped), reverse=True)
    assert kept[:7] == [now - dt.timedelta(days=d) for d in range(7)]
    assert len({(k.year, k.month) for k in kept}) == 12
    assert min(kept) > now - dt.timedelta(days=366)
    assert len(kept) < 7 + 4 + 12
    assert to_remove(backups[:3], 7, 4, 12) == []


def test_older_backups_are_rotated_only_after_the_new_one_is_verified(demo, tmp_path):
    target = tmp_path / "usb"
    policy = Policy(keep_daily=1, keep_weekly=0, keep_monthly=0)
    old = []
    for day in ("20200101", "20200102"):  # the rotation keeps one of these
        made = make_backup(demo, "auto", policy, target=target, rotate_after=False)
        old.append(made.with_name(made.name.replace(f"{dt.date.today():%Y%m%d}", day)))
        made.rename(old[-1])
    with demo.open("r+b") as fh:  # the database is damaged: no new backup checks out
        fh.seek(8192)
        fh.write(b"\xff" * 8192)
    with pytest.raises(SalonError, match="No backup could be made"):
        make_backup(demo, "auto", policy, target=target)
    assert sorted(b.path for b in list_backups(target, demo.stem)) == old


def test_a_good_backup_rotates_the_old_ones_out(demo, tmp_path):
    target = tmp_path / "usb"
    policy = Policy(keep_daily=2, keep_weekly=0, keep_monthly=0)
    for day in ("20200101", "20200102", "20200103"):
        made = make_backup(demo, "auto", policy, target=target)
        made.rename(made.with_name(made.name.replace(f"{dt.date.today():%Y%m%d}", day)))
    manual = make_backup(demo, MANUAL, policy, target=target)
    newest = make_backup(demo, "auto", policy, target=target)
    names = [b.path.name for b in list_backups(target, demo.stem)]
    assert sorted(names) == sorted([newest.name, manual.name, names[2]])
    assert "20200103" in names[2]  # of the automatic ones, the newest two days
    for _ in range(3):  # of the backups made before a change, the newest keep_daily
        make_backup(demo, "before-import", policy, target=target)
    assert [b.label for b in list_backups(target, demo.stem)].count("before-import") == 2


# ---------------------------------------------------------------------- encryption
def test_an_encrypted_backup_holds_no_plain_data_and_restores_with_its_passphrase(
        demo, tmp_path):
    policy = Policy(encrypt=True)
    archive = make_backup(demo, MANUAL, policy, target=tmp_path / "usb", passphrase="s3cret!")
    assert archive.name.endswith(SUFFIX) and crypto.is_encrypted(archive)
    [listed] = list_backups(tmp_path / "usb", demo.stem)
    assert listed.encrypted and listed.path == archive
    raw = archive.read_bytes()
    assert b"SQLite format 3" not in raw and b"CREATE TABLE" not in raw
    with pytest.raises(SalonError, match="not the one this backup was encrypted with"):
        prepare_restore(archive, "wrong")
    cut = tmp_path / "cut.sdbak"
    cut.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(SalonError):
        prepare_restore(cut, "s3cret!")
    counts = table_counts(demo, None)
    demo.write_bytes(b"\0" * 4096)
    result = cli("--db", str(demo), "restore", str(archive), "--yes",
                 env={"SALON_DESK_BACKUP_PASSPHRASE": "s3cret!"})
    assert "(encrypted)" in result.stdout
    assert table_counts(demo, None) == counts


def test_encryption_without_a_passphrase_is_refused_and_nothing_is_written(demo, tmp_path,
                                                                          monkeypatch):
    monkeypatch.delenv("SALON_DESK_BACKUP_PASSPHRASE", raising=False)
    with pytest.raises(SalonError, match="no passphrase is saved"):
        make_backup(demo, MANUAL, Policy(encrypt=True), target=tmp_path / "usb")
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())


# --------------------------------------------------------------- when backups are made
def test_the_settings_choose_the_folder_and_backup_before_uses_them(salon_db, tmp_path):
    with salon_db.transaction() as session:
        save_policy(session, Policy(folder=str(tmp_path / "usb")))
    with salon_db.session() as session:
        assert read_policy(session).folder == str(tmp_path / "usb")
        made = backup_before(session, "before-import")
    assert made is not None and made.parent == tmp_path / "usb"
    assert "before-import" in made.name


def test_due_and_stale_follow_the_last_good_backup(demo):
    policy = Policy(every_hours=24, warn_after_days=3)
    assert due(demo, policy)
    assert stale_since(demo, policy) == (True, None)
    make_backup(demo, "auto", policy)
    assert not due(demo, policy)
    assert not due(demo, policy, now=dt.datetime.now() + dt.timedelta(hours=23))
    assert due(demo, policy, now=dt.datetime.now() + dt.timedelta(hours=25))
    assert stale_since(demo, policy)[0] is False
    assert stale_since(demo, policy, now=dt.datetime.now() + dt.timedelta(days=4))[0] is True
    assert not due(demo, Policy(automatic=False))


def test_an_import_and_a_merge_of_many_records_are_backed_up_first(salon_db, make_customer,
                                                                   tmp_path):
    from salon_desk.services import jobs
    from salon_desk.services.importing import ImportOptions, analyse, import_customers
    from salon_desk.services.merging.merge import merge_customers

    def made(label: str) -> list[BackupInfo]:
        return [b for b in list_backups(salon_db.path.parent, salon_db.path.stem)
                if b.label == label]

    csv = tmp_path / "people.csv"
    csv.write_text("First name,Last name,Email\nOlga,Ivanova,olga@example.com\n",
                   encoding="utf-8")
    with salon_db.session() as session:
        analysis = analyse(csv, session)
    jobs.run(import_customers(salon_db, analysis, ImportOptions(dry_run=True)))
    assert made("before-import") == []  # a dry run changes nothing
    jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    [before_import] = made("before-import")
    assert table_counts(next(before_import.path.glob("*.sqlite")))["customers"] == 0

    ids = [make_customer(first_name="Ana", last_name="Ruiz") for _ in range(4)]
    with salon_db.transaction() as session:
        merge_customers(session, ids[0], [ids[1]])
    assert made("before-merge") == []  # two records: an ordinary merge
    with salon_db.transaction() as session:
        merge_customers(session, ids[0], ids[2:])
    [before_merge] = made("before-merge")
    assert table_counts(next(before_merge.path.glob("*.sqlite")))["customers"] == 5


# ------------------------------------------------------------------------ counts checked
def test_a_copy_that_lost_rows_is_not_kept_and_the_older_backups_stay(demo, tmp_path,
                                                                     monkeypatch):
    """Verified by counts as well as by integrity check: a copy that checks out page by page
    but holds fewer rows than the database (a faulty disk or sync folder) is dropped."""
    from salon_desk.models import backup as copying

    target = tmp_path / "usb"
    good = make_backup(demo, "auto", Policy(), target=target)
    real = copying.copy_database

    def losing_a_row(source, copy, progress=None):
        real(source, copy, progress)
        conn = sqlite3.connect(copy)
        conn.execute("DELETE FROM sale_lines WHERE id = (SELECT max(id) FROM sale_lines)")
        conn.commit()
        conn.close()

    monkeypatch.setattr(copying, "copy_database", losing_a_row)
    with pytest.raises(SalonError, match="No backup could be made.*did not check out"):
        make_backup(demo, MANUAL, Policy(), target=target)
    assert [b.path for b in list_backups(target, demo.stem)] == [good]
    assert not [p for p in target.iterdir() if p.name.startswith(".")]


def test_a_save_during_the_copy_does_not_fail_the_count_check(demo, tmp_path, monkeypatch):
    """Another program saving while the copy is made: the copy holds a state the count
    cannot compare with, and only its own checks apply."""
    from salon_desk.models import backup as copying

    real = copying.copy_database

    def saving_meanwhile(source, copy, progress=None):
        real(source, copy, progress)
        conn = sqlite3.connect(source)
        conn.execute("UPDATE customers SET notes = 'saved meanwhile' WHERE id = "
                     "(SELECT min(id) FROM customers)")
        conn.execute("INSERT INTO settings (key, value) VALUES ('test.meanwhile', '1')")
        conn.commit()
        conn.close()

    monkeypatch.setattr(copying, "copy_database", saving_meanwhile)
    made = make_backup(demo, MANUAL, Policy(), target=tmp_path / "usb")
    assert made.is_dir()
