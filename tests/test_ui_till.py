"""The till as the receptionist uses it: completing and charging an appointment, what is taken
as paid, what is left as a debt (only after asking), and paying an earlier debt with today's
sale. Each story clicks Charge and then reads the rows the till wrote."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from visits_helpers import product_id, service_id, staff_id

from salon_desk.models import CashMovement, Debt, DebtPayment, Payment, Sale
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.selling import LineDraft, SaleDraft, create_sale
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.record.appointments_tab import AppointmentsTab


class Asked:
    """dialogs.confirm replaced: records every question and answers ``answer``."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = False

    def __call__(self, _parent, _title, text, yes_label=None) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch) -> Asked:
    answer = Asked()
    monkeypatch.setattr(dialogs, "confirm", answer)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: pytest.fail(text))
    return answer


def euros(cents: int) -> str:
    return formatting.money(cents, "EUR")


def complete_and_charge(qtbot, db, customer_id: int, service: str):
    """Book ``service`` for today, open the record, select it and press Complete and charge."""
    from salon_desk.ui.record.window import RecordWindow

    start = dt.datetime.combine(dt.date.today(), dt.time(9)).astimezone()
    with db.transaction() as s:
        book(s, AppointmentData(customer_id, service_id(db, service), staff_id(db, "Carmen"),
                                start))
    window = RecordWindow(db, customer_id, tabs=[AppointmentsTab])
    qtbot.addWidget(window)
    window.show()
    window.show_tab("AppointmentsTab")
    tab = window.tab("AppointmentsTab")
    view = tab.past_view if tab.past_model.rowCount() else tab.upcoming_view
    view.selectRow(0)
    tab._selected_in(view)
    qtbot.mouseClick(tab.charge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "sale_dialog", None) is not None
                    and tab.sale_dialog.isVisible())
    return window, tab.sale_dialog


def charge(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.charge_button, Qt.MouseButton.LeftButton)


def test_charge_takes_the_prefilled_cash_amount_as_paid(qtbot, salon_db, make_customer, asked):
    cid = make_customer(first_name="Inés", last_name="Soler")
    window, dialog = complete_and_charge(qtbot, salon_db, cid, "Gel manicure")
    assert dialog.amount_edit.cents() == 3000
    assert dialog.method_combo.currentData() == "cash"
    # What Charge will record is what the totals show: nothing left as a debt.
    assert dialog.debt_label.text() == euros(0)
    charge(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked.questions == []
    with salon_db.session() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.total_cents, sale.paid_cents) == (3000, 3000)
        assert [(p.method, p.amount_cents) for p in s.scalars(select(Payment))] == [
            ("cash", 3000)]
        assert s.scalars(select(Debt)).all() == []
        assert [(m.method, m.amount_cents) for m in s.scalars(select(CashMovement))] == [
            ("cash", 3000)]


def test_cash_handed_over_in_the_box_gives_change_without_add_payment(qtbot, salon_db,
                                                                       make_customer, asked):
    cid = make_customer(first_name="Inés")
    _window, dialog = complete_and_charge(qtbot, salon_db, cid, "Gel manicure")
    qtbot.keyClicks(dialog.tendered_edit, "50")
    assert dialog.change_label.text() == euros(2000)
    charge(qtbot, dialog)
    assert asked.questions == []
    assert dialog.result.change_cents == 2000
    with salon_db.session() as s:
        assert [(p.method, p.amount_cents, p.tendered_cents)
                for p in s.scalars(select(Payment))] == [("cash", 3000, 5000)]
        assert s.scalars(select(Debt)).all() == []


def test_leaving_a_debt_asks_naming_the_amount_and_no_keeps_the_dialog(qtbot, salon_db,
                                                                         make_customer, asked):
    cid = make_customer(first_name="Inés")
    _window, dialog = complete_and_charge(qtbot, salon_db, cid, "Gel manicure")
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "10")
    assert dialog.debt_label.text() == euros(2000)
    asked.answer = False
    charge(qtbot, dialog)
    assert len(asked.questions) == 1 and euros(2000) in asked.questions[0]
    assert "debt" in asked.questions[0]
    assert dialog.isVisible()
    with salon_db.session() as s:
        assert s.scalars(select(Sale)).all() == []
    asked.answer = True
    charge(qtbot, dialog)
    assert len(asked.questions) == 2 and euros(2000) in asked.questions[1]
    assert not dialog.isVisible()
    with salon_db.session() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.total_cents, sale.paid_cents) == (3000, 1000)
        assert [(p.method, p.amount_cents) for p in sale.payments] == [("cash", 1000)]
        debt = s.scalars(select(Debt)).one()
        assert (debt.sale_id, debt.initial_cents, debt.remaining_cents) == (sale.id, 2000, 2000)
        assert [m.amount_cents for m in s.scalars(select(CashMovement))] == [1000]


