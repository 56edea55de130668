"""One customer in two places at once: overlapping appointments of a customer are refused unless
the caller allows them on purpose (two services at once with two staff members)."""

from __future__ import annotations

import datetime as dt

import pytest
from visits_helpers import service_id, staff_id

from salon_desk.models import Appointment
from salon_desk.services.schedule.appointments import (
    AppointmentData,
    appointment_data,
    book,
    customer_overlaps,
    set_status,
    update_appointment,
)
from salon_desk.services.errors import CustomerOverlap, ScheduleClash

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TOMORROW, dt.time(hour, minute)).astimezone()


def make_booking(db, allow: bool = False, **fields) -> int:
    with db.transaction() as s:
        return book(s, AppointmentData(**fields), allow_customer_overlap=allow).id


def count(db) -> int:
    with db.session() as s:
        return s.query(Appointment).count()


@pytest.fixture
def ana(salon_db, make_customer):
    """Ana Ruiz with a full colour (90 minutes) with Marta tomorrow at 10:00."""
    cid = make_customer(first_name="Ana", last_name="Ruiz")
    make_booking(salon_db, customer_id=cid, service_id=service_id(salon_db, "Full colour"),
                 staff_id=staff_id(salon_db, "Marta"), starts_at=at(10))
    return cid


def test_three_overlapping_bookings_of_one_customer_are_refused(salon_db, ana):
    """The issue's case: 10:00 with one stylist, then 11:00 and 11:15 with two others."""
    manicure = service_id(salon_db, "Manicure")
    with pytest.raises(CustomerOverlap) as err:
        make_booking(salon_db, customer_id=ana, service_id=manicure,
                     staff_id=staff_id(salon_db, "Carmen"), starts_at=at(11))
    message = str(err.value)
    assert "Ana Ruiz already has an appointment" in message
    assert "Full colour with Marta" in message and "10:00 to 11:30" in message
    assert "on purpose" in message
    [overlap] = err.value.overlaps
    assert (overlap.service_name, overlap.staff_name) == ("Full colour", "Marta")
    assert (overlap.starts_at, overlap.ends_at) == (at(10), at(11, 30))
    assert err.value.customer_name == "Ana Ruiz"
    with pytest.raises(CustomerOverlap):
        make_booking(salon_db, customer_id=ana, service_id=service_id(salon_db, "Blow-dry"),
                     staff_id=staff_id(salon_db, "Laura"), starts_at=at(11, 15))
    assert count(salon_db) == 1


def test_an_overlap_is_booked_when_the_caller_allows_it(salon_db, ana):
    make_booking(salon_db, allow=True, customer_id=ana,
                 service_id=service_id(salon_db, "Manicure"),
                 staff_id=staff_id(salon_db, "Carmen"), starts_at=at(10, 30))
    assert count(salon_db) == 2
    # the allow flag is about the customer only: a staff clash is still refused
    with pytest.raises(ScheduleClash):
        make_booking(salon_db, allow=True, customer_id=ana,
                     service_id=service_id(salon_db, "Pedicure"),
                     staff_id=staff_id(salon_db, "Carmen"), starts_at=at(10, 45))


def test_back_to_back_and_other_customers_are_no_overlap(salon_db, ana, make_customer):
    make_booking(salon_db, customer_id=ana, service_id=service_id(salon_db, "Manicure"),
                 staff_id=staff_id(salon_db, "Carmen"), starts_at=at(11, 30))
    eva = make_customer(first_name="Eva")
    make_booking(salon_db, customer_id=eva, service_id=service_id(salon_db, "Manicure"),
                 staff_id=staff_id(salon_db, "Laura"), starts_at=at(10))
    assert count(salon_db) == 3
    with salon_db.session() as s:
        assert customer_overlaps(s, ana, at(9), 60) == []
        assert [o.service_name for o in customer_overlaps(s, ana, at(9, 30), 60)] == [
            "Full colour"]
        assert [o.service_name for o in customer_overlaps(s, ana, at(11), 60)] == [
            "Full colour", "Manicure"]


def test_cancelled_and_no_show_appointments_do_not_count(salon_db, make_customer):
    cid = make_customer(first_name="Ana", last_name="Ruiz")
    colour, marta = service_id(salon_db, "Full colour"), staff_id(salon_db, "Marta")
    first = make_booking(salon_db, customer_id=cid, service_id=colour, staff_id=marta,
                         starts_at=at(10))
    second = make_booking(salon_db, customer_id=cid, service_id=colour,
                          staff_id=staff_id(salon_db, "Laura"), starts_at=at(14))
    with salon_db.transaction() as s:
        set_status(s, first, "cancelled")
        set_status(s, second, "no_show")
    make_booking(salon_db, customer_id=cid, service_id=service_id(salon_db, "Manicure"),
                 staff_id=staff_id(salon_db, "Carmen"), starts_at=at(10, 30))
    make_booking(salon_db, customer_id=cid, service_id=service_id(salon_db, "Manicure"),
                 staff_id=staff_id(salon_db, "Carmen"), starts_at=at(14, 30))
    # bringing the cancelled one back would overlap the new manicure: refused, or on purpose
    with pytest.raises(CustomerOverlap), salon_db.transaction() as s:
        set_status(s, first, "pending")
    with salon_db.transaction() as s:
        set_status(s, first, "pending", allow_customer_overlap=True)
    with salon_db.session() as s:
        assert s.get(Appointment, first).status == "pending"


def test_moving_an_appointment_onto_another_of_the_customer_is_refused(salon_db, ana):
    later = make_booking(salon_db, customer_id=ana, service_id=service_id(salon_db, "Manicure"),
                         staff_id=staff_id(salon_db, "Carmen"), starts_at=at(15))
    with salon_db.session() as s:
        data = appointment_data(s, later)
    data.starts_at = at(11)
    with pytest.raises(CustomerOverlap), salon_db.transaction() as s:
        update_appointment(s, later, data)
    with salon_db.session() as s:
        assert s.get(Appointment, later).starts_at == at(15)
        # moving within its own time is no overlap with itself
        assert customer_overlaps(s, ana, at(15), 30, exclude_id=later) == []
    data.starts_at = at(15, 30)
    with salon_db.transaction() as s:
        update_appointment(s, later, data)
    data.starts_at = at(11)
    with salon_db.transaction() as s:
        update_appointment(s, later, data, allow_customer_overlap=True)
    with salon_db.session() as s:
        assert s.get(Appointment, later).starts_at == at(11)
