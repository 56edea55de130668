"""Printed documents read back with pypdf: text, numbers, totals, page sizes and page breaks."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pypdf
import pytest
from printing_data import make_budget, make_sale, png_bytes, rich_customer
from sqlalchemy import select

from salon_desk.models import Appointment, PointsEntry, Service, Staff
from salon_desk.services import printing, settings
from salon_desk.services.errors import NotFound, ValidationError
from salon_desk.services.printing import common, options

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

MM = 72 / 25.4


def read(data: bytes) -> pypdf.PdfReader:
    assert data.startswith(b"%PDF")
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text().replace("\u00a0", " ") for p in read(data).pages]


def text_of(data: bytes) -> str:
    return "\n".join(page_texts(data))


@pytest.fixture
def sale_id(salon_db, make_customer):
    customer_id = make_customer(first_name="Ирина", last_name="Παπαδοπούλου")
    with salon_db.transaction() as session:
        staff = session.scalars(select(Staff).order_by(Staff.id)).all()
        sale = make_sale(
            session, customer_id, "T-2026-000123", dt.datetime(2026, 3, 5, 17, 45, tzinfo=dt.UTC),
            [("Women's cut & blow-dry", 1, 12100, 0, 21),
             ("Balayage", 1, 10000, 10, 21, staff[1]),
             ("Repair shampoo 300 ml", 2, 550, 0, 10)],
            [("card", 15000, None), ("cash", 3100, 5000)], staff=staff[0], points=181,
            comments="Next colour in six weeks")
        session.add(PointsEntry(customer_id=customer_id, points=181, action="earned",
                                balance=640, sale_id=sale.id))
        return sale.id


def test_ticket_80mm_shows_lines_taxes_totals_payments_and_points(salon_db, sale_id):
    with salon_db.session() as session:
        data = printing.render(session, "ticket", sale_id, layout="80mm")
    pages = read(data).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(226.77, abs=0.01)
    text = text_of(data)
    for expected in ("Lumière Beauty Studio", "Calle de la Luna 12, 28004 Madrid",
                     "Tax ID: B00000000", "T-2026-000123", "Laura", "Ирина Παπαδοπούλου",
                     "Women's cut & blow-dry", "Balayage", "Marta", "Repair shampoo 300 ml",
                     "1 × 121,00 €", "2 × 5,50 €", "-10%", "90,00 €",
                     "Subtotal", "232,00 €", "Discounts", "-10,00 €",
                     # 211,00 € at 21 % -> base 174,38 + 36,62 ; 11,00 € at 10 % -> 10,00 + 1,00
                     # (English in a Spanish salon: CLDR's en_ES writes "21%" and "174,38 €")
                     "VAT 21% incl. on 174,38 €", "36,62 €", "VAT 10% incl. on 10,00 €",
                     "1,00 €", "TOTAL", "222,00 €", "Card", "150,00 €", "Cash", "31,00 €",
                     "Cash tendered", "50,00 €", "Change", "19,00 €", "Points earned", "+181",
                     "Points balance", "640", "Next colour in six weeks",
                     "Thank you for your visit!"):
        assert expected in text, expected
    local = dt.datetime(2026, 3, 5, 17, 45, tzinfo=dt.UTC).astimezone()
    assert local.strftime("%d/%m/%Y %H:%M") in text


def test_receipt_widths_and_length_follows_content(salon_db, make_customer):
    customer_id = make_customer()
    with salon_db.transaction() as session:
        short = make_sale(session, customer_id, "T-1", dt.datetime.now(dt.UTC),
                          [("Manicure", 1, 2000, 0, 21)], [("card", 2000, None)]).id
        long = make_sale(session, customer_id, "T-2", dt.datetime.now(dt.UTC),
                         [(f"Service number {i}", 1, 1000 + i, 0, 21) for i in range(14)],
                         [("card", 14091, None)]).id
    with salon_db.session() as session:
        short80 = read(printing.render(session, "ticket", short, layout="80mm")).pages
        long80 = read(printing.render(session, "ticket", long, layout="80mm")).pages
        long58 = printing.render(session, "ticket", long, layout="58mm")
    assert len(short80) == len(long80) == 1
    assert float(long80[0].mediabox.height) > float(short80[0].mediabox.height) + 14 * 20
    pages58 = read(long58).pages
    assert len(pages58) == 1
    assert float(pages58[0].mediabox.width) == pytest.approx(58 * MM, abs=0.01)
    text = text_of(long58)
    assert all(f"Service number {i}" in text for i in range(14))


def test_ticket_on_a4_and_letter(salon_db, sale_id):
    with salon_db.session() as session:
        a4 = printing.render(session, "ticket", sale_id, layout="a4")
        letter = printing.render(session, "ticket", sale_id, layout="letter")
    box = read(a4).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.01)
    box = read(letter).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((612, 792), abs=0.01)
    text = text_of(a4)
    for expected in ("Ticket", "T-2026-000123", "Unit price", "121,00 €", "222,00 €",
                     "Page 1 of 1", "Printed on"):
        assert expected in text, expected


def test_default_layout_comes_from_settings_and_bad_layout_is_refused(salon_db, sale_id):
    with salon_db.transaction() as session:
        settings.set_value(session, options.RECEIPT_LAYOUT, "58mm")
    with salon_db.session() as session:
        page = read(printing.render(session, "ticket", sale_id)).pages[0]
        assert float(page.mediabox.width) == pytest.approx(58 * MM, abs=0.01)
        with pytest.raises(ValidationError):
            printing.render(session, "ticket", sale_id, layout="A5")
        with pytest.raises(NotFound):
            printing.render(session, "ticket", 999)


def test_prices_without_tax_add_the_tax_on_top(salon_db, make_customer):
    customer_id = make_customer()
    with salon_db.transaction() as session:
        settings.set_value(session, options.PRICES_INCLUDE_TAX, False)
        settings.set_value(session, options.TAX_LABEL, "IVA")
        sale = make_sale(session, customer_id, "T-NET", dt.datetime.now(dt.UTC),
                         [("Facial", 1, 10000, 0, 21)], [("card", 12100, None)]).id
    with salon_db.session() as session:
        text = text_of(printing.render(session, "ticket", sale, layout="80mm"))
    assert "IVA 21% on 100,00 €" in text
    assert "21,00 €" in text and "121,00 €" in text


def test_money_formats_and_tax_split():
    assert common.Money("EUR", "es_ES")(123450) == "1.234,50\u00a0€"
    assert common.Money("EUR", "en_IE")(123450) == "€1,234.50"
    assert common.Money("GBP", "en_GB")(-500) == "-£5.00"
    assert common.split_tax(12100, Decimal(21), True) == (10000, 2100)
    assert common.split_tax(10000, Decimal(21), False) == (10000, 2100)
    assert common.split_tax(999, Decimal(0), True) == (999, 0)
    assert options.parse_tax_rates("21, 10 %; 4.5") == [Decimal(21), Decimal(10), Decimal("4.5")]


def test_record_summary_sections_and_scripts(salon_db):
    with salon_db.transaction() as session:
        customer_id = rich_customer(session, first_name="Łucja Ирина",
                                    last_name="Παπαδοπούλου Żółć", sales=12)
    with salon_db.session() as session:
        data = printing.render(session, "summary", customer_id)
    text = text_of(data)
    for expected in ("Record summary", "Łucja Ирина Παπαδοπούλου Żółć", "+34 612 34 56 78",
                     "ana.garcia@example.com", "VIP", "Frequent Visitor",
                     "Allergies and clinical information", "Allergic to PPD (hair dye)",
                     "Consent", "WhatsApp", "Privacy policy accepted on 10/01/2025",
                     "Pending debts", "Total pending", "44,90 €", "Upcoming appointments",
                     "4 appointments", "Sales", "12 sales", "Credits and cards",
                     "4 of 6 sessions left", "244,50 € left", "LC-000123",
                     "Points", "balance 320", "worth 16,00 €", "Notes", "Pinned",
                     "7.1 30 g + 8.0 20 g", "Page 1 of 2"):
        assert expected in text, expected
    notes = text[text.index("Notes"):]
    assert notes.index("Consultation note number 6") < notes.index("Consultation note number 5")


def test_long_record_breaks_into_pages_with_every_sale_once(salon_db):
    with salon_db.transaction() as session:
        customer_id = rich_customer(session, sales=300)
    with salon_db.session() as session:
        data = printing.render(session, "summary", customer_id)
    texts = page_texts(data)
    count = len(texts)
    assert count >= 5
    assert "Page 1 of " + str(count) in texts[0]
    assert f"Page {count} of {count}" in texts[-1]
    assert all("Printed on" in t for t in texts)
    whole = "\n".join(texts)
    for i in range(1, 301):
        assert whole.count(f"T-{customer_id:04d}-{i:05d}") == 1, i
    # the sales table repeats its title and headings on the pages it runs onto
    assert all("Ticket" in t and "Items" in t for t in texts[1:count - 1])
    assert "300 sales" in whole


def test_summary_lists_credits_bought_the_same_day_in_the_order_bought(salon_db, make_customer):
    """A day's purchases in the order they were made, even after one of them changed: a server
    writes a changed row wherever there is room (here, with long descriptions filling the
    table's page, after the others) and reads rows back in that order unless told otherwise."""
    import random
    import string

    from salon_desk.services.printing.summary_data import summary_data
    from salon_desk.services.sales.credits import VoucherData, create_voucher, use_voucher_session

    customer_id, today, rng = make_customer(), dt.date.today(), random.Random(7)
    names = ["5 blow-dries", "3 manicures", "4 facials", "6 massages"]
    with salon_db.transaction() as session:
        first, *_ = [create_voucher(session, customer_id, VoucherData(
            name, 10, today, description="".join(rng.choices(string.ascii_letters, k=1900)))).id
            for name in names]
    with salon_db.transaction() as session:
        use_voucher_session(session, first)
    with salon_db.session() as session:
        credits = summary_data(session, customer_id).credits
    assert [(c.name, c.sessions_left) for c in credits] == [
        ("5 blow-dries", 9), ("3 manicures", 10), ("4 facials", 10), ("6 massages", 10)]

def test_summary_sales_limit(salon_db):
    with salon_db.transaction() as session:
        customer_id = rich_customer(session, sales=30)
    with salon_db.session() as session:
        text = text_of(printing.render(session, "summary", customer_id, sales_limit=5))
    assert "last 5 of 30" in text
    assert f"T-{customer_id:04d}-00030" in text and f"T-{customer_id:04d}-00025" not in text


def test_appointments_sheet(salon_db, make_customer):
    customer_id = make_customer(first_name="Ірина", last_name="Żółkiewska")
    now = dt.datetime.now(dt.UTC)
    with salon_db.transaction() as session:
        settings.set_value(session, options.CANCELLATION_POLICY, "Cancel 48 h ahead, please.")
        massage = session.scalar(select(Service).where(Service.name == "Relaxing massage"))
        laura = session.scalar(select(Staff).where(Staff.name == "Laura"))
        starts = (now + dt.timedelta(days=3)).replace(second=0, microsecond=0)
        session.add_all([
            Appointment(customer_id=customer_id, service=massage, staff=laura, starts_at=starts,
                        duration_minutes=60, status="confirmed"),
            Appointment(customer_id=customer_id, service=massage, staff=laura,
                        starts_at=now - dt.timedelta(days=3), status="completed",
                        notes="in the past"),
            Appointment(customer_id=customer_id, service=massage, staff=laura,
                        starts_at=now + dt.timedelta(days=9), status="cancelled",
                        notes="was cancelled")])
    with salon_db.session() as session:
        text = text_of(printing.render(session, "appointments", customer_id))
    local = starts.astimezone()
    for expected in ("Your appointments", "Ірина Żółkiewska", "Relaxing massage", "Laura",
                     local.strftime("%d/%m/%Y"), local.strftime("%H:%M"), "1 h",
                     "How to reach us", "+34 910 000 000", "hello@lumiere.example.com",
                     "Cancellation policy", "Cancel 48 h ahead, please."):
        assert expected in text, expected
    assert "in the past" not in text and "was cancelled" not in text


def test_budget(salon_db, make_customer):
    customer_id = make_customer(first_name="Σοφία", last_name="Nowak")
    with salon_db.transaction() as session:
        budget_id = make_budget(session, customer_id)
    with salon_db.session() as session:
        text = text_of(printing.render(session, "budget", budget_id))
    for expected in ("Budget", "P-2026-0042", "04/05/2026", "Valid until", "03/06/2026",
                     "Σοφία Nowak", "Hydrafacial", "95,00 €", "15%", "242,25 €",
                     "Vitamin C serum", "39,00 €", "Subtotal", "324,00 €", "-42,75 €",
                     "TOTAL", "281,25 €", "Conditions", "Prices include taxes",
                     "Accepted by the customer"):
        assert expected in text, expected


def test_logo_is_copied_to_the_data_folder_and_printed(salon_db, sale_id, tmp_path):
    source = tmp_path / "my logo.png"
    source.write_bytes(png_bytes((900, 300)))
    with salon_db.transaction() as session:
        name = options.store_logo(session, source)
    with salon_db.session() as session:
        stored = options.logo_path(session)
    if salon_db.is_sqlite:
        assert stored == tmp_path / "branding" / name  # next to the database file
    else:  # kept in the database; read from this computer's copy (tests/test_logo_on_server.py)
        assert stored.name == name and stored.is_relative_to(tmp_path / "data")
    assert stored.is_file()
    from PIL import Image

    assert max(Image.open(stored).size) == options.LOGO_MAX_PIXELS
    with salon_db.session() as session:
        for layout in ("80mm", "a4"):
            page = read(printing.render(session, "ticket", sale_id, layout=layout)).pages[0]
            xobjects = page["/Resources"]["/XObject"]
            assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    with salon_db.transaction() as session:
        options.store_logo(session, None)
    with salon_db.session() as session:
        assert options.logo_path(session) is None
    with salon_db.transaction() as session, pytest.raises(ValidationError):
        bad = tmp_path / "not-an-image.png"
        bad.write_text("hello")
        options.store_logo(session, bad)


def test_write_pdf_and_render_steps(salon_db, sale_id, tmp_path):
    with salon_db.session() as session:
        path = printing.write_pdf(tmp_path / "t.pdf", session, "ticket", sale_id)
    assert len(read(path.read_bytes()).pages) == 1
    steps = printing.render_steps(salon_db.session, "ticket", sale_id, layout="a4")
    progress = []
    with pytest.raises(StopIteration) as stop:
        while True:
            progress.append(next(steps))
    assert progress[-1][:2] == (1, 1)
    assert stop.value.value.startswith(b"%PDF")


def test_cancelled_ticket_and_pending_payment(salon_db, make_customer):
    customer_id = make_customer()
    with salon_db.transaction() as session:
        owed = make_sale(session, customer_id, "T-OWED", dt.datetime.now(dt.UTC),
                         [("Keratin treatment", 1, 14000, 0, 21)], [("card", 10000, None)]).id
        void = make_sale(session, customer_id, "T-VOID", dt.datetime.now(dt.UTC),
                         [("Manicure", 1, 2000, 0, 21)], [])
        void.cancelled = True
        void = void.id
    with salon_db.session() as session:
        owed_text = text_of(printing.render(session, "ticket", owed, layout="80mm"))
        void_text = text_of(printing.render(session, "ticket", void, layout="a4"))
    assert "Pending payment" in owed_text and "40,00 €" in owed_text
    assert "CANCELLED" in void_text and "Pending payment" not in void_text
