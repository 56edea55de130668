"""Vouchers, prepaid card types and cards, loyalty cards."""

from __future__ import annotations

import datetime as dt

import pytest
from visits_helpers import product_id, service_id

from salon_desk.models import CashMovement, PrepaidCard, Sale
from salon_desk.services.sales.credits import (
    ACTIVE,
    CANCELLED,
    EXPIRED,
    USED_UP,
    LoyaltyCardData,
    PrepaidTypeData,
    VoucherData,
    add_months,
    cancel_loyalty_card,
    cancel_prepaid_card,
    cancel_voucher,
    count_credits,
    create_loyalty_card,
    create_voucher,
    delete_prepaid_type,
    get_loyalty_card,
    get_voucher,
    list_prepaid_cards,
    list_prepaid_types,
    list_vouchers,
    save_prepaid_type,
    sell_prepaid_card,
    update_voucher,
    use_voucher_session,
)
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date.today()


def test_voucher_create_edit_use_cancel(salon_db, make_customer):
    cid = make_customer()
    laser = service_id(salon_db, "Laser session")
    with salon_db.transaction() as s:
        vid = create_voucher(s, cid, VoucherData("Laser x3", 3, TODAY, service_id=laser,
                                                 description="Legs")).id
        use_voucher_session(s, vid)
        update_voucher(s, vid, VoucherData("Laser x4", 4, TODAY, service_id=laser,
                                           expires_on=TODAY + dt.timedelta(days=90)))
    row = list_vouchers(salon_db.session(), cid)[0]
    assert (row.name, row.service_name, row.sessions_bought, row.sessions_used,
            row.sessions_left, row.status) == ("Laser x4", "Laser session", 4, 1, 3, ACTIVE)
    with pytest.raises(ValidationError, match="at least one"), salon_db.transaction() as s:
        update_voucher(s, vid, VoucherData("Laser", 0, TODAY))
    with pytest.raises(ValidationError, match="2 sessions already used"), \
            salon_db.transaction() as s:
        use_voucher_session(s, vid)
        update_voucher(s, vid, VoucherData("Laser", 1, TODAY))
    assert list_vouchers(salon_db.session(), cid)[0].sessions_used == 1  # rolled back
    with salon_db.transaction() as s:
        cancel_voucher(s, vid, "Bought by mistake")
    assert list_vouchers(salon_db.session(), cid)[0].status == CANCELLED
    with pytest.raises(SalonError, match="cancelled"), salon_db.transaction() as s:
        use_voucher_session(s, vid)
    assert count_credits(salon_db.session(), cid) == 0


def test_expired_voucher_cannot_pay(salon_db, make_customer):
    cid = make_customer()
    laser = service_id(salon_db, "Laser session")
    with salon_db.transaction() as s:
        vid = create_voucher(s, cid, VoucherData("Laser", 2, TODAY - dt.timedelta(days=400),
                                                 service_id=laser,
                                                 expires_on=TODAY - dt.timedelta(days=35))).id
    assert list_vouchers(salon_db.session(), cid)[0].status == EXPIRED
    with pytest.raises(ValidationError, match="expired"), salon_db.transaction() as s:
        create_sale(s, SaleDraft(customer_id=cid, lines=[LineDraft("service", laser)],
                                 payments=[PaymentDraft("voucher", reference_id=vid)]))


@pytest.fixture
def member_c(salon_db):
    """The settings' example: value 40.00, sold for 35.00, valid 6 months, any service."""
    with salon_db.transaction() as s:
        return save_prepaid_type(s, PrepaidTypeData("Member C", 4000, 3500, 6)).id


def test_prepaid_card_sold_then_consumed_until_used_up(salon_db, make_customer, member_c):
    cid = make_customer()
    with salon_db.transaction() as s:
        card, result = sell_prepaid_card(s, cid, member_c, [PaymentDraft("card", 3500)])
        card_id, sale_id = card.id, result.sale.id
    with salon_db.session() as s:
        sale = s.get(Sale, sale_id)
        assert (sale.total_cents, sale.lines[0].kind) == (3500, "card")
        assert sale.lines[0].description == 'Prepaid card "Member C"'
        assert s.get(PrepaidCard, card_id).expires_on == add_months(TODAY, 6)
        assert s.query(CashMovement).filter_by(sale_id=sale_id).one().amount_cents == 3500
    cut = service_id(salon_db, "Women's cut & blow-dry")  # 38.00
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)],
                                 payments=[PaymentDraft("prepaid", 3800, reference_id=card_id)]))
    row = list_prepaid_cards(salon_db.session(), cid)[0]
    assert (row.used_cents, row.remaining_cents, row.status) == (3800, 200, ACTIVE)
    with pytest.raises(ValidationError, match="only 2.00 left"), salon_db.transaction() as s:
        create_sale(s, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)],
                                 payments=[PaymentDraft("prepaid", 300, reference_id=card_id)]))
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)],
                                 payments=[PaymentDraft("prepaid", 200, reference_id=card_id),
                                           PaymentDraft("cash", 3600)]))
    assert list_prepaid_cards(salon_db.session(), cid)[0].status == USED_UP


