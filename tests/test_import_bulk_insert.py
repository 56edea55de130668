"""Bulk inserts with the columns that hold one value written into the statement
(bulk.constants_inlined) store exactly what binding every value stores."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from salon_desk.models import Customer
from salon_desk.services.importing.bulk import constants_inlined
from tests.import_files import write_xlsx

pytestmark = pytest.mark.any_engine  # the imports: SQLite and PostgreSQL (tests/conftest.py)

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
    sql, params = constants_inlined("inlined", COLUMNS, len(rows),
                                    [list(column) for column in zip(*rows, strict=True)])
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
    sqlite = salon_db.is_sqlite
    typeof = "typeof" if sqlite else "pg_typeof"  # a server: the column's type, as a check
    names = list(Customer.__table__.c.keys())
    with salon_db.session() as session:
        picks = ", ".join(f"{typeof}({c})::text, {c}" if not sqlite else f"typeof({c}), {c}"
                          for c in names)
        form, imported, _eva = session.execute(
            text(f"SELECT {picks} FROM customers ORDER BY id")).all()
    assert made == 1
    differs = {names[i // 2] for i, (a, b) in enumerate(zip(form, imported, strict=True))
               if a != b}
    # The form dates a new customer from today; an import leaves it to the file.
    assert differs == {"id", "email", "mobile", "created_at", "updated_at", "customer_since"}
    types = dict(zip(names, form[0::2], strict=True))
    assert types.pop("customer_since") == ("text" if sqlite else "date")
    assert types == {n: t for n, t in zip(names, imported[0::2], strict=True)
                     if n != "customer_since"}


def _row_dict(cid, r, names, now, day) -> dict:
    """A new customer's row as the import built it one dict per row (the reference)."""
    from salon_desk.services.importing import new_customers
    from salon_desk.services.importing.bulk import quick_sort_name
    from salon_desk.text.fold import fold

    v = r.values
    row = new_customers._DEFAULTS.copy()
    for name, value in v.items():
        if name in new_customers._COLUMNS:
            row[name] = value
    notes = [row["notes"]] if row["notes"] else []
    notes += r.info_notes + new_customers.problem_lines(r, day)
    row["notes"] = "\n".join(notes)
    if category := v.get("category"):
        row["category_id"] = names["categories"][fold(category)]
    row.update(id=cid, sort_name=quick_sort_name(row["first_name"], row["last_name"]),
               created_at=now, updated_at=now, last_visit_at=None, balance_cents=0,
               merged_into_id=None)
    return row


def test_new_customers_columns_hold_each_rows_values(tmp_path):
    """The columns the import writes (new_customers._customer_columns) are, row by row, the
    rows a dict per customer gave: file values, defaults, notes with what was kept, category,
    sort name."""
    import datetime as dt
    import random

    from salon_desk.models import Customer
    from salon_desk.services.importing import analyse
    from salon_desk.services.importing import new_customers
    from salon_desk.services.importing.rows import Conventions, RowConverter
    from salon_desk.text.fold import fold
    from tests.import_files import write_xlsxwriter
    from tests.test_import_by_column import HEADERS, _salon_rows

    rng = random.Random(3)
    rows = [[*HEADERS, "Categoría"]] + [
        [*row, rng.choice(["Oro", "", "Plata", " oro "])] for row in _salon_rows(rng, 300)]
    analysis = analyse(write_xlsxwriter(tmp_path / "c.xlsx", rows))
    converter = RowConverter(analysis.matches, Conventions(date_order="dmy"), analysis.marks)
    converted = converter.convert_many(analysis.rows, analysis.lines)
    chunk = [(1000 + i, r) for i, r in enumerate(converted) if not r.fatal]
    names = {"categories": {fold("Oro"): 1, fold("Plata"): 2}}
    now, day = dt.datetime(2026, 12, 5, 7, 0), "2026-12-05"
    columns = new_customers._customer_columns(chunk, names, now, day)
    expected = [_row_dict(cid, r, names, now, day) for cid, r in chunk]
    for name in Customer.__table__.c.keys():
        assert new_customers._each(columns[name], len(chunk)) == [row[name] for row in expected], name
    assert sum("Unreadable" in row["notes"] for row in expected) > 50
    assert {row["category_id"] for row in expected} == {None, 1, 2}


def _variants(db) -> set[tuple[str, str]]:
    with db.session() as session:
        return set(session.execute(text("SELECT variant, word FROM search_variants")).all())


def test_close_match_words_of_an_import_are_the_ones_a_rebuild_gives(salon_db, tmp_path,
                                                                     make_customer):
    """The words the import adds for its new customers (in memory, without reading them back)
    are those a full rebuild of the vocabulary finds; customers given a number from the file
    below the newest one's get theirs too."""
    from salon_desk.models import search_words
    from salon_desk.services import jobs
    from salon_desk.services.importing import ImportOptions, analyse, import_customers

    for n in range(1, 31):
        make_customer(first_name=f"Old{n}", last_name="Vieja")
    with salon_db.transaction() as session:  # numbers 5 and 6 become free
        for table in ("customers", "customer_fts", "customer_words"):
            key = "id" if table == "customers" else "rowid"
            session.execute(text(f"DELETE FROM {table} WHERE {key} IN (5, 6)"))
    rows = [["ID", "Nombre", "Apellidos", "Email"],
            [5, "Zuriñe", "Ibarrola Goñi", "zuri@example.com"],
            [6, "Groß", "Müller-Lüdenscheidt", "gross@example.com"],
            ["", "Ana María", "de la Fuente", "anamaria@example.com"],
            ["", "Ezequiel", "O'Donnell", "EZEQUIEL.LONGLOCALPART@example.com"]]
    with salon_db.session() as session:
        analysis = analyse(write_xlsx(tmp_path / "c.xlsx", rows), session)
    result = jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    assert result.imported == 4
    imported = _variants(salon_db)
    with salon_db.session() as session:  # nothing left for the catch-up at the commit
        assert search_words._watermark(session.connection()) == 32
    assert {("zurine", "zurine"), ("ibarrola", "ibarrola"), ("muller", "muller"),
            ("fuente", "fuente"), ("zuri", "zuri")} <= imported
    with salon_db.transaction() as session:
        search_words.rebuild(session.connection())
    assert _variants(salon_db) == imported
