"""A text longer than its column holds is refused with the same clear message on SQLite and on
PostgreSQL (which would refuse it with a database error), by the form, the import and any other
write; nothing of it is cut or lost, and the database is left as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from salon_desk.cli import main
from salon_desk.models import Badge, Customer, CustomerCategory
from salon_desk.services import error_texts as msg
from salon_desk.services import jobs, lengths
from salon_desk.services.customers.exporting import export_customers
from salon_desk.services.customers.records import CustomerData, create_customer, update_customer
from salon_desk.services.errors import ValidationError
from salon_desk.services.importing import ImportOptions, analyse, import_customers
from salon_desk.services.importing.problems import length_checks

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

POSTCODE = lengths.limits(Customer)["postcode"]
LONG_POSTCODE = "28001 Madrid, Spain (ask at the door)"  # what a file's postcode column can hold


def _count(db, model=Customer) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_limits_are_the_models_lengths():
    assert lengths.limits(Customer)["postcode"] == Customer.__table__.c.postcode.type.length
    assert "notes" not in lengths.limits(Customer)  # a Text column has no limit
    assert lengths.limits(CustomerCategory) == {"name": 80, "colour": 9}


# ------------------------------------------------------------------------------- the form
def test_the_form_refuses_a_long_postcode_naming_the_field(salon_db):
    with salon_db.transaction() as session, pytest.raises(ValidationError) as caught:
        create_customer(session, CustomerData(first_name="Ana", postcode=LONG_POSTCODE))
    assert set(caught.value.errors) == {"postcode"}
    problem = caught.value.errors["postcode"]
    assert problem.source == msg.TEXT_TOO_LONG
    assert problem.values == {"n": POSTCODE, "length": len(LONG_POSTCODE)}
    assert str(problem) == (f"Too long: at most {POSTCODE} characters fit here; this has "
                            f"{len(LONG_POSTCODE)}")
    assert _count(salon_db) == 0


def test_a_text_that_just_fits_is_kept_whole(salon_db):
    fits = {name: "ñ" * limit for name, limit in lengths.limits(Customer).items()
            if name in ("first_name", "last_name", "street", "city", "postcode", "region",
                        "referral_source", "external_id")}
    with salon_db.transaction() as session:
        cid = create_customer(session, CustomerData(**fits)).id
    with salon_db.session() as session:
        customer = session.get(Customer, cid)
        assert {name: getattr(customer, name) for name in fits} == fits


def test_editing_refuses_too_and_keeps_what_was_stored(salon_db, make_customer):
    cid = make_customer(first_name="Ana", city="Madrid")
    data = CustomerData(first_name="Ana", city="M" * 101)
    with salon_db.transaction() as session, pytest.raises(ValidationError) as caught:
        update_customer(session, cid, data)
    assert set(caught.value.errors) == {"city"}
    with salon_db.session() as session:
        assert session.get(Customer, cid).city == "Madrid"


def test_any_other_write_is_refused_the_same_way(salon_db):
    """A category's name written by any service: a ValidationError, not a database error."""
    before = _count(salon_db, CustomerCategory)
    with pytest.raises(ValidationError) as caught, salon_db.transaction() as session:
        session.add(CustomerCategory(name="x" * 81))
        session.flush()
    assert caught.value.errors["name"].values == {"n": 80, "length": 81}
    assert _count(salon_db, CustomerCategory) == before


# ----------------------------------------------------------------------------- the import
def _import(db, path, **options):
    with db.session() as session:
        analysis = analyse(path, session)
    return jobs.run(import_customers(db, analysis, ImportOptions(**options)))


def _file(tmp_path, *rows: str):
    path = tmp_path / "customers.csv"
    path.write_text("\n".join(["Nombre,Apellidos,Código postal,Ciudad", *rows]) + "\n",
                    encoding="utf-8")
    return path


def test_an_import_rejects_the_row_naming_row_and_column(salon_db, tmp_path):
    path = _file(tmp_path, "Ana,Ruiz,28001,Madrid", f'Eva,Gil,"{LONG_POSTCODE}",Madrid')
    result = _import(salon_db, path, on_bad_value="reject")
    assert (result.imported, result.rejected) == (1, 1)
    (line, why), = result.rejected_rows
    assert line == 3
    assert why.startswith(f"Código postal: '{LONG_POSTCODE}' (too long: at most {POSTCODE} ")
    assert result.errors_file is not None
    with salon_db.session() as session:
        assert session.scalars(select(Customer.first_name)).all() == ["Ana"]


