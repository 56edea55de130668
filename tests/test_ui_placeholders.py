"""Small dialogs and the list's filter box show their placeholder whole, in English and Spanish,
with the app's own look (its padding and icons take room too)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame, QToolButton

from salon_desk.services.sales import debts
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.ui.i18n import install_translator
from salon_desk.ui.style import apply_style


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """The app's style, in English and in Spanish (longer), put back afterwards."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_style(qapp)
    translator = install_translator(qapp, "es") if request.param == "es" else None
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def content_width(edit: QLineEdit) -> int:
    """The room for text: inside the frame and padding, less QLineEdit's own margins and the
    icons beside the text."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    icons = sum(b.width() + 4 for b in edit.findChildren(QToolButton))
    return rect.width() - margins.left() - margins.right() - 2 * 2 - icons


def _ink_columns(edit: QLineEdit) -> int:
    """How many pixel columns the painted placeholder covers (Qt elides a clipped one)."""
    image = edit.grab().toImage()
    skip = [b.geometry() for b in edit.findChildren(QToolButton)]
    columns = 0
    for x in range(3, image.width() - 3):
        if any(r.left() - 1 <= x <= r.right() + 1 for r in skip):
            continue
        columns += any(image.pixelColor(x, y).lightness() < 200
                       for y in range(3, image.height() - 3))
    return columns


def assert_whole(qtbot, edit: QLineEdit) -> None:
    text = edit.placeholderText()
    assert text and not edit.text()
    assert edit.fontMetrics().horizontalAdvance(text) <= content_width(edit), (
        text, content_width(edit))
    reference = QLineEdit()
    qtbot.addWidget(reference)
    reference.setFont(edit.font())
    reference.setPlaceholderText(text)
    reference.resize(2000, edit.height())
    reference.show()
    assert _ink_columns(edit) >= _ink_columns(reference) - 1, text


@pytest.fixture
def debt(salon_db, make_customer):
    from visits_helpers import service_id

    cid = make_customer(first_name="Nora")
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, lines=[LineDraft("service", service_id(salon_db,
                                                                             "Blow-dry"))],
                                 payments=[PaymentDraft("cash", 500)]))
    with salon_db.session() as s:
        return cid, debts.list_debts(s, cid)[0]


def test_pay_debt_shows_its_placeholder_whole(qtbot, salon_db, debt, language):
    from salon_desk.ui.visits.debt_dialogs import PayDebtDialog

    dialog = PayDebtDialog(salon_db, debt[1], "EUR")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if language == "es":
        assert dialog.description_edit.placeholderText().startswith("p. ej.")
    assert_whole(qtbot, dialog.description_edit)


@pytest.mark.parametrize("adding", [True, False])
def test_add_and_remove_points_show_their_placeholder_whole(qtbot, salon_db, make_customer,
                                                             language, adding):
    from salon_desk.ui.visits.points_dialog import PointsDialog

    dialog = PointsDialog(salon_db, make_customer(), 40, adding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_whole(qtbot, dialog.reason_edit)


def test_the_list_filter_box_shows_its_placeholder_whole(qtbot, salon_db, make_customer,
                                                         language):
    from salon_desk.ui.composition import build_main_window

    make_customer()
    window = build_main_window(salon_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)  # the size the app opens at
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    edit = window.customer_list.filters.search_edit
    if language == "es":
        assert edit.placeholderText() != "Filter by name, phone, email or ID…"
    assert_whole(qtbot, edit)
