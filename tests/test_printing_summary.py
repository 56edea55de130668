"""The record summary PDF, read back with pypdf: who did each service, patch tests, budgets and
the list of documents."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from visits_helpers import product_id, service_id, staff_id

from salon_desk.services import printing
from salon_desk.services.care import documents
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.budgets import BudgetData, BudgetLineData, create_budget
from salon_desk.services.care.patch_tests import PatchTestData, record_patch_test
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date.today()


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text().replace("\u00a0", " ") for p in reader.pages)


def section_of(text: str, title: str, next_title: str) -> str:
    start = text.index(title)
    return text[start:text.index(next_title, start)]


def cell_after(text: str, cell: str, n: int) -> str:
    """The cell ``n`` columns right of ``cell`` (pypdf gives one table cell a line)."""
    lines = [line.strip() for line in text.splitlines()]
    return lines[lines.index(cell) + n]


def _at(days: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour)).astimezone()


@pytest.fixture
def customer(salon_db, make_customer):
    return make_customer(first_name="Nora", last_name="Vidal")


def test_sales_show_who_did_each_service_not_who_charged(salon_db, customer):
    colour, cut = service_id(salon_db, "Full colour"), service_id(salon_db, "Blow-dry")
    with salon_db.transaction() as s:
        # Marta coloured (her appointment), Sofía charged; the line names nobody
        appointment = book(s, AppointmentData(customer, colour, staff_id(salon_db, "Marta"),
                                              _at(-9)))
        create_sale(s, SaleDraft(customer, sold_at=_at(-9, 12),
                                 staff_id=staff_id(salon_db, "Sofía"),
                                 lines=[LineDraft("service", colour,
                                                  appointment_id=appointment.id)],
                                 payments=[PaymentDraft("card", 6500)]))
        # Javier cut and Carmen sold a product, the line says so; Sofía charged
        create_sale(s, SaleDraft(customer, sold_at=_at(-2, 12),
                                 staff_id=staff_id(salon_db, "Sofía"),
                                 lines=[LineDraft("service", cut,
                                                  staff_id=staff_id(salon_db, "Javier")),
                                        LineDraft("product", product_id(salon_db, "Cuticle oil"),
                                                  staff_id=staff_id(salon_db, "Carmen"))],
                                 payments=[PaymentDraft("card", 2200 + 850)]))
    with salon_db.session() as s:
        text = text_of(printing.render(s, "summary", customer))
    sales = section_of(text, "Sales", "Credits and cards")
    assert "Marta" in sales and "Javier" in sales
    assert "Sofía" not in sales


def test_summary_lists_patch_tests_budgets_and_documents(salon_db, customer):
    with salon_db.transaction() as s:
        record_patch_test(s, customer, PatchTestData(
            tested_on=TODAY - dt.timedelta(days=3), result="pass",
            service_id=service_id(salon_db, "Full colour"), subject="PPD behind the ear",
            staff_id=staff_id(salon_db, "Marta")))
        record_patch_test(s, customer, PatchTestData(
            tested_on=TODAY - dt.timedelta(days=1), result="fail", subject="Lash tint",
            staff_id=staff_id(salon_db, "Sofía")))
        for issued, description in ((TODAY - dt.timedelta(days=90), "Laser, legs"),
                                    (TODAY, "Bridal package")):
            create_budget(s, customer, BudgetData(
                issued_on=issued, staff_id=staff_id(salon_db, "Elena"),
                description=description, valid_until=issued + dt.timedelta(days=30),
                lines=[BudgetLineData("service", service_id(salon_db, "Laser session"),
                                      quantity=2)]))
        documents.attach_bytes(s, customer, b"%PDF-1.4 signed", "consent.pdf",
                               title="Signed consent form",
                               document_date=dt.date(2025, 3, 14))
        documents.attach_bytes(s, customer, b"plain text", "allergy.txt",
                               title="Allergy letter from GP",
                               document_date=dt.date(2025, 6, 2))
    with salon_db.session() as s:
        text = text_of(printing.render(s, "summary", customer))
    tests = section_of(text, "Patch tests", "Sales")
    assert "PPD behind the ear" in tests and "Full colour" in tests and "Marta" in tests
    assert "Passed" in tests and "Failed" in tests and "Lash tint" in tests
    budgets = section_of(text, "Budgets", "Documents")
    assert "Laser, legs" in budgets and "Bridal package" in budgets and "Elena" in budgets
    assert f"P{(TODAY - dt.timedelta(days=90)).year}-0001" in budgets
    expired_on = (TODAY - dt.timedelta(days=60)).strftime("%d/%m/%Y")
    open_until = (TODAY + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    assert cell_after(budgets, "Laser, legs", 2) == f"Expired on {expired_on}"
    assert cell_after(budgets, "Bridal package", 2) == f"Open until {open_until}"
    assert "open: 1, worth 140,00 €" in budgets
    docs = text[text.index("Documents"):]
    assert "Signed consent form" in docs and "Allergy letter from GP" in docs
    assert "PDF" in docs and "14/03/2025" in docs and "02/06/2025" in docs


def test_empty_sections_say_so(salon_db, customer):
    with salon_db.session() as s:
        text = text_of(printing.render(s, "summary", customer))
    for expected in ("No patch tests.", "No budgets.", "No documents."):
        assert expected in text
