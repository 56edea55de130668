"""What cannot be used looks so: disabled menu items and buttons are drawn grey with the app's
style, and buttons that act on a selected row are disabled until a row is selected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from salon_desk.services.sales.credits import (
    LoyaltyCardData,
    VoucherData,
    create_loyalty_card,
    create_voucher,
)
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.ui.style import ACCENT, DANGER, apply_style


@pytest.fixture
def app_style():
    """The app's own look (Fusion, palette, style sheet), put back afterwards."""
    app = QApplication.instance()
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    apply_style(app)
    yield app
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setStyle(style)


def _ink(widget: QWidget, rect=None) -> QColor:
    """The darkest colour drawn in rect: the colour of the text."""
    image = widget.grab().toImage()
    rect = rect or widget.rect()
    darkest = QColor("white")
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(x, y)
            if c.lightness() < darkest.lightness():
                darkest = c
    return darkest


def _centre(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(widget.width() // 2, 3)


def test_a_disabled_menu_item_is_drawn_grey(qtbot, app_style):
    menu = QMenu()
    qtbot.addWidget(menu)
    demo = menu.addAction("Load demo data…")
    quit_ = menu.addAction("Quit")
    demo.setEnabled(False)
    menu.popup(menu.pos())
    qtbot.waitExposed(menu)
    enabled, disabled = _ink(menu, menu.actionGeometry(quit_)), _ink(
        menu, menu.actionGeometry(demo))
    assert enabled.lightness() < 80
    assert disabled.lightness() > enabled.lightness() + 70, (enabled.name(), disabled.name())


@pytest.mark.parametrize("name", ["primary", "danger", ""])
def test_disabled_buttons_look_disabled_whatever_their_kind(qtbot, app_style, name):
    """A disabled Merge… (primary) or Delete… (danger) must not keep its colours."""
    on, off = QPushButton("Merge…"), QPushButton("Merge…")
    for button in (on, off):
        button.setObjectName(name)
        qtbot.addWidget(button)
        button.resize(120, 32)
        button.show()
    off.setEnabled(False)
    if name == "primary":
        assert _centre(on) == QColor(ACCENT)
        assert _centre(off) != QColor(ACCENT)
    ink_on, ink_off = _ink(on), _ink(off)
    if name == "danger":
        assert ink_on.red() > 150 and ink_on.green() < 80
        assert abs(ink_off.red() - ink_off.green()) < 40, ink_off.name()  # grey, not red
    if name == "":
        assert ink_off.lightness() > ink_on.lightness() + 60
    elif name == "primary":  # white on purple when enabled; grey on a light background when disabled
        assert _centre(off).lightness() > 200 and ink_off.lightness() > 110
    assert QColor(DANGER) != ink_off


# --- buttons that need a selected row ----------------------------------------------------------

def test_main_window_open_and_edit_need_a_customer(qtbot, salon_db, make_customer):
    from salon_desk.ui.composition import build_main_window

    make_customer(first_name="Nora")
    window = build_main_window(salon_db)
    qtbot.addWidget(window)
    window.show()
    page = window.customer_list
    actions = (window.open_record_action, window.edit_action)
    assert not any(a.isEnabled() for a in actions)
    assert not page.edit_button.isEnabled() and not page.open_button.isEnabled()
    page.table.selectRow(0)
    assert all(a.isEnabled() for a in actions)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    page.filters.search_edit.setText("nobody at all")
    page.apply_filter()
    assert not any(a.isEnabled() for a in actions) and not page.delete_button.isEnabled()
    page.filters.search_edit.clear()
    page.apply_filter()
    page.model.set_checked([page.model.id_at(0)], True)  # a ticked customer is a selection
    assert all(a.isEnabled() for a in actions)


def _buttons(tab: QWidget, *texts: str) -> list[QPushButton]:
    found = [b for b in tab.findChildren(QPushButton) if b.text() in texts]
    assert found
    return found


def test_record_sales_buttons_need_a_selected_sale(qtbot, salon_db, make_customer):
    from visits_helpers import service_id

    from salon_desk.ui.record.sales_tab import SalesTab

    cid = make_customer(first_name="Nora")
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, lines=[LineDraft("service", service_id(salon_db,
                                                                             "Blow-dry"))],
                                 payments=[PaymentDraft("card", 2000)]))
    tab = SalesTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.show()
    buttons = _buttons(tab, "View ticket…", "Print ticket…")
    assert len(buttons) == 2 and not any(b.isEnabled() for b in buttons)
    tab.view.selectRow(0)
    assert all(b.isEnabled() for b in buttons)
    tab.load()  # reloaded: nothing selected any more
    assert not any(b.isEnabled() for b in buttons)


