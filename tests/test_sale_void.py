"""Cancelling (voiding) a sale: the till, points, vouchers, cards and debts it touched are put
back, nothing is deleted, and every total leaves it out."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from visits_helpers import package_id, service_id, staff_id

from salon_desk.models import (
    Appointment,
    CashMovement,
    Customer,
    Debt,
    LoyaltyCard,
    Payment,
    PointsEntry,
    PrepaidCard,
    Sale,
    SaleLine,
    Voucher,
)
from salon_desk.services.sales import points
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.credits import (
    LoyaltyCardData,
    PrepaidTypeData,
    VoucherData,
    create_loyalty_card,
    create_voucher,
    save_prepaid_type,
    sell_prepaid_card,
    voucher_history,
)
from salon_desk.services.sales.debts import pay_debt
from salon_desk.services.errors import ValidationError
from salon_desk.services.care.insights import customer_insights
from salon_desk.services.sales.records import get_sale, purchase_totals
from salon_desk.services.sales.void import SaleAlreadyCancelled, SaleNotCancellable, void_sale
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.customers.visit_summary import visit_summary

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date.today()


def sell(db, draft: SaleDraft) -> int:
    with db.transaction() as s:
        return create_sale(s, draft).sale.id


def void(db, sale_id: int, reason: str = "Charged to the wrong customer", **kw):
    with db.transaction() as s:
        return void_sale(s, sale_id, reason, **kw)


def moves(db, sale_id: int) -> list[tuple[int, str]]:
    with db.session() as s:
        return [(m.amount_cents, m.method) for m in s.scalars(
            select(CashMovement).where(CashMovement.sale_id == sale_id)
            .order_by(CashMovement.id))]


def test_cash_sale_voided_cash_goes_out_points_taken_back_nothing_deleted(salon_db,
                                                                          make_customer):
    cid = make_customer(first_name="Elena", last_name="Mora")
    cut = service_id(salon_db, "Women's cut & blow-dry")  # 38.00
    keep = sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", cut)],
                                    payments=[PaymentDraft("card", 3800)],
                                    sold_at=dt.datetime.now().astimezone() - dt.timedelta(days=9)))
    sale_id = sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", cut)],
                                       payments=[PaymentDraft("cash", 3800, tendered_cents=5000)]))
    with salon_db.session() as s:
        assert points.balance(s, cid) == 76
    result = void(salon_db, sale_id, cancelled_by="Laura")

    assert result.refunded_cents == {"cash": 3800} and result.cash_out_cents == 3800
    assert moves(salon_db, sale_id) == [(3800, "cash"), (-3800, "cash")]
    with salon_db.session() as s:
        sale = s.get(Sale, sale_id)
        assert sale.cancelled and sale.cancel_reason == "Charged to the wrong customer"
        assert sale.cancelled_by == "Laura" and sale.cancelled_at is not None
        # nothing deleted: lines and payments stay
        assert s.scalar(select(func.count()).select_from(SaleLine).where(
            SaleLine.sale_id == sale_id)) == 1
        assert s.scalar(select(func.count()).select_from(Payment).where(
            Payment.sale_id == sale_id)) == 1
        entries = s.scalars(select(PointsEntry).where(PointsEntry.sale_id == sale_id)
                            .order_by(PointsEntry.id)).all()
        assert [(e.points, e.action, e.balance) for e in entries] == [
            (38, "earned", 76), (-38, "adjusted", 38)]
        assert points.balance(s, cid) == 38
        # the last visit falls back to the sale still standing
        assert s.get(Customer, cid).last_visit_at == s.get(Sale, keep).sold_at
    assert result.points_taken_back == 38 and result.points_kept == 0


def test_voiding_twice_or_without_a_reason_is_refused(salon_db, make_customer):
    cid = make_customer()
    sale_id = sell(salon_db, SaleDraft(cid, lines=[
        LineDraft("service", service_id(salon_db, "Men's cut"))],
        payments=[PaymentDraft("card", 1800)]))
    with pytest.raises(ValidationError, match="reason"):
        void(salon_db, sale_id, "   ")
    with salon_db.session() as s:
        assert not s.get(Sale, sale_id).cancelled
    void(salon_db, sale_id)
    with pytest.raises(SaleAlreadyCancelled, match="already cancelled"):
        void(salon_db, sale_id, "Again")
    assert moves(salon_db, sale_id) == [(1800, "card"), (-1800, "card")]
    with salon_db.session() as s:
        assert s.scalar(select(func.count()).select_from(PointsEntry).where(
            PointsEntry.action == "adjusted")) == 1


def test_credits_it_used_come_back_and_its_debt_is_closed(salon_db, make_customer):
    cid = make_customer(first_name="Rosa")
    laser = service_id(salon_db, "Laser session")  # 70.00
    colour = service_id(salon_db, "Full colour")
    with salon_db.transaction() as s:
        vid = create_voucher(s, cid, VoucherData("Laser x3", 3, TODAY, service_id=laser)).id
        type_id = save_prepaid_type(s, PrepaidTypeData("Member C", 4000, 3500, 6)).id
        card, _ = sell_prepaid_card(s, cid, type_id, [PaymentDraft("card", 3500)])
        card_id = card.id
        loyalty_id = create_loyalty_card(s, cid, LoyaltyCardData(
            purchased_on=TODAY, value_cents=2000)).id
        points.add_points(s, cid, 300, "Welcome gift")
    with salon_db.session() as s:
        before_points = points.balance(s, cid)
    sale_id = sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", laser),
                                                   LineDraft("service", colour)],
                                       payments=[PaymentDraft("voucher", reference_id=vid),
                                                 PaymentDraft("prepaid", 1500,
                                                              reference_id=card_id),
                                                 PaymentDraft("loyalty_card", 500,
                                                              reference_id=loyalty_id),
                                                 PaymentDraft("points", points=100),
                                                 PaymentDraft("card", 1000)]))
    with salon_db.session() as s:
        debt = s.scalars(select(Debt).where(Debt.sale_id == sale_id)).one()
        owed = debt.remaining_cents
        sale = s.get(Sale, sale_id)
        assert owed == sale.total_cents - sale.paid_cents > 1200
    with salon_db.transaction() as s:
        pay_debt(s, debt.id, 1200, "cash")
    result = void(salon_db, sale_id)

    with salon_db.session() as s:
        assert s.get(Voucher, vid).sessions_used == 0
        assert s.get(PrepaidCard, card_id).used_cents == 0
        assert s.get(LoyaltyCard, loyalty_id).used_cents == 0
        closed = s.get(Debt, debt.id)
        assert closed.remaining_cents == 0 and "cancelled" in closed.description
        assert points.balance(s, cid) == before_points  # 100 paid with back, earned taken back
    assert moves(salon_db, sale_id) == [(1000, "card"), (1200, "cash"), (-1000, "card"),
                                        (-1200, "cash")]
    assert result.refunded_cents == {"card": 1000, "cash": 1200}
    assert (result.sessions_returned, result.card_value_returned_cents,
            result.points_returned, result.debt_closed_cents) == (1, 2000, 100, owed - 1200)
    history = voucher_history(salon_db.session(), vid)
    assert [s.returned for s in history.sessions] == [True]
    assert history.voucher.sessions_left == 3


def test_voided_sale_is_left_out_of_every_total(salon_db, make_customer):
    from salon_desk.services.customers.exporting import _Lookups

    cid = make_customer()
    cut = service_id(salon_db, "Men's cut")  # 18.00
    sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", cut)],
                             payments=[PaymentDraft("card", 1800)]))
    wrong = sell(salon_db, SaleDraft(cid, lines=[
        LineDraft("service", service_id(salon_db, "Full colour"))],
        payments=[PaymentDraft("card", 100)]))
    void(salon_db, wrong, "Wrong service")
    with salon_db.session() as s:
        totals = purchase_totals(s, cid)
        assert (totals.sales, totals.total_cents, totals.paid_cents) == (1, 1800, 1800)
        summary = visit_summary(s, cid)
        assert (summary.sales, summary.total_spent_cents, summary.owed_cents) == (1, 1800, 0)
        assert customer_insights(s, cid).total_spend_cents == 1800
        assert get_sale(s, wrong).cancelled
    with salon_db.engine.connect() as conn:
        assert _Lookups(conn, [cid]).spent[cid] == 1800


def test_points_already_spent_are_taken_back_only_as_far_as_the_balance_goes(salon_db,
                                                                           make_customer):
    cid = make_customer()
    sale_id = sell(salon_db, SaleDraft(cid, lines=[
        LineDraft("service", service_id(salon_db, "Full colour"))],
        payments=[PaymentDraft("card", 5000)]))
    with salon_db.transaction() as s:
        points.remove_points(s, cid, 45, "Gift handed over", action="redeemed")
    result = void(salon_db, sale_id)
    assert (result.points_taken_back, result.points_kept) == (20, 45)  # 65 earned, 45 spent
    with salon_db.session() as s:
        assert points.balance(s, cid) == 0


def test_package_sold_on_the_sale_is_cancelled_with_it_unless_already_used(salon_db,
                                                                          make_customer):
    cid = make_customer()
    pack = package_id(salon_db, "5 relaxing massages")
    massage = service_id(salon_db, "Relaxing massage")
    first = sell(salon_db, SaleDraft(cid, lines=[LineDraft("package", pack)],
                                     payments=[PaymentDraft("card", 22500)]))
    second = sell(salon_db, SaleDraft(cid, lines=[LineDraft("package", pack)],
                                      payments=[PaymentDraft("card", 22500)]))
    with salon_db.session() as s:
        used_one = s.scalars(select(Voucher.id).where(Voucher.sale_id == second)).one()
    sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", massage)],
                             payments=[PaymentDraft("voucher", reference_id=used_one)]))
    with pytest.raises(SaleNotCancellable, match="1 session"):
        void(salon_db, second)
    with salon_db.session() as s:
        assert not s.get(Sale, second).cancelled
        assert moves(salon_db, second) == [(22500, "card")]
    result = void(salon_db, first)
    assert result.credits_cancelled == ["5 relaxing massages"]
    with salon_db.session() as s:
        voucher = s.scalars(select(Voucher).where(Voucher.sale_id == first)).one()
        assert voucher.cancelled and "Cancelled ticket" in voucher.cancel_reason


def test_charged_appointment_can_be_charged_again_after_the_void(salon_db, make_customer):
    cid = make_customer()
    blow = service_id(salon_db, "Blow-dry")
    when = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(11)).astimezone()
    with salon_db.transaction() as s:
        appt = book(s, AppointmentData(cid, blow, staff_id(salon_db, "Laura"), when)).id
    sale_id = sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", blow,
                                                             appointment_id=appt)],
                                       payments=[PaymentDraft("card", 2200)]))
    void(salon_db, sale_id, "Wrong price")
    with salon_db.session() as s:
        appointment = s.get(Appointment, appt)
        assert appointment.sale_id is None and appointment.status == "completed"
        assert s.get(Customer, cid).last_visit_at == when  # the visit itself still stands
    again = sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", blow,
                                                           appointment_id=appt)],
                                     payments=[PaymentDraft("card", 2000)]))
    with salon_db.session() as s:
        assert s.get(Appointment, appt).sale_id == again


def test_prepaid_card_sold_on_the_sale_is_cancelled_with_it_unless_already_used(salon_db,
                                                                               make_customer):
    cid = make_customer()
    with salon_db.transaction() as s:
        type_id = save_prepaid_type(s, PrepaidTypeData("Member C", 4000, 3500, 6)).id
        unused, first = sell_prepaid_card(s, cid, type_id, [PaymentDraft("cash", 3500)])
        used, second = sell_prepaid_card(s, cid, type_id, [PaymentDraft("cash", 3500)])
        unused_id, used_id = unused.id, used.id
        first_id, second_id = first.sale.id, second.sale.id
    sell(salon_db, SaleDraft(cid, lines=[LineDraft("service", service_id(salon_db, "Men's cut"))],
                             payments=[PaymentDraft("prepaid", 1800, reference_id=used_id)]))
    with pytest.raises(SaleNotCancellable, match="Member C"):
        void(salon_db, second_id)
    result = void(salon_db, first_id, "Changed her mind")
    assert result.credits_cancelled == ["Member C"] and result.cash_out_cents == 3500
    with salon_db.session() as s:
        assert s.get(PrepaidCard, unused_id).cancelled
        assert not s.get(PrepaidCard, used_id).cancelled
        assert not s.get(Sale, second_id).cancelled
