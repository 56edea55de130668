"""Nothing jumps under the pointer in the booking dialog: the warnings that come and go as the
date, time, duration, service or customer change (another appointment of the customer, a patch
test, allergies, notes) keep their own reserved place, so the Book button stays where it was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from visits_helpers import service_id, staff_id

from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.ui.schedule.booking_dialog import BookingDialog

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TOMORROW, dt.time(hour, minute)).astimezone()


def book_button_place(dialog: BookingDialog) -> QRect:
    """Where the Book button is drawn in the dialog (what the pointer aims at)."""
    QApplication.processEvents()  # let the layout settle, as it does before the next click
    button = dialog.book_button
    return QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())


def open_dialog(qtbot, db, customer_id, start, service, staff) -> BookingDialog:
    dialog = BookingDialog(db, customer_id, start, staff_id=staff, service_id=service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def ana(salon_db, make_customer) -> int:
    cid = make_customer(first_name="Ana", last_name="Ruiz")
    with salon_db.transaction() as s:
        book(s, AppointmentData(cid, service_id(salon_db, "Full colour"),
                                staff_id(salon_db, "Marta"), at(10)))
    return cid


def test_the_overlap_warning_does_not_move_the_book_button(qtbot, salon_db, ana):
    dialog = open_dialog(qtbot, salon_db, ana, at(13), service_id(salon_db, "Manicure"),
                         staff_id(salon_db, "Carmen"))
    assert "already booked" not in dialog.warnings_label.text()
    before = book_button_place(dialog)

    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-2 * 3600))  # 11:00, in the colour
    assert "already booked" in dialog.warnings_label.text()
    assert dialog.warnings_label.isVisibleTo(dialog)
    assert book_button_place(dialog) == before

    dialog.duration_spin.setValue(dialog.duration_spin.value() + 60)
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(3 * 3600))  # 14:00: free again
    assert "already booked" not in dialog.warnings_label.text()
    assert book_button_place(dialog) == before

    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))  # today: nothing at 14:00
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-3 * 3600))
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))  # back onto the colour
    assert "already booked" in dialog.warnings_label.text()
    assert book_button_place(dialog) == before


def test_an_empty_reserved_place_says_there_is_nothing_to_watch(qtbot, salon_db, ana):
    dialog = open_dialog(qtbot, salon_db, ana, at(13), service_id(salon_db, "Manicure"),
                         staff_id(salon_db, "Carmen"))
    assert dialog.warnings == []
    assert dialog.warnings_label.isVisibleTo(dialog)
    assert dialog.warnings_label.text() == "No warnings for this booking."
    assert dialog.warnings_label.objectName() == "muted"
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-2 * 3600))
    assert dialog.warnings_label.objectName() == "allergyBanner"
    assert dialog.warnings_label.text().startswith("⚠ Ana Ruiz is already booked")


def test_patch_test_allergy_and_note_warnings_do_not_move_the_book_button(
        qtbot, salon_db, make_customer, ana):
    dialog = open_dialog(qtbot, salon_db, ana, at(13), service_id(salon_db, "Manicure"),
                         staff_id(salon_db, "Carmen"))
    before = book_button_place(dialog)
    # a colour needs a patch test: that warning and the overlap come together
    dialog.service_combo.setCurrentIndex(
        dialog.service_combo.findData(service_id(salon_db, "Full colour")))
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-2 * 3600))
    assert "patch test" in dialog.warnings_label.text()
    assert "already booked" in dialog.warnings_label.text()
    assert book_button_place(dialog) == before

    # a booking from the schedule without a customer: choosing one with allergies and notes
    eva = make_customer(first_name="Evangelina", last_name="Soto",
                        allergies="Latex allergy, reacts to ammonia-based dyes and some nickel",
                        notes="Prefers the quiet room; always asks for Marta; tea, no sugar")
    dialog = BookingDialog(salon_db, None, at(13), service_id=service_id(salon_db, "Manicure"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = book_button_place(dialog)
    dialog.customer_search.setText("Evangelina")
    qtbot.waitUntil(lambda: dialog.customer_id == eva)
    assert "Latex allergy" in dialog.warnings_label.text()
    assert "quiet room" in dialog.warnings_label.text()
    assert book_button_place(dialog) == before
