"""Hostile and odd import files: each is read cleanly, or refused with a clear message.

Every file is built here, small. Nothing a file holds vanishes: what cannot be read as it
stands is kept (in the notes) and flagged ("Check import" badge, listed in the preview).
"""

from __future__ import annotations

import codecs
import datetime as dt
import json

import pytest
from hostile_files import raw_xlsx, rows_xml, run_isolated, shared_strings_xml
from sqlalchemy import select

from salon_desk.services import jobs
from salon_desk.cli import main
from salon_desk.models import Badge, Customer, customer_badges
from salon_desk.services import error_texts as msg
from salon_desk.services.importing import (
    ImportOptions,
    UnreadableFile,
    analyse,
    import_customers,
    preview_import,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def do_import(db, path, **options):
    with db.session() as session:
        analysis = analyse(path, session, country=options.get("country"))
    return jobs.run(import_customers(db, analysis, ImportOptions(**options)))


def do_preview(db, path, **options):
    with db.session() as session:
        analysis = analyse(path, session)
    return jobs.run(preview_import(db, analysis, ImportOptions(**options)))


def saved(db) -> list[Customer]:
    with db.session() as session:
        return list(session.scalars(select(Customer).order_by(Customer.id)))


def flagged(db) -> set[str]:
    """First names of the customers carrying the "Check import" badge."""
    with db.session() as session:
        return set(session.scalars(
            select(Customer.first_name).join(customer_badges).join(Badge)
            .where(Badge.key == "import_check")))


def sources(texts) -> list[str]:
    return [getattr(t, "source", t) for t in texts]


def refusal(path) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as caught:
        analyse(path)
    return caught.value


# ------------------------------------------------------------------ a stray quote in a CSV
STRAY = ("Nombre,Apellidos,Email\n"
         "Ana,Ruiz,ana@example.com\n"
         'Eva,"Gil,eva@example.com\n'
         "Luz,Mar,luz@example.com\n"
         "Sol,Paz,sol@example.com\n")


def test_a_stray_quote_is_reported_with_its_row_everywhere(salon_db, tmp_path, capsys):
    path = tmp_path / "stray.csv"
    path.write_text(STRAY, encoding="utf-8")
    warning = next(w for w in analyse(path).warnings if w.source == msg.IMPORT_STRAY_QUOTE)
    assert warning.values["row"] == 3 and warning.values["first"] == 3
    assert warning.values["last"] == 5 and warning.values["n"] == 2
    assert "Row 3" in str(warning) and "lines 3 to 5" in str(warning)

    preview = do_preview(salon_db, path)
    assert msg.IMPORT_STRAY_QUOTE in sources(preview.warnings)
    assert any(line == 3 for line, *_ in preview.problems)

    assert main(["--db", salon_db.address, "import", str(path)]) == 0
    assert "Row 3" in capsys.readouterr().err
    assert flagged(salon_db) == {"Eva"}  # the swallowed customer is flagged, not silent
    result = do_import(salon_db, path, dry_run=True)
    assert msg.IMPORT_STRAY_QUOTE in sources(result.warnings)


def test_a_quote_never_closed_is_reported(tmp_path):
    path = tmp_path / "open.csv"
    path.write_text("Nombre,Apellidos,Notas\nAna,Ruiz,\"empieza aquí\ny sigue\n", encoding="utf-8")
    warning = next(w for w in analyse(path).warnings if w.source == msg.IMPORT_QUOTE_NOT_CLOSED)
    assert warning.values["row"] == 2 and warning.values["first"] == 2


def test_notes_over_several_lines_are_not_a_stray_quote(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('Nombre,Apellidos,Notas\nAna,Ruiz,"Prefiere mañanas\nAlergia al látex"\n'
                    "Luz,Mar,x\n", encoding="utf-8")
    analysis = analyse(path)
    assert analysis.warnings == []
    assert analysis.rows[0][2] == "Prefiere mañanas\nAlergia al látex"


# ---------------------------------------------------------------------- bounded workbooks
def test_a_huge_shared_string_in_a_tiny_xlsx_is_refused(tmp_path):
    big = "A" * 3_000_000  # compresses to a few kilobytes
    path = raw_xlsx(tmp_path / "bomb.xlsx",
                    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>',
                    "A1:B2", shared_strings_xml(["Nombre", "Notas", "Ana", big]))
    assert path.stat().st_size < 40_000
    error = refusal(path)
    assert error.args[0].source == msg.IMPORT_CELL_TOO_BIG
    assert "bomb.xlsx" in str(error)


def test_a_workbook_whose_text_is_too_big_is_refused(tmp_path, monkeypatch):
    from salon_desk.services.importing import limits

    monkeypatch.setattr(limits, "MAX_XML_BYTES", 200_000)
    rows = [["Nombre", "Apellidos"]] + [[f"Ana{i}", "Ruiz" * 10] for i in range(3000)]
    path = raw_xlsx(tmp_path / "big.xlsx", rows_xml(rows), "A1:B3001")
    assert refusal(path).args[0].source == msg.IMPORT_TOO_MUCH_TEXT


def test_a_cell_at_the_last_column_and_row_is_refused_without_reading(tmp_path):
    path = raw_xlsx(tmp_path / "far.xlsx",
                    rows_xml([["Nombre", "Apellidos"], ["Ana", "Ruiz"]])
                    + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
                      '</row>', "A1:XFD1048576")
    assert path.stat().st_size < 3000
    # In a child process with 1.5 GB at most: reading the sheet as it stands would ask for
    # 512 GB and abort the process.
    run = run_isolated(f"""
        from salon_desk.services.importing import analyse, UnreadableFile
        try:
            analyse({str(path)!r})
        except UnreadableFile as exc:
            print("REFUSED", exc.args[0].source, "|", exc)
        else:
            print("READ")
    """)
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"REFUSED {msg.IMPORT_SHEET_TOO_BIG}" in run.stdout
    assert "XFD1048576" in run.stdout and "Clientes" in run.stdout


def test_cells_out_of_order_and_without_references_are_bounded_too(tmp_path, monkeypatch):
    from salon_desk.services.importing import limits

    monkeypatch.setattr(limits, "MAX_CELLS", 5000)
    # no r= on the cells: each one is placed after the one before it
    wide = "".join(f"<c><v>{i}</v></c>" for i in range(300))
    path = raw_xlsx(tmp_path / "wide.xlsx", rows_xml([["Nombre", "Apellidos"]])
                    + f"<row>{wide}</row>" + "".join("<row><c><v>1</v></c></row>"
                                                     for _ in range(40)))
    assert refusal(path).args[0].source == msg.IMPORT_SHEET_TOO_BIG


def test_an_ordinary_xlsx_is_read_as_before(salon_db, tmp_path):
    rows = [["Nombre", "Apellidos", "Email"], ["Ana", "Ruiz", "ana@example.com"]]
    path = raw_xlsx(tmp_path / "ok.xlsx", rows_xml(rows), "A1:C2")
    result = do_import(salon_db, path)
    assert result.imported == 1 and saved(salon_db)[0].email == "ana@example.com"


def test_a_formula_without_a_saved_result_is_flagged(salon_db, tmp_path):
    path = raw_xlsx(tmp_path / "formula.xlsx",
                    rows_xml([["Nombre", "Apellidos"]])
                    + '<row r="2"><c r="A2" t="inlineStr"><is><t>Ana</t></is></c>'
                      '<c r="B2"><f>CONCATENATE("Ru","iz")</f></c></row>', "A1:B2")
    analysis = analyse(path)
    assert msg.IMPORT_FORMULAS_NO_RESULT in sources(analysis.warnings)
    preview = do_preview(salon_db, path)
    assert [(line, column) for line, column, *_ in preview.problems] == [(2, "Apellidos")]
    do_import(salon_db, path)
    ana = saved(salon_db)[0]
    assert 'CONCATENATE("Ru","iz")' in ana.notes and flagged(salon_db) == {"Ana"}


# ------------------------------------------------------------------- text files: encodings
def test_a_csv_mixing_utf8_and_windows_1252_rows(salon_db, tmp_path):
    lines = [("Nombre,Apellidos\n", "utf-8"), ("José,García\n", "utf-8"),
             ("Íñigo,Muñoz\n", "cp1252"), ("Zoë,Núñez\n", "utf-8")]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(text.encode(enc) for text, enc in lines))
    warning = next(w for w in analyse(path).warnings if w.source == msg.IMPORT_MIXED_ENCODING)
    assert warning.values["rows"] == "3"
    do_import(salon_db, path)
    assert [(c.first_name, c.last_name) for c in saved(salon_db)] == [
        ("José", "García"), ("Íñigo", "Muñoz"), ("Zoë", "Núñez")]
    assert flagged(salon_db) == {"Íñigo"}


def test_a_utf16_file_with_an_odd_byte_count(salon_db, tmp_path):
    data = codecs.BOM_UTF16_LE + "Nombre,Apellidos\r\nAna,Ruiz\r\nEva,Gil".encode("utf-16-le")
    path = tmp_path / "cut.csv"
    path.write_bytes(data + b"\x41")  # one byte too many: half a character
    analysis = analyse(path)
    assert msg.IMPORT_CUT_SHORT in sources(analysis.warnings)
    do_import(salon_db, path)
    assert [c.last_name for c in saved(salon_db)] == ["Ruiz", "Gil"]


def test_a_binary_file_named_csv_is_refused(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    error = refusal(path)
    assert error.args[0].source == msg.IMPORT_NOT_TEXT and "photo.csv" in str(error)


def test_an_xlsx_saved_under_a_csv_name_is_read_as_a_workbook(salon_db, tmp_path):
    path = raw_xlsx(tmp_path / "book.csv", rows_xml([["Nombre", "Apellidos"], ["Ana", "Ruiz"]]))
    assert do_import(salon_db, path).imported == 1


def test_nul_characters_are_never_stored(salon_db, tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Nombre,Apellidos\nAn\x00a,Ruiz\nEva,Gil\n")
    do_import(salon_db, path)
    names = [c.first_name for c in saved(salon_db)]
    assert names == ["Ana", "Eva"]
    assert all("\x00" not in (c.notes or "") for c in saved(salon_db))
    assert flagged(salon_db) == {"Ana"}


def test_a_cell_longer_than_the_csv_module_allows(salon_db, tmp_path):
    notes = "Muy larga. " * 15_000  # 165,000 characters
    path = tmp_path / "long.csv"
    path.write_text(f'Nombre,Apellidos,Notas\nAna,Ruiz,"{notes}"\n', encoding="utf-8")
    do_import(salon_db, path)
    assert saved(salon_db)[0].notes == notes.strip()


def test_a_cell_too_long_even_for_the_raised_limit_is_refused(tmp_path, monkeypatch):
    from salon_desk.services.importing import limits

    monkeypatch.setattr(limits, "MAX_CELL_CHARS", 1000)
    path = tmp_path / "open.csv"
    path.write_text("Nombre,Apellidos,Notas\nAna,Ruiz,\"x\n" + "Eva,Gil,y\n" * 200,
                    encoding="utf-8")
    error = refusal(path)
    assert error.args[0].source == msg.IMPORT_CSV_CELL_TOO_LONG
    assert error.args[0].values["row"] == 2


# ------------------------------------------------------------------------------ the rows
def test_cells_right_of_the_last_header_go_to_the_notes_flagged(salon_db, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Nombre,Apellidos\nAna,Ruiz,vino con su madre\nEva,Gil\n", encoding="utf-8")
    analysis = analyse(path)
    extra = [m for m in analysis.matches if m.index == 2]
    assert extra and extra[0].target == "notes_extra"
    do_import(salon_db, path)
    ana, eva = saved(salon_db)
    assert "vino con su madre" in ana.notes and "Column C" in ana.notes
    assert flagged(salon_db) == {"Ana"}


def test_a_headerless_column_with_values_only_far_down_is_kept(salon_db, tmp_path):
    rows = [["Nombre", "Apellidos", None]] + [[f"N{i}", "Ruiz", None] for i in range(300)]
    rows[-1][2] = "nota tardía"
    path = raw_xlsx(tmp_path / "late.xlsx", rows_xml(rows))
    do_import(salon_db, path)
    assert "nota tardía" in saved(salon_db)[-1].notes


def test_decimal_commas_split_by_the_comma_separator(salon_db, tmp_path):
    path = tmp_path / "comma.csv"
    path.write_text("Nombre,Apellidos,Descuento,Total gastado,Email\n"
                    "Ana,Ruiz,10,5,1.234,5,ana@example.com\n"
                    "Eva,Gil,5,\"2.000,75\",eva@example.com\n", encoding="utf-8")
    analysis = analyse(path)
    assert msg.IMPORT_DECIMAL_COMMAS_JOINED in sources(analysis.warnings)
    do_import(salon_db, path)
    ana, eva = saved(salon_db)
    assert ana.discount_percent == 10.5 and ana.email == "ana@example.com"
    assert eva.discount_percent == 5


def test_numbers_follow_the_file_convention(salon_db, tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text("ID;Nombre;Apellidos;Descuento\n1.234;Ana;Ruiz;7,5\n2.001;Eva;Gil;2\n",
                    encoding="utf-8")
    do_import(salon_db, path)
    assert [(c.id, c.discount_percent) for c in saved(salon_db)] == [(1234, 7.5), (2001, 2)]


def test_an_id_of_twenty_digits(salon_db, tmp_path):
    path = tmp_path / "bigid.csv"
    path.write_text("ID,Nombre,Apellidos\n12345678901234567890,Ana,Ruiz\n", encoding="utf-8")
    preview = do_preview(salon_db, path)
    assert [(column, value) for _line, column, value, _why in preview.problems] == [
        ("ID", "12345678901234567890")]
    do_import(salon_db, path)
    ana = saved(salon_db)[0]
    assert ana.id < 2**31 and "12345678901234567890" in ana.notes


def test_a_twenty_digit_external_id_typed_as_a_number_is_flagged(salon_db, tmp_path):
    from tests.import_files import write_xlsx

    path = write_xlsx(tmp_path / "ids.xlsx", [["Nombre", "Apellidos", "External ID"],
                                              ["Ana", "Ruiz", 12345678901234567890],
                                              ["Eva", "Gil", 1234567]])
    do_import(salon_db, path)
    ana, eva = saved(salon_db)
    assert ana.external_id.startswith("123456789012345")  # what the spreadsheet kept
    assert "first 15 digits" in ana.notes and flagged(salon_db) == {"Ana"}
    assert eva.external_id == "1234567"


def test_rows_of_invisible_characters_are_rejected_with_a_message(salon_db, tmp_path):
    path = tmp_path / "ghosts.csv"
    path.write_text("Nombre,Apellidos,Email\n\u200b\u200b,\u3164,ghost@example.com\n"
                    "\u200bAna\u200b,Ruiz,ana@example.com\n\u3164,\u200b,\n", encoding="utf-8")
    preview = do_preview(salon_db, path)
    reasons = {line: why for line, _c, _v, why in preview.problems}
    assert reasons[2].source == msg.IMPORT_NAME_INVISIBLE
    assert reasons[4].source == msg.IMPORT_ROW_INVISIBLE
    result = do_import(salon_db, path)
    assert result.imported == 1 and result.rejected == 2
    assert saved(salon_db)[0].first_name == "Ana"


def test_mixed_date_shapes_in_one_column(salon_db, tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("Nombre,Apellidos,Fecha de nacimiento\n"
                    "Ana,Ruiz,17.05.1990\nEva,Gil,05/17/1985\nLuz,Mar,06.05.1970\n"
                    "Sol,Paz,04/03/1980\nPia,Rey,1975-12-01\n", encoding="utf-8")
    do_import(salon_db, path)
    born = {c.first_name: dt.date(c.birth_year, c.birth_month, c.birth_day)
            for c in saved(salon_db)}
    assert born == {"Ana": dt.date(1990, 5, 17), "Eva": dt.date(1985, 5, 17),
                    "Luz": dt.date(1970, 5, 6), "Sol": dt.date(1980, 4, 3),
                    "Pia": dt.date(1975, 12, 1)}


# ------------------------------------------------------------------------------ phones
def test_a_phone_extension_is_kept(salon_db, tmp_path):
    path = tmp_path / "ext.csv"
    path.write_text("Nombre,Apellidos,Teléfono\nAna,Ruiz,912345678 ext 12\n"
                    "Eva,Gil,612345678 ext. 3\n", encoding="utf-8")
    do_import(salon_db, path)
    ana, eva = saved(salon_db)
    assert ana.phone == "+34912345678 ext. 12"
    assert (eva.phone or eva.mobile) == "+34612345678 ext. 3"


def test_a_phone_with_letters_is_flagged_not_altered(salon_db, tmp_path):
    path = tmp_path / "letters.csv"
    path.write_text("Nombre,Apellidos,Móvil\nAna,Ruiz,612345678a\nEva,Gil,6I2 345 678\n",
                    encoding="utf-8")
    do_import(salon_db, path)
    ana, eva = saved(salon_db)
    assert ana.mobile is None and "612345678a" in ana.notes
    assert eva.mobile is None and "6I2 345 678" in eva.notes
    assert flagged(salon_db) == {"Ana", "Eva"}


# -------------------------------------------------------------------------- the CLI says it
def test_cli_refuses_a_hostile_file_without_a_traceback(salon_db, tmp_path, capsys):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    assert main(["--db", salon_db.address, "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "photo.csv" in err and "Traceback" not in err


def test_cli_json_lists_the_warnings(salon_db, tmp_path, capsys):
    path = tmp_path / "stray.csv"
    path.write_text(STRAY, encoding="utf-8")
    assert main(["--db", salon_db.address, "import", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any("Row 3" in w for w in out["warnings"])


def test_cli_warns_in_the_user_language(salon_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SALON_DESK_LANG", "es")
    path = tmp_path / "stray.csv"
    path.write_text(STRAY, encoding="utf-8")
    assert main(["--db", salon_db.address, "import", str(path), "--dry-run"]) == 0
    assert "Fila 3: unas comillas" in capsys.readouterr().err
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert main(["--db", salon_db.address, "import", str(binary)]) == 2
    assert "no es un archivo de texto ni una hoja de cálculo" in capsys.readouterr().err


def test_a_long_phone_cell_is_refused_at_once(salon_db, tmp_path):
    import time

    path = tmp_path / "long.csv"
    path.write_text("Nombre,Apellidos,Teléfono\nAna,Ruiz," + "1 " * 20_000 + "x\n"
                    "Eva,Gil," + "6" * 50_000 + "\n", encoding="utf-8")
    start = time.perf_counter()
    preview = do_preview(salon_db, path)
    assert time.perf_counter() - start < 10  # it was minutes: the extension pattern
    assert [line for line, column, *_ in preview.problems] == [2, 3]
