"""Booking, clashes, blocked customers, statuses, lists, the day schedule, completing."""

from __future__ import annotations

import datetime as dt

import pytest
from visits_helpers import room_id, service_id, staff_id

from salon_desk.models import Appointment, Sale
from salon_desk.services import settings
from salon_desk.services.schedule.appointments import (
    AppointmentData,
    book,
    charge_draft,
    complete,
    day_schedule,
    list_appointments,
    set_status,
)
from salon_desk.services.schedule.booking import booking_warnings
from salon_desk.services.errors import CustomerBlocked, ScheduleClash
from salon_desk.services.sales.selling import PaymentDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def at(hour: int, minute: int = 0, day: dt.date = TOMORROW) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def make_booking(db, **fields) -> int:
    with db.transaction() as s:
        return book(s, AppointmentData(**fields)).id


def test_book_takes_service_duration_and_price(salon_db, make_customer):
    cid = make_customer()
    colour = service_id(salon_db, "Full colour")
    aid = make_booking(salon_db, customer_id=cid, service_id=colour,
                       staff_id=staff_id(salon_db, "Marta"), starts_at=at(10))
    with salon_db.session() as s:
        a = s.get(Appointment, aid)
        assert (a.duration_minutes, a.price_cents, a.status) == (90, 6500, "pending")
        assert a.starts_at == at(10)


def test_clash_for_staff_member_is_refused_with_the_clashing_appointment(salon_db,
                                                                         make_customer):
    ana = make_customer(first_name="Ana", last_name="Ruiz")
    eva = make_customer(first_name="Eva")
    laura = staff_id(salon_db, "Laura")
    cut = service_id(salon_db, "Women's cut & blow-dry")  # 45 minutes
    make_booking(salon_db, customer_id=ana, service_id=cut, staff_id=laura, starts_at=at(10))
    with pytest.raises(ScheduleClash) as err:
        make_booking(salon_db, customer_id=eva, service_id=cut, staff_id=laura,
                     starts_at=at(10, 30))
    message = str(err.value)
    assert "Laura is already booked" in message and "Ana Ruiz" in message
    assert "Women's cut & blow-dry" in message and "10:00 to 10:45" in message
    # back to back is fine, and so is another staff member at the same time
    make_booking(salon_db, customer_id=eva, service_id=cut, staff_id=laura, starts_at=at(10, 45))
    make_booking(salon_db, customer_id=make_customer(first_name="Lola"), service_id=cut,
                 staff_id=staff_id(salon_db, "Marta"), starts_at=at(10, 15))


def test_clash_for_room_is_refused_and_cancelled_frees_the_slot(salon_db, make_customer):
    ana, eva = make_customer(first_name="Ana"), make_customer(first_name="Eva")
    cabin = room_id(salon_db, "Cabin 1")
    facial = service_id(salon_db, "Classic facial")
    first = make_booking(salon_db, customer_id=ana, service_id=facial,
                         staff_id=staff_id(salon_db, "Sofía"), room_id=cabin, starts_at=at(12))
    with pytest.raises(ScheduleClash, match="Cabin 1 is already taken"):
        make_booking(salon_db, customer_id=eva, service_id=facial,
                     staff_id=staff_id(salon_db, "Elena"), room_id=cabin, starts_at=at(12, 30))
    with salon_db.transaction() as s:
        set_status(s, first, "cancelled")
    make_booking(salon_db, customer_id=eva, service_id=facial,
                 staff_id=staff_id(salon_db, "Elena"), room_id=cabin, starts_at=at(12, 30))
    # the cancelled one cannot come back while its slot is taken
    with pytest.raises(ScheduleClash), salon_db.transaction() as s:
        set_status(s, first, "confirmed")


def test_blocked_customer_cannot_be_booked(salon_db, make_customer):
    cid = make_customer(blocked=True, blocked_reason="Two no-shows without notice")
    with pytest.raises(CustomerBlocked, match="Two no-shows"):
        make_booking(salon_db, customer_id=cid, service_id=service_id(salon_db, "Men's cut"),
                     staff_id=staff_id(salon_db, "Javier"), starts_at=at(9))


