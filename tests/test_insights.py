"""Insights figures and the at-risk / lapsed classification (one customer and in bulk)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from salon_desk.models import Appointment, Customer, Sale, SaleLine, Service, Staff
from salon_desk.services import settings
from salon_desk.services.care.insights import (
    AT_RISK,
    AT_RISK_MULTIPLE,
    FEW_VISITS_DAYS,
    LAPSED,
    NEW,
    OK,
    Thresholds,
    at_risk_ids,
    classify,
    customer_insights,
    customer_risk,
    statuses_for,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date(2026, 6, 15)
LIMITS = Thresholds()


def _day(days_ago: int) -> dt.date:
    return TODAY - dt.timedelta(days=days_ago)


def _at(day: dt.date, hour: int = 11) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), dt.UTC)


def test_regular_visitor():
    # every 28 days, 10 visits, last one 50 days ago: 50 < 56 -> fine; 60 > 56 -> at risk
    first = _day(50 + 28 * 9)
    assert classify(10, first, _day(50), TODAY, LIMITS).status == OK
    first = _day(60 + 28 * 9)
    risk = classify(10, first, _day(60), TODAY, LIMITS)
    assert risk.status == AT_RISK and risk.usual_interval == 28 and risk.threshold_days == 56
    assert "60 days since the last visit" in risk.reason


def test_irregular_visitor_gets_a_longer_usual_interval():
    # visits 0, 10, 20 and 300 days into their history: average gap 100 days
    first, last = _day(300 + 150), _day(150)
    assert classify(4, first, last, TODAY, LIMITS).status == OK  # 150 < 200
    assert classify(4, _day(300 + 210), _day(210), TODAY, LIMITS).status == AT_RISK


def test_frequent_visitor_is_not_flagged_before_the_minimum():
    # weekly visitor: 2 x 7 = 14 days, but never at risk before 30 days
    assert classify(20, _day(25 + 7 * 19), _day(25), TODAY, LIMITS).status == OK
    assert classify(20, _day(31 + 7 * 19), _day(31), TODAY, LIMITS).status == AT_RISK


def test_few_visits_use_the_fixed_days():
    assert classify(1, _day(89), _day(89), TODAY, LIMITS).status == OK
    assert classify(1, _day(91), _day(91), TODAY, LIMITS).status == AT_RISK
    # two visits 5 days apart: no usual interval yet, still the fixed 90 days
    assert classify(2, _day(80), _day(75), TODAY, LIMITS).status == OK


def test_lapsed_and_new_and_booked():
    assert classify(12, _day(900), _day(366), TODAY, LIMITS).status == LAPSED
    assert classify(12, _day(900), _day(365), TODAY, LIMITS).status == AT_RISK
    assert classify(0, None, None, TODAY, LIMITS).status == NEW
    assert classify(1, _day(120), _day(120), TODAY, LIMITS, booked=True).status == OK


def test_settings_change_the_rule():
    limits = Thresholds(multiple=Decimal(3), few_visits_days=120)
    assert classify(1, _day(100), _day(100), TODAY, limits).status == OK
    assert classify(10, _day(70 + 30 * 9), _day(70), TODAY, limits).status == OK  # 70 < 90


@pytest.fixture
def history(salon_db, make_customer):
    """Customers with known visit histories; returns their ids by name."""
    ids = {name: make_customer(first_name=name) for name in
           ("Regular", "Slipping", "Irregular", "OnceRecent", "OnceLongAgo", "Lapsed", "Never",
            "Booked", "Imported")}
    with salon_db.transaction() as s:
        svc = {x.name: x for x in s.scalars(select(Service))}
        staff = {x.name: x for x in s.scalars(select(Staff))}

        def visit(name, days_ago, service="Full colour", who="Marta", status="completed"):
            s.add(Appointment(customer_id=ids[name], service_id=svc[service].id,
                              staff_id=staff[who].id, starts_at=_at(_day(days_ago)),
                              status=status, price_cents=svc[service].price_cents))

        for k in range(8):
            visit("Regular", 20 + 30 * k)
            visit("Slipping", 70 + 30 * k)
        for days in (150, 440, 450, 460):
            visit("Irregular", days)
        visit("OnceRecent", 40)
        visit("OnceLongAgo", 120)
        for k in range(5):
            visit("Lapsed", 400 + 30 * k)
            visit("Booked", 100 + 20 * k)
        visit("Booked", -3, status="confirmed")  # booked in three days
        s.get(Customer, ids["Imported"]).last_visit_at = _at(_day(200))
    return ids


def test_bulk_classification_matches_the_rule(salon_db, history):
    with salon_db.session() as s:
        at_risk = set(at_risk_ids(s, AT_RISK, TODAY))
        lapsed = set(at_risk_ids(s, LAPSED, TODAY))
        either = set(at_risk_ids(s, "at_risk_or_lapsed", TODAY))
        one_by_one = statuses_for(s, list(history.values()), TODAY)
    name = {v: k for k, v in history.items()}
    assert {name[i] for i in at_risk} == {"Slipping", "OnceLongAgo", "Imported"}
    assert {name[i] for i in lapsed} == {"Lapsed"}
    assert either == at_risk | lapsed
    expected = {"Regular": OK, "Slipping": AT_RISK, "Irregular": OK, "OnceRecent": OK,
                "OnceLongAgo": AT_RISK, "Lapsed": LAPSED, "Booked": OK, "Imported": AT_RISK}
    assert {name[i]: r.status for i, r in one_by_one.items()} == expected


def test_bulk_follows_settings_and_skips_inactive(salon_db, history):
    with salon_db.transaction() as s:
        settings.set_value(s, FEW_VISITS_DAYS, 150)
        settings.set_value(s, AT_RISK_MULTIPLE, Decimal(3))
        s.get(Customer, history["Imported"]).active = False
    with salon_db.session() as s:
        assert set(at_risk_ids(s, AT_RISK, TODAY)) == set()  # Slipping: 70 < 90; once: < 150
        assert customer_risk(s, history["Imported"], TODAY).status == AT_RISK  # 200 > 150


def test_insights_figures_on_a_known_history(salon_db, make_customer):
    cid = make_customer(first_name="Known")
    with salon_db.transaction() as s:
        svc = {x.name: x.id for x in s.scalars(select(Service))}
        staff = {x.name: x.id for x in s.scalars(select(Staff))}
        rows = [(TODAY - dt.timedelta(days=10), "Full colour", "Marta"),
                (TODAY - dt.timedelta(days=10), "Blow-dry", "Laura"),  # same day: one visit
                (TODAY - dt.timedelta(days=40), "Full colour", "Marta"),
                (TODAY - dt.timedelta(days=70), "Manicure", "Carmen"),
                (dt.date(TODAY.year - 3, 1, 10), "Full colour", "Marta")]  # before the chart
        for day, service, who in rows:
            s.add(Appointment(customer_id=cid, service_id=svc[service], staff_id=staff[who],
                              starts_at=_at(day), status="completed"))
        s.add(Appointment(customer_id=cid, service_id=svc["Toner"], starts_at=_at(_day(5)),
                          status="cancelled"))
        sale = Sale(ticket_number="T-1", customer_id=cid, sold_at=_at(_day(10), 12),
                    total_cents=8700)
        sale.lines = [SaleLine(kind="service", service_id=svc["Brow tint"],
                               description="Brow tint", amount_cents=1400)]
        s.add(sale)
        s.add(Sale(ticket_number="T-2", customer_id=cid, sold_at=_at(_day(25), 12),
                   total_cents=1650))  # bought shampoo: a visit too
        s.add(Sale(ticket_number="T-3", customer_id=cid, sold_at=_at(_day(26), 12),
                   total_cents=999, cancelled=True))
    with salon_db.session() as s:
        ins = customer_insights(s, cid, TODAY)
    assert ins.visit_count == 5  # -10, -25, -40, -70 and three years ago
    assert ins.last_visit == _day(10) and ins.days_since_last_visit == 10
    span = (_day(10) - dt.date(TODAY.year - 3, 1, 10)).days
    assert ins.average_interval_days == round(span / 4, 1)
    assert ins.total_spend_cents == 8700 + 1650 and ins.average_ticket_cents == 5175
    assert ins.services == [("Full colour", 3), ("Blow-dry", 1), ("Brow tint", 1),
                            ("Manicure", 1)]
    assert ins.staff[0] == ("Marta", 3) and ins.staff_seen_most == "Marta"
    assert len(ins.months) == 24
    assert (ins.months[-1].year, ins.months[-1].month) == (TODAY.year, TODAY.month)
    by_month = {(m.year, m.month): m for m in ins.months}
    assert sum(m.visits for m in ins.months) == 4
    this = by_month[(TODAY.year, TODAY.month)]
    assert this.visits == 1 and this.spend_cents == 8700  # 5 June (the 10th day before)
    assert sum(m.spend_cents for m in ins.months) == 10350
    assert ins.risk.status == OK
