"""The services take money as whole cents (an int) and discounts as a finite Decimal or int from
0 to 100: a float amount (12.5 cents, or 12.0 that was meant as euros), a bool, a NaN or
infinite discount is refused with a domain error naming the field, and nothing is written."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from visits_helpers import product_id, service_id, staff_id

from salon_desk.models import Budget, CashMovement, DebtPayment, PointsEntry, Sale, Service
from salon_desk.services import amounts
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.budgets import BudgetData, BudgetLineData, create_budget
from salon_desk.services.sales.catalog import save_item
from salon_desk.services.sales.checkout import charge_sale
from salon_desk.services.sales.credits import (
    LoyaltyCardData,
    PrepaidTypeData,
    create_loyalty_card,
    save_prepaid_type,
)
from salon_desk.services.sales.debts import pay_all, pay_debt, set_balance
from salon_desk.services.errors import ValidationError
from salon_desk.services.sales.points import add_points, remove_points
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)
TODAY = dt.date.today()
BAD_CENTS = [12.5, 1500.0, True, "1500", None, Decimal("1500")]
BAD_PERCENTS = [float("nan"), Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"),
                float("inf"), 7.5, True, "10", Decimal(-1), Decimal("100.01")]


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _refused(db, call, model) -> ValidationError:
    before = _count(db, model)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        call(s)
    assert _count(db, model) == before
    assert "Traceback" not in str(caught.value)
    return caught.value


# ----------------------------------------------------------------------------- the checks
@pytest.mark.parametrize("value", BAD_CENTS)
def test_an_amount_is_whole_cents(value):
    with pytest.raises(ValidationError) as caught:
        amounts.checked_cents(value, "amount")
    assert list(caught.value.errors) == ["amount"]
    assert "whole number of cents" in str(caught.value)


@pytest.mark.parametrize("value", [0, 1, -250, 10**12])
def test_whole_cents_pass(value):
    assert amounts.checked_cents(value, "amount") == value


@pytest.mark.parametrize("value", BAD_PERCENTS)
def test_a_discount_is_a_finite_decimal_from_0_to_100(value):
    with pytest.raises(ValidationError) as caught:
        amounts.checked_percent(value, "discount")
    assert list(caught.value.errors) == ["discount"]


@pytest.mark.parametrize("value", [0, 100, Decimal("7.5"), Decimal("33.33")])
def test_good_discounts_pass(value):
    assert amounts.checked_percent(value, "discount") == Decimal(value)
    assert isinstance(amounts.checked_percent(value, "discount"), Decimal)


# ------------------------------------------------------------------------- in the services
@pytest.mark.parametrize("value", [12.5, 6500.0, True])
def test_sale_line_price_and_payments(salon_db, make_customer, value):
    cid = make_customer()
    colour = service_id(salon_db, "Full colour")

    def sale(line=None, payment=None):
        return lambda s: create_sale(s, SaleDraft(
            customer_id=cid, lines=[line or LineDraft("service", colour)],
            payments=[payment or PaymentDraft("cash", 6500)]))

    err = _refused(salon_db, sale(line=LineDraft("service", colour, unit_price_cents=value)),
                   Sale)
    assert "unit_price" in err.errors
    err = _refused(salon_db, sale(payment=PaymentDraft("cash", value)), Sale)
    assert "payments" in err.errors
    err = _refused(salon_db, sale(payment=PaymentDraft("cash", 6500, tendered_cents=value)),
                   Sale)
    assert "payments" in err.errors
    err = _refused(salon_db, sale(line=LineDraft("service", colour, quantity=1.5)), Sale)
    assert "quantity" in err.errors


@pytest.mark.parametrize("value", [float("nan"), Decimal("NaN"), Decimal("Infinity"), 7.5])
def test_sale_and_budget_discounts(salon_db, make_customer, value):
    cid = make_customer()
    colour = service_id(salon_db, "Full colour")
    err = _refused(salon_db, lambda s: create_sale(s, SaleDraft(
        customer_id=cid, lines=[LineDraft("service", colour, discount_percent=value)],
        payments=[PaymentDraft("cash", 6500)])), Sale)
    assert "discount" in err.errors
    err = _refused(salon_db, lambda s: create_budget(s, cid, BudgetData(
        issued_on=TODAY, lines=[BudgetLineData("service", colour, discount_percent=value)])),
        Budget)
    assert "discount" in err.errors


def test_budget_line_price_and_quantity(salon_db, make_customer):
    cid = make_customer()
    spf = product_id(salon_db, "SPF 50 fluid")
    for line in (BudgetLineData("product", spf, unit_price_cents=19.99),
                 BudgetLineData("product", spf, quantity=2.5)):
        _refused(salon_db, lambda s, line=line: create_budget(
            s, cid, BudgetData(issued_on=TODAY, lines=[line])), Budget)


@pytest.mark.parametrize("value", [12.5, 1500.0, True])
def test_debt_payments_and_balance(salon_db, make_customer, value):
    cid = make_customer()
    with salon_db.transaction() as s:
        debt_id = create_sale(s, SaleDraft(
            customer_id=cid, lines=[LineDraft("service", service_id(salon_db, "Full colour"))],
            payments=[PaymentDraft("cash", 2000)])).debt.id
    assert "amount" in _refused(salon_db, lambda s: pay_debt(s, debt_id, value, "cash"),
                                DebtPayment).errors
    assert "amount" in _refused(salon_db, lambda s: pay_all(s, cid, value, "cash"),
                                CashMovement).errors
    with pytest.raises(ValidationError), salon_db.transaction() as s:
        set_balance(s, cid, value)
    with pytest.raises(ValidationError), salon_db.transaction() as s:
        charge_sale(s, SaleDraft(customer_id=cid, lines=[
            LineDraft("product", product_id(salon_db, "SPF 50 fluid"))],
            payments=[PaymentDraft("cash", 9000)]), debt_cents=value)


@pytest.mark.parametrize("value", [2.5, 10.0, True])
def test_points_are_whole(salon_db, make_customer, value):
    cid = make_customer()
    assert "points" in _refused(salon_db, lambda s: add_points(s, cid, value), PointsEntry).errors
    assert "points" in _refused(salon_db, lambda s: remove_points(s, cid, value),
                                PointsEntry).errors


def test_credits_catalogue_and_appointments(salon_db, make_customer):
    cid = make_customer()
    from salon_desk.models import LoyaltyCard, PrepaidCardType

    _refused(salon_db, lambda s: save_prepaid_type(s, PrepaidTypeData("Gold", 4000.0, 3500, 6)),
             PrepaidCardType)
    _refused(salon_db, lambda s: save_prepaid_type(s, PrepaidTypeData("Gold", 4000, 35.5, 6)),
             PrepaidCardType)
    _refused(salon_db, lambda s: create_loyalty_card(s, cid, LoyaltyCardData(
        TODAY, service_discount_percent=Decimal("NaN"))), LoyaltyCard)
    _refused(salon_db, lambda s: create_loyalty_card(s, cid, LoyaltyCardData(
        TODAY, value_cents=50.5)), LoyaltyCard)
    _refused(salon_db, lambda s: create_loyalty_card(s, cid, LoyaltyCardData(TODAY),
                                                     price_cents=9.99), LoyaltyCard)
    with salon_db.session() as s:
        names = set(s.scalars(select(Service.name)))
    assert "price_cents" in _refused(salon_db, lambda s: save_item(
        s, Service, {"name": "Brows", "price_cents": 12.5, "duration_minutes": 15}),
        Service).errors
    assert "Brows" not in names
    from salon_desk.models import Appointment

    start = dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(10)).astimezone()
    assert "price" in _refused(salon_db, lambda s: book(s, AppointmentData(
        cid, service_id(salon_db, "Full colour"), staff_id(salon_db, "Elena"), start,
        price_cents=45.5)), Appointment).errors


def test_nan_is_no_number_for_the_till():
    assert math.isnan(float(Decimal("NaN")))  # what used to slip through Decimal(str(x))


@pytest.mark.parametrize("value", [7.5, float("nan"), Decimal("NaN"), Decimal("-Infinity"), True])
def test_a_customers_own_discount(salon_db, value):
    from salon_desk.models import Customer
    from salon_desk.services.customers.records import CustomerData, create_customer

    err = _refused(salon_db, lambda s: create_customer(
        s, CustomerData(first_name="Ana", discount_percent=value)), Customer)
    assert "discount_percent" in err.errors
