"""Exporting customers, the import template, the whole-record workbook and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select

from salon_desk.services import jobs
from salon_desk.cli import main
from salon_desk.models import (
    Appointment,
    Badge,
    Customer,
    CustomerCategory,
    Debt,
    PointsEntry,
    Sale,
    Staff,
)
from salon_desk.models.db import Database
from salon_desk.services.customers.columns import COLUMNS, COMPUTED_COLUMNS, HEADERS
from salon_desk.services.customers.records import CustomerData
from salon_desk.services.demo.salon import setup_salon
from salon_desk.services.customers.exporting import export_customers
from salon_desk.services.importing import (
    ImportOptions,
    analyse,
    import_customers,
)
from salon_desk.services.customers.record_export import SHEETS, export_record
from salon_desk.services.template import build_template

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def full_customer(session, **over) -> dict:
    staff = session.scalar(select(Staff.id).where(Staff.name == "Marta"))
    category = session.scalar(select(CustomerCategory.id).where(CustomerCategory.name == "VIP"))
    badges = list(session.scalars(select(Badge.id).where(Badge.name.in_(["VIP", "Student"]))))
    fields = dict(  # noqa: C408  (reads like the form)
        first_name="Lucía", last_name="Fernández de la Vega", email="lucia.fv@example.com",
        mobile="+34612345678", phone="+34910000001", gender="female", birth_year=None,
        birth_month=5, birth_day=17, anniversary=dt.date(2015, 6, 20), street="Calle Luna 12",
        city="Madrid", postcode="08001", region="Madrid", country="ES",
        preferred_staff_id=staff, referral_source="Instagram", external_id="OLD-1",
        customer_since=dt.date(2020, 1, 2), category_id=category,
        discount_percent=Decimal("7.5"), notes="Likes tea\nNo sugar", allergies="Latex",
        active=False, blocked=True, blocked_reason="Two no-shows",
        privacy_accepted_at=dt.datetime(2021, 3, 4, 10, 30, tzinfo=dt.UTC),
        notify_reminders=False, notify_birthday=True, notify_marketing=True, badge_ids=badges,
        consents={("appointments", "email"): True, ("marketing", "sms"): False},
    )
    fields.update(over)
    return fields


@pytest.fixture
def filled_db(salon_db):
    from salon_desk.services.customers.records import create_customer

    with salon_db.transaction() as session:
        create_customer(session, CustomerData(**full_customer(session)))
        create_customer(session, CustomerData(**full_customer(
            session, first_name="Tom", last_name="Hale", email=None, mobile="+447911123456",
            external_id="OLD-2",
            phone=None, gender="male", birth_year=1988, country="GB", badge_ids=[],
            consents={}, active=True, blocked=False, blocked_reason="", category_id=None,
            preferred_staff_id=None, discount_percent=Decimal(0), notes="", allergies="",
            anniversary=None, privacy_accepted_at=None, postcode=None)))
        create_customer(session, CustomerData(
            first_name="=HYPERLINK(\"http://x.example.com\",\"click\")", last_name="@SUM(1+1)",
            notes="+cmd|' /C calc'!A0", allergies="-2+3", street="=1+1"))
    return salon_db


def snapshot(db) -> dict[int, dict]:
    out = {}
    with db.session() as session:
        badge_names = dict(session.execute(select(Badge.id, Badge.name)).all())
        cats = dict(session.execute(select(CustomerCategory.id, CustomerCategory.name)).all())
        staff = dict(session.execute(select(Staff.id, Staff.name)).all())
        for c in session.scalars(select(Customer)):
            data = vars(CustomerData.from_customer(c)).copy()
            data["badge_ids"] = sorted(badge_names[b] for b in data["badge_ids"])
            data["category_id"] = cats.get(data["category_id"])
            data["preferred_staff_id"] = staff.get(data["preferred_staff_id"])
            out[c.id] = data
    return out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_gives_the_same_customers(filled_db, tmp_path, suffix):
    path = tmp_path / f"all{suffix}"
    result = jobs.run(export_customers(filled_db, path))
    assert result.customers == 3
    target = Database(tmp_path / "other.sqlite")
    with target.transaction() as session:
        setup_salon(session)
    with target.session() as session:
        analysis = analyse(path, session)
    assert [m.header for m in analysis.matches if m.how != "header" or m.target is None] == []
    imported = jobs.run(import_customers(target, analysis, ImportOptions()))
    assert (imported.imported, imported.rejected, imported.kept_in_notes) == (3, 0, 0), (
        imported.skipped_rows)
    assert snapshot(target) == snapshot(filled_db)
    target.dispose()


def test_xlsx_export_columns_and_formula_injection(filled_db, tmp_path):
    path = jobs.run(export_customers(filled_db, tmp_path / "e.xlsx")).path
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    assert headers == HEADERS + [c.header for c in COMPUTED_COLUMNS]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    evil = rows[3]
    col = {h: i for i, h in enumerate(headers)}
    for name in ("First name", "Last name", "Notes", "Allergies", "Street"):
        cell = evil[col[name]]
        assert cell.data_type == "s" and cell.quotePrefix, name  # text, never a formula
    assert evil[col["First name"]].value.startswith("=HYPERLINK")
    lucia = rows[1]
    assert lucia[col["Mobile"]].value == "+34612345678"
    assert lucia[col["Date of birth"]].value == "--05-17"
    assert rows[2][col["Date of birth"]].value == "1988-05-17"
    assert lucia[col["Badges"]].value == "VIP, Student"
    assert lucia[col["Consent: appointments by email"]].value == "Yes"
    assert lucia[col["Consent: marketing by SMS"]].value == "No"
    assert lucia[col["Consent: marketing by email"]].value is None
    assert lucia[col["Status"]].value == "Inactive" and lucia[col["Discount %"]].value == 7.5


def test_csv_export_has_bom_and_neutralised_cells(filled_db, tmp_path):
    path = jobs.run(export_customers(filled_db, tmp_path / "e.csv")).path
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    col = {h: i for i, h in enumerate(rows[0])}
    evil = next(r for r in rows if r[0] == "3")
    assert evil[col["First name"]].startswith("'=HYPERLINK")
    assert evil[col["Last name"]] == "'@SUM(1+1)"
    assert evil[col["Notes"]] == "'+cmd|' /C calc'!A0"
    assert evil[col["Allergies"]] == "'-2+3"
    lucia = next(r for r in rows if r[0] == "1")
    assert lucia[col["Mobile"]] == "'+34612345678"  # removed again by the importer
    assert lucia[col["Postcode"]] == "08001"


def test_selected_customers_in_list_order(filled_db, tmp_path):
    path = jobs.run(export_customers(filled_db, tmp_path / "s.csv", ids=[3, 1])).path
    with path.open(encoding="utf-8-sig") as handle:
        assert [r[0] for r in csv.reader(handle)][1:] == ["3", "1"]


def test_computed_columns(filled_db, tmp_path):
    now = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    with filled_db.transaction() as session:
        conn = session.connection()
        conn.execute(insert(Sale.__table__), [
            {"ticket_number": "T1", "customer_id": 1, "sold_at": now, "total_cents": 5000,
             "cancelled": False, "created_at": now, "updated_at": now},
            {"ticket_number": "T2", "customer_id": 1, "sold_at": now, "total_cents": 999,
             "cancelled": True, "created_at": now, "updated_at": now}])
        later = now + dt.timedelta(days=3)
        conn.execute(insert(Appointment.__table__), [
            {"customer_id": 1, "starts_at": later, "status": "completed", "created_at": now,
             "updated_at": now},
            {"customer_id": 1, "starts_at": later, "status": "cancelled", "created_at": now,
             "updated_at": now}])
        conn.execute(insert(PointsEntry.__table__), [
            {"customer_id": 1, "at": now, "points": 100, "action": "earned", "balance": 100},
            {"customer_id": 1, "at": later, "points": 20, "action": "added", "balance": 120}])
        conn.execute(insert(Debt.__table__), [
            {"customer_id": 1, "initial_cents": 1500, "remaining_cents": 1500,
             "incurred_at": now, "created_at": now, "updated_at": now}])
    path = jobs.run(export_customers(filled_db, tmp_path / "c.xlsx")).path
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    row = [c.value for c in ws[2]]
    values = dict(zip(headers, row, strict=True))
    assert values["Total spent"] == 50 and values["Visits"] == 2 and values["Points"] == 120
    assert values["Debt"] == 15
    assert values["Last visit"] == later.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def test_template_lists_every_field_with_validations(tmp_path, salon_db):
    path = build_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Customers", "Instructions"]
    ws = book["Customers"]
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    for header in ("ID", "External ID", "First name", "Last name", "Email", "Mobile", "Phone",
                   "Gender", "Date of birth", "Notes", "Allergies", "Blocked", "Status"):
        assert header in HEADERS
    letter = {c.value: c.column_letter for c in ws[1]}
    rules = {str(r.sqref): r.formula1 for r in ws.data_validations.dataValidation}
    assert rules[f"{letter['Gender']}2:{letter['Gender']}20000"] == (
        '"Female,Male,Other,Unspecified"')
    assert rules[f"{letter['Status']}2:{letter['Status']}20000"] == '"Active,Inactive"'
    yes_no = next(r for r in ws.data_validations.dataValidation if r.formula1 == '"Yes,No"')
    assert f"{letter['Blocked']}2:{letter['Blocked']}20000" in str(yes_no.sqref)
    assert ws["C2"].value == "Ana"  # the example row
    assert ws[f"{letter['Mobile']}2"].data_type == "s"
    info = [r[0] for r in book["Instructions"].iter_rows(values_only=True)]
    assert "Date of birth" in info and "Consent: marketing by WhatsApp" in info
    # The template imports without mapping; its example row is skipped.
    ws.append(["", "", "Eva", "Mora", "eva@example.com", "611222333", "", "F", "1991-02-03"])
    book.save(path)
    with salon_db.session() as session:
        analysis = analyse(path, session)
    assert analysis.unrecognised == []
    result = jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    assert (result.imported, result.skipped) == (1, 1)


def test_whole_record_workbook(filled_db, tmp_path):
    now = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    with filled_db.transaction() as session:
        conn = session.connection()
        conn.execute(insert(Sale.__table__), [
            {"ticket_number": "T-77", "customer_id": 1, "sold_at": now, "total_cents": 4250,
             "created_at": now, "updated_at": now, "comments": "=cmd"}])
        conn.execute(insert(Appointment.__table__), [
            {"customer_id": 1, "starts_at": now, "status": "completed", "created_at": now,
             "updated_at": now, "staff_id": 1, "notes": "Balayage"}])
    path = jobs.run(export_record(filled_db, 1, tmp_path / "record.xlsx"))
    book = load_workbook(path)
    assert book.sheetnames == ["Details"] + [title for title, *_ in SHEETS]
    details = {r[0]: r[1] for r in book["Details"].iter_rows(min_row=2, values_only=True)}
    assert details["First name"] == "Lucía" and details["Mobile"] == "+34612345678"
    assert details["Total spent"] == 42.5
    sales = list(book["Sales"].iter_rows(values_only=True))
    header = sales[0]
    assert sales[1][header.index("Ticket number")] == "T-77"
    assert sales[1][header.index("Total")] == 42.5
    assert book["Sales"].cell(2, header.index("Comments") + 1).data_type == "s"
    appts = list(book["Appointments"].iter_rows(values_only=True))
    assert appts[1][appts[0].index("Staff")] == "Laura"
    history = list(book["Consent history"].iter_rows(values_only=True))
    assert len(history) == 3  # header + two consent changes


def test_cli_import_export_template_imports_undo(tmp_path, capsys):
    db_path = tmp_path / "cli.sqlite"
    template = tmp_path / "t.xlsx"
    assert main(["template", str(template)]) == 0
    rows = [["First name", "Last name", "Mobile", "Date of birth"],
            ["Ana", "Ruiz", "612 345 678", "31/31/80"], ["", "", "699111222", ""],
            ["Eva", "Gil", "699 111 333", "17/05/1990"]]
    from tests.import_files import write_csv

    source = write_csv(tmp_path / "in.csv", rows, delimiter=";")
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", str(source), "--json", "--on-bad-value",
                 "reject", "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["rows"], dry["imported"], dry["rejected"], dry["errors_file"]) == (3, 1, 2, None)
    assert list(tmp_path.glob("*rejected*")) == []
    assert main(["--db", str(db_path), "import", str(source), "--json", "--country", "ES"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in ("rows", "imported", "updated", "skipped", "rejected")} == {
        "rows": 3, "imported": 2, "updated": 0, "skipped": 0, "rejected": 1}
    assert out["errors_file"] and out["errors_file"].endswith(".xlsx")
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    text = capsys.readouterr().out
    assert "3 rows read" in text and "skipped: 2" in text and "rejected rows were" in text
    assert main(["--db", str(db_path), "export", str(tmp_path / "out.xlsx"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["customers"] == 2
    assert main(["--db", str(db_path), "imports", "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)
    assert [b["id"] for b in batches] == [2, 1]
    assert main(["--db", str(db_path), "import-undo", "1"]) == 0
    assert "2 customers deleted" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import-undo", "1"]) == 2  # already undone


def test_cli_asks_for_the_date_order(tmp_path, capsys):
    from tests.import_files import write_csv

    source = write_csv(tmp_path / "d.csv", [["First name", "Date of birth"], ["Ana", "05/06/1990"]])
    db_path = str(tmp_path / "d.sqlite")
    assert main(["--db", db_path, "import", str(source)]) == 2
    assert "--date-order" in capsys.readouterr().err
    assert main(["--db", db_path, "import", str(source), "--date-order", "dmy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1


def test_cli_counts_say_one_row_and_one_customer(tmp_path, capsys):
    from tests.import_files import write_csv

    db_path = tmp_path / "one.sqlite"
    source = write_csv(tmp_path / "one.csv", [["First name", "Last name"], ["Ana", "Ruiz"]])
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    assert "one.csv: 1 row read" in capsys.readouterr().out
    assert main(["--db", str(db_path), "export", str(tmp_path / "out.csv")]) == 0
    assert capsys.readouterr().out.startswith("1 customer exported to ")
