"""Importing files: every format, preview, mapping, duplicates, bad values, undo, cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from salon_desk.services import jobs
from salon_desk.models import Badge, Customer, CustomerConsent, ImportBatch
from salon_desk.services.customers.records import CustomerData, update_customer
from salon_desk.services.importing import (
    DatesNeedOrder,
    ImportOptions,
    UndoRefused,
    analyse,
    apply_mapping,
    import_customers,
    preview_import,
    undo_import,
)
from salon_desk.services.importing import headers as H
from salon_desk.services.importing import run as run_module
from tests.import_files import (
    write_csv,
    write_ods,
    write_xls,
    write_xlsx,
    write_xlsxwriter,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

SPANISH = [["Nombre", "Apellidos", "Móvil", "Email", "Fecha de nacimiento", "Sexo"],
           ["José", "Núñez Peña", "612 345 678", "jose@example.com", "17/05/1980", "H"],
           ["María", "Ibáñez", "+34 699 111 222", "maria@example.com", "03/12/1975", "M"]]


def do_import(db, path, **options):
    with db.session() as session:
        analysis = analyse(path, session, country=options.get("country"))
    return jobs.run(import_customers(db, analysis, ImportOptions(**options)))


def customers(db) -> dict[str, Customer]:
    with db.session() as session:
        return {c.first_name: c for c in session.scalars(select(Customer))}


@pytest.mark.parametrize("fmt", ["xlsx", "xlsxwriter-dates", "xls", "ods", "csv-utf8",
                                 "csv-utf8-bom", "csv-utf16", "csv-cp1252-semicolon",
                                 "csv-tab", "csv-comma-cp1252"])
def test_reads_every_format(salon_db, tmp_path, fmt):
    rows = [list(r) for r in SPANISH]
    if fmt == "xlsx":
        path = write_xlsx(tmp_path / "c.xlsx", rows)
    elif fmt == "xlsxwriter-dates":
        rows[1][4], rows[2][4] = dt.date(1980, 5, 17), dt.date(1975, 12, 3)
        rows[1][2] = 612345678  # a phone typed as a number
        path = write_xlsxwriter(tmp_path / "c.xlsx", rows)
    elif fmt == "xls":
        rows[1][4], rows[2][4] = dt.date(1980, 5, 17), dt.date(1975, 12, 3)
        path = write_xls(tmp_path / "c.xls", rows)
    elif fmt == "ods":
        path = write_ods(tmp_path / "c.ods", rows)
    elif fmt == "csv-utf8":
        path = write_csv(tmp_path / "c.csv", rows)
    elif fmt == "csv-utf8-bom":
        path = write_csv(tmp_path / "c.csv", rows, bom=True)
    elif fmt == "csv-utf16":
        path = write_csv(tmp_path / "c.csv", rows, encoding="utf-16")
    elif fmt == "csv-cp1252-semicolon":
        path = write_csv(tmp_path / "c.csv", rows, encoding="cp1252", delimiter=";")
    elif fmt == "csv-tab":
        path = write_csv(tmp_path / "c.txt", rows, delimiter="\t")
    else:
        path = write_csv(tmp_path / "c.csv", rows, encoding="cp1252", delimiter=",")
    result = do_import(salon_db, path)
    assert (result.rows, result.imported, result.rejected) == (2, 2, 0)
    found = customers(salon_db)
    jose, maria = found["José"], found["María"]
    assert (jose.last_name, jose.mobile, jose.email) == ("Núñez Peña", "+34612345678",
                                                         "jose@example.com")
    assert (jose.birth_year, jose.birth_month, jose.birth_day) == (1980, 5, 17)
    assert (maria.birth_year, maria.birth_month, maria.birth_day) == (1975, 12, 3)
    assert (jose.gender, maria.gender) == ("male", "female")  # Spanish H/M
    assert maria.mobile == "+34699111222"
    assert maria.notes == ""


def test_csv_detection(tmp_path):
    from salon_desk.services.importing.readers import read_file

    path = write_csv(tmp_path / "x.csv", SPANISH, encoding="cp1252", delimiter=";")
    raw = read_file(path)
    assert (raw.encoding, raw.delimiter) == ("cp1252", ";")
    assert raw.sheets[0].rows[1][0] == "José"
    path.write_bytes(b"sep=,\r\n" + b"a;b,c\r\n1;2,3\r\n")
    raw = read_file(path)
    assert raw.delimiter == "," and raw.sheets[0].rows[0] == ["a;b", "c"]


def test_preview_shows_rows_as_saved_problems_and_duplicates(salon_db, tmp_path, make_customer):
    existing = make_customer(first_name="Old", email="maria@example.com")
    rows = SPANISH + [["Pepe", "Gil", "612345678", "", "31/31/80", "H"], ["", "", "", "", "", "M"],
                      ["Lola", "", "", "lola@example.com", "", "F"]]
    path = write_xlsx(tmp_path / "c.xlsx", [list(r) for r in rows])
    with salon_db.session() as session:
        analysis = analyse(path, session)
    preview = jobs.run(preview_import(salon_db, analysis, ImportOptions()))
    assert preview.rows == 5
    assert ("Móvil", "Mobile") in preview.columns
    first = preview.sample[0]
    assert first.values["mobile"] == "+34612345678" and first.values["birth_month"] == 5
    assert first.status == "New"
    assert preview.sample[1].status.startswith(f"Matches #{existing} (same email)")
    assert preview.matching == 1
    assert preview.sample[2].status.startswith("Same as row 2 (same mobile)")
    assert preview.in_file_duplicates == [(4, 2, "same mobile")]
    assert (4, "Fecha de nacimiento", "31/31/80", "there is no month 31") in preview.problems
    assert preview.rejected == 1  # the row without a name
    assert any("No name" in p[3] for p in preview.problems)
    with salon_db.session() as session:  # nothing written
        assert session.scalar(select(func.count()).select_from(Customer)) == 1


def test_mapping_step_and_saved_mapping(salon_db, tmp_path):
    rows = [["First name", "Peinado favorito", "Signo"], ["Ana", "Bob corto", "Leo"]]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    with salon_db.session() as session:
        analysis = analyse(path, session)
    assert [m.header for m in analysis.unrecognised] == ["Peinado favorito", "Signo"]
    apply_mapping(analysis, {1: H.NOTES, 2: H.IGNORE})
    result = jobs.run(import_customers(salon_db, analysis, ImportOptions(save_mapping=True)))
    assert result.imported == 1
    assert customers(salon_db)["Ana"].notes == "Peinado favorito: Bob corto"
    # Next time the same columns are mapped without asking (order does not matter).
    write_xlsx(tmp_path / "d.xlsx", [["Signo", "First name", "Peinado favorito"],
                                     ["Virgo", "Eva", "Melena"]])
    with salon_db.session() as session:
        again = analyse(tmp_path / "d.xlsx", session)
    assert again.saved_mapping_used and again.unrecognised == []
    assert {m.header: m.target for m in again.matches}["Signo"] == H.IGNORE
    jobs.run(import_customers(salon_db, again, ImportOptions(forget_mapping=True)))
    assert customers(salon_db)["Eva"].notes == "Peinado favorito: Melena"
    with salon_db.session() as session:  # forgotten: the next file asks again
        assert analyse(tmp_path / "d.xlsx", session).unrecognised != []


@pytest.fixture
def existing(make_customer):
    return {
        "email": make_customer(first_name="Eva", email="eva@example.com", city="Madrid"),
        "mobile": make_customer(first_name="Mar", mobile="+34600111222"),
        "external": make_customer(first_name="Rosa", external_id="OLD-7"),
    }


DUP_ROWS = [["First name", "Email", "Mobile", "External ID", "City", "Street", "Notes"],
            ["Eva", "EVA@example.com", "", "", "Sevilla", "Calle Sol 1", "likes tea"],
            ["Mar", "", "600 111 222", "", "Toledo", "", ""],
            ["Rosa", "", "", "OLD-7", "", "", ""],
            ["Nuevo", "nuevo@example.com", "", "", "", "", ""]]


def test_duplicates_skip(salon_db, tmp_path, existing):
    result = do_import(salon_db, write_xlsx(tmp_path / "d.xlsx", DUP_ROWS), on_duplicate="skip")
    assert (result.imported, result.updated, result.skipped) == (1, 0, 3)
    reasons = dict(result.skipped_rows)
    assert reasons[2] == f"same email as customer #{existing['email']}"
    assert reasons[3] == f"same mobile as customer #{existing['mobile']}"
    assert reasons[4] == f"same external ID as customer #{existing['external']}"


def test_duplicates_update_fills_empty_fields_only(salon_db, tmp_path, existing):
    result = do_import(salon_db, write_xlsx(tmp_path / "d.xlsx", DUP_ROWS),
                       on_duplicate="update")
    assert (result.imported, result.updated, result.skipped) == (1, 2, 1)  # Rosa: nothing new
    found = customers(salon_db)
    assert found["Eva"].city == "Madrid"  # not overwritten
    assert found["Eva"].street == "Calle Sol 1" and found["Eva"].notes == "likes tea"
    assert found["Mar"].city == "Toledo"
    # A filled customer's version moves on: a form opened before the import is told.
    assert (found["Eva"].version, found["Rosa"].version) == (2, 1)
    # Undo puts the filled fields back.
    with salon_db.transaction() as session:
        assert undo_import(session, result.batch_id) == (1, 2)
    found = customers(salon_db)
    assert found["Eva"].street is None and found["Eva"].notes == "" and found["Mar"].city is None
    assert found["Eva"].version == 3
    assert "Nuevo" not in found


def test_a_later_row_for_a_new_customer_fills_it(salon_db, tmp_path):
    """A second row of the file for a customer the same import creates is said to be added to
    that customer: its values really are (they were lost when the new customers were written
    before the file's later rows were looked at)."""
    rows = [["Nombre", "Apellidos", "Email", "Móvil", "Ciudad", "Sexo", "Etiquetas"],
            ["Ana", "Ruiz", "ana@example.com", "", "", "", "VIP"],
            ["Ana", "Ruiz", "ANA@example.com", "612345678", "Lugo", "blue", "Rubia"]]
    result = do_import(salon_db, write_xlsx(tmp_path / "twice.xlsx", rows),
                       on_duplicate="update")
    assert (result.imported, result.updated, result.skipped) == (1, 0, 1)
    assert result.skipped_rows == [(3, "added to the new customer of row 2")]
    ana = customers(salon_db)["Ana"]
    assert (ana.mobile, ana.city) == ("+34612345678", "Lugo")
    assert "Unreadable Sexo: 'blue'" in ana.notes  # the later row's problem kept too
    from salon_desk.services.search.lookup import search

    with salon_db.session() as session:
        assert {b.name for b in session.get(Customer, ana.id).badges} >= {"VIP", "Rubia"}
        # and indexed: found by the mobile it brought
        assert [r.first_name for r in search(session, "612345678")] == ["Ana"]


def test_duplicates_new(salon_db, tmp_path, existing):
    result = do_import(salon_db, write_xlsx(tmp_path / "d.xlsx", DUP_ROWS), on_duplicate="new")
    assert (result.imported, result.skipped) == (4, 0)
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 7


BAD_ROWS = [["First name", "Last name", "Date of birth", "Mobile", "Gender"],
            ["Ana", "Ruiz", "31/31/80", "612345678", "Female"],
            ["Bea", "Sanz", "17/05/1990", "12", "blue"],
            ["Carla", "Gil", "01/02/1985", "699111222", "F"]]


def test_bad_values_kept_in_notes_and_flagged(salon_db, tmp_path):
    result = do_import(salon_db, write_xlsx(tmp_path / "b.xlsx", BAD_ROWS), on_bad_value="keep")
    assert (result.imported, result.rejected, result.kept_in_notes) == (3, 0, 2)
    found = customers(salon_db)
    today = dt.date.today().isoformat()
    assert found["Ana"].notes == (f"[Import {today}] Unreadable Date of birth: '31/31/80' "
                                  "(there is no month 31)")
    assert found["Ana"].birth_month is None and found["Ana"].mobile == "+34612345678"
    assert "Unreadable Mobile: '12'" in found["Bea"].notes
    assert "Unreadable Gender: 'blue'" in found["Bea"].notes
    assert found["Bea"].birth_day == 17
    with salon_db.session() as session:
        flagged = {c.first_name for c in session.scalars(
            select(Customer).join(Customer.badges).where(Badge.key == "import_check"))}
    assert flagged == {"Ana", "Bea"}


GENDER_ROWS = [["First name", "Last name", "Mobile", "Gender"],
               ["Dana", "Ruiz", "612345001", "X?"],
               ["Eli", "Sanz", "612345002", "abc"],
               ["Fran", "Gil", "612345003", "X"],
               ["Gala", "Paz", "612345004", "NB"],
               ["Hugo", "Mas", "612345005", "Otro"]]


def test_an_unknown_gender_is_flagged_not_read_as_other(salon_db, tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", GENDER_ROWS)
    result = do_import(salon_db, path, on_bad_value="keep")
    assert (result.imported, result.rejected, result.kept_in_notes) == (5, 0, 2)
    found = customers(salon_db)
    assert (found["Dana"].gender, found["Eli"].gender) == ("unspecified", "unspecified")
    assert "Unreadable Gender: 'X?' (not a gender" in found["Dana"].notes
    assert "Unreadable Gender: 'abc' (not a gender" in found["Eli"].notes
    assert [found[n].gender for n in ("Fran", "Gala", "Hugo")] == ["other"] * 3
    assert found["Fran"].notes == found["Gala"].notes == found["Hugo"].notes == ""
    with salon_db.session() as session:
        flagged = {c.first_name for c in session.scalars(
            select(Customer).join(Customer.badges).where(Badge.key == "import_check"))}
    assert flagged == {"Dana", "Eli"}


def test_an_unknown_gender_rejects_the_row_when_asked(salon_db, tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", GENDER_ROWS)
    result = do_import(salon_db, path, on_bad_value="reject")
    assert (result.imported, result.rejected) == (3, 2)
    assert set(customers(salon_db)) == {"Fran", "Gala", "Hugo"}
    rows = [[c.value for c in r] for r in load_workbook(result.errors_file).active.iter_rows()]
    assert rows[1][:4] == GENDER_ROWS[1] and "Gender: 'X?'" in rows[1][4]
    assert rows[2][:4] == GENDER_ROWS[2] and "Gender: 'abc'" in rows[2][4]


def test_bad_values_rejected_into_a_workbook(salon_db, tmp_path):
    result = do_import(salon_db, write_xlsx(tmp_path / "b.xlsx", BAD_ROWS), on_bad_value="reject")
    assert (result.imported, result.rejected) == (1, 2)
    assert result.errors_file.parent == tmp_path and result.errors_file.exists()
    ws = load_workbook(result.errors_file).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == BAD_ROWS[0] + ["Problem"]
    assert rows[1][:5] == BAD_ROWS[1]
    assert rows[1][5] == "Row 2: Date of birth: '31/31/80' (there is no month 31)"
    assert rows[2][:5] == BAD_ROWS[2] and "Mobile: '12'" in rows[2][5]
    # Fixed and imported again, the "Problem" column needs no mapping.
    with salon_db.session() as session:
        again = analyse(result.errors_file, session)
    assert again.unrecognised == []
    with salon_db.session() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert (batch.rows, batch.imported, batch.rejected) == (3, 1, 2)
        assert batch.options["errors_file"] == str(result.errors_file)
        assert batch.imported_by


def _undo_after_an_edit(salon_db, tmp_path):
    """Import two customers, edit José, try to undo the import: (result, José's id, refusal)."""
    result = do_import(salon_db, write_xlsx(tmp_path / "u.xlsx", SPANISH))
    cid = customers(salon_db)["José"].id
    with salon_db.transaction() as session:
        data = CustomerData.from_customer(session.get(Customer, cid))
        data.city = "Cádiz"
        update_customer(session, cid, data)
    with pytest.raises(UndoRefused) as refused, salon_db.transaction() as session:
        undo_import(session, result.batch_id)
    return result, cid, refused.value


def test_undo_refused_after_a_change(salon_db, tmp_path):
    _result, cid, refused = _undo_after_an_edit(salon_db, tmp_path)
    assert refused.customers == [(cid, "José Núñez Peña", "edited since the import")]
    assert "José Núñez Peña" in str(refused)
    assert len(customers(salon_db)) == 2  # nothing undone


def test_undo_refusal_is_shown_in_spanish(qapp, spanish, salon_db, tmp_path):
    from salon_desk.ui.texts import message_text

    result, cid, refused = _undo_after_an_edit(salon_db, tmp_path)
    assert message_text(refused.args[0]) == (
        f"La importación {result.batch_id} no se puede deshacer: 1 de sus clientes ha cambiado "
        f"desde entonces.\n  #{cid} José Núñez Peña: editado después de la importación")


def test_undo_deletes_what_the_import_created(salon_db, tmp_path):
    result = do_import(salon_db, write_xlsx(tmp_path / "u.xlsx", SPANISH))
    with salon_db.transaction() as session:
        assert undo_import(session, result.batch_id) == (2, 0)
    assert customers(salon_db) == {}
    from salon_desk.services.search.lookup import search

    with salon_db.session() as session:
        assert search(session, "Núñez") == []
        assert session.get(ImportBatch, result.batch_id).undone_at is not None


def big_file(tmp_path, n=2500):
    rows = [["First name", "Last name", "Mobile"]]
    rows += [[f"Name{i}", "Test", f"6{i:08d}"] for i in range(n)]
    return write_csv(tmp_path / "big.csv", rows)


def test_cancel_leaves_nothing_behind(salon_db, tmp_path):
    with salon_db.session() as session:
        analysis = analyse(big_file(tmp_path), session)
    gen = import_customers(salon_db, analysis, ImportOptions())
    steps = [next(gen) for _ in range(4)]  # well into writing customers
    assert steps[-1][2] == "Saving customers…"
    gen.close()  # what the progress dialog's Cancel does
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_a_failing_row_never_half_writes(salon_db, tmp_path, monkeypatch):
    from salon_desk.services.importing import new_customers

    real = new_customers.index_new_customers

    def failing(conn, customers, digits):  # (id, first name, ...) of each customer
        customers = list(customers)
        if any(c[1] == "Name2100" for c in customers):
            raise RuntimeError("disk full")
        real(conn, customers, digits)

    monkeypatch.setattr(new_customers, "index_new_customers", failing)
    with salon_db.session() as session:
        analysis = analyse(big_file(tmp_path), session)
    with pytest.raises(RuntimeError):
        jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        assert session.scalar(select(func.count()).select_from(CustomerConsent)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_dry_run_writes_nothing(salon_db, tmp_path):
    result = do_import(salon_db, write_xlsx(tmp_path / "u.xlsx", SPANISH), dry_run=True)
    assert (result.rows, result.imported, result.dry_run) == (2, 2, True)
    assert customers(salon_db) == {}


def test_ambiguous_dates_are_asked(salon_db, tmp_path):
    rows = [["First name", "Date of birth"], ["Ana", "05/06/1990"], ["Eva", "01/02/1985"]]
    path = write_csv(tmp_path / "a.csv", rows)
    with salon_db.session() as session:
        analysis = analyse(path, session)
    assert analysis.date_order_needed
    preview = jobs.run(preview_import(salon_db, analysis, ImportOptions()))
    assert preview.date_order_needed
    with pytest.raises(DatesNeedOrder):
        jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    jobs.run(import_customers(salon_db, analysis, ImportOptions(date_order="mdy")))
    ana = customers(salon_db)["Ana"]
    assert (ana.birth_month, ana.birth_day) == (5, 6)


def test_google_contacts_file(salon_db, tmp_path):
    headers = ["Name", "Given Name", "Family Name", "Birthday", "Notes",
               "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
               "Phone 2 - Type", "Phone 2 - Value", "Organization 1 - Name"]
    rows = [headers,
            ["Ana Ruiz", "Ana", "Ruiz", "--05-17", "", "* Home",
             "ana@example.com ::: ana.work@example.com", "Mobile", "612 345 678",
             "Home", "+34 910 123 456 ::: +34 915 555 555", "Lumière"],
            ["Lola Flores Gil", "", "", "1990-12-01", "VIP", "", "", "", "699111222", "", "",
             ""]]
    result = do_import(salon_db, write_csv(tmp_path / "contacts.csv", rows))
    assert result.imported == 2
    found = customers(salon_db)
    ana = found["Ana"]
    assert (ana.birth_year, ana.birth_month, ana.birth_day) == (None, 5, 17)
    assert (ana.email, ana.mobile, ana.phone) == ("ana@example.com", "+34612345678",
                                                 "+34910123456")
    assert ana.notes.splitlines() == ["Other email: ana.work@example.com",
                                      "Other phone: +34915555555",
                                      "Organization 1 - Name: Lumière"]
    lola = found["Lola"]  # no given/family name: the full name is split
    assert (lola.last_name, lola.mobile, lola.notes) == ("Flores Gil", "+34699111222", "VIP")


def test_full_name_split_and_country_override(salon_db, tmp_path):
    rows = [["Cliente", "Teléfono"], ["García López, Ana", "07911 123456"]]
    do_import(salon_db, write_csv(tmp_path / "c.csv", rows, delimiter=";"), country="GB")
    ana = customers(salon_db)["Ana"]
    assert (ana.last_name, ana.mobile) == ("García López", "+447911123456")


def test_ids_kept_when_free(salon_db, tmp_path, make_customer):
    taken = make_customer(first_name="Existing")
    rows = [["ID", "First name"], [500, "Free"], [taken, "Clash"]]
    do_import(salon_db, write_xlsx(tmp_path / "i.xlsx", rows))
    found = customers(salon_db)
    assert found["Free"].id == 500
    assert found["Clash"].id not in (taken, 500)
    # A customer added afterwards gets a number of its own (a server's id sequence moved on).
    assert make_customer(first_name="After") == max(c.id for c in found.values()) + 1


def test_bulk_written_rows_match_what_the_orm_would_write(salon_db, tmp_path):
    from sqlalchemy import text

    from salon_desk.models.search_index import index_body, index_words, sort_name
    from salon_desk.services.search.lookup import search

    rows = [["Nombre", "Apellidos", "Móvil", "Teléfono", "Email", "Nº cliente"],
            ["Zoë", "Ñúñez", "612345678", "+44 7911 123456", "ZOE@Example.com", "C-1"],
            ["Luis", "O'Brien", "+39 333 1234567", "06 1234 5678", "", ""],
            ["Ana", "Groß", "0612345678", "", "ana@example.org", "X"]]
    do_import(salon_db, write_xlsx(tmp_path / "b.xlsx", rows), country="ES")
    with salon_db.session() as session:
        for c in session.scalars(select(Customer)):
            assert c.sort_name == sort_name(c.first_name, c.last_name)
            body = session.execute(text("SELECT body FROM customer_fts WHERE rowid = :i"),
                                   {"i": c.id}).scalar()
            words = session.execute(text("SELECT words FROM customer_words WHERE rowid = :i"),
                                    {"i": c.id}).scalar()
            assert (body, words) == (index_body(c), index_words(c))
        assert [r.first_name for r in search(session, "7911 123")] == ["Zoë"]
        assert [r.first_name for r in search(session, "nunez")] == ["Zoë"]


def test_square_and_fresha_exports(salon_db, tmp_path):
    square = [["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number",
               "Company Name", "Birthday", "Memo", "Square Customer ID", "Creation Source",
               "First Visit", "Transaction Count", "Total Spend", "Email Subscription Status"],
              ["", "Nora", "Vidal", "nora@example.com", "+34 612 000 111", "Acme", "0000-05-17",
               "VIP client", "SQ123", "Appointments", "2023-02-01", "12", "€480.00",
               "subscribed"],
              ["R-9", "Iker", "Sanz", "", "910 123 456", "", "1988-11-30", "", "SQ124",
               "Directory", "2024-06-15", "1", "€20.00", "unsubscribed"]]
    result = do_import(salon_db, write_csv(tmp_path / "square.csv", square))
    assert (result.imported, result.kept_in_notes) == (2, 0)
    found = customers(salon_db)
    nora, iker = found["Nora"], found["Iker"]
    assert (nora.mobile, nora.phone, nora.external_id) == ("+34612000111", None, "SQ123")
    assert (nora.birth_year, nora.birth_month, nora.birth_day) == (None, 5, 17)
    assert nora.notify_marketing and not iker.notify_marketing
    assert nora.customer_since == dt.date(2023, 2, 1)
    assert nora.notes.splitlines() == ["VIP client", "Company Name: Acme"]
    assert (iker.mobile, iker.phone, iker.external_id) == (None, "+34910123456", "R-9")
    assert "Square Customer ID: SQ124" in iker.notes
    fresha = [["Client ID", "First Name", "Last Name", "Full Name", "Blocked", "Block Reason",
               "Gender", "Mobile Number", "Telephone", "Email", "Accepts Marketing",
               "Accepts SMS Marketing", "Date of Birth", "Added", "Note", "Referral Source"],
              ["F-1", "Olga", "Rey", "Olga Rey", "Yes", "", "Female", "699 000 111",
               "", "olga@example.com", "true", "false", "1979-03-02", "2022-09-09",
               "Short hair", "Instagram"]]
    do_import(salon_db, write_xlsx(tmp_path / "fresha.xlsx", fresha))
    olga = customers(salon_db)["Olga"]
    assert (olga.blocked, olga.blocked_reason) == (True, "Blocked in the imported file")
    assert (olga.mobile, olga.referral_source, olga.notes) == ("+34699000111", "Instagram",
                                                               "Short hair")
    with salon_db.session() as session:
        consents = {(c.category, c.channel): c.granted for c in session.scalars(
            select(CustomerConsent).where(CustomerConsent.customer_id == olga.id))}
    assert consents == {("marketing", "email"): True, ("marketing", "sms"): False}


def _index_names(db) -> set[str]:
    from sqlalchemy import text

    sql = ("PRAGMA index_list(customers)" if db.is_sqlite else
           "SELECT 0, indexname FROM pg_indexes WHERE tablename IN "
           "('customers', 'customer_fts', 'customer_words')")  # the search tables' GIN too
    with db.session() as session:
        return {r[1] for r in session.execute(text(sql))}


def test_big_imports_rebuild_the_indexes_once(salon_db, tmp_path, monkeypatch):
    monkeypatch.setattr(run_module, "REBUILD_INDEXES_FROM", 100)
    before = _index_names(salon_db)
    assert "ix_customers_sort_name" in before
    with salon_db.session() as session:
        analysis = analyse(big_file(tmp_path), session)
    gen = import_customers(salon_db, analysis, ImportOptions())
    steps = [next(gen) for _ in range(4)]
    assert steps[-1][2] == "Saving customers…"
    gen.close()  # cancelled while the indexes were dropped: they come back with the rollback
    assert _index_names(salon_db) == before
    result = jobs.run(import_customers(salon_db, analysis, ImportOptions()))
    assert result.imported == 2500 and _index_names(salon_db) == before
    from salon_desk.services.search.lookup import search

    with salon_db.session() as session:
        assert [r.first_name for r in search(session, "Name2499")] == ["Name2499"]


def test_two_imports_at_once_give_every_customer_a_number_of_its_own(salon_db, tmp_path):
    """Two desks importing together, on two connections: the second waits for the first
    (SQLite's write lock; on a server a lock on the customers table taken before the plan),
    then plans against its customers; neither fails, no number is given twice."""
    import threading

    files = [write_csv(tmp_path / f"{name}.csv", [["First name", "Last name"]] + [
        [f"{name}{i}", "Desk"] for i in range(40)]) for name in ("Uno", "Dos")]
    with salon_db.session() as session:
        first, second = (analyse(path, session) for path in files)
    running = import_customers(salon_db, first, ImportOptions())
    while next(running)[2] != "Saving customers…":  # planned, nothing written yet
        pass
    results: dict = {}

    def other_desk():
        results["second"] = jobs.run(import_customers(salon_db, second, ImportOptions()))

    thread = threading.Thread(target=other_desk)
    thread.start()
    thread.join(1.0)  # it waits for the first
    results["first"] = jobs.run(running)
    thread.join(60)
    assert [results[k].imported for k in ("first", "second")] == [40, 40]
    found = customers(salon_db)
    assert len(found) == 80 and len({c.id for c in found.values()}) == 80
