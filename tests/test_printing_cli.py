"""`salon-desk print ...` writes the PDF files."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from printing_data import make_budget, make_sale, rich_customer

from salon_desk.cli import main

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def test_print_commands_write_pdfs(salon_db, tmp_path, capsys):
    with salon_db.transaction() as session:
        customer_id = rich_customer(session, first_name="Олена", sales=3)
        sale_id = make_sale(session, customer_id, "T-CLI-1", dt.datetime.now(dt.UTC),
                            [("Manicure", 1, 2000, 0, 21)], [("cash", 2000, 2000)]).id
        budget_id = make_budget(session, customer_id)
    db = salon_db.address
    runs = {
        "ticket.pdf": ["print", "ticket", str(sale_id), "--layout", "58mm"],
        "summary.pdf": ["print", "summary", str(customer_id), "--sales", "2"],
        "appointments.pdf": ["print", "appointments", str(customer_id)],
        "budget.pdf": ["print", "budget", str(budget_id)],
    }
    for name, args in runs.items():
        out = tmp_path / name
        assert main(["--db", db, *args, "-o", str(out)]) == 0
        reader = pypdf.PdfReader(out)
        assert len(reader.pages) >= 1
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert {"ticket.pdf": "T-CLI-1", "summary.pdf": "Олена",
                "appointments.pdf": "Your appointments", "budget.pdf": "P-2026-0042"}[name] in text
    ticket = pypdf.PdfReader(tmp_path / "ticket.pdf").pages[0]
    assert abs(float(ticket.mediabox.width) - 58 * 72 / 25.4) < 0.01
    assert "written to" in capsys.readouterr().out


def test_print_unknown_sale_fails_cleanly(salon_db, tmp_path, capsys):
    out = tmp_path / "missing.pdf"
    assert main(["--db", salon_db.address, "print", "ticket", "404", "-o", str(out)]) == 2
    assert "Sale 404 does not exist" in capsys.readouterr().err
    assert not out.exists()