def test_booking_warnings_list_allergies_notes_patch_test_and_blocked(salon_db, make_customer):
    cid = make_customer(allergies="Allergic to PPD", notes="Prefers afternoons",
                        blocked=True, blocked_reason="Unpaid")
    warnings = booking_warnings(salon_db.session(), cid, service_id(salon_db, "Full colour"),
                                at(10))
    assert warnings[0].startswith("Blocked customer")
    assert any("Allergic to PPD" in w for w in warnings)
    assert any("patch test" in w.lower() for w in warnings)
    assert any("Prefers afternoons" in w for w in warnings)
    plain = make_customer(first_name="Zoe")
    assert booking_warnings(salon_db.session(), plain, service_id(salon_db, "Manicure"),
                            at(10)) == []


def test_lists_upcoming_and_past_apart_with_filters(salon_db, make_customer):
    cid = make_customer()
    cut = service_id(salon_db, "Men's cut")
    wax = service_id(salon_db, "Underarm wax")
    javier = staff_id(salon_db, "Javier")
    past_day = dt.date.today() - dt.timedelta(days=30)
    for day, service in ((past_day, cut), (past_day - dt.timedelta(days=40), wax),
                         (TOMORROW, wax), (TOMORROW + dt.timedelta(days=7), cut)):
        make_booking(salon_db, customer_id=cid, service_id=service, staff_id=javier,
                     starts_at=at(11, day=day))
    s = salon_db.session()
    upcoming = list_appointments(s, cid, upcoming=True)
    past = list_appointments(s, cid, upcoming=False)
    assert [r.starts_at.date() for r in upcoming] == [TOMORROW, TOMORROW + dt.timedelta(days=7)]
    assert [r.service_name for r in past] == ["Underarm wax", "Men's cut"]  # chronological
    assert [r.service_name for r in list_appointments(s, cid, service_id=cut)] == [
        "Men's cut", "Men's cut"]
    assert len(list_appointments(s, cid, date_from=past_day, date_to=TOMORROW)) == 2
    assert list_appointments(s, cid, date_from=TOMORROW + dt.timedelta(days=30)) == []


def test_day_schedule_has_staff_columns_slots_and_items(salon_db, make_customer):
    cid = make_customer(first_name="Ana", last_name="Ruiz")
    with salon_db.transaction() as s:
        settings.set_value(s, settings.OPENING_TIME, "10:00")
        settings.set_value(s, settings.CLOSING_TIME, "14:00")
        settings.set_value(s, settings.SLOT_MINUTES, 30)
    aid = make_booking(salon_db, customer_id=cid, service_id=service_id(salon_db, "Manicure"),
                       staff_id=staff_id(salon_db, "Carmen"), starts_at=at(11))
    schedule = day_schedule(salon_db.session(), TOMORROW)
    assert [c.name for c in schedule.columns][:2] == ["Laura", "Marta"]
    slots = schedule.slots()
    assert (slots[0].hour, slots[-1].hour, slots[-1].minute, len(slots)) == (10, 13, 30, 8)
    assert [(i.id, i.customer_name, i.service_name) for i in schedule.items] == [
        (aid, "Ana Ruiz", "Manicure")]


def test_complete_prepares_a_sale_that_links_the_appointment(salon_db, make_customer):
    cid = make_customer()
    aid = make_booking(salon_db, customer_id=cid, service_id=service_id(salon_db, "Pedicure"),
                       staff_id=staff_id(salon_db, "Carmen"), starts_at=at(9),
                       price_cents=2500)
    with salon_db.transaction() as s:
        draft = complete(s, aid)
        draft.payments = [PaymentDraft("card", 2500)]
        sale_id = create_sale(s, draft).sale.id
    with salon_db.session() as s:
        a = s.get(Appointment, aid)
        assert (a.status, a.sale_id) == ("completed", sale_id)
        sale = s.get(Sale, sale_id)
        assert sale.lines[0].appointment_id == aid and sale.total_cents == 2500
        with pytest.raises(Exception, match="already charged"):
            charge_draft(s, [aid])
