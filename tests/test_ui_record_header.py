"""The record header: what the customer owes comes first, the hand-kept balance reminder apart;
the allergy and blocked warnings keep their place and draw no missing-glyph boxes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from visits_helpers import service_id

from salon_desk.services.sales import debts
from salon_desk.services.customers.records import CustomerData, get_customer, update_customer
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.ui import formatting
from salon_desk.ui.record.details_tab import DetailsTab
from salon_desk.ui.style import DANGER


def record(qtbot, db, cid):
    from salon_desk.ui.record.window import RecordWindow

    window = RecordWindow(db, cid, tabs=[DetailsTab])
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def plain(label: QLabel) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


@pytest.fixture
def owes_and_in_credit(salon_db, make_customer):
    """Owes 48.00 on a lash lift, and a balance reminder of 15.00 in credit."""
    cid = make_customer(first_name="Rocío", last_name="Pardo")
    then = dt.datetime.now().astimezone() - dt.timedelta(days=12)
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, sold_at=then, lines=[
            LineDraft("service", service_id(salon_db, "Lash lift & tint"))]))
        debts.set_balance(s, cid, 1500)
    return cid


def test_header_shows_the_debt_first_and_the_reminder_apart(qtbot, salon_db,
                                                             owes_and_in_credit):
    window = record(qtbot, salon_db, owes_and_in_credit)
    header = window.header
    owes = formatting.money(4800, "EUR").replace("\u00a0", " ")
    credit = formatting.money(1500, "EUR").replace("\u00a0", " ")
    texts = [QTextDocumentFragment.fromHtml(t).toPlainText().replace("\u00a0", " ")
             for t in shown_texts(header)]
    debt_texts = [t for t in texts if owes in t]
    assert len(debt_texts) == 1 and "Owes" in debt_texts[0] and credit not in debt_texts[0]
    reminder_texts = [t for t in texts if credit in t]
    assert len(reminder_texts) == 1 and "reminder" in reminder_texts[0].lower()
    assert "Owes" not in reminder_texts[0]
    # The debt is the prominent one: red, larger, and above the reminder.
    assert DANGER in header.debt_label.text() + header.debt_label.styleSheet()
    assert header.debt_label.isVisible() and header.reminder_label.isVisible()
    debt_pos = header.debt_label.mapTo(header, header.debt_label.rect().topLeft())
    reminder_pos = header.reminder_label.mapTo(header, header.reminder_label.rect().topLeft())
    assert debt_pos.y() < reminder_pos.y()
    assert header.debt_label.font().pointSizeF() >= header.reminder_label.font().pointSizeF()


def test_header_after_the_debt_is_paid_keeps_only_the_reminder(qtbot, salon_db,
                                                                owes_and_in_credit):
    with salon_db.transaction() as s:
        debts.pay_all(s, owes_and_in_credit, 4800, "card")
    window = record(qtbot, salon_db, owes_and_in_credit)
    assert not window.header.debt_label.isVisible()
    assert window.header.reminder_label.isVisible()
    assert formatting.money(1500, "EUR") in window.header.reminder_label.text()


def test_header_with_a_debt_and_no_reminder(qtbot, salon_db, make_customer):
    cid = make_customer(first_name="Pilar")
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, lines=[LineDraft("service", service_id(salon_db, "Toner"))],
                                 payments=[PaymentDraft("card", 500)]))
    window = record(qtbot, salon_db, cid)
    assert window.header.debt_label.isVisible()
    assert formatting.money(2000, "EUR") in window.header.debt_label.text()
    assert not window.header.reminder_label.isVisible()


def _glyphs_missing(label: QLabel) -> list[str]:
    metrics = QFontMetrics(label.font())
    return [ch for ch in plain(label) if ch not in "\ufffc\n" and not metrics.inFontUcs4(ord(ch))]


def test_warning_banners_draw_no_missing_glyph(qtbot, salon_db, make_customer):
    cid = make_customer(first_name="Bea", allergies="Latex", blocked=True,
                        blocked_reason="Two no-shows")
    window = record(qtbot, salon_db, cid)
    header = window.header
    assert "Blocked:" in plain(header.blocked_banner)
    assert _glyphs_missing(header.blocked_banner) == []
    assert _glyphs_missing(header.allergy_banner) == []
    # Each banner draws its icon (an image, not a character of the font).
    assert "<img" in header.blocked_banner.text() and "<img" in header.allergy_banner.text()


def _tabs_top(window) -> int:
    return window.tab_widget.mapTo(window, window.tab_widget.rect().topLeft()).y()


def _edit(db, cid, **changes) -> None:
    with db.transaction() as s:
        data = CustomerData.from_customer(get_customer(s, cid))
        update_customer(s, cid, dataclasses.replace(data, **changes))


def test_allergy_and_blocked_banners_never_move_the_tabs(qtbot, salon_db, make_customer):
    cid = make_customer(first_name="Bea", last_name="Lozano", mobile="+34612345678",
                        allergies="Latex")
    window = record(qtbot, salon_db, cid)
    top = _tabs_top(window)
    steps = [dict(allergies=""), dict(allergies="Nickel; " * 60),
             dict(blocked=True, blocked_reason="Two no-shows"), dict(allergies=""),
             dict(blocked=False, blocked_reason="", allergies="PPD (hair dye)")]
    for change in steps:
        _edit(salon_db, cid, **change)
        window.refresh()
        qtbot.wait(20)
        assert _tabs_top(window) == top, change
    assert "PPD" in window.header.allergy_banner.toolTip()
    _edit(salon_db, cid, allergies="Nickel; " * 60)
    window.refresh()
    assert window.header.allergy_banner.toolTip().count("Nickel") == 60
