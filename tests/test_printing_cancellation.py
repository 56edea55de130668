"""The cancellation ticket of a voided sale, and the ticket itself once cancelled, read back with
pypdf."""

from __future__ import annotations

import io

import pypdf
import pytest
from visits_helpers import service_id

from salon_desk.services.errors import ValidationError
from salon_desk.services.printing.tickets import ticket_pdf
from salon_desk.services.sales.void import void_sale
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def text_of(data: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join(p.extract_text().replace("\u00a0", " ") for p in pages)


@pytest.fixture
def voided(salon_db, make_customer):
    cid = make_customer(first_name="Lucía", last_name="Ariño Salvà")
    with salon_db.transaction() as s:
        sale = create_sale(s, SaleDraft(cid, lines=[
            LineDraft("service", service_id(salon_db, "Women's cut & blow-dry"))],
            payments=[PaymentDraft("cash", 3800, tendered_cents=4000)])).sale
        number, sale_id = sale.ticket_number, sale.id
    with salon_db.transaction() as s:
        void_sale(s, sale_id, "Charged to the wrong customer", cancelled_by="Marta")
    return sale_id, number


@pytest.mark.parametrize("layout", ["80mm", "a4"])
def test_cancellation_ticket_says_what_it_cancels_why_and_what_was_given_back(salon_db, voided,
                                                                           layout):
    sale_id, number = voided
    with salon_db.session() as s:
        text = text_of(ticket_pdf(s, sale_id, layout, cancellation=True))
    for expected in ("Cancels ticket", number, "Charged to the wrong customer", "Cancelled by",
                     "Marta", "Lucía Ariño Salvà", "Women's cut & blow-dry", "Total cancelled",
                     "Given back: Cash", "Points earned taken back", "-38"):
        assert expected in text, expected
    assert "Pending payment" not in text


def test_cancelled_ticket_shows_cancelled_with_date_and_reason(salon_db, voided):
    sale_id, _number = voided
    with salon_db.session() as s:
        text = " ".join(text_of(ticket_pdf(s, sale_id, "80mm")).split())
    assert "CANCELLED" in text
    assert "Cancelled on" in text and "Charged to the wrong customer" in text
    assert "Points balance 38" in text  # the balance the sale left, not the void's


def test_cancellation_ticket_of_a_sale_still_standing_is_refused(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as s:
        sale_id = create_sale(s, SaleDraft(cid, lines=[
            LineDraft("service", service_id(salon_db, "Men's cut"))],
            payments=[PaymentDraft("card", 1800)])).sale.id
    with pytest.raises(ValidationError, match="not cancelled"), salon_db.session() as s:
        ticket_pdf(s, sale_id, "80mm", cancellation=True)
