"""Visit days gathered in SQL (services.care.insights, segments) give the answers of the plain
definition: the distinct days of completed appointments, sales not voided and
``Customer.last_visit_at``, with the three sources often on the same days."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import Date, Integer, select, text

from salon_desk.models import Appointment, Customer, Sale
from salon_desk.services.care.insights import (
    AT_RISK,
    LAPSED,
    Thresholds,
    at_risk_ids,
    classify,
    statuses_for,
)
from salon_desk.services.segments import Criteria, count, ids
from salon_desk.services.segments.conditions import Moment

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date(2026, 6, 15)
AT = Moment(TODAY, dt.datetime.combine(TODAY, dt.time(12), dt.UTC))

# The visit days as they were first written: a UNION that de-duplicates them all in one go.
REFERENCE = """
WITH visits AS (
    SELECT customer_id, date(starts_at) AS day FROM appointments
     WHERE status = 'completed' AND customer_id IS NOT NULL
    UNION
    SELECT customer_id, date(sold_at) FROM sales WHERE cancelled = FALSE AND customer_id IS NOT NULL
    UNION
    SELECT id, date(last_visit_at) FROM customers WHERE last_visit_at IS NOT NULL
)
SELECT customer_id, COUNT(*) AS n, MIN(day) AS first_day, MAX(day) AS last_day
  FROM visits GROUP BY customer_id
"""


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


def _history(s, rng: random.Random, customer: Customer) -> None:
    """A few visit days, each seen by one, two or all three sources (and by more than one
    appointment or sale), at the edges of the day, with cancelled, voided and no-show rows
    that are no visits, and sometimes a booking to come."""
    for _ in range(rng.randint(0, 6)):
        day = TODAY - dt.timedelta(days=rng.randint(0, 700))
        sources = rng.choice(["a", "s", "l", "as", "al", "sl", "asl", "aasl", "ass"])
        for index, source in enumerate(sources):
            when = _at(day, rng.choice([0, 9, 13, 23]), rng.choice([0, 15, 59]))
            if source == "a":
                status = rng.choice(["completed", "completed", "cancelled", "no_show"])
                s.add(Appointment(customer_id=customer.id, starts_at=when, status=status))
            elif source == "s":
                s.add(Sale(ticket_number=f"T{customer.id}-{day}-{index}",
                           customer_id=customer.id, sold_at=when, total_cents=1000,
                           paid_cents=1000, cancelled=rng.random() < 0.2))
            elif customer.last_visit_at is None or when > customer.last_visit_at:
                customer.last_visit_at = when
    if rng.random() < 0.2:
        s.add(Appointment(customer_id=customer.id, starts_at=_at(TODAY, 17),
                          status=rng.choice(["pending", "confirmed", "cancelled"])))


@pytest.fixture
def history(db):
    rng = random.Random(13)
    with db.transaction() as s:
        for number in range(120):
            customer = Customer(first_name=f"C{number}", last_name="Test",
                                active=rng.random() > 0.1)
            s.add(customer)
            s.flush()
            _history(s, rng, customer)
    return db


def _reference(session) -> dict[int, tuple[int, dt.date, dt.date]]:
    days = text(REFERENCE).columns(customer_id=Integer, n=Integer, first_day=Date,
                                   last_day=Date)
    return {cid: (n, first, last) for cid, n, first, last in session.execute(days)}


def _booked(session) -> set[int]:
    return set(session.scalars(text(
        "SELECT customer_id FROM appointments WHERE status IN ('pending', 'confirmed')"
        " AND starts_at >= :now"), {"now": f"{TODAY} 00:00:00"}))


def test_the_history_has_days_seen_by_several_sources(history):
    with history.session() as s:
        shared = s.scalar(text(
            "SELECT COUNT(*) FROM customers c JOIN appointments a ON a.customer_id = c.id"
            " JOIN sales v ON v.customer_id = c.id WHERE a.status = 'completed'"
            " AND v.cancelled = FALSE AND date(a.starts_at) = date(v.sold_at)"
            " AND date(c.last_visit_at) = date(a.starts_at)"))
    assert shared >= 10


def test_statuses_and_at_risk_ids_match_the_reference_days(history):
    limits = Thresholds()
    with history.session() as s:
        reference, booked = _reference(s), _booked(s)
        active = set(s.scalars(text("SELECT id FROM customers WHERE active = TRUE")))
        expected = {cid: classify(n, first, last, TODAY, limits, booked=cid in booked)
                    for cid, (n, first, last) in reference.items()}
        assert statuses_for(s, sorted(active | set(reference)), TODAY) == expected
        for kind in (AT_RISK, LAPSED):
            wanted = {cid for cid, risk in expected.items() if risk.status == kind}
            assert set(at_risk_ids(s, kind, TODAY)) == wanted & active
        assert any(risk.status == AT_RISK for risk in expected.values())


@pytest.mark.parametrize("low, high", [(None, 1), (2, None), (3, None), (2, 3), (1, 1)])
def test_visit_counts_alone_and_with_at_risk_match_the_reference_days(history, low, high):
    limits = Thresholds()
    with history.session() as s:
        reference, booked = _reference(s), _booked(s)
        active = set(s.scalars(text("SELECT id FROM customers WHERE active = TRUE")))
        every = set(s.scalars(text("SELECT id FROM customers")))

        def counted(cid: int) -> bool:
            n = reference.get(cid, (0,))[0]
            return (low is None or n >= low) and (high is None or n <= high)

        at_risk = {cid for cid, (n, first, last) in reference.items()
                   if classify(n, first, last, TODAY, limits, booked=cid in booked).status
                   == AT_RISK} & active
        alone = Criteria(visits_min=low, visits_max=high)
        assert set(ids(s, alone, at=AT)) == {cid for cid in every if counted(cid)}
        both = Criteria(at_risk=True, visits_min=low, visits_max=high)
        wanted = {cid for cid in at_risk if counted(cid)}
        assert set(ids(s, both, at=AT)) == wanted
        assert count(s, both, at=AT) == len(wanted)


def _last_visits(session) -> dict[int, dt.datetime]:
    """Each customer's latest visit, as a moment: a completed appointment, a sale not voided,
    or last_visit_at."""
    latest: dict[int, dt.datetime] = {}
    rows = [*session.execute(select(Appointment.customer_id, Appointment.starts_at)
                             .where(Appointment.status == "completed")),
            *session.execute(select(Sale.customer_id, Sale.sold_at)
                             .where(Sale.cancelled.is_(False))),
            *session.execute(select(Customer.id, Customer.last_visit_at)
                             .where(Customer.last_visit_at.is_not(None)))]
    for cid, when in rows:
        if cid is not None and (cid not in latest or when > latest[cid]):
            latest[cid] = when
    return latest


@pytest.mark.parametrize("days", [1, 30, 180, 400])
def test_visited_within_and_not_visited_for_match_the_latest_visits(history, days):
    since = AT.now - dt.timedelta(days=days)
    with history.session() as s:
        latest = _last_visits(s)
        recent = {cid for cid, when in latest.items() if when >= since}
        assert set(ids(s, Criteria(visited_within_days=days), at=AT)) == recent
        assert set(ids(s, Criteria(not_visited_for_days=days), at=AT)) == set(latest) - recent
        assert recent and set(latest) - recent
