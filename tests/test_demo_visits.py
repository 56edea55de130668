"""The demo salon's visits are consistent: a last visit always has the visits behind it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from salon_desk.models.db import Database
from salon_desk.services.demo import care as demo_care
from salon_desk.services.demo.salon import build_demo
from salon_desk.services.jobs import run
from salon_desk.services.care.insights import customer_insights

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

CUSTOMERS = 600  # beyond the first 400, which always had a rich history


def _build(path, monkeypatch, seed: int = 5) -> Database:
    monkeypatch.setattr(demo_care, "WITH_DOCUMENTS", 2)
    db = Database(path)
    with db.transaction() as session:
        run(build_demo(session, customers=CUSTOMERS, seed=seed))
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    patch = pytest.MonkeyPatch()
    db = _build(tmp_path_factory.mktemp("demo") / "salon.sqlite", patch)
    patch.undo()
    yield db
    db.dispose()


def _one(db: Database, sql: str):
    with db.session() as session:
        return session.execute(text(sql)).one()


def _all(db: Database, sql: str) -> list:
    with db.session() as session:
        return session.execute(text(sql)).all()


def test_every_last_visit_has_completed_appointments_and_sales_behind_it(demo):
    rows = _all(demo, """
        SELECT c.id, c.last_visit_at,
               (SELECT COUNT(*) FROM appointments a
                 WHERE a.customer_id = c.id AND a.status = 'completed') AS completed,
               (SELECT MAX(a.starts_at) FROM appointments a
                 WHERE a.customer_id = c.id AND a.status = 'completed') AS latest_appointment,
               (SELECT COUNT(*) FROM sales s
                 WHERE s.customer_id = c.id AND s.cancelled = 0) AS sales,
               (SELECT MAX(s.sold_at) FROM sales s
                 WHERE s.customer_id = c.id AND s.cancelled = 0) AS latest_sale
          FROM customers c WHERE c.last_visit_at IS NOT NULL""")
    # Most customers of a salon have been before: a demo without last visits proves nothing.
    assert len(rows) >= CUSTOMERS * 0.8
    without_appointments = [r.id for r in rows if r.completed == 0]
    without_sales = [r.id for r in rows if r.sales == 0]
    assert without_appointments == [] and without_sales == []
    assert [r.id for r in rows if r.last_visit_at != r.latest_sale] == []
    assert [r.id for r in rows if r.latest_appointment[:10] != r.last_visit_at[:10]] == []


def test_nobody_has_visits_without_a_last_visit(demo):
    orphans = _one(demo, """
        SELECT COUNT(*) FROM customers c WHERE c.last_visit_at IS NULL AND (
            EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id AND s.cancelled = 0)
            OR EXISTS (SELECT 1 FROM appointments a
                        WHERE a.customer_id = c.id AND a.status = 'completed'))""")[0]
    assert orphans == 0


def test_history_is_believable_and_charged(demo):
    # A handful of visits each, not one imported date: most visitors came more than once.
    counts = [r[0] for r in _all(demo, """
        SELECT COUNT(DISTINCT date(a.starts_at)) FROM appointments a
          JOIN customers c ON c.id = a.customer_id
         WHERE a.status = 'completed' AND c.last_visit_at IS NOT NULL
         GROUP BY a.customer_id""")]
    assert sum(1 for n in counts if n >= 2) >= len(counts) * 0.6
    # Every completed appointment was charged on a sale of the same customer and day.
    uncharged = _one(demo, """
        SELECT COUNT(*) FROM appointments a LEFT JOIN sales s ON s.id = a.sale_id
         WHERE a.status = 'completed' AND (s.id IS NULL OR s.customer_id != a.customer_id
               OR date(s.sold_at) != date(a.starts_at) OR s.sold_at < a.starts_at)""")[0]
    assert uncharged == 0
    # The visits never start before the customer joined.
    early = _one(demo, """
        SELECT COUNT(*) FROM appointments a JOIN customers c ON c.id = a.customer_id
         WHERE a.status = 'completed' AND date(a.starts_at) < c.customer_since""")[0]
    assert early == 0


def test_no_staff_member_is_booked_twice_at_once(demo):
    clashes = _one(demo, """
        SELECT COUNT(*) FROM appointments a JOIN appointments b
          ON a.staff_id = b.staff_id AND a.id < b.id
         AND a.status NOT IN ('cancelled') AND b.status NOT IN ('cancelled')
         AND b.starts_at < datetime(a.starts_at, '+' || a.duration_minutes || ' minutes')
         AND a.starts_at < datetime(b.starts_at, '+' || b.duration_minutes || ' minutes')""")[0]
    assert clashes == 0


def test_insights_of_any_record_agree_with_its_last_visit(demo):
    ids = [r[0] for r in _all(demo, "SELECT id FROM customers WHERE last_visit_at IS NOT NULL "
                                    "ORDER BY id DESC LIMIT 20")]
    with demo.session() as session:
        for cid in ids:
            found = customer_insights(session, cid)
            assert found.total_spend_cents > 0 and found.staff and found.services
            assert found.average_ticket_cents


def test_same_seed_same_history(tmp_path, monkeypatch):
    def digest(db: Database) -> tuple:
        return (
            _all(db, "SELECT customer_id, service_id, staff_id, starts_at, status, sale_id "
                     "FROM appointments ORDER BY id"),
            _all(db, "SELECT customer_id, sold_at, total_cents, paid_cents, ticket_number "
                     "FROM sales ORDER BY id"),
            _all(db, "SELECT id, last_visit_at, customer_since FROM customers ORDER BY id"),
        )

    first = _build(tmp_path / "a" / "salon.sqlite", monkeypatch, seed=9)
    second = _build(tmp_path / "b" / "salon.sqlite", monkeypatch, seed=9)
    try:
        assert digest(first) == digest(second)
    finally:
        first.dispose()
        second.dispose()
