"""The printed customer list (services.printing.customer_list), read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from salon_desk.models import Customer
from salon_desk.services.printing.customer_list import customer_list_pdf, write_pdf

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def text_of(data: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join(p.extract_text().replace("\u00a0", " ") for p in pages)


def test_the_list_names_each_customer_with_mobile_and_last_visit_in_order(
        salon_db, make_customer, tmp_path):
    zoe = make_customer(first_name="Zoe", last_name="Ariño", mobile="612345678")
    ana = make_customer(first_name="Ana", last_name="Test")
    left_out = make_customer(first_name="Nobody", last_name="Else")
    with salon_db.transaction() as s:
        s.get(Customer, zoe).last_visit_at = dt.datetime(2025, 3, 4, 10, tzinfo=dt.UTC)
    with salon_db.session() as s:
        text = text_of(customer_list_pdf(s, [zoe, ana]))
        path = write_pdf(s, [zoe, ana, left_out], tmp_path / "list.pdf")
    assert "Customer list" in text and "Name" in text and "Last visit" in text
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Zoe Ariño")
    assert lines[at + 1:at + 4] == ["+34 612 34 56 78", "04/03/2025", "Ana Test"]
    assert text.index("Zoe Ariño") < text.index("Ana Test")  # the list's order
    assert "Nobody" not in text
    assert "Nobody Else" in text_of(path.read_bytes())
