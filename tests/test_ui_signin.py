"""Signing in, switching user with the windows left open, an owner-only action disabled with
who may in its tooltip, and the record's History tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from salon_desk.models import Staff
from salon_desk.services import permissions, signin
from salon_desk.services.customers.records import CustomerData, update_customer
from salon_desk.ui import composition
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.history_tab import HistoryTab
from salon_desk.ui.signin import feature as signin_feature
from salon_desk.ui.signin.dialog import SignInDialog

pytestmark = pytest.mark.usefixtures("argon2_once")


@pytest.fixture
def staffed(salon_db):
    with salon_db.transaction() as session:
        for name, role, secret in (("Marta", "owner", "owner-secret"),
                                   ("Sara", "stylist", "2468")):
            member = Staff(name=name, access_role=role, position=20)
            session.add(member)
            session.flush()
            if secret.isdigit():
                signin.set_pin(session, member.id, secret)
            else:
                signin.set_password(session, member.id, secret)
        signin.set_enabled(session, True)
    with salon_db.session() as session:
        signin.start(session)
    return salon_db


def _fill(qtbot, dialog: SignInDialog, name: str, secret: str) -> None:
    dialog.name.setCurrentText(name)
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, secret)
    dialog.sign_in_button.click()


def test_signing_in_with_a_wrong_then_the_right_pin(qtbot, staffed):
    dialog = SignInDialog(staffed)
    qtbot.addWidget(dialog)
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["Marta", "Sara"]
    _fill(qtbot, dialog, "Sara", "1111")
    assert dialog.error.isVisibleTo(dialog) and "do not match" in dialog.error.text()
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    _fill(qtbot, dialog, "Sara", "2468")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert permissions.current().name == "Sara"


def _main_window(qtbot, db):
    window = composition.build_main_window(db, [signin_feature.install])
    qtbot.addWidget(window)
    window.show()
    return window


def _sign_in_when_asked(qtbot, name: str, secret: str) -> None:
    """Type into the sign-in dialog once it shows (it runs its own event loop)."""
    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, SignInDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, answer)
            return
        _fill(qtbot, shown[0], name, secret)

    QTimer.singleShot(20, answer)


def test_an_owner_only_action_is_disabled_with_who_may_and_switching_user_enables_it(
        qtbot, staffed):
    signin.attempt(staffed, "Sara", "2468")
    window = _main_window(qtbot, staffed)
    settings_action = window.settings_action
    assert not settings_action.isEnabled()
    assert "only the owner may" in settings_action.toolTip()
    feature = window.features.get(signin_feature.SignInFeature)
    assert "Sara" in feature.who.text()
    _sign_in_when_asked(qtbot, "Marta", "owner-secret")
    assert feature.switch_user()
    assert window.isVisible() and permissions.current().name == "Marta"
    assert settings_action.isEnabled() and "only" not in settings_action.toolTip()
    assert "Marta" in feature.who.text()


def test_idle_time_signs_out_and_asks_again(qtbot, staffed):
    signin.attempt(staffed, "Marta", "owner-secret")
    window = _main_window(qtbot, staffed)
    feature = window.features.get(signin_feature.SignInFeature)
    feature.last_input -= 16 * 60  # the default: 15 minutes
    _sign_in_when_asked(qtbot, "Sara", "2468")
    feature.sign_out_if_idle()
    assert permissions.current().name == "Sara" and window.isVisible()


def test_the_history_tab_shows_who_changed_which_field(qtbot, salon_db, make_customer):
    cid = make_customer(first_name="Ana", last_name="Pazos")
    with salon_db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Ana", last_name="Pazos Vila"))
    window = record_window.open_record_window(salon_db, cid, tabs=[HistoryTab])
    qtbot.addWidget(window, before_close_func=lambda w: record_window._windows.clear())
    tab = window.findChild(HistoryTab)
    tab.ensure_loaded()
    first = tab.model.rows[0]
    texts = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert first.action == "update"
    assert texts[1:3] == ["owner", "Changed"]
    assert "last_name: Pazos → Pazos Vila" in texts[4].split("; ")


def _record(qtbot, db, cid, tabs):
    window = record_window.open_record_window(db, cid, tabs=tabs,
                                              features=composition.record_window_features())
    qtbot.addWidget(window, before_close_func=lambda w: record_window._windows.clear())
    return window


def test_a_stylist_sees_what_only_others_may_do_disabled_saying_who_may_until_switching(
        qtbot, staffed, make_customer):
    from PySide6.QtGui import QAction

    from salon_desk.ui.care.notes_tab import NotesTab
    from salon_desk.ui.record.sales_tab import SalesTab
    from salon_desk.ui.signin.guard import signed_in_changed

    permissions.act_as(None)
    cid = make_customer(first_name="Ana")
    signin.attempt(staffed, "Sara", "2468")
    window = _record(qtbot, staffed, cid, [NotesTab, SalesTab])
    sale = window.findChild(QAction, "new_sale")
    forget = window.findChild(QAction, "forget_customer")
    assert not sale.isEnabled()
    assert "You may not charge: only the owner, a manager, reception may" in sale.toolTip()
    assert not forget.isEnabled() and "only the owner may" in forget.toolTip()
    assert not window.edit_action.isEnabled()
    notes, sales = window.findChild(NotesTab), window.findChild(SalesTab)
    notes.ensure_loaded()
    sales.ensure_loaded()
    assert notes.new_button.isEnabled()  # a stylist writes notes and formulas
    assert not sales.new_button.isEnabled() and "only" in sales.new_button.toolTip()

    signin.attempt(staffed, "Marta", "owner-secret")  # switching user, the window left open
    signed_in_changed()
    assert window.isVisible()
    assert sale.isEnabled() and forget.isEnabled() and sales.new_button.isEnabled()
    assert "only" not in sale.toolTip()


def test_reception_may_not_write_notes(qtbot, staffed, make_customer):
    from salon_desk.ui.care.notes_tab import NotesTab

    permissions.act_as(None)
    cid = make_customer(first_name="Ana")
    with staffed.transaction() as session:
        member = Staff(name="Rosa", access_role="reception")
        session.add(member)
        session.flush()
        signin.set_pin(session, member.id, "1357")
    signin.attempt(staffed, "Rosa", "1357")
    window = _record(qtbot, staffed, cid, [NotesTab])
    notes = window.findChild(NotesTab)
    notes.ensure_loaded()
    assert not notes.new_button.isEnabled() and not notes.colour_button.isEnabled()
    assert "write consultation notes and formulas: only the owner, a manager, a stylist" in \
        notes.new_button.toolTip()
    assert notes.edit_button.isHidden() and notes.delete_button.isHidden()


def test_the_schedule_says_who_may_book_or_see_it(qtbot, staffed, make_customer):
    import datetime as dt

    from salon_desk.services.schedule import appointments
    from salon_desk.ui.schedule.day_view import DayView
    from salon_desk.ui.signin.guard import signed_in_changed

    from sqlalchemy import select

    from salon_desk.models import Service

    permissions.act_as(None)
    day, cid = dt.date(2031, 3, 3), make_customer()
    with staffed.transaction() as session:
        worker = session.scalar(select(Staff.id).where(Staff.name == "Sara"))
        service = session.scalar(select(Service.id).order_by(Service.id))
        appointments.book(session, appointments.AppointmentData(
            cid, service, worker, dt.datetime(2031, 3, 3, 10).astimezone()))
    signin.attempt(staffed, "Sara", "2468")  # a stylist sees the schedule, does not book
    view = DayView(staffed, day=day)
    qtbot.addWidget(view)
    assert len(view.schedule.items) == 1
    view.slot_clicked(worker, dt.datetime(2031, 3, 3, 12).astimezone())
    assert view.booking_dialog is None
    signin.attempt(staffed, "Marta", "owner-secret")
    with staffed.transaction() as session:
        signin.set_permission(session, permissions.STYLIST, permissions.SEE_SCHEDULE, False)
    signin.attempt(staffed, "Sara", "2468")
    signed_in_changed()
    view.reload()
    assert view.schedule.items == [] and "see the schedule: only" in view.grid.toolTip()
