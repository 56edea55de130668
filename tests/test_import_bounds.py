"""Workbooks are bounded before the spreadsheet library reads them, in every format: the cells
that count are the cells there are (wherever they claim to be), not what a header says."""

from __future__ import annotations

import struct
import zipfile

import pytest
from hostile_files import inline_cell, raw_xlsx, rows_xml, run_isolated, shared_strings_xml

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import UnreadableFile, analyse, limits
from salon_desk.services.importing.biff_bounds import XlsbWalk
from salon_desk.services.importing.xlsx_bounds import SheetScan

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

HEAD = rows_xml([["Nombre", "Apellidos"], ["Ana", "Ruiz"]])


def refusal(path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        analyse(path)
    return caught.value.args[0].source


def isolated_refusal(path) -> str:
    """analyse() in a child process capped at 1.5 GB: without the bounds these files would
    make the library ask for gigabytes (or abort the process)."""
    run = run_isolated(f"""
        from salon_desk.services.importing import analyse, UnreadableFile
        try:
            analyse({str(path)!r})
        except UnreadableFile as exc:
            print("REFUSED", exc.args[0].source)
        else:
            print("READ")
    """)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout.split("REFUSED ", 1)[1].strip() if "REFUSED" in run.stdout else "READ"


def test_a_dimension_claiming_the_whole_sheet_is_only_a_claim(tmp_path):
    path = raw_xlsx(tmp_path / "claim.xlsx", HEAD, "A1:XFD1048576")
    assert [r[:2] for r in analyse(path).rows] == [["Ana", "Ruiz"]]


def test_a_cell_addressed_below_its_row_is_counted_where_it_claims_to_be(tmp_path):
    sheet = HEAD.replace("</row>", inline_cell("K999999", "x") + "</row>", 1)
    path = raw_xlsx(tmp_path / "low.xlsx", sheet.replace("<row r=\"1\">", "<row r=\"1\">"))
    assert isolated_refusal(path) == msg.IMPORT_SHEET_TOO_BIG


def test_a_column_of_six_letters(tmp_path):  # found by the fuzzer: AAAAAA is column 321 million
    sheet = HEAD.replace("</row>", inline_cell("AAAAAA1", "x") + "</row>", 1)
    path = raw_xlsx(tmp_path / "six.xlsx", sheet + "<row><c><v>1</v></c></row>" * 3)
    assert isolated_refusal(path) == msg.IMPORT_SHEET_TOO_BIG


def test_a_prefixed_namespace_is_scanned_too(tmp_path):
    sheet = ('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nombre</x:t></x:is>'
             '</x:c></x:row><x:row r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'
             "</x:sheetData></x:worksheet>")
    path = raw_xlsx(tmp_path / "prefixed.xlsx", "")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert isolated_refusal(path) == msg.IMPORT_SHEET_TOO_BIG


def test_shared_strings_are_bounded_as_a_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SHARED_BYTES", 100_000)
    strings = ["Nombre", "Apellidos"] + [f"nota {i} " + "x" * 50 for i in range(3000)]
    cells = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    path = raw_xlsx(tmp_path / "many.xlsx", cells, "A1:B1", shared_strings_xml(strings))
    assert refusal(path) == msg.IMPORT_TOO_MUCH_TEXT


def test_an_xls_with_a_cell_at_its_last_row_and_column(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Clientes")
    for c, value in enumerate(["Nombre", "Apellidos"]):
        sheet.write(0, c, value)
        sheet.write(1, c, ["Ana", "Ruiz"][c])
    sheet.write(65535, 255, "x")  # 65,536 x 256 cells for the library
    book.save(str(tmp_path / "far.xls"))
    assert refusal(tmp_path / "far.xls") == msg.IMPORT_SHEET_TOO_BIG
    sheet2 = xlwt.Workbook()
    ws = sheet2.add_sheet("Clientes")
    ws.write(0, 0, "Nombre")
    ws.write(1, 0, "Ana")
    sheet2.save(str(tmp_path / "ok.xls"))
    assert analyse(tmp_path / "ok.xls").rows == [["Ana"]]


ODS_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
                'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def _ods(path, rows_xml_text: str):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
               '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:'
               'tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
               'xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="C">'
               + rows_xml_text + "</table:table></office:spreadsheet></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        z.writestr("content.xml", content)
    return path


def _ods_cell(text: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{times}><text:p>{text}</text:p>'
            "</table:table-cell>")


ODS_HEAD = ("<table:table-row>" + _ods_cell("Nombre") + _ods_cell("Apellidos")
            + "</table:table-row><table:table-row>" + _ods_cell("Ana") + _ods_cell("Ruiz")
            + "</table:table-row>")


def test_ods_empty_repeats_cost_nothing_and_full_ones_are_counted(tmp_path):
    trailing = ('<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    assert analyse(_ods(tmp_path / "lo.ods", ODS_HEAD + trailing)).rows == [["Ana", "Ruiz"]]
    # A cell with something in it, repeated 3,000 times on 3,000 rows: 9 million cells.
    full = ('<table:table-row table:number-rows-repeated="3000">' + _ods_cell("x", 3000)
            + "</table:table-row>")
    assert isolated_refusal(_ods(tmp_path / "full.ods", ODS_HEAD + full)) in (
        msg.IMPORT_SHEET_TOO_BIG, msg.IMPORT_TOO_MANY_CELLS)
    # Empty rows by the million, then a cell far to the right: the library counts the empty
    # rows and cells before it.
    far = (trailing + '<table:table-row><table:table-cell table:number-columns-repeated="99"/>'
           + _ods_cell("lejos") + "</table:table-row>")
    assert isolated_refusal(_ods(tmp_path / "far.ods", ODS_HEAD + far)) == (
        msg.IMPORT_SHEET_TOO_BIG)


def _record(kind: int, payload: bytes) -> bytes:
    head = bytes([kind]) if kind < 0x80 else bytes([kind & 0x7F | 0x80, kind >> 7])
    size, out = len(payload), b""
    while True:
        byte, size = size & 0x7F, size >> 7
        out += bytes([byte | (0x80 if size else 0)])
        if not size:
            return head + out + payload


def test_xlsb_records_give_the_sheet_extent(tmp_path):
    """The .xlsb walker reads row headers (record 0) and cell records (their column first),
    even when the records are cut across the chunks it is handed."""
    cells = b"".join(_record(0, struct.pack("<I", row) + b"\0" * 8)
                     + _record(7, struct.pack("<I", col) + b"\0" * 8)
                     for row, col in [(0, 0), (0, 1), (1, 0), (1048575, 16383)])
    walk = XlsbWalk("Sheet1", "book.xlsb")
    for i in range(0, len(cells), 7):
        walk.feed(cells[i:i + 7])
    assert (walk.sheet.height, walk.sheet.width, walk.sheet.cells) == (1048576, 16384, 4)
    with pytest.raises(UnreadableFile) as caught:
        walk.end()
    assert caught.value.args[0].source == msg.IMPORT_SHEET_TOO_BIG


def test_an_odd_row_without_its_address_is_walked(tmp_path):
    scan = SheetScan("S")
    scan.scan(b'<row r="1"><c r="A1"><v>1</v></c></row><row><c><v>2</v></c></row>')
    assert scan.exact_needed


def test_a_csv_wider_than_a_spreadsheet_or_with_too_many_cells(tmp_path, monkeypatch):
    path = tmp_path / "wide.csv"
    path.write_text("Nombre,Apellidos\nAna,Ruiz" + "," * 20_000 + "x\n", encoding="utf-8")
    assert refusal(path) == msg.IMPORT_TOO_MANY_COLUMNS
    monkeypatch.setattr(limits, "MAX_CELLS", 1000)
    path.write_text("Nombre,Apellidos\n" + "Ana,Ruiz\n" * 600, encoding="utf-8")
    assert refusal(path) == msg.IMPORT_TOO_MANY_CELLS


def test_a_sheet_the_workbook_does_not_list_is_scanned_too(tmp_path):
    path = raw_xlsx(tmp_path / "hidden.xlsx", HEAD)
    far = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
           "</worksheet>")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/elsewhere.xml", far)
    assert refusal(path) == msg.IMPORT_SHEET_TOO_BIG


def test_damaged_tags_do_not_make_the_scans_slow(tmp_path):
    """Found by the fuzzer: an attribute run on for 140,000 characters made a pattern try
    every position (minutes). Each of these files is dealt with at once."""
    import time

    long_attr = HEAD.replace('<row r="2">', "<row>").replace(
        '<c r="B2"', '<c r="B2"' + "x" * 140_000)
    rows_without_ends = "<table:table-row>" * 20_000
    cells_without_ends = "<table:table-row>" + '<table:table-cell office:value-type="s">' * 20_000
    cases = [raw_xlsx(tmp_path / "attr.xlsx", long_attr),
             raw_xlsx(tmp_path / "formulas.xlsx", HEAD + "<row><f>1</f>" * 20_000),
             _ods(tmp_path / "rows.ods", ODS_HEAD + rows_without_ends),
             _ods(tmp_path / "cells.ods", ODS_HEAD + cells_without_ends)]
    for path in cases:
        start = time.perf_counter()
        try:
            analyse(path)
        except UnreadableFile:
            pass
        assert time.perf_counter() - start < 10, path.name


def test_found_by_the_fuzzer(tmp_path):
    """Each of these once crashed, hung or raised: lower-case cell addresses (the library reads
    them as columns too), an .ods whose table is never closed (the library loops forever),
    and a stray quote taking in a line longer than the csv module's own limit."""
    lower = HEAD.replace('<c r="B2"', '<c r="' + "x" * 300 + 'B2"')
    assert isolated_refusal(raw_xlsx(tmp_path / "lower.xlsx", lower)) == msg.IMPORT_SHEET_TOO_BIG
    unclosed = _ods(tmp_path / "unclosed.ods", ODS_HEAD).read_bytes()
    with zipfile.ZipFile(tmp_path / "unclosed.ods") as z:
        content = z.read("content.xml").replace(b"</table:table>", b"</table:tablexx>")
    with zipfile.ZipFile(tmp_path / "unclosed.ods", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        z.writestr("content.xml", content)
    assert unclosed and isolated_refusal(tmp_path / "unclosed.ods") == (
        msg.IMPORT_NOT_SPREADSHEET)
    path = tmp_path / "long.tsv"
    path.write_text('Nombre\tApellidos\tNotas\nAna\tRuiz\t"x\n' + "y" * 200_000 + "\n",
                    encoding="utf-8")
    assert analyse(path).rows[0][:2] == ["Ana", "Ruiz"]


def test_an_xls_declaring_a_billion_rows(tmp_path):
    """Found by the fuzzer: the library sizes an .xls sheet by its DIMENSIONS record before
    reading any cell, so a file claiming a billion rows asked it for 85 GB."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Clientes")
    for r, row in enumerate([["Nombre", "Apellidos"], ["Ana", "Ruiz"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(tmp_path / "claim.xls"))
    data = bytearray((tmp_path / "claim.xls").read_bytes())
    at = data.find(b"\x00\x02\x0e\x00")  # DIMENSIONS, 14 bytes: first row, last row + 1...
    data[at + 8:at + 12] = struct.pack("<I", 0x40000003)
    (tmp_path / "claim.xls").write_bytes(bytes(data))
    assert isolated_refusal(tmp_path / "claim.xls") == msg.IMPORT_SHEET_TOO_BIG


def test_xlsb_declared_range_counts(tmp_path):
    walk = XlsbWalk("Sheet1", "book.xlsb")
    walk.feed(_record(148, struct.pack("<IIII", 0, 999_999, 0, 200)))
    assert (walk.sheet.height, walk.sheet.width) == (1_000_000, 201)


def test_an_xls_whose_declared_range_ends_before_it_starts(tmp_path):
    """Found by the fuzzer: first row 1,048,576, last row 3; the library subtracts and wraps
    around to 4 billion rows (a 343 GB allocation)."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Clientes")
    sheet.write(0, 0, "Nombre")
    sheet.write(1, 0, "Ana")
    book.save(str(tmp_path / "wrap.xls"))
    data = bytearray((tmp_path / "wrap.xls").read_bytes())
    at = data.find(b"\x00\x02\x0e\x00")
    data[at + 4:at + 8] = struct.pack("<I", 0x00100000)
    (tmp_path / "wrap.xls").write_bytes(bytes(data))
    assert isolated_refusal(tmp_path / "wrap.xls") == msg.IMPORT_SHEET_TOO_BIG