def test_prepaid_card_expired_or_not_allowed_is_refused(salon_db, make_customer):
    cid = make_customer()
    nails = [service_id(salon_db, "Manicure"), service_id(salon_db, "Pedicure")]
    with salon_db.transaction() as s:
        type_id = save_prepaid_type(s, PrepaidTypeData("Nails club", 5000, 4500, 1,
                                                       any_service=False,
                                                       service_ids=nails)).id
        card, _ = sell_prepaid_card(s, cid, type_id, [PaymentDraft("cash", 4500)],
                                    sold_at=dt.datetime.now() - dt.timedelta(days=70))
        card_id = card.id
    assert list_prepaid_cards(salon_db.session(), cid)[0].status == EXPIRED
    with pytest.raises(ValidationError, match="expired"), salon_db.transaction() as s:
        create_sale(s, SaleDraft(customer_id=cid, lines=[LineDraft("service", nails[0])],
                                 payments=[PaymentDraft("prepaid", 1000, reference_id=card_id)]))
    with salon_db.transaction() as s:
        s.get(PrepaidCard, card_id).expires_on = TODAY + dt.timedelta(days=10)
    oil = product_id(salon_db, "Cuticle oil")
    with pytest.raises(ValidationError, match="can pay only 20.00"), salon_db.transaction() as s:
        create_sale(s, SaleDraft(customer_id=cid, lines=[
            LineDraft("service", nails[0]), LineDraft("product", oil),
            LineDraft("service", service_id(salon_db, "Men's cut"))],
            payments=[PaymentDraft("prepaid", 2500, reference_id=card_id)]))


def test_prepaid_types_in_settings(salon_db, member_c, make_customer):
    with pytest.raises(ValidationError), salon_db.transaction() as s:
        save_prepaid_type(s, PrepaidTypeData("Member C", 100, 90, 6))  # same name
    with pytest.raises(ValidationError, match="Choose the services"), \
            salon_db.transaction() as s:
        save_prepaid_type(s, PrepaidTypeData("Bad", 100, 90, 6, any_service=False))
    cid = make_customer()
    with salon_db.transaction() as s:
        sell_prepaid_card(s, cid, member_c, [PaymentDraft("card", 3500)])
        delete_prepaid_type(s, member_c)  # sold already: only made inactive
    assert [(t.name, t.active) for t in list_prepaid_types(salon_db.session())] == [
        ("Member C", False)]


def test_loyalty_card_numbers_and_charge(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as s:
        create_loyalty_card(s, cid, LoyaltyCardData(TODAY, number="L000041"))
        card = create_loyalty_card(s, cid, LoyaltyCardData(TODAY, value_cents=5000),
                                   price_cents=1000, payments=[PaymentDraft("cash", 1000)])
        assert card.number == "L000042"
        with pytest.raises(ValidationError, match="already taken"):
            create_loyalty_card(s, cid, LoyaltyCardData(TODAY, number="L000041"))
    with salon_db.session() as s:
        sale = s.query(Sale).one()
        assert (sale.total_cents, sale.lines[0].description) == (1000, "Loyalty card L000042")


@pytest.mark.parametrize("missing, spanish_text", [
    (lambda s: get_voucher(s, 999), "El bono 999 no existe"),
    (lambda s: get_loyalty_card(s, 998), "La tarjeta de fidelidad 998 no existe"),
    (lambda s: cancel_prepaid_card(s, 997), "La tarjeta prepago 997 no existe"),
])
def test_a_missing_card_or_voucher_is_reported_in_the_users_language(salon_db, spanish, missing,
                                                                     spanish_text):
    from salon_desk.services.errors import NotFound
    from salon_desk.ui.texts import message_text

    with salon_db.session() as session, pytest.raises(NotFound) as refused:
        missing(session)
    assert message_text(str(refused.value)) == spanish_text


def test_a_cancelled_or_expired_loyalty_card_cannot_pay(salon_db, make_customer):
    cid = make_customer()
    cut = service_id(salon_db, "Men's cut")  # 18.00
    with salon_db.transaction() as s:
        card = create_loyalty_card(s, cid, LoyaltyCardData(TODAY, value_cents=5000))
        card_id, number = card.id, card.number
        card.expires_on = TODAY - dt.timedelta(days=1)

    def pay_with_the_card():
        with salon_db.transaction() as s:
            create_sale(s, SaleDraft(customer_id=cid, lines=[LineDraft("service", cut)], payments=[
                PaymentDraft("loyalty_card", 1000, reference_id=card_id),
                PaymentDraft("cash", 800)]))

    with pytest.raises(ValidationError, match=f"Loyalty card {number} expired on "):
        pay_with_the_card()
    with salon_db.transaction() as s:
        cancel_loyalty_card(s, card_id)
    with pytest.raises(ValidationError, match=f"Loyalty card {number} is cancelled"):
        pay_with_the_card()