def test_an_empty_box_leaves_everything_as_a_debt_after_asking(qtbot, salon_db, make_customer,
                                                               asked):
    cid = make_customer(first_name="Inés")
    _window, dialog = complete_and_charge(qtbot, salon_db, cid, "Gel manicure")
    dialog.amount_edit.clear()
    asked.answer = True
    charge(qtbot, dialog)
    assert len(asked.questions) == 1 and euros(3000) in asked.questions[0]
    with salon_db.session() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.paid_cents, len(sale.payments)) == (0, 0)
        assert s.scalars(select(Debt.remaining_cents)).one() == 3000
        assert s.scalars(select(CashMovement)).all() == []


def test_walk_in_sale_is_charged_from_the_box(qtbot, salon_db, asked):
    from salon_desk.ui.sales.sale_dialog import SaleDialog

    dialog = SaleDialog(salon_db, SaleDraft(None))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("product"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(
        product_id(salon_db, "Cuticle oil")))
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("card"))
    assert dialog.error_label.isHidden() and dialog.charge_button.isEnabled()
    charge(qtbot, dialog)
    with salon_db.session() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.customer_id, sale.paid_cents) == (None, 850)
        assert [(p.method, p.amount_cents) for p in sale.payments] == [("card", 850)]


@pytest.fixture
def owing(salon_db, make_customer):
    """A customer who owes 48.00 from a lash lift charged a month ago and never paid."""
    cid = make_customer(first_name="Rocío", last_name="Pardo")
    then = dt.datetime.now().astimezone() - dt.timedelta(days=30)
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, sold_at=then, lines=[
            LineDraft("service", service_id(salon_db, "Lash lift & tint"))]))
    return cid


def test_sale_dialog_shows_the_debt_and_pays_it_with_todays_sale(qtbot, salon_db, owing, asked):
    _window, dialog = complete_and_charge(qtbot, salon_db, owing, "Gel manicure")
    assert dialog.earlier_debt_label.isVisible()
    assert dialog.earlier_debt_label.text() == euros(4800)
    assert dialog.pay_debt_check.isVisible() and not dialog.pay_debt_check.isChecked()
    assert dialog.amount_edit.cents() == 3000  # today's sale only, until asked
    dialog.pay_debt_check.setChecked(True)
    assert dialog.amount_edit.cents() == 7800
    assert dialog.to_pay_label.text() == euros(7800)
    qtbot.keyClicks(dialog.tendered_edit, "100")
    assert dialog.change_label.text() == euros(2200)
    assert dialog.debt_label.text() == euros(0)
    charge(qtbot, dialog)
    assert asked.questions == []
    assert dialog.result.change_cents == 2200
    with salon_db.session() as s:
        old, new = s.scalars(select(Sale).order_by(Sale.id)).all()
        assert (new.total_cents, new.paid_cents) == (3000, 3000)
        assert [(p.method, p.amount_cents, p.tendered_cents) for p in new.payments] == [
            ("cash", 3000, 5200)]
        debt = s.scalars(select(Debt)).one()
        assert (debt.sale_id, debt.remaining_cents) == (old.id, 0)
        assert old.paid_cents == 4800
        paid = s.scalars(select(DebtPayment)).one()
        assert (paid.amount_cents, paid.method) == (4800, "cash")
        assert new.ticket_number in paid.description
        moves = [(m.amount_cents, m.sale_id, m.debt_payment_id, m.description)
                 for m in s.scalars(select(CashMovement).order_by(CashMovement.id))]
        assert moves[0][:3] == (3000, new.id, None)
        assert moves[1][:3] == (4800, old.id, paid.id)
        assert moves[1][3].startswith(f"Debt payment (ticket {old.ticket_number})")


def test_paying_part_of_the_earlier_debt_asks_and_pays_the_oldest(qtbot, salon_db, owing,
                                                                  asked):
    _window, dialog = complete_and_charge(qtbot, salon_db, owing, "Gel manicure")
    dialog.pay_debt_check.setChecked(True)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("card"))
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "50")
    assert dialog.debt_label.text() == euros(2800)
    asked.answer = True
    charge(qtbot, dialog)
    assert len(asked.questions) == 1 and euros(2800) in asked.questions[0]
    with salon_db.session() as s:
        assert s.scalars(select(Debt.remaining_cents)).one() == 2800
        assert [(p.amount_cents, p.method) for p in s.scalars(select(DebtPayment))] == [
            (2000, "card")]
        assert sorted(m.amount_cents for m in s.scalars(select(CashMovement))) == [2000, 3000]
