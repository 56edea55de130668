"""Driving the visit and money widgets as a receptionist does: booking from the schedule,
charging a sale, paying a debt, and the record tabs around them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from visits_helpers import click_slot, product_id, service_id, staff_id

from salon_desk.models import Appointment, CashMovement, Debt, Sale
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.customers.record_counts import DEBTS, tab_counts
from salon_desk.ui import dialogs

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TOMORROW, dt.time(hour, minute)).astimezone()


@pytest.fixture
def errors(monkeypatch):
    """Messages the widgets show with dialogs.show_error."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    return shown


def day_view(qtbot, db, customer_id):
    from salon_desk.ui.schedule.day_view import DayView

    view = DayView(db, customer_id, day=TOMORROW)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_click_a_free_slot_books_the_chosen_service_with_warnings(qtbot, salon_db,
                                                                  make_customer, errors):
    cid = make_customer(first_name="Ana", last_name="Ruiz", allergies="Latex allergy")
    view = day_view(qtbot, salon_db, cid)
    colour = service_id(salon_db, "Full colour")
    marta = staff_id(salon_db, "Marta")
    view.select_service(colour)
    click_slot(qtbot, view, marta, at(11))
    dialog = view.booking_dialog
    assert dialog.staff_combo.currentData() == marta
    assert dialog.time_edit.time().hour() == 11 and dialog.duration_spin.value() == 90
    assert "Latex allergy" in dialog.warnings_label.text()
    assert "patch test" in dialog.warnings_label.text()
    assert dialog.warnings_label.isVisibleTo(dialog)
    with qtbot.waitSignal(view.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert errors == []
    with salon_db.session() as s:
        a = s.scalars(select(Appointment)).one()
        assert (a.customer_id, a.service_id, a.staff_id, a.starts_at) == (cid, colour, marta,
                                                                           at(11))
    assert [(i.customer_name, i.service_name) for i in view.schedule.items] == [
        ("Ana Ruiz", "Full colour")]
    assert view.day_label.text().endswith("1 appointment")


def test_clash_and_blocked_customer_are_refused_with_their_message(qtbot, salon_db,
                                                                   make_customer, errors):
    ana = make_customer(first_name="Ana", last_name="Ruiz")
    eva = make_customer(first_name="Eva")
    laura = staff_id(salon_db, "Laura")
    cut = service_id(salon_db, "Women's cut & blow-dry")
    with salon_db.transaction() as s:
        book(s, AppointmentData(ana, cut, laura, at(10)))
    view = day_view(qtbot, salon_db, eva)
    view.select_service(cut)
    click_slot(qtbot, view, laura, at(9, 30))  # 9:30-10:15 runs into Ana's 10:00
    qtbot.mouseClick(view.booking_dialog.book_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "Laura is already booked" in errors[0] and "Ana Ruiz" in errors[0]
    assert view.booking_dialog.isVisible()  # stays open to pick another time
    view.booking_dialog.reject()

    blocked = make_customer(first_name="Bea", blocked=True, blocked_reason="Unpaid tickets")
    view = day_view(qtbot, salon_db, blocked)
    click_slot(qtbot, view, laura, at(15))
    assert "Blocked customer" in view.booking_dialog.warnings_label.text()
    qtbot.mouseClick(view.booking_dialog.book_button, Qt.MouseButton.LeftButton)
    assert "blocked" in errors[-1] and "Unpaid tickets" in errors[-1]
    with salon_db.session() as s:
        assert s.query(Appointment).count() == 1


def test_schedule_page_asks_which_customer(qtbot, salon_db, make_customer, errors):
    cid = make_customer(first_name="Zoe", last_name="Quintana")
    view = day_view(qtbot, salon_db, None)
    carmen = staff_id(salon_db, "Carmen")
    view.select_service(service_id(salon_db, "Manicure"))
    click_slot(qtbot, view, carmen, at(16))
    dialog = view.booking_dialog
    qtbot.keyClicks(dialog.customer_search, "Quintana")
    qtbot.waitUntil(lambda: dialog.customer_results.count() == 1)
    assert dialog.customer_id == cid
    with qtbot.waitSignal(view.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    with salon_db.session() as s:
        assert s.scalars(select(Appointment.customer_id)).one() == cid


def sale_dialog(qtbot, db, draft):
    from salon_desk.ui.sales.sale_dialog import SaleDialog

    dialog = SaleDialog(db, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def add_item(qtbot, dialog, kind: str, item_id: int, quantity: int = 1) -> None:
    choose(dialog.kind_combo, kind)
    choose(dialog.item_combo, item_id)
    dialog.qty_spin.setValue(quantity)
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)


def test_charge_a_sale_with_two_payments_and_change(qtbot, salon_db, make_customer, errors):
    from decimal import Decimal

    cid = make_customer(first_name="Lucía", discount_percent=Decimal(10))
    dialog = sale_dialog(qtbot, salon_db, SaleDraft(cid))
    add_item(qtbot, dialog, "service", service_id(salon_db, "Women's cut & blow-dry"))
    add_item(qtbot, dialog, "product", product_id(salon_db, "Cuticle oil"), 2)
    # 38.00 - 10 % = 34.20; 2 x 8.50 - 10 % = 15.30
    assert dialog.lines.amounts == [3420, 1530]
    assert dialog.total_label.text() == "49,50\u00a0€"
    assert dialog.amount_edit.cents() == 4950  # what is left to pay, ready to take
    choose(dialog.method_combo, "card")
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "20")
    qtbot.mouseClick(dialog.add_payment_button, Qt.MouseButton.LeftButton)
    assert dialog.amount_edit.cents() == 2950  # the rest, ready to take
    choose(dialog.method_combo, "cash")
    qtbot.keyClicks(dialog.tendered_edit, "50")
    assert "20,50" in dialog.pending_change.text()
    qtbot.mouseClick(dialog.add_payment_button, Qt.MouseButton.LeftButton)
    assert dialog.change_label.text() == "20,50\u00a0€" and dialog.debt_label.text() == "0,00\u00a0€"
    with qtbot.waitSignal(dialog.charged):
        qtbot.mouseClick(dialog.charge_button, Qt.MouseButton.LeftButton)
    assert errors == []
    with salon_db.session() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.total_cents, sale.paid_cents, sale.points_earned) == (4950, 4950, 49)
        assert [(p.method, p.amount_cents, p.tendered_cents) for p in sale.payments] == [
            ("card", 2000, None), ("cash", 2950, 5000)]
        assert s.query(CashMovement).count() == 2
    assert dialog.result.change_cents == 2050


def test_charge_partly_paid_leaves_a_debt_and_edits_a_line(qtbot, salon_db, make_customer,
                                                            errors):
    cid = make_customer()
    dialog = sale_dialog(qtbot, salon_db, SaleDraft(cid))
    add_item(qtbot, dialog, "service", service_id(salon_db, "Balayage"))  # 120.00
    index = dialog.lines.index(0, 3)  # discount column
    dialog.lines.setData(index, "25")
    assert dialog.total_label.text() == "90,00\u00a0€"
    choose(dialog.method_combo, "card")
    dialog.amount_edit.set_cents(3000)
    qtbot.mouseClick(dialog.add_payment_button, Qt.MouseButton.LeftButton)
    dialog.amount_edit.clear()  # the rest is left as a debt (Charge asks first)
    assert dialog.debt_label.text() == "60,00\u00a0€"
    qtbot.mouseClick(dialog.charge_button, Qt.MouseButton.LeftButton)
    with salon_db.session() as s:
        debt = s.scalars(select(Debt)).one()
        assert (debt.initial_cents, debt.remaining_cents) == (6000, 6000)


def test_overpaying_is_shown_and_charging_disabled(qtbot, salon_db, make_customer):
    cid = make_customer()
    dialog = sale_dialog(qtbot, salon_db, SaleDraft(cid))
    add_item(qtbot, dialog, "service", service_id(salon_db, "Toner"))
    choose(dialog.method_combo, "card")
    dialog.amount_edit.set_cents(9000)
    qtbot.mouseClick(dialog.add_payment_button, Qt.MouseButton.LeftButton)
    assert "more than the total" in dialog.error_label.text()
    assert not dialog.charge_button.isEnabled()


@pytest.fixture
def owing(salon_db, make_customer):
    """A customer owing 45.00 of a 65.00 colour."""
    cid = make_customer(first_name="Marta", last_name="Debe")
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, lines=[LineDraft("service",
                                                       service_id(salon_db, "Full colour"))],
                                 payments=[PaymentDraft("cash", 2000)]))
    return cid


