"""Several writers at once: writers queue (BEGIN IMMEDIATE and a busy timeout) rather than fail,
readers never need the write lock, statistics are refreshed only when stale, and a writer that
waits too long gets a clear message in the user's language, never SQL or a traceback."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, insert, select, text

from salon_desk.cli import main
from salon_desk.models import Customer
from salon_desk.models import db as store
from salon_desk.models.db import Database, DatabaseBusy, long_job
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.search.lookup import search

BUSY_TEXT = "Another window or program is saving; try again."


@pytest.fixture
def short_waits(monkeypatch):
    """A writer gives up after 0.3 s (a long job after 0.6 s) so the tests stay quick."""
    monkeypatch.setattr(store, "WRITE_WAIT_S", 0.3)
    monkeypatch.setattr(store, "LONG_JOB_WAIT_S", 0.6)


class WriteLock:
    """Another program holding the write lock of the file (an open write transaction)."""

    def __init__(self, path) -> None:
        self.conn = sqlite3.connect(path, timeout=0, isolation_level=None,
                                    check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("CREATE TABLE IF NOT EXISTS _other_program (x)")

    def release(self, after: float = 0.0) -> None:
        if after:
            time.sleep(after)
        self.conn.execute("COMMIT")
        self.conn.close()

    def release_later(self, after: float) -> threading.Thread:
        thread = threading.Thread(target=self.release, args=(after,))
        thread.start()
        return thread


def _count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Customer))


# ------------------------------------------------------------------------------ writers queue
def test_a_write_transaction_takes_the_write_lock_when_it_begins(salon_db):
    """BEGIN IMMEDIATE: another writer cannot slip in between this transaction's first read and
    its first write (with a deferred BEGIN it could, and the write then failed at once)."""
    with salon_db.transaction() as session:
        session.scalar(select(func.count()).select_from(Customer))
        other = sqlite3.connect(salon_db.path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_two_writers_that_read_first_both_succeed(salon_db):
    """The first reads, the second writes and commits meanwhile, then the first writes: with a
    deferred BEGIN the first failed with "database is locked" whatever the busy timeout."""
    second_db = Database(salon_db.path)
    first_read, errors = threading.Event(), []

    def first() -> None:
        try:
            with salon_db.transaction() as session:
                session.scalar(select(func.count()).select_from(Customer))
                first_read.set()
                time.sleep(0.5)  # the second writer tries meanwhile
                create_customer(session, CustomerData(first_name="First"))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
            first_read.set()

    thread = threading.Thread(target=first)
    thread.start()
    assert first_read.wait(5)
    with second_db.transaction() as session:
        create_customer(session, CustomerData(first_name="Second"))
    thread.join()
    second_db.dispose()
    assert errors == []
    with salon_db.session() as session:
        names = set(session.scalars(select(Customer.first_name)))
    assert {"First", "Second"} <= names


def test_a_writer_waits_for_another_program_that_is_saving(salon_db):
    lock = WriteLock(salon_db.path)
    releasing = lock.release_later(1.0)
    start = time.monotonic()
    with salon_db.transaction() as session:
        create_customer(session, CustomerData(first_name="Patient"))
    releasing.join()
    assert time.monotonic() - start >= 0.9
    assert _count(salon_db) == 1


def test_waiting_too_long_is_a_clear_error_without_sql(salon_db, short_waits):
    lock = WriteLock(salon_db.path)
    try:
        with pytest.raises(DatabaseBusy) as caught, salon_db.transaction() as session:
            create_customer(session, CustomerData(first_name="Ana", last_name="Secret"))
    finally:
        lock.release()
    assert str(caught.value) == BUSY_TEXT
    assert _count(salon_db) == 0


def test_a_long_job_queues_behind_another_writer_longer_than_a_save(salon_db, short_waits):
    lock = WriteLock(salon_db.path)
    releasing = lock.release_later(0.45)  # longer than a save waits, shorter than a long job
    waited = []
    with long_job(on_wait=lambda: waited.append(True)), salon_db.transaction() as session:
        create_customer(session, CustomerData(first_name="Imported"))
    releasing.join()
    assert _count(salon_db) == 1
    assert waited  # the job could say it was waiting


def test_a_long_job_that_waits_too_long_gets_the_clear_error(salon_db, short_waits):
    lock = WriteLock(salon_db.path)
    try:
        with pytest.raises(DatabaseBusy, match="try again"), long_job(), \
                salon_db.transaction():
            pass
    finally:
        lock.release()


# ---------------------------------------------------------------------------------- readers
def test_opening_and_searching_need_no_write_lock(salon_db, make_customer, short_waits):
    """While another program writes, a reader opens the file and searches at once (opening
    ran ANALYZE, which needs the write lock: readers failed after the busy timeout)."""
    make_customer(first_name="Lucía", last_name="García")
    salon_db.dispose()
    lock = WriteLock(salon_db.path)
    try:
        start = time.monotonic()
        reader = Database(salon_db.path)
        with reader.session() as session:
            found = [r.name for r in search(session, "garcia")]
        reader.dispose()
        assert found == ["Lucía García"]
        assert time.monotonic() - start < 0.3 + 2.0
    finally:
        lock.release()


@pytest.mark.parametrize("command", [
    ["search", "garcia"], ["export", "{tmp}/out.xlsx"], ["export", "{tmp}/out.csv"],
    ["print", "summary", "{id}", "-o", "{tmp}/summary.pdf"], ["duplicates"], ["imports"],
])
def test_read_commands_work_while_another_program_writes(salon_db, make_customer, capsys,
                                                         short_waits, tmp_path, command):
    cid = make_customer(first_name="Lucía", last_name="García")
    args = [a.replace("{tmp}", str(tmp_path)).replace("{id}", str(cid)) for a in command]
    lock = WriteLock(salon_db.path)
    try:
        start = time.monotonic()
        code = main(["--db", str(salon_db.path), *args])
        elapsed = time.monotonic() - start
    finally:
        lock.release()
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Traceback" not in captured.err
    assert elapsed < 20  # never waited for the writer (it would have failed after its wait)
    if command[0] == "search":
        assert "Lucía García" in captured.out


# ------------------------------------------------------------------------------ statistics
def _stat_rows(path) -> int | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'customers' "
                           "AND idx IS NOT NULL LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # no sqlite_stat1 at all
        return None
    finally:
        conn.close()
    return int(row[0].split()[0]) if row else None


def _bulk_customers(db: Database, n: int, start: int = 0) -> None:
    with db.transaction() as session:
        session.execute(insert(Customer), [
            {"first_name": f"N{i}", "last_name": f"S{i}", "sort_name": f"s{i} n{i}"}
            for i in range(start, start + n)])


def test_opening_does_not_analyze(db):
    _bulk_customers(db, 3000)
    db.dispose()
    conn = sqlite3.connect(db.path)
    conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    conn.commit()
    conn.close()
    Database(db.path).dispose()  # stale statistics, yet opening leaves them alone
    assert _stat_rows(db.path) is None


def test_statistics_are_refreshed_after_a_big_change_only(db):
    _bulk_customers(db, 10)
    assert _stat_rows(db.path) is None  # a small change: nothing to refresh
    _bulk_customers(db, 3000, start=10)
    recorded = _stat_rows(db.path)  # a big change: refreshed once committed
    assert recorded == pytest.approx(3010, rel=0.1)  # a sampled ANALYZE estimates
    assert not db.statistics_stale()
    _bulk_customers(db, 100, start=5000)
    assert _stat_rows(db.path) == recorded  # close enough: left as they are
    assert not db.statistics_stale()


def test_stale_statistics_are_noticed(db):
    _bulk_customers(db, 3000)
    with db.transaction() as session:
        session.execute(text("DELETE FROM sqlite_stat1"))
    assert db.statistics_stale()
    assert db.refresh_statistics()
    assert _stat_rows(db.path) == pytest.approx(3000, rel=0.1)


def test_refreshing_statistics_never_waits_for_another_writer(db, short_waits):
    _bulk_customers(db, 3000)
    lock = WriteLock(db.path)
    try:
        start = time.monotonic()
        assert db.refresh_statistics() is False  # skipped: the next big change does it
        assert time.monotonic() - start < 0.2
    finally:
        lock.release()


# --------------------------------------------------------------------------- command line
def test_cli_write_while_another_program_saves_too_long(salon_db, make_customer, capsys,
                                                       short_waits):
    a, b = make_customer(first_name="Ana"), make_customer(first_name="Eva")
    lock = WriteLock(salon_db.path)
    try:
        code = main(["--db", str(salon_db.path), "dismiss", str(a), str(b)])
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert code == 2
    assert f"salon-desk: {BUSY_TEXT}" in err
    assert "Traceback" not in err and "SQL" not in err and "sqlalche.me" not in err


def test_cli_merge_queues_behind_another_program(salon_db, make_customer, capsys,
                                                 short_waits):
    a, b = make_customer(first_name="Ana"), make_customer(first_name="Ana")
    lock = WriteLock(salon_db.path)
    releasing = lock.release_later(0.45)
    code = main(["--db", str(salon_db.path), "merge", str(a), str(b)])
    releasing.join()
    assert code == 0
    with salon_db.session() as session:
        assert session.get(Customer, b).merged_into_id == a
