"""Long jobs (services.jobs): the demo salon and the customer list's bulk changes are generators
that count their progress up, and cancelling one leaves the database as it was; the command
line drives them with one small driver."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from salon_desk.cli import main
from salon_desk.cli.jobs import run_job
from salon_desk.models import Badge, Base, Customer
from salon_desk.services import jobs
from salon_desk.services.customers import bulk
from salon_desk.services.demo import salon as demo

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def _rows(db) -> dict[str, int]:
    """Rows of every table: what 'the database as it was' means here."""
    with db.session() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


def _steps(job) -> tuple[list[jobs.Progress], object]:
    steps: list[jobs.Progress] = []
    result = jobs.drive(job, steps.append)
    return steps, result


def test_drive_returns_the_result_and_close_is_the_cancel():
    closed = []

    def job():
        try:
            yield 1, 3
            yield 2, 3, "Writing customers…"
            return "done"
        except GeneratorExit:
            closed.append(True)
            raise

    steps, result = _steps(job())
    assert steps == [(1, 3, ""), (2, 3, "Writing customers…")] and result == "done"
    with pytest.raises(jobs.Cancelled):
        jobs.drive(job(), cancelled=lambda: True)
    assert closed == [True]


def test_the_demo_counts_its_customers_up(db, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 10)
    steps, result = _steps(demo.write_demo(db, customers=35))
    counted = [s.done for s in steps if s.total]
    assert counted == [0, 10, 20, 30, 35]
    assert {s.total for s in steps if s.total} == {35}
    assert steps[-1].total == 0  # then busy with their history, no count
    assert result == 35 and _rows(db)["customers"] == 35


@pytest.mark.parametrize("steps_before_cancel", [1, 3, 6])
def test_a_cancelled_demo_leaves_the_database_as_it_was(db, monkeypatch, steps_before_cancel):
    monkeypatch.setattr(demo, "BATCH", 10)
    before = _rows(db)
    seen = []
    with pytest.raises(jobs.Cancelled):
        jobs.drive(demo.write_demo(db, customers=35), seen.append,
                   cancelled=lambda: len(seen) >= steps_before_cancel)
    assert len(seen) == steps_before_cancel
    assert _rows(db) == before


def test_the_demo_refuses_a_database_with_customers(salon_db, make_customer):
    from salon_desk.services.errors import SalonError

    make_customer(first_name="Ana")
    with pytest.raises(SalonError):
        jobs.run(demo.write_demo(salon_db, customers=10))


@pytest.fixture
def five(make_customer) -> list[int]:
    return [make_customer(first_name=f"P{i}") for i in range(5)]


def test_bulk_changes_count_up_chunk_by_chunk(salon_db, five, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 2)
    with salon_db.session() as session:
        vip = session.scalar(select(Badge.id).where(Badge.key == "vip"))
    steps, changed = _steps(bulk.set_badge(salon_db, five, vip, True))
    assert [(s.done, s.total) for s in steps] == [(2, 5), (4, 5), (5, 5)] and changed == 5
    assert jobs.run(bulk.set_active(salon_db, five[:3], False)) == 3
    steps, deleted = _steps(bulk.delete_customers(salon_db, five[1:]))
    assert [s.done for s in steps] == [2, 4] and deleted == 4
    with salon_db.session() as session:
        assert list(session.scalars(select(Customer.id))) == five[:1]
        assert not session.get(Customer, five[0]).active


@pytest.mark.parametrize("make", [
    lambda db, ids: bulk.delete_customers(db, ids),
    lambda db, ids: bulk.set_active(db, ids, False),
])
def test_a_cancelled_bulk_change_keeps_nothing_of_it(salon_db, five, monkeypatch, make):
    monkeypatch.setattr(bulk, "CHUNK", 2)
    before = _rows(salon_db)
    seen = []
    with pytest.raises(jobs.Cancelled):
        jobs.drive(make(salon_db, five), seen.append, cancelled=lambda: len(seen) >= 2)
    assert [s.done for s in seen] == [2, 4]  # two chunks written, then cancelled
    assert _rows(salon_db) == before
    with salon_db.session() as session:
        assert all(session.scalars(select(Customer.active)))


def test_the_command_line_prints_a_jobs_progress(capsys):
    def job():
        yield 0, 0, "busy"
        yield 1, 4
        yield 4, 4
        return 7

    assert run_job(job()) == 7
    assert capsys.readouterr().err == "\r 25 %\r100 %\n"
    assert run_job(job(), counting="customers") == 7
    assert capsys.readouterr().err == "\r1/4 customers\r4/4 customers\n"
    assert run_job(job(), quiet=True) == 7
    assert capsys.readouterr().err == ""


def test_salon_desk_demo_counts_its_customers(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 10)
    assert main(["--db", str(tmp_path / "demo.sqlite"), "demo", "--customers", "25"]) == 0
    out = capsys.readouterr()
    assert out.err == ("\r0/25 customers\r10/25 customers\r20/25 customers\r25/25 customers"
                       "\n")
    assert out.out.startswith("Demo salon with 25 customers written to ")
