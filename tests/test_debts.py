"""Debts: made by partly paid sales, paid partly or fully, with their cash movements."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from visits_helpers import service_id

from salon_desk.models import CashMovement, Debt, Sale
from salon_desk.services.sales.debts import (
    count_open_debts,
    debt_payments,
    list_debts,
    owed_cents,
    pay_all,
    pay_debt,
    set_balance,
)
from salon_desk.services.errors import ValidationError
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def debt(salon_db, make_customer):
    """A customer who paid 20.00 of a 65.00 colour: owes 45.00."""
    cid = make_customer()
    with salon_db.transaction() as s:
        result = create_sale(s, SaleDraft(
            customer_id=cid, lines=[LineDraft("service", service_id(salon_db, "Full colour"))],
            payments=[PaymentDraft("cash", 2000)]))
        return cid, result.debt.id, result.sale.id


def test_partial_then_full_payment(salon_db, debt):
    cid, debt_id, sale_id = debt
    assert owed_cents(salon_db.session(), cid) == 4500
    with salon_db.transaction() as s:
        pay_debt(s, debt_id, 1500, "card", "Paid part at the desk")
    row = list_debts(salon_db.session(), cid)[0]
    assert (row.initial_cents, row.remaining_cents, row.payments) == (4500, 3000, 1)
    assert row.ticket_number.startswith("T")
    assert count_open_debts(salon_db.session(), cid) == 1
    with salon_db.transaction() as s:
        pay_debt(s, debt_id, 3000, "cash")
    with salon_db.session() as s:
        assert s.get(Debt, debt_id).remaining_cents == 0
        assert s.get(Sale, sale_id).paid_cents == 6500
        moves = s.scalars(select(CashMovement).where(CashMovement.debt_payment_id.is_not(None))
                          .order_by(CashMovement.id)).all()
        assert [(m.amount_cents, m.method) for m in moves] == [(1500, "card"), (3000, "cash")]
        assert "Paid part at the desk" in moves[0].description
    assert [p.amount_cents for p in debt_payments(salon_db.session(), debt_id)] == [1500, 3000]
    assert count_open_debts(salon_db.session(), cid) == 0 and owed_cents(salon_db.session(),
                                                                         cid) == 0


def test_overpayment_and_bad_amounts_refused(salon_db, debt):
    _cid, debt_id, _ = debt
    for amount, message in ((5000, "Only 45.00 is left"), (0, "greater than zero")):
        with pytest.raises(ValidationError, match=message), salon_db.transaction() as s:
            pay_debt(s, debt_id, amount, "cash")
    with pytest.raises(ValidationError, match="cash, by card"), salon_db.transaction() as s:
        pay_debt(s, debt_id, 100, "points")
    with salon_db.session() as s:
        assert s.get(Debt, debt_id).remaining_cents == 4500
        assert s.scalar(select(CashMovement).where(CashMovement.debt_payment_id.is_not(None))
                        ) is None


def test_pay_all_spreads_over_debts_oldest_first(salon_db, debt):
    cid, first_id, _ = debt
    with salon_db.transaction() as s:
        second = create_sale(s, SaleDraft(
            customer_id=cid, lines=[LineDraft("service", service_id(salon_db, "Toner"))])).debt
    with salon_db.transaction() as s:
        pay_all(s, cid, 5000, "card")
    rows = {r.id: r.remaining_cents for r in list_debts(salon_db.session(), cid)}
    assert rows == {first_id: 0, second.id: 2000}


def test_balance_reminder(salon_db, make_customer):
    from salon_desk.services.sales.debts import get_balance

    cid = make_customer()
    with salon_db.transaction() as s:
        set_balance(s, cid, -1250)
    assert get_balance(salon_db.session(), cid) == -1250