def _counts(db, cid: int) -> dict[str, int]:
    with db.session() as s:
        return tab_counts(s, cid)


def test_pay_a_debt_in_two_parts_through_the_tab(qtbot, salon_db, owing, errors):
    from salon_desk.ui.record.debts_tab import DebtsTab

    tab = DebtsTab(salon_db, owing)
    qtbot.addWidget(tab)
    assert _counts(salon_db, owing)[DEBTS] == 1 and tab.highlighted(_counts(salon_db, owing))
    tab.ensure_loaded()
    tab.show()
    assert "45,00" in tab.owed_label.text()
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    dialog = tab.pay_dialog
    assert dialog.amount_edit.cents() == 4500
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "15,00")
    choose(dialog.method_combo, "card")
    qtbot.keyClicks(dialog.description_edit, "Paid part on Friday")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert "30,00" in tab.owed_label.text() and tab.highlighted(_counts(salon_db, owing))
    assert [p.description for p in tab.payments_model.rows] == ["Paid part on Friday"]
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.pay_dialog.pay_button, Qt.MouseButton.LeftButton)
    counts = _counts(salon_db, owing)
    assert not tab.highlighted(counts) and counts[DEBTS] == 0
    assert tab.owed_label.text() == "Nothing owed."
    with salon_db.session() as s:
        moves = s.scalars(select(CashMovement).where(CashMovement.debt_payment_id.is_not(None))
                          .order_by(CashMovement.id)).all()
        assert [(m.amount_cents, m.method) for m in moves] == [(1500, "card"), (3000, "cash")]


def test_balance_reminder_dialog(qtbot, salon_db, make_customer):
    from salon_desk.services.sales.debts import get_balance
    from salon_desk.ui.record.debts_tab import DebtsTab

    cid = make_customer()
    tab = DebtsTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.edit_balance()
    dialog = tab.balance_dialog
    dialog.customer_owes.setChecked(True)
    dialog.amount_edit.set_cents(1250)
    dialog.save()
    assert get_balance(salon_db.session(), cid) == -1250
    assert "owes 12,50" in tab.balance_label.text()
