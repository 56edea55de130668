"""The record's visit and money tabs inside the record window, and their dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select
from visits_helpers import service_id, staff_id

from salon_desk.models import Appointment, Budget, PointsEntry, PrepaidCardType, Sale, Voucher
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.customers.record_counts import CREDITS, tab_counts
from salon_desk.ui import composition, dialogs
from salon_desk.ui.schedule.features import VisitActions

TAB_NAMES = ["SummaryTab", "AppointmentsTab", "SalesTab", "DebtsTab", "CreditsTab", "PointsTab",
             "BudgetsTab"]


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: pytest.fail(text))


@pytest.fixture
def history(salon_db, make_customer):
    """A customer with a past charged visit, an upcoming one and a debt."""
    cid = make_customer(first_name="Nora", last_name="Vidal")
    past = dt.datetime.combine(dt.date.today() - dt.timedelta(days=20), dt.time(10)).astimezone()
    soon = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(12)).astimezone()
    cut, colour = service_id(salon_db, "Blow-dry"), service_id(salon_db, "Full colour")
    with salon_db.transaction() as s:
        done = book(s, AppointmentData(cid, cut, staff_id(salon_db, "Laura"), past))
        create_sale(s, SaleDraft(cid, sold_at=past, lines=[
            LineDraft("service", cut, appointment_id=done.id)],
            payments=[PaymentDraft("card", 1000)]))
        book(s, AppointmentData(cid, colour, staff_id(salon_db, "Marta"), soon))
    return cid


def record(qtbot, db, cid):
    from salon_desk.ui.record.window import RecordWindow

    window = RecordWindow(db, cid, tabs=composition.record_tabs(),
                          features=composition.record_window_features())
    qtbot.addWidget(window)
    window.show()
    return window


def test_tabs_counts_red_debts_and_toolbar(qtbot, salon_db, history):
    window = record(qtbot, salon_db, history)
    labels = {name: window.tab_widget.tabText(window.tab_widget.indexOf(window.tab(name)))
              for name in TAB_NAMES}
    assert labels["AppointmentsTab"] == "Appointments (2)"
    assert labels["SalesTab"] == "Sales (1)" and labels["DebtsTab"] == "Debts (1)"
    debts_index = window.tab_widget.indexOf(window.tab("DebtsTab"))
    assert window.tab_widget.tabBar().tabTextColor(debts_index) == QColor("#c62828")
    actions = [a.text() for a in window.toolbar.actions()]
    assert "New sale" in actions and "Book appointment" in actions
    window.show_tab("SummaryTab")
    summary = window.tab("SummaryTab").summary
    assert (summary.visits, summary.owed_cents) == (1, 1200)


def test_appointments_tab_filters_and_empty_message(qtbot, salon_db, history):
    window = record(qtbot, salon_db, history)
    window.show_tab("AppointmentsTab")
    tab = window.tab("AppointmentsTab")
    assert tab.upcoming_model.rowCount() == 1 and tab.past_model.rowCount() == 1
    assert tab.past_model.rows[0].ticket_number.startswith("T")
    tab.service_combo.setCurrentIndex(tab.service_combo.findText("Manicure"))
    assert tab.empty_label.isVisible() and tab.empty_label.text() == "No appointments found"
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert not tab.empty_label.isVisible()
    tab.range_check.setChecked(True)
    tab.from_edit.setDate(tab.from_edit.date().addDays(400))
    assert tab.upcoming_model.rowCount() == 0 and tab.empty_label.isVisible()


def test_complete_and_charge_from_the_appointments_tab(qtbot, salon_db, history):
    window = record(qtbot, salon_db, history)
    window.show_tab("AppointmentsTab")
    tab = window.tab("AppointmentsTab")
    tab.upcoming_view.selectRow(0)
    tab._selected_in(tab.upcoming_view)
    qtbot.mouseClick(tab.charge_button, Qt.MouseButton.LeftButton)
    dialog = tab.sale_dialog
    assert dialog.lines.names == ["Full colour"] and dialog.amount_edit.cents() == 6500
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("card"))
    qtbot.mouseClick(dialog.add_payment_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.charge_button, Qt.MouseButton.LeftButton)
    with salon_db.session() as s:
        charged = s.scalars(select(Appointment).where(Appointment.sale_id.is_not(None))).all()
        assert len(charged) == 2 and {a.status for a in charged} == {"completed"}
    assert tab.upcoming_model.rows[0].ticket_number is not None
    label = window.tab_widget.tabText(window.tab_widget.indexOf(window.tab("SalesTab")))
    assert label == "Sales (2)"


def test_sales_tab_lines_totals_points_and_products_filter(qtbot, salon_db, history):
    from salon_desk.ui.record.sales_tab import SalesTab

    tab = SalesTab(salon_db, history)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert tab.model.rowCount() == 1
    assert [tab.model.data(tab.model.index(0, c)) for c in (2, 3, 5, 7)] == [
        "1", "Blow-dry", "", "22,00\u00a0€"]
    assert "owed" in tab.model.data(tab.model.index(0, 8))
    assert "22,00" in tab.totals_label.text() and "Points: 22" in tab.points_label.text()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("product"))
    assert tab.model.rowCount() == 0 and tab.empty_label.isVisibleTo(tab)


def test_points_tab_add_remove_and_search(qtbot, salon_db, history):
    from salon_desk.ui.record.points_tab import PointsTab

    tab = PointsTab(salon_db, history)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert tab.balance == 22
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    tab.dialog.points_spin.setValue(100)
    qtbot.keyClicks(tab.dialog.reason_edit, "Birthday gift")
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    tab.dialog.points_spin.setValue(30)
    tab.dialog.action_combo.setCurrentIndex(tab.dialog.action_combo.findData("redeemed"))
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.balance == 92 and "92 points" in tab.balance_label.text()
    assert [(r.action, r.points, r.balance) for r in tab.model.rows] == [
        ("earned", 22, 22), ("added", 100, 122), ("redeemed", -30, 92)]
    tab.action_combo.setCurrentIndex(tab.action_combo.findData("added"))
    assert [r.reason for r in tab.model.rows] == ["Birthday gift"]
    tab.clear_filters()
    tab.points_spin.setValue(30)
    assert [r.action for r in tab.model.rows] == ["redeemed"]
    with salon_db.session() as s:
        assert s.query(PointsEntry).count() == 3


def test_credits_tab_voucher_and_loyalty_card(qtbot, salon_db, history):
    from salon_desk.ui.record.credits_tab import CreditsTab

    tab = CreditsTab(salon_db, history)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.new_voucher()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.name_edit, "Laser x6")
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findText("Laser session"))
    dialog.sessions_spin.setValue(6)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [(r.name, r.sessions_left, r.status) for r in tab.vouchers.rows] == [
        ("Laser x6", 6, "Active")]
    tab.voucher_view.selectRow(0)
    tab.use_session()
    assert tab.vouchers.rows[0].sessions_left == 5
    tab.new_loyalty()
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [r.number for r in tab.loyalty.rows] == ["L000001"]
    tab.loyalty_view.selectRow(0)
    tab.cancel_loyalty()
    assert tab.loyalty.rows[0].status == "Cancelled"
    with salon_db.session() as s:
        assert tab_counts(s, history)[CREDITS] == 1  # the cancelled card is not counted
    with salon_db.session() as s:
        assert s.scalars(select(Voucher.sessions_used)).one() == 1


def test_sell_prepaid_card_from_the_tab(qtbot, salon_db, history):
    from salon_desk.services.sales.credits import PrepaidTypeData, save_prepaid_type
    from salon_desk.ui.record.credits_tab import CreditsTab

    with salon_db.transaction() as s:
        save_prepaid_type(s, PrepaidTypeData("Member C", 4000, 3500, 6))
    tab = CreditsTab(salon_db, history)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.sell_prepaid()
    assert "40,00" in tab.dialog.details.text() and "35,00" in tab.dialog.details.text()
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [(r.type_name, r.remaining_cents) for r in tab.prepaid.rows] == [("Member C", 4000)]


def test_budget_written_then_charged(qtbot, salon_db, history):
    from salon_desk.ui.record.budgets_tab import BudgetsTab

    tab = BudgetsTab(salon_db, history)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    qtbot.mouseClick(tab.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findText("Laser session"))
    dialog.qty_spin.setValue(3)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.description_edit, "Laser, legs")
    assert "210,00" in dialog.total_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = tab.model.rows[0]
    assert row.code.startswith(f"P{dt.date.today().year}-") and row.total_cents == 21000
    tab.select(row.id)
    qtbot.mouseClick(tab.buttons["charge"], Qt.MouseButton.LeftButton)
    sale = tab.sale_dialog
    assert sale.lines.amounts == [21000]
    sale.method_combo.setCurrentIndex(sale.method_combo.findData("card"))
    qtbot.mouseClick(sale.add_payment_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sale.charge_button, Qt.MouseButton.LeftButton)
    with salon_db.session() as s:
        budget = s.scalars(select(Budget)).one()
        assert budget.status == "accepted" and budget.sale_id is not None
        assert s.get(Sale, budget.sale_id).total_cents == 21000


def test_cards_and_points_settings_page(qtbot, salon_db):
    from decimal import Decimal

    from salon_desk.services import settings
    from salon_desk.ui.visits.settings_page import CardsPointsPage

    page = CardsPointsPage(salon_db)
    qtbot.addWidget(page)
    with salon_db.session() as s:
        page.load(s)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Nails club")
    page.any_check.setChecked(False)
    page.services_list.item(page.services_list.row(
        page.services_list.findItems("Manicure", Qt.MatchFlag.MatchExactly)[0])).setCheckState(
        Qt.CheckState.Checked)
    page.rate_edit.setText("2")
    with salon_db.transaction() as s:
        page.save(s)
    page.committed()
    with salon_db.session() as s:
        card_type = s.scalars(select(PrepaidCardType)).one()
        assert (card_type.name, card_type.any_service) == ("Nails club", False)
        assert [x.name for x in card_type.services] == ["Manicure"]
        assert settings.get(s, settings.POINTS_PER_UNIT) == Decimal(2)


def test_change_an_appointment_from_the_tab(qtbot, salon_db, history):
    window = record(qtbot, salon_db, history)
    window.show_tab("AppointmentsTab")
    tab = window.tab("AppointmentsTab")
    tab.upcoming_view.selectRow(0)
    tab._selected_in(tab.upcoming_view)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.edit_dialog
    assert dialog.book_button.text() == "Save" and dialog.duration_spin.value() == 90
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(3600))
    qtbot.keyClicks(dialog.notes_edit, "Moved at her request")
    with qtbot.waitSignal(window.tab("AppointmentsTab").changed):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    row = tab.upcoming_model.rows[0]
    assert row.starts_at.astimezone().hour == 13 and row.notes == "Moved at her request"
    with salon_db.session() as s:
        assert s.query(Appointment).count() == 2


def test_record_toolbar_opens_sale_and_booking(qtbot, salon_db, history):
    window = record(qtbot, salon_db, history)
    actions = window.features.get(VisitActions)
    actions.sale_action.trigger()
    assert actions.sale_dialog.isVisible() and actions.sale_dialog.ctx.customer_id == history
    actions.sale_dialog.reject()
    actions.book_action.trigger()
    day_view = actions.booking_dialog.day_view
    assert day_view.customer_id == history and day_view.schedule.columns


def test_schedule_page_added_to_the_main_window(qtbot, salon_db):
    from PySide6.QtWidgets import QWidget

    from salon_desk.ui.schedule.features import add_schedule_page

    class Main(QWidget):  # the main window's contract: db, add_page, open_record
        def __init__(self) -> None:
            super().__init__()
            self.db, self.pages, self.opened = salon_db, {}, []

        def add_page(self, key, widget, title, page_icon=None) -> None:
            self.pages[key] = (widget, title)

        def open_record(self, customer_id: int) -> None:
            self.opened.append(customer_id)

    main = Main()
    qtbot.addWidget(main)
    add_schedule_page(main)
    view, title = main.pages["schedule"]
    assert title == "Schedule" and view.customer_id is None


def test_debts_tab_label_is_painted_red_with_the_app_style(qtbot, salon_db, history):
    """The tab colour must survive the style sheet (a `color` in QTabBar::tab hides it)."""
    from PySide6.QtWidgets import QApplication

    from salon_desk.ui.style import apply_style

    app = QApplication.instance()
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    apply_style(app)
    try:
        _check_red_debts_tab(qtbot, salon_db, history)
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setStyle(style)


def _check_red_debts_tab(qtbot, salon_db, history):
    window = record(qtbot, salon_db, history)
    window.resize(1280, 800)
    bar = window.tab_widget.tabBar()
    image = bar.grab().toImage()

    def reddish_pixels(index: int) -> int:
        rect = bar.tabRect(index)
        count = 0
        for x in range(rect.left(), rect.right()):
            for y in range(rect.top(), rect.bottom()):
                c = image.pixelColor(x, y)
                count += c.red() > 150 and c.green() < 100 and c.blue() < 100
        return count

    debts = window.tab_widget.indexOf(window.tab("DebtsTab"))
    sales = window.tab_widget.indexOf(window.tab("SalesTab"))
    assert reddish_pixels(debts) > 20
    assert reddish_pixels(sales) == 0