def test_an_import_keeps_the_long_value_whole_in_the_notes(salon_db, tmp_path):
    path = _file(tmp_path, f'Eva,Gil,"{LONG_POSTCODE}",Madrid')
    result = _import(salon_db, path)
    assert (result.imported, result.kept_in_notes) == (1, 1)
    with salon_db.session() as session:
        eva = session.scalars(select(Customer)).one()
    assert (eva.postcode, eva.city) == (None, "Madrid")
    assert f"Código postal: '{LONG_POSTCODE}'" in eva.notes


def test_a_name_too_long_to_keep_rejects_the_row(salon_db, tmp_path):
    """A row whose only name does not fit cannot be a customer: it is rejected, saying why
    (not "no name"), whatever is done with other unreadable values."""
    path = _file(tmp_path, f'{"Ana" * 40},,28001,Madrid', "Eva,Gil,28001,Madrid")
    result = _import(salon_db, path)
    assert (result.imported, result.rejected) == (1, 1)
    (line, why), = result.rejected_rows
    assert line == 2 and why.startswith("Nombre: 'AnaAna") and "at most 100 characters" in why


def test_long_categories_and_badges_are_problems_of_their_row(salon_db, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text("Nombre,Categoría,Etiquetas\n"
                    f"Ana,{'C' * 81},VIP;{'B' * 81}\n", encoding="utf-8")
    categories = _count(salon_db, CustomerCategory)
    result = _import(salon_db, path)
    assert (result.imported, result.kept_in_notes) == (1, 1)
    with salon_db.session() as session:
        ana = session.scalars(select(Customer)).one()
        assert ana.category_id is None and "C" * 81 in ana.notes and "B" * 81 in ana.notes
        assert max(len(n) for n in session.scalars(select(Badge.name))) <= 80
    assert _count(salon_db, CustomerCategory) == categories


def test_the_check_covers_names_read_from_a_full_name_column():
    checks = {target: header for target, _n, header in length_checks(
        {"full_name": [(0, "Nombre completo")], "postcode": [(1, "CP"), (2, "Postal")]})}
    assert checks["first_name"] == checks["last_name"] == "Nombre completo"
    assert checks["postcode"] == "CP + Postal"
    assert "street" not in checks


def test_the_command_line_says_which_row_and_column(salon_db, tmp_path, capsys):
    path = _file(tmp_path, f'Eva,Gil,"{LONG_POSTCODE}",Madrid')
    capsys.readouterr()
    assert main(["--db", salon_db.address, "import", str(path), "--on-bad-value", "reject"]) == 0
    out = capsys.readouterr().out
    assert "rejected: 1" in out and "Traceback" not in out
    sheet = load_workbook(next(tmp_path.glob("*rejected*.xlsx")), read_only=True).active
    errors = " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row)
    assert "Código postal" in errors and "too long" in errors and LONG_POSTCODE in errors
    assert _count(salon_db) == 0


def test_an_old_salon_file_holding_a_long_postcode_moves_to_any_engine(salon_db, tmp_path):
    """A SQLite file written before the check may hold a postcode longer than its column: its
    export imports on either engine, the postcode kept whole in the notes."""
    from salon_desk.models.db import Database

    old = Database(tmp_path / "old.sqlite")
    with old.transaction() as session:
        session.add(Customer(first_name="Eva", last_name="Gil", customer_since=dt.date(2020, 1, 1)))
    with old.transaction() as session:  # as SQLite kept it, beneath any check of ours
        session.execute(text("UPDATE customers SET postcode = :p"), {"p": LONG_POSTCODE})
    path = tmp_path / "old.xlsx"
    jobs.run(export_customers(old, path))
    old.dispose()
    result = _import(salon_db, path)
    assert (result.imported, result.kept_in_notes) == (1, 1)
    with salon_db.session() as session:
        eva = session.scalars(select(Customer)).one()
    assert eva.postcode is None and LONG_POSTCODE in eva.notes


# ----------------------------------------------------------------------- moving to a server
def test_moving_a_file_with_a_long_text_names_it_and_copies_nothing(pg_server, tmp_path,
                                                                      capsys):
    """Before: the copy stopped at the table customers, "the server does not accept one of
    its values", without saying which."""
    from salon_desk.models.db import Database

    old = Database(tmp_path / "salon.sqlite")
    with old.transaction() as session:
        session.add(Customer(first_name="Eva", customer_since=dt.date(2020, 1, 1)))
    with old.transaction() as session:
        session.execute(text("UPDATE customers SET postcode = :p"), {"p": LONG_POSTCODE})
    old.dispose()
    url = pg_server.new_database(empty=True)
    assert main(["--db", str(tmp_path / "salon.sqlite"), "move-to", url, "--yes",
                 "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "Nothing was copied" in err and "1 text longer" in err
    assert "postcode in row 1 of the table customers" in err
    assert f"({len(LONG_POSTCODE)} characters where {POSTCODE} fit)" in err
