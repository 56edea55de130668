"""Bulk inserts with the columns that hold one value written into the statement
(bulk.constants_inlined) store exactly what binding every value stores."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from salon_desk.services.importing.bulk import constants_inlined
from tests.import_files import write_xlsx

COLUMNS = ["t", "i", "n", "r", "b", "flag", "stamp", "mixed", "blob"]
SCHEMA = ("(t TEXT, i INTEGER, n NUMERIC, r REAL, b, flag BOOLEAN, stamp DATETIME, mixed, "
          "blob BLOB)")


def _stored(conn: sqlite3.Connection, table: str) -> list[tuple]:
    picks = ", ".join(f"typeof({c}), {c}" for c in COLUMNS)
    return conn.execute(f"SELECT {picks} FROM {table} ORDER BY rowid").fetchall()


def _insert_both_ways(rows: list[tuple]) -> tuple[list, list, str]:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE bound {SCHEMA}")
    conn.execute(f"CREATE TABLE inlined {SCHEMA}")
    conn.executemany(f"INSERT INTO bound ({', '.join(COLUMNS)}) VALUES "
                     f"({', '.join('?' for _c in COLUMNS)})", rows)
    sql, params = constants_inlined("inlined", COLUMNS, rows)
    conn.executemany(sql, params)
    return _stored(conn, "bound"), _stored(conn, "inlined"), sql


def test_constant_columns_are_stored_as_if_bound():
    constants = [
        ("O'Brien 'x'' \"y\" ; DROP TABLE bound; --", 2**62, "12.50", 7, None, True,
         "2026-12-05 07:00:00.123456", 1, b"\x00\x01"),
        ("ñ 😀 \u200b\n\ttab", -5, 3, 0, "", False, "", "1", b""),
        ("", 0, None, None, 0, 1, None, None, None),
        ("with a \x00 NUL", 1, "abc", 1.5, 2.5, 0, "x", 1.0, None),
        ("booleans in columns of every affinity", True, False, True, True, False, True, False,
         True),
    ]
    for constant in constants:
        rows = [constant] * 5
        bound, inlined, sql = _insert_both_ways(rows)
        assert inlined == bound, sql
        # ... and each row may still differ in the columns that are not the same everywhere
        varied = [tuple(f"{v}{n}" if i == 0 else v for i, v in enumerate(constant))
                  for n in range(5)]
        bound, inlined, sql = _insert_both_ways(varied)
        assert inlined == bound and sql.count("?") >= 1, sql


def test_equal_values_of_different_types_are_bound():
    """1, 1.0 and True are equal in Python but not stored alike: never written as one."""
    rows = [("a", 1, 1, 1, 1, 1, "s", value, None) for value in (1, 1.0, True, 1)]
    bound, inlined, sql = _insert_both_ways(rows)
    assert inlined == bound
    assert "?" in sql.split("VALUES")[1].split(",")[7]  # the mixed column stays bound


def test_an_import_stores_what_the_form_stores(salon_db, tmp_path, make_customer):
    """Column by column, the imported customer's stored values and their types are the ones
    of the same customer saved through the form (the ORM)."""
    made = make_customer(first_name="Ana", last_name="O'Brien", email="ana@example.com",
                         mobile="+34612345678")
    path = write_xlsx(tmp_path / "c.xlsx", [
        ["Nombre", "Apellidos", "Email", "Móvil"],
        ["Ana", "O'Brien", "ana2@example.com", "612345679"],
        ["Eva", "O'Brien", "eva@example.com", "612345670"]])
    from salon_desk.services import jobs
    from salon_desk.services.importing import ImportOptions, analyse, import_customers

    with salon_db.session() as session:
        analysis = analyse(path, session)
    jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    with salon_db.session() as session:
        names = [r[1] for r in session.execute(text("PRAGMA table_info(customers)"))]
        picks = ", ".join(f"typeof({c}), {c}" for c in names)
        form, imported, _eva = session.execute(
            text(f"SELECT {picks} FROM customers ORDER BY id")).all()
    assert made == 1
    differs = {names[i // 2] for i, (a, b) in enumerate(zip(form, imported, strict=True))
               if a != b}
    # The form dates a new customer from today; an import leaves it to the file.
    assert differs == {"id", "email", "mobile", "created_at", "updated_at", "customer_since"}
    types = dict(zip(names, form[0::2], strict=True))
    assert types.pop("customer_since") == "text"
    assert types == {n: t for n, t in zip(names, imported[0::2], strict=True)
                     if n != "customer_since"}
