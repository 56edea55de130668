"""A voucher's sessions ("View sessions"), cancelling a voucher with a reason, deleting one."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from visits_helpers import service_id, staff_id

from salon_desk.models import Note, Voucher, VoucherUse
from salon_desk.services.sales.credits import (
    ACTIVE,
    CANCELLED,
    VoucherData,
    VoucherInUse,
    cancel_voucher,
    create_voucher,
    delete_voucher,
    list_vouchers,
    use_voucher_session,
    voucher_history,
)
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale, payment_options

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date.today()


@pytest.fixture
def laser_voucher(salon_db, make_customer):
    """A customer with a voucher of 4 laser sessions, described."""
    cid = make_customer(first_name="Irene", last_name="Soler")
    laser = service_id(salon_db, "Laser session")
    with salon_db.transaction() as s:
        vid = create_voucher(s, cid, VoucherData("Laser x4", 4, TODAY, service_id=laser,
                                                 description="Legs, lower half")).id
    return cid, vid, laser


def pay_with_voucher(db, cid, vid, service, staff=None, when=None, extra=()):
    with db.transaction() as s:
        result = create_sale(s, SaleDraft(
            customer_id=cid, sold_at=when,
            lines=[LineDraft("service", service, staff_id=staff), *extra],
            payments=[PaymentDraft("voucher", reference_id=vid)]))
        return result.sale.id, result.sale.ticket_number


def test_history_lists_each_session_with_date_service_staff_ticket(salon_db, laser_voucher):
    cid, vid, laser = laser_voucher
    marta, laura = staff_id(salon_db, "Marta"), staff_id(salon_db, "Laura")
    first = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(10)).astimezone()
    second = dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(17, 30)).astimezone()
    _, ticket1 = pay_with_voucher(salon_db, cid, vid, laser, marta, first)
    # the second sale also has a blow-dry by another person: the session is the laser line's
    _, ticket2 = pay_with_voucher(salon_db, cid, vid, laser, laura, second, extra=[
        LineDraft("service", service_id(salon_db, "Blow-dry"), staff_id=marta)])
    with salon_db.transaction() as s:
        use_voucher_session(s, vid, staff_id=marta, note="Touch-up, no charge")

    history = voucher_history(salon_db.session(), vid)
    assert history.voucher.description == "Legs, lower half"
    assert (history.voucher.sessions_used, history.voucher.sessions_left) == (3, 1)
    assert [(s.used_at.date() if s.ticket_number else None, s.service_name, s.staff_name,
             s.ticket_number, s.returned) for s in history.sessions] == [
        (first.date(), "Laser session", "Marta", ticket1, False),
        (second.date(), "Laser session", "Laura", ticket2, False),
        (None, "Laser session", "Marta", "", False)]
    assert history.sessions[2].note == "Touch-up, no charge"
    assert history.unrecorded == 0
    with salon_db.session() as s:
        assert s.scalars(select(VoucherUse.voucher_id)).all() == [vid]


def test_sessions_counted_without_a_record_are_reported(salon_db, laser_voucher):
    _cid, vid, _laser = laser_voucher
    with salon_db.transaction() as s:
        s.get(Voucher, vid).sessions_used = 2  # e.g. imported from another system
    history = voucher_history(salon_db.session(), vid)
    assert history.sessions == [] and history.unrecorded == 2


def test_cancelled_voucher_keeps_its_reason_and_can_no_longer_be_redeemed(salon_db,
                                                                          laser_voucher):
    cid, vid, laser = laser_voucher
    with pytest.raises(ValidationError, match="reason"), salon_db.transaction() as s:
        cancel_voucher(s, vid, "  ")
    with salon_db.transaction() as s:
        cancel_voucher(s, vid, "Customer moved away")
    row = list_vouchers(salon_db.session(), cid)[0]
    assert (row.status, row.cancel_reason) == (CANCELLED, "Customer moved away")
    history = voucher_history(salon_db.session(), vid)
    assert history.voucher.status == CANCELLED and history.cancelled_at is not None
    with pytest.raises(ValidationError, match="cancelled"):
        pay_with_voucher(salon_db, cid, vid, laser)
    with pytest.raises(SalonError, match="cancelled"), salon_db.transaction() as s:
        use_voucher_session(s, vid)
    assert payment_options(salon_db.session(), cid)["voucher"] == []
    with pytest.raises(SalonError, match="already cancelled"), salon_db.transaction() as s:
        cancel_voucher(s, vid, "Again")
    with salon_db.session() as s:
        assert s.get(Voucher, vid).sessions_used == 0


def test_unused_voucher_is_deleted_with_its_reason_in_the_notes(salon_db, laser_voucher):
    cid, vid, _laser = laser_voucher
    with pytest.raises(ValidationError, match="reason"), salon_db.transaction() as s:
        delete_voucher(s, vid, "")
    with salon_db.transaction() as s:
        delete_voucher(s, vid, "Entered twice")
    with salon_db.session() as s:
        assert s.get(Voucher, vid) is None
        note = s.scalars(select(Note).where(Note.customer_id == cid)).one()
        assert 'Voucher "Laser x4"' in note.text and "Entered twice" in note.text


def test_used_voucher_cannot_be_deleted(salon_db, laser_voucher):
    cid, vid, laser = laser_voucher
    pay_with_voucher(salon_db, cid, vid, laser)
    with pytest.raises(VoucherInUse, match="1 session.*cancel it instead"), \
            salon_db.transaction() as s:
        delete_voucher(s, vid, "Mistake")
    with salon_db.session() as s:
        assert s.get(Voucher, vid) is not None
        assert s.scalars(select(Note)).all() == []
    assert list_vouchers(salon_db.session(), cid)[0].status == ACTIVE
