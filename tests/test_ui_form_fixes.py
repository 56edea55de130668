"""The customer form forgives: an error goes as soon as its field is fixed, the date of birth is
typed like any other field, and a year that cannot be is said beside the field at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from salon_desk.services.customers.views import customer_details
from salon_desk.services.customers.records import count_customers
from salon_desk.ui import customer_form, dialogs
from salon_desk.ui.customer_form import CustomerFormDialog


@pytest.fixture(autouse=True)
def _never_block(monkeypatch):
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(text))


@pytest.fixture
def form(qtbot, salon_db):
    dialog = CustomerFormDialog(salon_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _count(db) -> int:
    with db.session() as session:
        return count_customers(session)


def _shown(form, key: str) -> bool:
    return form.fields.error_labels[key].isVisible()


def _click_into(qtbot, spin: QAbstractSpinBox) -> None:
    """Click at the end of the box's text, as a user does before typing."""
    edit = spin.lineEdit()
    spin.window().scroll.ensureWidgetVisible(spin)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 4,
                                                                 edit.height() // 2))


def test_an_error_goes_as_soon_as_the_field_is_fixed(qtbot, form, salon_db):
    fields = form.fields
    qtbot.keyClicks(fields.email, "lucia@")
    qtbot.keyClicks(fields.mobile.number_edit, "12345")
    assert not form.save()
    assert _shown(form, "first_name") and _shown(form, "email") and _shown(form, "mobile")
    assert form.error_banner.text() == "Please correct the 3 highlighted fields."

    qtbot.keyClicks(fields.first_name, "L")
    assert not _shown(form, "first_name")
    assert form.error_banner.text() == "Please correct the 2 highlighted fields."

    qtbot.keyClicks(fields.email, "example")  # still not an address: the error stays
    assert _shown(form, "email") and fields.email.property("error") is True
    qtbot.keyClicks(fields.email, ".com")
    assert not _shown(form, "email") and fields.email.property("error") is False
    assert form.error_banner.text() == "Please correct the highlighted field."

    fields.mobile.number_edit.clear()
    qtbot.keyClicks(fields.mobile.number_edit, "612 345 678")
    assert not _shown(form, "mobile") and fields.mobile.number_edit.property("error") is False
    assert form.error_banner.text() == "All corrected. Save when ready (Ctrl+S)."
    assert _count(salon_db) == 0  # nothing is saved by fixing
    assert form.save() and _count(salon_db) == 1
    assert not form.error_banner.isVisible()


def test_no_error_appears_while_typing_a_field_that_had_none(qtbot, form):
    qtbot.keyClicks(form.fields.email, "half@")
    assert not _shown(form, "email") and not form.error_banner.isVisible()


def test_the_day_and_year_of_birth_are_typed(qtbot, form, salon_db):
    fields = form.fields
    qtbot.keyClicks(fields.first_name, "Marta")
    birth = fields.birth
    _click_into(qtbot, birth.day)  # the box shows "Day": typing replaces it
    qtbot.keyClicks(birth.day, "17")  # keys reach the box (the year's reach its text)
    birth.month.setCurrentIndex(birth.month.findData(5))
    _click_into(qtbot, birth.year)  # the box shows "Year unknown"
    qtbot.keyClicks(birth.year.lineEdit(), "1985")
    qtbot.keyClick(birth.year.lineEdit(), Qt.Key.Key_Tab)
    assert birth.value() == (1985, 5, 17)
    assert birth.day.text() == "17" and birth.year.text() == "1985"
    saved = []
    form.saved.connect(saved.append)
    assert form.save()
    with salon_db.session() as session:
        data = customer_details(session, saved[0]).data
    assert (data.birth_year, data.birth_month, data.birth_day) == (1985, 5, 17)


def test_a_typed_day_replaces_the_one_there(qtbot, form):
    birth = form.fields.birth
    birth.set_value(None, 3, 4)
    _click_into(qtbot, birth.day)
    birth.day.lineEdit().selectAll()
    qtbot.keyClicks(birth.day.lineEdit(), "21")
    assert birth.value() == (None, 3, 21)


def test_a_future_year_is_refused_with_a_message_beside_the_field(qtbot, form, salon_db):
    fields = form.fields
    qtbot.keyClicks(fields.first_name, "Marta")
    birth = fields.birth
    birth.set_value(None, 5, 17)
    next_year = dt.date.today().year + 1
    _click_into(qtbot, birth.year)
    qtbot.keyClicks(birth.year.lineEdit(), str(next_year))
    # Not silently dropped: the year stays as typed and the field says why it is wrong.
    assert birth.year.text() == str(next_year)
    assert _shown(form, "birth_date")
    assert "future" in fields.error_labels["birth_date"].text()
    assert birth.year.property("error") is True
    assert not form.save()
    assert _count(salon_db) == 0
    birth.year.lineEdit().selectAll()
    qtbot.keyClicks(birth.year.lineEdit(), "1990")
    assert not _shown(form, "birth_date") and birth.year.property("error") is False
    assert form.save() and _count(salon_db) == 1


def test_a_birthday_later_this_year_is_refused_too(qtbot, form):
    fields = form.fields
    qtbot.keyClicks(fields.first_name, "Marta")
    later = dt.date.today() + dt.timedelta(days=2)
    if later.year != dt.date.today().year:
        pytest.skip("the last days of December")
    fields.birth.set_value(later.year, later.month, later.day)
    assert _shown(form, "birth_date")
    assert not form.save()


def test_a_year_too_long_ago_is_said_not_dropped(qtbot, form):
    birth = form.fields.birth
    birth.set_value(None, 1, 2)
    _click_into(qtbot, birth.year)
    qtbot.keyClicks(birth.year.lineEdit(), "1850")
    qtbot.keyClick(birth.year.lineEdit(), Qt.Key.Key_Tab)
    assert birth.year.text() == "1850"
    assert _shown(form, "birth_date")


def test_no_error_flickers_while_a_year_is_typed_and_two_digits_are_read(qtbot, form):
    birth = form.fields.birth
    birth.set_value(None, 5, 17)
    _click_into(qtbot, birth.year)
    for digit in "1985":
        qtbot.keyClicks(birth.year.lineEdit(), digit)
        assert not _shown(form, "birth_date"), birth.year.text()
    birth.year.lineEdit().selectAll()
    qtbot.keyClicks(birth.year.lineEdit(), "85")
    qtbot.keyClick(birth.year.lineEdit(), Qt.Key.Key_Tab)
    assert birth.value() == (1985, 5, 17) and not _shown(form, "birth_date")


def test_fixing_a_field_moves_nothing_under_the_pointer(qtbot, form):
    """The error line and the banner keep their room until the next save: the field below
    stays where the user is about to click."""
    fields = form.fields
    qtbot.keyClicks(fields.first_name, "Lucia")
    qtbot.keyClicks(fields.email, "lucia@")
    assert not form.save()
    QApplication.processEvents()
    below = fields.mobile.number_edit
    before = below.mapTo(form, QPoint(0, 0))
    qtbot.keyClicks(fields.email, "example.com")
    QApplication.processEvents()
    assert not _shown(form, "email")
    assert below.mapTo(form, QPoint(0, 0)) == before
    assert form.error_banner.isVisible()  # now says that everything is corrected
    assert form.error_banner.text() == "All corrected. Save when ready (Ctrl+S)."
    assert form.save()
