"""Booking a budget's sessions over another appointment of the customer: refused unless it is on
purpose. The dialog asks with the appointments in the way named (day and time) and a "Book
anyway" choice; No books nothing and keeps the dialog open; the schedule and the record hear of
what was booked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from visits_helpers import service_id, staff_id

from salon_desk.models import Appointment
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.budgets import BudgetData, BudgetLineData, create_budget
from salon_desk.services.schedule.budget_sessions import to_appointments
from salon_desk.services.errors import CustomerOverlap
from salon_desk.ui import dialogs
from salon_desk.ui.events import events
from salon_desk.ui.visits.budget_dialogs import BudgetAppointmentsDialog
from salon_desk.ui.widgets.dates import to_qdate, to_qtime

FIRST = dt.date.today() + dt.timedelta(days=2)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


@pytest.fixture
def ana(salon_db, make_customer) -> int:
    """Ana, with a laser budget of three sessions and a colour with Marta on the day of the
    second session (FIRST + 28 days, 10:00–11:30) and a manicure on the third (10:15)."""
    cid = make_customer(first_name="Ana", last_name="Ruiz")
    with salon_db.transaction() as s:
        book(s, AppointmentData(cid, service_id(salon_db, "Full colour"),
                                staff_id(salon_db, "Marta"), at(FIRST + dt.timedelta(28), 10)))
        book(s, AppointmentData(cid, service_id(salon_db, "Manicure"),
                                staff_id(salon_db, "Carmen"),
                                at(FIRST + dt.timedelta(56), 10, 15)))
    return cid


def laser_budget(db, cid) -> int:
    with db.transaction() as s:
        return create_budget(s, cid, BudgetData(
            issued_on=dt.date.today(), staff_id=staff_id(db, "Elena"), description="Laser",
            lines=[BudgetLineData("service", service_id(db, "Laser session"), quantity=3)])).id


def appointments(db) -> list[tuple]:
    with db.session() as s:
        return list(s.execute(select(Appointment.service_id, Appointment.staff_id,
                                     Appointment.starts_at, Appointment.budget_id)
                              .order_by(Appointment.starts_at, Appointment.id)))


def test_the_service_names_every_session_in_the_way_and_books_them_on_purpose(salon_db, ana):
    budget = laser_budget(salon_db, ana)
    elena = staff_id(salon_db, "Elena")
    with pytest.raises(CustomerOverlap) as err, salon_db.transaction() as s:
        to_appointments(s, budget, at(FIRST, 10), elena, every_days=28)
    assert [(o.service_name, o.starts_at) for o in err.value.overlaps] == [
        ("Full colour", at(FIRST + dt.timedelta(28), 10)),
        ("Manicure", at(FIRST + dt.timedelta(56), 10, 15))]
    assert err.value.customer_name == "Ana Ruiz"
    assert len(appointments(salon_db)) == 2  # nothing of the budget was booked

    with salon_db.transaction() as s:
        ids = to_appointments(s, budget, at(FIRST, 10), elena, every_days=28,
                              allow_customer_overlap=True)
    assert len(ids) == 3
    assert [row[3] for row in appointments(salon_db)].count(budget) == 3


@pytest.fixture
def asked(asked, monkeypatch):
    """The shared ``asked``; any error box fails the test."""
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: pytest.fail(text))
    return asked


def test_booking_a_budget_over_an_appointment_asks_and_books_anyway_on_purpose(
        qtbot, salon_db, ana, asked):
    budget = laser_budget(salon_db, ana)
    heard: list[list[int]] = []
    events().appointments_changed.connect(heard.append)
    dialog = BudgetAppointmentsDialog(salon_db, budget)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setDate(to_qdate(FIRST))
    dialog.time_edit.setTime(to_qtime(dt.time(10)))
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(staff_id(salon_db, "Elena")))
    dialog.every_spin.setValue(28)

    asked.answers = [False]  # No: nothing booked, the dialog stays open to change the dates
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    [(title, text, button)] = asked
    assert (title, button) == ("Overlapping appointments", "Book anyway")
    assert "Ana Ruiz is already booked" in text
    assert "Full colour with Marta" in text and "Manicure with Carmen" in text
    from salon_desk.ui import formatting

    assert formatting.date(FIRST + dt.timedelta(28)) in text  # sessions are on several days
    assert "two services at once with two staff members" in text
    assert len(appointments(salon_db)) == 2 and dialog.isVisible()
    assert heard == []

    asked.answers = [True]  # "Book anyway": the laser next to the colour, on purpose
    with qtbot.waitSignal(dialog.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    laser, elena = service_id(salon_db, "Laser session"), staff_id(salon_db, "Elena")
    assert [row for row in appointments(salon_db) if row[3] == budget] == [
        (laser, elena, at(FIRST + dt.timedelta(28 * k), 10), budget) for k in range(3)]
    assert len(appointments(salon_db)) == 5
    assert not dialog.isVisible()
    assert heard == [[ana]]


def test_a_budget_without_overlaps_books_without_asking(qtbot, salon_db, ana, asked):
    budget = laser_budget(salon_db, ana)
    dialog = BudgetAppointmentsDialog(salon_db, budget)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(to_qdate(FIRST))
    dialog.time_edit.setTime(to_qtime(dt.time(16)))
    dialog.every_spin.setValue(28)
    with qtbot.waitSignal(dialog.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert [row[3] for row in appointments(salon_db)].count(budget) == 3
