"""The schedule and the windows around it as a receptionist sees them: what is shown follows what
changed (the demo loaded, a booking from a record, a filter), without a restart or a date change;
and one customer booked twice at the same time is warned about and booked only on purpose."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from visits_helpers import click_slot, service_id, staff_id

from salon_desk.models import Appointment
from salon_desk.models.db import Database
from salon_desk.services.schedule.appointments import AppointmentData, book, day_schedule
from salon_desk.services.demo.salon import build_demo, setup_salon
from salon_desk.services.jobs import run
from salon_desk.ui import composition, customer_form, demo_offer, dialogs
from salon_desk.ui.events import events
from salon_desk.ui.record import window as record_window
from salon_desk.ui.schedule.features import VisitActions, add_record_actions, add_schedule_page

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def at(hour: int, minute: int = 0, day: dt.date = TOMORROW) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setattr(composition, "MAIN_WINDOW_FEATURES", [add_schedule_page])
    monkeypatch.setattr(composition, "record_window_features", lambda: [add_record_actions])
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: pytest.fail(text))
    yield
    for window in list(record_window._windows.values()):
        window.close()
    record_window._windows.clear()


def main_window(qtbot, db):
    window = composition.build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def day_view(qtbot, db, customer_id):
    from salon_desk.ui.schedule.day_view import DayView

    view = DayView(db, customer_id, day=TOMORROW)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def appointments(db) -> list[tuple]:
    with db.session() as s:
        return list(s.execute(select(Appointment.customer_id, Appointment.service_id,
                                     Appointment.staff_id, Appointment.starts_at)
                              .order_by(Appointment.starts_at)))


# --- one customer twice at the same time ------------------------------------------------------

def test_booking_over_the_customers_other_appointment_warns_and_asks(qtbot, salon_db,
                                                                     make_customer, asked):
    ana = make_customer(first_name="Ana", last_name="Ruiz")
    colour, marta = service_id(salon_db, "Full colour"), staff_id(salon_db, "Marta")
    with salon_db.transaction() as s:
        book(s, AppointmentData(ana, colour, marta, at(10)))
    view = day_view(qtbot, salon_db, ana)
    manicure, carmen = service_id(salon_db, "Manicure"), staff_id(salon_db, "Carmen")
    view.select_service(manicure)
    click_slot(qtbot, view, carmen, at(12))  # free for Ana: no warning
    dialog = view.booking_dialog
    assert "already booked" not in dialog.warnings_label.text()
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-90 * 60))  # 10:30, during colour
    warning = dialog.warnings_label.text()
    assert dialog.warnings_label.isVisibleTo(dialog)
    assert "Ana Ruiz is already booked at this time: Full colour with Marta, 10:00–11:30" in warning
    assert "two services at once with two staff members" in warning

    asked.answers = [False]  # "No": nothing booked, the dialog stays open to pick another time
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    title, text, button = asked[-1]
    assert (title, button) == ("Overlapping appointments", "Book anyway")
    assert "Full colour with Marta" in text
    assert len(appointments(salon_db)) == 1 and dialog.isVisible()

    asked.answers = [True]  # "Book anyway": two services at once, on purpose
    with qtbot.waitSignal(view.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert appointments(salon_db)[1] == (ana, manicure, carmen, at(10, 30))
    assert len(asked) == 2


def test_moving_an_appointment_onto_another_of_the_customer_asks_first(qtbot, salon_db,
                                                                       make_customer, asked):
    ana = make_customer(first_name="Ana", last_name="Ruiz")
    with salon_db.transaction() as s:
        book(s, AppointmentData(ana, service_id(salon_db, "Full colour"),
                                staff_id(salon_db, "Marta"), at(10)))
        later = book(s, AppointmentData(ana, service_id(salon_db, "Manicure"),
                                        staff_id(salon_db, "Carmen"), at(16))).id
    view = day_view(qtbot, salon_db, None)
    view.edit(later)
    dialog = view.booking_dialog
    assert "already booked" not in dialog.warnings_label.text()  # not with itself
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-5 * 3600))  # 11:00
    assert "Full colour with Marta" in dialog.warnings_label.text()
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert asked and asked[-1][2] == "Book anyway"
    assert appointments(salon_db)[1][3] == at(16)  # answered No: not moved


# --- views follow the data -------------------------------------------------------------------

def _first_busy_day(tmp_path, customers: int) -> dt.date:
    """The first day from today on with appointments in the demo salon (deterministic)."""
    scratch = Database(tmp_path / "scratch.sqlite")
    try:
        with scratch.transaction() as s:
            run(build_demo(s, customers=customers))
        with scratch.session() as s:
            for k in range(30):
                day = dt.date.today() + dt.timedelta(days=k)
                if day_schedule(s, day).items:
                    return day
    finally:
        scratch.dispose()
    pytest.skip("the demo has no appointment in the next 30 days")


def test_loading_the_demo_fills_the_open_schedule(qtbot, db, tmp_path, monkeypatch):
    busy = _first_busy_day(tmp_path, 40)
    window = main_window(qtbot, db)
    view = window.pages["schedule"]
    view.show_day(busy)  # the day the receptionist is looking at
    window.show_page("schedule")
    assert view.schedule.columns == [] and view.service_combo.count() == 0
    assert "0 appointments" in view.day_label.text()

    def accept(dialog):
        dialog.customers.setValue(40)
        return demo_offer.DemoOfferDialog.DialogCode.Accepted

    monkeypatch.setattr(demo_offer.DemoOfferDialog, "exec", accept)
    window.demo_action.trigger()
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 40, timeout=30000)
    with db.session() as s:
        expected = len(day_schedule(s, busy).items)
    assert expected > 0
    qtbot.waitUntil(lambda: len(view.schedule.items) == expected, timeout=2000)
    assert view.day == busy  # the same day, not changed
    assert [c.name for c in view.schedule.columns][:2] == ["Laura", "Marta"]
    assert f"{expected} appointment" in view.day_label.text()
    assert view.service_combo.count() > 10 and view.room_combo.count() > 1


def test_booking_dialog_lists_services_created_while_it_is_open(qtbot, db):
    from salon_desk.ui.schedule.booking_dialog import BookingDialog

    dialog = BookingDialog(db, None, at(10))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.service_combo.count() == 0 and dialog.staff_combo.count() == 0
    with db.transaction() as s:
        setup_salon(s)
    events().settings_changed.emit()
    assert dialog.service_combo.count() > 10 and dialog.staff_combo.count() >= 6
    assert dialog.duration_spin.value() > 0 and dialog.price_edit.cents() > 0


def test_booking_from_a_record_shows_on_the_schedule_page(qtbot, salon_db, make_customer):
    nora = make_customer(first_name="Nora", last_name="Vidal")
    window = main_window(qtbot, salon_db)
    page = window.pages["schedule"]
    page.show_day(TOMORROW)
    assert "0 appointments" in page.day_label.text()

    record = window.open_record(nora)
    qtbot.addWidget(record)
    actions = record.features.get(VisitActions)
    actions.book_action.trigger()
    booking = actions.booking_dialog.day_view
    booking.show_day(TOMORROW)
    booking.select_service(service_id(salon_db, "Manicure"))
    click_slot(qtbot, booking, staff_id(salon_db, "Carmen"), at(11))
    with qtbot.waitSignal(booking.booked):
        qtbot.mouseClick(booking.booking_dialog.book_button, Qt.MouseButton.LeftButton)
    actions.booking_dialog.close()

    window.show_page("schedule")
    qtbot.waitUntil(lambda: len(page.schedule.items) == 1, timeout=2000)
    assert [(i.customer_name, i.service_name) for i in page.schedule.items] == [
        ("Nora Vidal", "Manicure")]
    assert "1 appointment" in page.day_label.text()
    assert "1 appointments" not in page.day_label.text()


def test_booking_on_the_schedule_page_updates_the_open_record(qtbot, salon_db, make_customer):
    nora = make_customer(first_name="Nora", last_name="Vidal")
    window = main_window(qtbot, salon_db)
    record = window.open_record(nora)
    qtbot.addWidget(record)
    record.show_tab("AppointmentsTab")
    tab = record.tab("AppointmentsTab")
    label = lambda: record.tab_widget.tabText(record.tab_widget.indexOf(tab))  # noqa: E731
    assert label() == "Appointments (0)"

    page = window.pages["schedule"]
    page.show_day(TOMORROW)
    window.show_page("schedule")
    click_slot(qtbot, page, staff_id(salon_db, "Carmen"), at(16))
    dialog = page.booking_dialog
    qtbot.keyClicks(dialog.customer_search, "Vidal")
    qtbot.waitUntil(lambda: dialog.customer_results.count() == 1)
    with qtbot.waitSignal(page.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: label() == "Appointments (1)", timeout=2000)
    assert [r.starts_at for r in tab.upcoming_model.rows] == [at(16)]


def test_status_bar_counts_customers_and_those_the_filter_shows(qtbot, salon_db, make_customer):
    for first, last in (("Ana", "Soler"), ("Berta", "Soler"), ("Carla", "Roig"),
                        ("Dora", "Puig"), ("Eva", "Mas")):
        make_customer(first_name=first, last_name=last)
    window = main_window(qtbot, salon_db)
    assert window.count_label.text() == "5 customers"
    page = window.customer_list
    qtbot.keyClicks(page.filters.search_edit, "soler")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert window.count_label.text() == "2 of 5 customers"
    make_customer(first_name="Fina", last_name="Soler")
    events().customers_changed.emit([])
    qtbot.waitUntil(lambda: window.count_label.text() == "3 of 6 customers", timeout=2000)
    page.filters.search_edit.clear()
    qtbot.waitUntil(lambda: window.count_label.text() == "6 customers", timeout=2000)