def test_record_credit_buttons_need_a_selected_voucher_or_card(qtbot, salon_db, make_customer):
    from salon_desk.ui.record.credits_tab import CreditsTab

    cid = make_customer(first_name="Nora")
    with salon_db.transaction() as s:
        create_voucher(s, cid, VoucherData("Laser x6", 6, dt.date.today()))
        create_loyalty_card(s, cid, LoyaltyCardData(dt.date.today(), number="L1"))
    tab = CreditsTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.show()
    voucher = _buttons(tab.voucher_view.parentWidget(), "Edit…", "Use a session",
                       "Cancel voucher")
    loyalty = _buttons(tab.loyalty_view.parentWidget(), "Edit…", "Cancel card")
    prepaid = _buttons(tab.prepaid_view.parentWidget(), "Cancel card")
    assert not any(b.isEnabled() for b in voucher + loyalty + prepaid)
    new = _buttons(tab, "New voucher…", "New loyalty card…", "Sell a prepaid card…")
    assert all(b.isEnabled() for b in new)
    tab.voucher_view.selectRow(0)
    assert all(b.isEnabled() for b in voucher) and not any(b.isEnabled() for b in loyalty)
    qtbot.mouseClick(tab.loyalty_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.loyalty_view.visualRect(tab.loyalty.index(0, 0)).center())
    assert all(b.isEnabled() for b in loyalty)


def test_survey_question_buttons_need_a_selected_question(qtbot, salon_db):
    from salon_desk.ui.care.settings_pages import SurveyTemplatesPage

    page = SurveyTemplatesPage()
    qtbot.addWidget(page)
    with salon_db.session() as s:
        page.load(s)
    page.show()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.add_question()
    page.questions.clearSelection()
    buttons = (page.remove_question_button, page.up_button, page.down_button)
    assert not any(b.isEnabled() for b in buttons)
    assert page.add_question_button.isEnabled()
    page.questions.selectRow(0)
    assert all(b.isEnabled() for b in buttons)
    qtbot.mouseClick(page.remove_question_button, Qt.MouseButton.LeftButton)
    assert page.questions.rowCount() == 1 and not any(b.isEnabled() for b in buttons)


def test_sale_dialog_remove_buttons_need_a_selected_line_or_payment(qtbot, salon_db,
                                                                    make_customer):
    from visits_helpers import service_id

    from salon_desk.ui.sales.sale_dialog import SaleDialog

    dialog = SaleDialog(salon_db, SaleDraft(make_customer(first_name="Nora")))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("service"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(service_id(salon_db,
                                                                            "Blow-dry")))
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    assert dialog.lines.rowCount() == 1
    (remove_line,) = _buttons(dialog, "Remove line")
    (remove_payment,) = _buttons(dialog, "Remove payment")
    dialog.lines_view.clearSelection()
    assert not remove_line.isEnabled() and not remove_payment.isEnabled()
    dialog.lines_view.selectRow(0)
    assert remove_line.isEnabled()
    qtbot.mouseClick(remove_line, Qt.MouseButton.LeftButton)
    assert dialog.lines.rowCount() == 0 and not remove_line.isEnabled()
