"""Stories at the front desk: cancelling a sale from the record's Sales tab, and a voucher's
sessions, cancellation and deletion from the Credits & cards tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from visits_helpers import service_id, staff_id

from salon_desk.models import CashMovement, Note, PointsEntry, Sale, Voucher
from salon_desk.services.sales.credits import VoucherData, create_voucher
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.customers.record_counts import SALES, tab_counts
from salon_desk.ui import dialogs

TODAY = dt.date.today()


@pytest.fixture
def shown(monkeypatch):
    """Errors shown, confirmations answered yes, print previews asked for."""
    seen: dict[str, list] = {"errors": [], "confirm": [], "previews": []}
    monkeypatch.setattr(dialogs, "show_error",
                        lambda _parent, _title, text: seen["errors"].append(text))

    def confirm(_parent, _title, text, _yes=None):
        seen["confirm"].append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr("salon_desk.ui.printing.open_preview",
                        lambda _parent, _db, kind, object_id, **options:
                        seen["previews"].append((kind, object_id, options)))
    return seen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_cancel_a_sale_from_the_sales_tab(qtbot, salon_db, make_customer, shown):
    from salon_desk.ui.record.sales_tab import SalesTab

    cid = make_customer(first_name="Nora", last_name="Vidal")
    with salon_db.transaction() as s:
        sale = create_sale(s, SaleDraft(cid, lines=[
            LineDraft("service", service_id(salon_db, "Women's cut & blow-dry"),
                      staff_id=staff_id(salon_db, "Laura"))],
            payments=[PaymentDraft("cash", 3800, tendered_cents=4000)])).sale
        sale_id, number = sale.id, sale.ticket_number
    tab = SalesTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.show()
    assert not tab.void_button.isEnabled()  # nothing selected yet
    tab.view.selectRow(0)
    assert tab.void_button.isEnabled()
    click(qtbot, tab.void_button)
    dialog = tab.void_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert number in dialog.question.text()
    assert "given back" in dialog.effects.text() and "38 point" in dialog.effects.text()
    assert not dialog.void_button.isEnabled()  # a reason first
    qtbot.keyClicks(dialog.reason_edit, "Charged to the wrong customer")
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findText("Marta"))
    click(qtbot, dialog.void_button)

    assert shown["errors"] == []
    assert "is cancelled" in dialog.question.text()
    assert "38.00" in dialog.effects.text() or "38,00" in dialog.effects.text()
    with salon_db.session() as s:
        cancelled = s.get(Sale, sale_id)
        assert cancelled.cancelled and cancelled.cancel_reason == "Charged to the wrong customer"
        assert cancelled.cancelled_by == "Marta"
        assert [m.amount_cents for m in s.scalars(select(CashMovement).where(
            CashMovement.sale_id == sale_id).order_by(CashMovement.id))] == [3800, -3800]
        assert [e.points for e in s.scalars(select(PointsEntry).order_by(PointsEntry.id))] == [
            38, -38]
    click(qtbot, dialog.print_button)
    assert shown["previews"] == [("ticket", sale_id, {"cancellation": True})]
    click(qtbot, dialog.close_button)

    payment = tab.model.data(tab.model.index(0, len(tab.model.columns) - 1))
    assert payment.startswith("Cancelled") and "Charged to the wrong customer" in payment
    tab.view.selectRow(0)
    assert not tab.void_button.isEnabled()  # cannot be cancelled twice
    assert "0.00" in tab.totals_label.text() or "0,00" in tab.totals_label.text()

    tab.view_ticket()
    view = tab.sale_view
    assert "Charged to the wrong customer" in view.cancelled_label.text()
    click(qtbot, view.cancellation_button)
    assert shown["previews"][-1] == ("ticket", sale_id, {"cancellation": True})
    view.close()


def test_voucher_sessions_cancel_and_delete_from_the_credits_tab(qtbot, salon_db, make_customer,
                                                                  shown):
    from salon_desk.ui.record.credits_tab import CreditsTab

    cid = make_customer(first_name="Irene", last_name="Soler")
    laser = service_id(salon_db, "Laser session")
    marta = staff_id(salon_db, "Marta")
    with salon_db.transaction() as s:
        used = create_voucher(s, cid, VoucherData("Laser x4", 4, TODAY, service_id=laser,
                                                  description="Legs, lower half")).id
        spare = create_voucher(s, cid, VoucherData("Laser x1", 1, TODAY, service_id=laser)).id
        ticket = create_sale(s, SaleDraft(cid, lines=[LineDraft("service", laser,
                                                                staff_id=marta)],
                                          payments=[PaymentDraft("voucher",
                                                                 reference_id=used)])
                             ).sale.ticket_number
    tab = CreditsTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.show()

    tab.voucher_view.selectRow(0)
    tab.view_sessions()
    sessions = tab.dialog
    assert sessions.description_label.text() == "Legs, lower half"
    assert "Used 1 of 4" in sessions.summary_label.text()
    rows = [[sessions.model.data(sessions.model.index(r, c)) for c in (0, 2, 3, 4, 5)]
            for r in range(sessions.model.rowCount())]
    assert rows == [["1", "Laser session", "Marta", ticket, ""],
                    ["2", "Laser session", "", "", "Not used yet"],
                    ["3", "Laser session", "", "", "Not used yet"],
                    ["4", "Laser session", "", "", "Not used yet"]]
    sessions.close()

    # deleting the used one is refused, and cancelling it is offered instead
    tab.delete_voucher()
    assert "cannot be deleted" in shown["confirm"][-1]
    reason = tab.dialog
    assert not reason.ok_button.isEnabled()
    qtbot.keyClicks(reason.reason_edit, "Customer moved away")
    click(qtbot, reason.ok_button)
    assert [(r.name, r.status) for r in tab.vouchers.rows] == [("Laser x4", "Cancelled"),
                                                               ("Laser x1", "Active")]
    with salon_db.session() as s:
        voucher = s.get(Voucher, used)
        assert voucher.cancelled and voucher.cancel_reason == "Customer moved away"
    tab.voucher_view.selectRow(0)
    tab.view_sessions()
    assert "Cancelled" in tab.dialog.status_label.text()
    assert "Customer moved away" in tab.dialog.status_label.text()
    tab.dialog.close()

    # the unused one is deleted, with its reason in the notes
    tab.voucher_view.selectRow(1)
    tab.delete_voucher()
    qtbot.keyClicks(tab.dialog.reason_edit, "Entered twice")
    click(qtbot, tab.dialog.ok_button)
    assert [r.name for r in tab.vouchers.rows] == ["Laser x4"]
    assert shown["errors"] == []
    with salon_db.session() as s:
        assert s.get(Voucher, spare) is None
        assert "Entered twice" in s.scalars(select(Note.text)).one()


def test_sales_tab_label_counts_the_same_sales_before_and_after_loading(qtbot, salon_db,
                                                                        make_customer):
    from salon_desk.services.sales.void import void_sale
    from salon_desk.ui.record.sales_tab import SalesTab

    cid = make_customer()
    with salon_db.transaction() as s:
        ids = [create_sale(s, SaleDraft(cid, lines=[
            LineDraft("service", service_id(salon_db, "Men's cut"))],
            payments=[PaymentDraft("card", 1800)])).sale.id for _ in range(2)]
        void_sale(s, ids[0], "Entered twice")
    tab = SalesTab(salon_db, cid)
    qtbot.addWidget(tab)
    with salon_db.session() as s:
        assert tab_counts(s, cid)[SALES] == 1
    tab.ensure_loaded()
    assert tab.model.rowCount() == 2  # the cancelled one is still listed
