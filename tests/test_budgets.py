"""Budgets: codes, totals, editing, turning into a sale or appointments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from visits_helpers import product_id, service_id, staff_id

from salon_desk.models import Appointment, Budget
from salon_desk.services.sales.budgets import (
    BudgetData,
    BudgetLineData,
    budget_data,
    budget_totals,
    count_budgets,
    create_budget,
    list_budgets,
    set_status,
    to_sale_draft,
    update_budget,
)
from salon_desk.services.errors import SalonError, ScheduleClash
from salon_desk.services.schedule.budget_sessions import to_appointments
from salon_desk.services.sales.selling import PaymentDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date.today()


def laser_budget(db, cid, issued=TODAY):
    with db.transaction() as s:
        return create_budget(s, cid, BudgetData(
            issued_on=issued, staff_id=staff_id(db, "Elena"), description="Laser, legs",
            valid_until=issued + dt.timedelta(days=30),
            lines=[BudgetLineData("service", service_id(db, "Laser session"), quantity=3,
                                  discount_percent=Decimal(10)),
                   BudgetLineData("product", product_id(db, "SPF 50 fluid"))])).id


def test_codes_and_totals(salon_db, make_customer):
    cid = make_customer()
    first = laser_budget(salon_db, cid, dt.date(2026, 3, 1))
    second = laser_budget(salon_db, cid, dt.date(2026, 4, 1))
    rows = list_budgets(salon_db.session(), cid)
    assert [r.code for r in rows] == ["P2026-0001", "P2026-0002"]
    # 3 x 70.00 - 10 % = 189.00, plus 24.50
    assert rows[0].total_cents == 18900 + 2450 and rows[0].lines == 2
    assert (first, second) == (rows[0].id, rows[1].id)


def test_edit_budget(salon_db, make_customer):
    cid = make_customer()
    bid = laser_budget(salon_db, cid)
    with salon_db.transaction() as s:
        data = budget_data(s, bid)
        data.lines = data.lines[:1]
        data.lines[0].quantity = 6
        update_budget(s, bid, data)
    row = list_budgets(salon_db.session(), cid)[0]
    assert (row.total_cents, row.lines) == (37800, 1)


def test_budget_to_sale(salon_db, make_customer):
    cid = make_customer()
    bid = laser_budget(salon_db, cid)
    with salon_db.transaction() as s:
        draft = to_sale_draft(s, bid)
        draft.payments = [PaymentDraft("card", 21350)]
        sale = create_sale(s, draft).sale
        assert sale.total_cents == 21350
        assert [line.quantity for line in sale.lines] == [3, 1]
    with salon_db.session() as s:
        budget = s.get(Budget, bid)
        assert (budget.status, budget.sale_id) == ("accepted", sale.id)
    with pytest.raises(SalonError, match="already charged"), salon_db.transaction() as s:
        to_sale_draft(s, bid)
    with pytest.raises(SalonError, match="already accepted"), salon_db.transaction() as s:
        update_budget(s, bid, budget_data(s, bid))


def test_budget_to_appointments(salon_db, make_customer):
    cid = make_customer()
    bid = laser_budget(salon_db, cid)
    first = dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(16)).astimezone()
    with salon_db.transaction() as s:
        ids = to_appointments(s, bid, first, staff_id(salon_db, "Elena"), every_days=28)
    with salon_db.session() as s:
        booked = [s.get(Appointment, i) for i in ids]
        assert [a.starts_at for a in booked] == [first + dt.timedelta(days=28 * k)
                                                 for k in range(3)]
        assert {(a.price_cents, a.budget_id, a.status) for a in booked} == {
            (6300, bid, "pending")}
        assert s.get(Budget, bid).status == "accepted"
    # a clash refuses the whole booking
    other = laser_budget(salon_db, cid)
    with pytest.raises(ScheduleClash), salon_db.transaction() as s:
        to_appointments(s, other, first + dt.timedelta(days=28), staff_id(salon_db, "Elena"))
    with salon_db.session() as s:
        assert s.query(Appointment).count() == 3


def _expired_and_open(db, cid):
    """An old budget past its valid-until date, and a current one."""
    expired = laser_budget(db, cid, TODAY - dt.timedelta(days=60))  # valid 30 days
    current = laser_budget(db, cid, TODAY)
    return expired, current


def test_a_budget_past_its_date_is_expired_not_open(salon_db, make_customer):
    cid = make_customer()
    expired, current = _expired_and_open(salon_db, cid)
    with salon_db.session() as s:
        rows = {r.id: r for r in list_budgets(s, cid)}
        assert rows[expired].status == "expired" and rows[current].status == "open"
        totals = budget_totals(s, cid)
        assert totals.counts == {"open": 1, "expired": 1}
        assert totals.open_cents == rows[current].total_cents
        assert [r.id for r in list_budgets(s, cid, status="open")] == [current]
        assert [r.id for r in list_budgets(s, cid, status="expired")] == [expired]
        assert count_budgets(s, cid) == 2


def test_an_expired_budget_that_was_charged_or_rejected_keeps_that_status(salon_db,
                                                                          make_customer):
    cid = make_customer()
    old = TODAY - dt.timedelta(days=60)  # both past their valid-until date
    charged, rejected = laser_budget(salon_db, cid, old), laser_budget(salon_db, cid, old)
    with salon_db.transaction() as s:
        draft = to_sale_draft(s, charged)
        draft.payments = [PaymentDraft("card", 21350)]
        create_sale(s, draft)
        set_status(s, rejected, "rejected")
    with salon_db.session() as s:
        assert {r.id: r.status for r in list_budgets(s, cid)} == {
            charged: "accepted", rejected: "rejected"}
        assert budget_totals(s, cid).counts == {"accepted": 1, "rejected": 1}
        assert list_budgets(s, cid, status="expired") == []


def test_a_budget_valid_until_today_is_still_open(salon_db, make_customer):
    cid = make_customer()
    bid = laser_budget(salon_db, cid, TODAY - dt.timedelta(days=30))  # valid until today
    with salon_db.session() as s:
        assert [(r.id, r.status) for r in list_budgets(s, cid)] == [(bid, "open")]
    # and the day after it has expired
    tomorrow = TODAY + dt.timedelta(days=1)
    with salon_db.session() as s:
        assert [r.status for r in list_budgets(s, cid, today=tomorrow)] == ["expired"]
        assert budget_totals(s, cid, today=tomorrow).open_cents == 0


def test_budget_rows_name_the_business_the_employee_and_the_customer(salon_db, make_customer):
    from salon_desk.services import settings

    cid = make_customer(first_name="Nora", last_name="Vidal")
    laser_budget(salon_db, cid)
    with salon_db.transaction() as s:
        settings.set_value(s, settings.SALON_NAME, "Salón Aurora")
    row = list_budgets(salon_db.session(), cid)[0]
    assert (row.business, row.staff_name, row.customer_name) == (
        "Salón Aurora", "Elena", "Nora Vidal")


def test_expired_is_not_a_status_one_can_set(salon_db, make_customer):
    from salon_desk.services.errors import ValidationError

    bid = laser_budget(salon_db, make_customer())
    with pytest.raises(ValidationError), salon_db.transaction() as s:
        set_status(s, bid, "expired")
