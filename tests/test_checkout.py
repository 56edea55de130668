"""Charging today's sale together with an earlier debt (services.checkout)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from visits_helpers import service_id

from salon_desk.models import CashMovement, Debt, DebtPayment, Sale, Voucher
from salon_desk.services.sales.checkout import charge_sale, preview_checkout, split_payments
from salon_desk.services.errors import ValidationError
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def test_split_money_covers_what_credits_leave_and_the_rest_pays_debts():
    payments = [PaymentDraft("cash", 7800, tendered_cents=10000), PaymentDraft("voucher", 1000),
                PaymentDraft("card", 500)]
    for_sale, for_debts = split_payments(payments, 3000)
    assert [(p.method, p.amount_cents, p.tendered_cents) for p in for_sale] == [
        ("cash", 2000, 4200), ("voucher", 1000, None)]
    assert [(p.method, p.amount_cents) for p in for_debts] == [("cash", 5800), ("card", 500)]
    # change stays what was handed back: 100.00 - 78.00
    assert for_sale[0].tendered_cents - for_sale[0].amount_cents == 2200


@pytest.fixture
def owing(salon_db, make_customer):
    """Owes 48.00 (lash lift, a month ago) and 25.00 (toner, last week), and has a voucher of
    manicure sessions."""
    cid = make_customer(first_name="Rocío")
    now = dt.datetime.now().astimezone()
    with salon_db.transaction() as s:
        for days, name in ((30, "Lash lift & tint"), (7, "Toner")):
            create_sale(s, SaleDraft(cid, sold_at=now - dt.timedelta(days=days), lines=[
                LineDraft("service", service_id(salon_db, name))]))
        s.add(Voucher(customer_id=cid, name="Manicure x5", purchased_on=dt.date.today(),
                      service_id=service_id(salon_db, "Manicure"), sessions_bought=5))
    return cid


def test_voucher_pays_the_sale_and_cash_the_oldest_debts(salon_db, owing):
    with salon_db.session() as s:
        voucher = s.scalar(select(Voucher.id))
    draft = SaleDraft(owing, lines=[LineDraft("service", service_id(salon_db, "Manicure"))],
                      payments=[PaymentDraft("cash", 6000), PaymentDraft("voucher",
                                                                         reference_id=voucher)])
    with salon_db.session() as s:
        preview = preview_checkout(s, draft, 7300)
    assert preview.error == ""
    assert (preview.total_cents, preview.paid_cents, preview.debt_paid_cents) == (2000, 8000, 6000)
    assert preview.owed_cents == 1300
    with salon_db.transaction() as s:
        done = charge_sale(s, draft, 7300)
        assert done.debt_paid_cents == 6000
    with salon_db.session() as s:
        sale = s.get(Sale, done.sale.sale.id)
        assert [(p.method, p.amount_cents) for p in sale.payments] == [("voucher", 2000)]
        assert s.scalar(select(Voucher.sessions_used)) == 1
        assert [d.remaining_cents for d in s.scalars(select(Debt).order_by(Debt.id))] == [0, 1300]
        assert [(p.amount_cents, p.method) for p in s.scalars(
            select(DebtPayment).order_by(DebtPayment.id))] == [(4800, "cash"), (1200, "cash")]
        # the sale itself was paid with the voucher: no money movement for it
        assert sorted(m.amount_cents for m in s.scalars(select(CashMovement))) == [1200, 4800]


def test_paying_more_than_the_sale_and_the_debt_is_refused(salon_db, owing):
    draft = SaleDraft(owing, lines=[LineDraft("service", service_id(salon_db, "Toner"))],
                      payments=[PaymentDraft("card", 2500 + 4800 + 100)])
    with salon_db.session() as s:
        assert preview_checkout(s, draft, 4800).error
    with pytest.raises(ValidationError), salon_db.transaction() as s:
        charge_sale(s, draft, 4800)
    with pytest.raises(ValidationError), salon_db.transaction() as s:
        charge_sale(s, draft, 9999)  # more than the customer owes
    with salon_db.session() as s:
        assert len(s.scalars(select(Sale)).all()) == 2  # only the two earlier ones
