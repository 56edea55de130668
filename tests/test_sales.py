"""Charging: lines, discounts, payments, tickets, debts, points, cash movements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from visits_helpers import package_id, product_id, service_id, staff_id

from salon_desk.models import CashMovement, Customer, Debt, PointsEntry, Sale, Voucher
from salon_desk.services import settings
from salon_desk.services.errors import ValidationError
from salon_desk.services.money import line_amount, parse_cents, percent_of
from salon_desk.services.sales.records import get_sale, list_sale_lines, purchase_totals
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def sell(db, draft: SaleDraft):
    with db.transaction() as s:
        result = create_sale(s, draft)
        return result.sale.id, result.change_cents, result.points_earned


def test_discount_rounds_half_up():
    assert percent_of(1250, Decimal(1)) == 13  # 12.5 cents of discount -> 13
    assert percent_of(1249, Decimal(1)) == 12
    assert line_amount(3, 1999, Decimal("12.5")) == 5997 - 750  # 749.625 -> 750
    assert line_amount(1, 1250, Decimal(1)) == 1237
    assert parse_cents("12,50") == 1250 and parse_cents("1.234,5") == 123450


def test_sale_with_personal_discount_cash_change_points_and_cash_movement(salon_db,
                                                                          make_customer):
    cid = make_customer(first_name="Lucía", discount_percent=Decimal(10))
    cut = service_id(salon_db, "Women's cut & blow-dry")  # 38.00
    shampoo = product_id(salon_db, "Repair shampoo 300 ml")  # 16.50
    laura = staff_id(salon_db, "Laura")
    sale_id, change, earned = sell(salon_db, SaleDraft(customer_id=cid, lines=[
        LineDraft("service", cut, staff_id=laura),
        LineDraft("product", shampoo, quantity=2, discount_percent=Decimal(0)),
    ], payments=[PaymentDraft("cash", 6720, tendered_cents=7000)]))
    # 38.00 - 10 % = 34.20; 2 x 16.50 without discount = 33.00
    detail = get_sale(salon_db.session(), sale_id)
    assert detail.total_cents == 3420 + 3300 and detail.paid_cents == 6720
    assert [(line.quantity, line.amount_cents, line.staff_name) for line in detail.lines] == [
        (1, 3420, "Laura"), (2, 3300, "")]
    assert change == 280
    assert earned == 67  # 1 point per euro, fractions dropped
    with salon_db.session() as s:
        moves = s.scalars(select(CashMovement).where(CashMovement.sale_id == sale_id)).all()
        assert [(m.amount_cents, m.method) for m in moves] == [(6720, "cash")]
        assert s.get(Customer, cid).last_visit_at is not None
        entry = s.scalars(select(PointsEntry).where(PointsEntry.customer_id == cid)).one()
        assert (entry.points, entry.action, entry.balance) == (67, "earned", 67)
        assert s.scalar(select(Debt).where(Debt.customer_id == cid)) is None


def test_ticket_numbers_are_sequential_per_year(salon_db, make_customer):
    cid = make_customer()
    cut = service_id(salon_db, "Men's cut")
    numbers = []
    for when in (dt.datetime(2025, 12, 31, 12), dt.datetime(2026, 1, 2, 12),
                 dt.datetime(2026, 1, 3, 12)):
        sale_id, *_ = sell(salon_db, SaleDraft(customer_id=cid, sold_at=when,
                                               lines=[LineDraft("service", cut)],
                                               payments=[PaymentDraft("card", 1800)]))
        with salon_db.session() as s:
            numbers.append(s.get(Sale, sale_id).ticket_number)
    assert numbers == ["T2025-000001", "T2026-000001", "T2026-000002"]


def test_partial_payment_leaves_a_debt(salon_db, make_customer):
    cid = make_customer()
    colour = service_id(salon_db, "Full colour")  # 65.00
    sale_id, *_ = sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", colour)],
                                           payments=[PaymentDraft("card", 4000)]))
    with salon_db.session() as s:
        debt = s.scalars(select(Debt).where(Debt.customer_id == cid)).one()
        assert (debt.sale_id, debt.initial_cents, debt.remaining_cents) == (sale_id, 2500, 2500)
    totals = purchase_totals(salon_db.session(), cid)
    assert (totals.sales, totals.total_cents, totals.paid_cents) == (1, 6500, 4000)


def test_overpayment_and_walk_in_debt_refused(salon_db, make_customer):
    cid = make_customer()
    cut = service_id(salon_db, "Men's cut")
    with pytest.raises(ValidationError, match="more than the total"):
        sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)],
                                 payments=[PaymentDraft("card", 5000)]))
    with pytest.raises(ValidationError, match="paid in full"):
        sell(salon_db, SaleDraft(customer_id=None, lines=[LineDraft("service", cut)]))
    with salon_db.session() as s:
        assert s.scalar(select(Sale)) is None


def test_package_becomes_voucher_and_voucher_payment_consumes_a_session(salon_db,
                                                                        make_customer):
    cid = make_customer()
    pack = package_id(salon_db, "5 relaxing massages")
    massage = service_id(salon_db, "Relaxing massage")  # 50.00
    sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("package", pack)],
                             payments=[PaymentDraft("card", 22500)]))
    with salon_db.session() as s:
        voucher = s.scalars(select(Voucher).where(Voucher.customer_id == cid)).one()
        assert (voucher.sessions_bought, voucher.service_id) == (5, massage)
        assert voucher.expires_on is not None
    sale_id, _, earned = sell(salon_db, SaleDraft(
        customer_id=cid, lines=[LineDraft("service", massage)],
        payments=[PaymentDraft("voucher", reference_id=voucher.id)]))
    with salon_db.session() as s:
        assert s.get(Voucher, voucher.id).sessions_used == 1
        sale = s.get(Sale, sale_id)
        assert (sale.paid_cents, sale.total_cents) == (5000, 5000)
        assert sale.payments[0].amount_cents == 5000
        assert s.scalar(select(CashMovement).where(CashMovement.sale_id == sale_id)) is None
    assert earned == 0  # nothing paid in money


def test_voucher_for_another_service_or_used_up_is_refused(salon_db, make_customer):
    from salon_desk.services.sales.credits import VoucherData, create_voucher

    cid = make_customer()
    laser = service_id(salon_db, "Laser session")
    cut = service_id(salon_db, "Men's cut")
    with salon_db.transaction() as s:
        vid = create_voucher(s, cid, VoucherData("Laser x1", 1, dt.date.today(),
                                                 service_id=laser)).id
    with pytest.raises(ValidationError, match="not in this sale"):
        sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)],
                                 payments=[PaymentDraft("voucher", reference_id=vid)]))
    sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", laser)],
                             payments=[PaymentDraft("voucher", reference_id=vid)]))
    with pytest.raises(ValidationError, match="only 0 session"):
        sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", laser)],
                                 payments=[PaymentDraft("voucher", reference_id=vid)]))


def test_points_payment_redeems_points_with_running_total(salon_db, make_customer):
    from salon_desk.services.sales.points import add_points, search

    cid = make_customer()
    with salon_db.transaction() as s:
        add_points(s, cid, 300, "Welcome gift")
        settings.set_value(s, settings.POINT_VALUE_CENTS, 5)
    toner = service_id(salon_db, "Toner")  # 25.00
    sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", toner)],
                             payments=[PaymentDraft("points", points=200),
                                       PaymentDraft("card", 1500)]))
    rows = search(salon_db.session(), cid)
    assert [(r.action, r.points, r.balance) for r in rows] == [
        ("added", 300, 300), ("redeemed", -200, 100), ("earned", 15, 115)]
    with pytest.raises(ValidationError, match="only 115 points"):
        sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", toner)],
                                 payments=[PaymentDraft("points", points=200)]))


def test_points_rule_is_a_setting(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as s:
        settings.set_value(s, settings.POINTS_PER_UNIT, Decimal("2.5"))
    cut = service_id(salon_db, "Men's cut")  # 18.00
    *_, earned = sell(salon_db, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)],
                                          payments=[PaymentDraft("card", 1800)]))
    assert earned == 45


def test_loyalty_card_discounts_and_pays(salon_db, make_customer):
    from salon_desk.services.sales.credits import LoyaltyCardData, create_loyalty_card

    cid = make_customer(discount_percent=Decimal(5))
    with salon_db.transaction() as s:
        card = create_loyalty_card(s, cid, LoyaltyCardData(
            purchased_on=dt.date.today(), value_cents=3000,
            service_discount_percent=Decimal(15), product_discount_percent=Decimal(0)))
        card_id, number = card.id, card.number
    assert number == "L000001"
    cut = service_id(salon_db, "Men's cut")  # 18.00
    oil = product_id(salon_db, "Argan oil 50 ml")  # 19.90
    sale_id, *_ = sell(salon_db, SaleDraft(
        customer_id=cid, loyalty_card_id=card_id,
        lines=[LineDraft("service", cut), LineDraft("product", oil)],
        payments=[PaymentDraft("loyalty_card", 3000, reference_id=card_id),
                  PaymentDraft("cash", 420)]))
    detail = get_sale(salon_db.session(), sale_id)
    # service: the card's 15 % beats the customer's 5 %; product: the customer's 5 %
    assert [line.discount_percent for line in detail.lines] == [Decimal(15), Decimal(5)]
    assert [line.amount_cents for line in detail.lines] == [1530, 1890]
    from salon_desk.services.sales.credits import list_loyalty_cards

    card_row = list_loyalty_cards(salon_db.session(), cid)[0]
    assert (card_row.used_cents, card_row.remaining_cents) == (3000, 0)


def test_products_filter_lists_only_products(salon_db, make_customer):
    cid = make_customer()
    sell(salon_db, SaleDraft(customer_id=cid, lines=[
        LineDraft("service", service_id(salon_db, "Manicure")),
        LineDraft("product", product_id(salon_db, "Cuticle oil"))],
        payments=[PaymentDraft("card", 2000), PaymentDraft("cash", 850)]))
    rows = list_sale_lines(salon_db.session(), cid, kind="product")
    assert [(r.description, r.methods) for r in rows] == [("Cuticle oil", "Card, Cash")]
    assert len(list_sale_lines(salon_db.session(), cid)) == 2
