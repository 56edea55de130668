"""The print preview, printing through QPrinter, the settings page and the record action."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pypdf
import pytest
from printing_data import make_sale, png_bytes, rich_customer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

from salon_desk.services import settings
from salon_desk.services.printing import options
from salon_desk.ui import dialogs
from salon_desk.ui.printing import PrintPreview, open_preview
from salon_desk.ui.printing import printer as printer_mod
from salon_desk.ui.printing.record_actions import add_print_summary
from salon_desk.ui.printing.settings_page import PrintingSettingsPage

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def sale_id(salon_db, make_customer):
    customer_id = make_customer(first_name="Zoë")
    with salon_db.transaction() as session:
        return make_sale(session, customer_id, "T-PREVIEW-1", dt.datetime.now(dt.UTC),
                         [("Gel manicure", 1, 3000, 0, 21), ("Cuticle oil", 1, 850, 0, 21)],
                         [("cash", 3850, 5000)]).id


@pytest.fixture
def long_customer(salon_db):
    with salon_db.transaction() as session:
        return rich_customer(session, sales=120)


def test_ticket_preview_shows_pages_switches_layout_and_saves(qtbot, salon_db, sale_id,
                                                              tmp_path, monkeypatch):
    preview = open_preview(None, salon_db, "ticket", sale_id, layout="80mm")
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count == 1, timeout=5000)
    assert preview.page_label.text() == "Page 1 of 1"
    assert not preview.image_label.pixmap().isNull()
    assert preview.pages.page_size(0)[0] == pytest.approx(226.77, abs=0.01)
    assert preview.save_action.isEnabled() and preview.print_action.isEnabled()

    preview.layout_combo.setCurrentIndex(preview.layout_combo.findData("a4"))
    qtbot.waitUntil(lambda: preview.pages and preview.pages.page_size(0)[0] > 590,
                    timeout=5000)
    assert preview.is_roll is False

    target = tmp_path / "saved ticket"
    asked = {}

    def fake_save(parent, caption, suggested="", filters=""):
        asked["suggested"] = suggested
        return str(target)

    monkeypatch.setattr(dialogs, "choose_save_file", fake_save)
    preview.save_action.trigger()
    saved = tmp_path / "saved ticket.pdf"
    assert saved.exists()
    assert asked["suggested"] == "Ticket T-PREVIEW-1.pdf"
    reader = pypdf.PdfReader(saved)
    assert "T-PREVIEW-1" in reader.pages[0].extract_text()
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.28, abs=0.01)


def test_summary_preview_navigates_pages_and_zooms(qtbot, salon_db, long_customer):
    preview = PrintPreview(None, salon_db, "summary", long_customer)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_count > 1, timeout=10000)
    count = preview.page_count
    assert preview.page_label.text() == f"Page 1 of {count}"
    assert not preview.prev_action.isEnabled()
    preview.next_action.trigger()
    assert preview.page_label.text() == f"Page 2 of {count}"
    width = preview.image_label.pixmap().width()
    preview.zoom_in_action.trigger()
    assert preview.image_label.pixmap().width() > width
    preview.show_page(count + 5)
    assert preview.page == count - 1 and not preview.next_action.isEnabled()
    preview.sales_combo.setCurrentIndex(preview.sales_combo.findData(10))
    qtbot.waitUntil(lambda: preview.page_count < count, timeout=10000)
    assert preview.options["sales_limit"] == 10


def test_print_paints_every_page_on_the_printer(qtbot, salon_db, long_customer, tmp_path,
                                                monkeypatch):
    out = tmp_path / "printed.pdf"

    def fake_ask(parent, qprinter, page_count):
        qprinter.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        qprinter.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(printer_mod, "ask_print", fake_ask)
    preview = open_preview(None, salon_db, "summary", long_customer)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count > 1, timeout=10000)
    preview.print_action.trigger()
    qtbot.waitUntil(lambda: "Sent" in preview.status.text(), timeout=20000)
    assert len(pypdf.PdfReader(out).pages) == preview.page_count


def test_receipt_printer_gets_the_roll_size(salon_db, sale_id):
    from salon_desk.services import printing
    from salon_desk.ui.printing.pdf_pages import PdfPages

    with salon_db.session() as session:
        pages = PdfPages(printing.render(session, "ticket", sale_id, layout="80mm"))
    qprinter = printer_mod.make_printer(pages, "No such printer")
    size = qprinter.pageLayout().pageSize().size(QPageSize.Unit.Point)
    assert size.width() == pytest.approx(226.77, abs=1)
    assert size.height() == pytest.approx(pages.page_size(0)[1], abs=1)
    assert qprinter.fullPage()
    pages.close()


def test_printing_settings_page_loads_and_saves(qtbot, salon_db, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes((300, 120)))
    page = PrintingSettingsPage()
    qtbot.addWidget(page)
    with salon_db.session() as session:
        page.load(session)
    assert page.title() == "Printing"
    assert page.tax_rates.text() == "21, 10, 4, 0"
    assert page.money_sample.text().startswith("1.234,50\u00a0€, as on screen")
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *a, **k: str(logo))
    page.choose_logo_button.click()
    assert not page.logo_preview.pixmap().isNull()
    page.tax_rates.setText("21; 10; 5.5")
    page.default_tax.setValue(10)
    page.prices_include_tax.setChecked(False)
    page.receipt_layout.setCurrentIndex(page.receipt_layout.findData("58mm"))
    page.footer.setPlainText("Gracias por su visita")
    page.cancellation.setPlainText("Cancel 24 h ahead")
    with salon_db.transaction() as session:
        page.save(session)
    with salon_db.session() as session:
        assert settings.get(session, options.TAX_RATES) == "21, 10, 5.5"
        assert settings.get(session, options.DEFAULT_TAX_RATE) == Decimal(10)
        assert settings.get(session, options.PRICES_INCLUDE_TAX) is False
        assert settings.get(session, options.RECEIPT_LAYOUT) == "58mm"
        assert settings.get(session, options.TICKET_FOOTER) == "Gracias por su visita"
        assert settings.get(session, options.CANCELLATION_POLICY) == "Cancel 24 h ahead"
        assert options.logo_path(session).is_file()

    from salon_desk.services.errors import ValidationError

    page.tax_rates.setText("21, lots")
    with salon_db.transaction() as session, pytest.raises(ValidationError):
        page.save(session)


def test_record_window_print_summary_action(qtbot, salon_db, make_customer):
    customer_id = make_customer(first_name="Ελένη")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.db, window.customer_id = salon_db, customer_id
    window.toolbar = QToolBar(window)
    action = add_print_summary(window)
    assert action in window.toolbar.actions()
    action.trigger()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview)]
    assert previews and previews[-1].kind == "summary"
    preview = previews[-1]
    qtbot.waitUntil(lambda: preview.page_count >= 1, timeout=5000)
    assert "Ελένη" in preview.pages.title
    preview.close()
