"""A seeded fuzzer of the import readers (used by tests/test_import_fuzz.py, in a child process
whose memory is capped).

From a handful of good files (CSV in four encodings, .xlsx written byte by byte, .ods, .xls) it
makes mutants: bytes inserted, deleted, repeated or flipped, quotes, NULs, line breaks and
invisible characters dropped in, cell addresses moved to the far corner, rows and cells
repeated by the million, formulas without results, zips cut short. Each mutant is read and its
rows converted; the only acceptable outcomes are rows, or UnreadableFile with a message from
the catalogue. Anything else is reported with the file kept for replaying.

    python tests/import_fuzz.py SEED SECONDS OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

CSV_SEEDS = [
    "Nombre,Apellidos,Email,Móvil,Fecha de nacimiento,Descuento,Notas\n"
    "Ana,Ruiz,ana@example.com,612345678,17/05/1980,10,\"Prefiere\nmañanas\"\n"
    "Eva,Gil,eva@example.com,+34 699 111 222,1975-12-03,\"5,5\",\n"
    "José,Núñez,,912345678 ext 12,05/06/1990,1.234,x\n",
    "ID;First name;Last name;Mobile;Gender;Customer since;Discount %\n"
    "1.234;Zoë;Brontë;07700 900123;F;2020-01-31;7,5\n"
    "2;Íñigo;Muñoz;6I2 345 678;M;31/01/2020;\n",
    "sep=;\nNome;Cognome;Cellulare;Data di nascita\nGiulia;Rossi;3331234567;1.5.1988\n",
    "Full name\tPhone\tEmail\n\u200bAna Ruiz\u200b\t+44 20 7946 0958\ta@b.co\n\u3164\t\t\n",
]
ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "utf-16"]
SPECIALS = [b'"', b"\x00", b"\n", b"\r", b",", b";", b"\t", "\u200b".encode(),
            "\u3164".encode(), b"\xff\xfe", b"\xe9", b"\xc3", b"=SUM(A1)", b"'", b"\x1a"]
FAR_REFS = ["XFD1048576", "A1048576", "XFD1", "ZZZ99", "AA1", "B999999999", "AAAAAA1", "A0"]


def _mutate_bytes(rng: random.Random, data: bytes, rounds: int) -> bytes:
    buf = bytearray(data)
    for _ in range(rounds):
        op = rng.randrange(9)
        at = rng.randrange(len(buf) + 1)
        if op == 8 and len(buf) > 4:  # a counter or a length turned huge (binary formats)
            at = min(at, len(buf) - 4)
            buf[at:at + rng.choice([2, 4])] = rng.choice([b"\xff\xff\xff\x7f", b"\x00\x00\x00\x40",
                                                          b"\xff\xff", b"\x03\x00\x00\x40"])[:4]
        elif op == 0:
            buf[at:at] = rng.choice(SPECIALS)
        elif op == 1 and buf:
            del buf[at:at + rng.randrange(1, 20)]
        elif op == 2 and buf:
            piece = buf[at:at + rng.randrange(1, 60)]
            buf[at:at] = piece * rng.randrange(1, 30)
        elif op == 3 and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 4:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 12)))
        elif op == 5 and buf:
            del buf[at:]
        elif op == 6:
            buf[at:at] = b"x" * rng.choice([10, 1000, 140_000])
        else:
            buf[at:at] = b"\n"
    return bytes(buf[:400_000])


def csv_case(rng: random.Random) -> tuple[str, bytes]:
    text = rng.choice(CSV_SEEDS)
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.3:  # a second source in another encoding
        data += rng.choice(CSV_SEEDS).encode(rng.choice(ENCODINGS), errors="replace")
    return rng.choice([".csv", ".txt", ".tsv", ".xls"]), _mutate_bytes(rng, data,
                                                                      rng.randrange(0, 6))


def _xlsx_sheet(rng: random.Random) -> tuple[str, str | None]:
    from hostile_files import letters, shared_strings_xml
    from xml.sax.saxutils import escape

    rows = [["Nombre", "Apellidos", "Email", "Móvil", "Fecha"],
            ["Ana", "Ruiz", "ana@example.com", "612345678", "17/05/1980"],
            ["Eva", "Gil", "", "+34 699 111 222", "05/17/1985"]]
    strings: list[str] = []
    parts = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{letters(c)}{r}"
            if rng.random() < 0.08:
                ref = rng.choice(FAR_REFS)
            attr = "" if rng.random() < 0.05 else f' r="{ref}"'
            if rng.random() < 0.08:
                cells.append(f"<c{attr}><f>CONCAT(&quot;a&quot;,&quot;b&quot;)</f></c>")
            elif rng.random() < 0.4:
                strings.append(value + ("_x0000_" if rng.random() < 0.1 else ""))
                cells.append(f'<c{attr} t="s"><v>{len(strings) - 1}</v></c>')
            else:
                cells.append(f'<c{attr} t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        row_attr = "" if rng.random() < 0.05 else f' r="{r}"'
        parts.append(f"<row{row_attr}>{''.join(cells)}</row>")
    if rng.random() < 0.1:
        parts.append("<row>" + "<c><v>1</v></c>" * rng.randrange(1, 3000) + "</row>")
    sheet = "".join(parts)
    return sheet, shared_strings_xml(strings) if strings else None


def xlsx_case(rng: random.Random, folder: Path) -> tuple[str, bytes]:
    from hostile_files import raw_xlsx

    sheet, shared = _xlsx_sheet(rng)
    if rng.random() < 0.3:
        sheet = _mutate_bytes(rng, sheet.encode(), rng.randrange(1, 4)).decode("utf-8", "replace")
    if shared is not None and rng.random() < 0.1:
        shared = shared.replace("<t>Ana</t>", "<t>" + "A" * rng.choice([100, 2_000_000]) + "</t>")
    path = raw_xlsx(folder / "seed.xlsx", sheet, rng.choice(["A1:E3", "A1:XFD1048576", "A1"]),
                    shared)
    data = path.read_bytes()
    if rng.random() < 0.15:
        data = _mutate_bytes(rng, data, rng.randrange(1, 4))
    return rng.choice([".xlsx", ".xlsx", ".csv", ".ods"]), data


ODS_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
                'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def ods_case(rng: random.Random, folder: Path) -> tuple[str, bytes]:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
               '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:'
               'tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
               'xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="C">')

    def cell(text: str) -> str:
        rep = rng.choice(["", "", "", ' table:number-columns-repeated="%d"'
                          % rng.choice([2, 300, 100_000])])
        return (f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p>'
                "</table:table-cell>")

    for values in (["Nombre", "Apellidos"], ["Ana", "Ruiz"], ["Eva", "Gil"]):
        # Repeats small enough to read quickly, or far beyond the bounds: a million rows of
        # a few cells is a fair (and slow) import, not what a fuzzer is for.
        rep = rng.choice(["", "", ' table:number-rows-repeated="%d"'
                          % rng.choice([2, 50, 3_000_000])])
        content += f"<table:table-row{rep}>" + "".join(cell(v) for v in values)
        content += "</table:table-row>"
    content += ('<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    content += "</table:table></office:spreadsheet></office:body></office:document-content>"
    if rng.random() < 0.2:
        content = _mutate_bytes(rng, content.encode(), 3).decode("utf-8", "replace")
    path = folder / "seed.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        z.writestr("content.xml", content)
    return ".ods", path.read_bytes()


def xls_case(rng: random.Random, folder: Path) -> tuple[str, bytes]:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Clientes")
    for r, row in enumerate([["Nombre", "Apellidos"], ["Ana", "Ruiz"], ["Eva", 12.5]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    if rng.random() < 0.2:
        sheet.write(rng.choice([65535, 3000]), rng.choice([255, 3]), "far")
    book.save(str(folder / "seed.xls"))
    data = (folder / "seed.xls").read_bytes()
    if rng.random() < 0.5:
        data = _mutate_bytes(rng, data, rng.randrange(1, 6))
    return ".xls", data


def check(path: Path) -> str | None:
    """None when the file was read or refused cleanly; else what went wrong."""
    from salon_desk.services import error_texts
    from salon_desk.services.importing import UnreadableFile, analyse
    from salon_desk.services.importing.rows import Conventions, RowConverter
    from salon_desk.services.texts import Text

    catalogue = {v for k, v in vars(error_texts).items() if k.isupper() and isinstance(v, str)}
    try:
        analysis = analyse(path)
        converter = RowConverter(analysis.matches, Conventions(), analysis.marks)
        for row, line in zip(analysis.rows, analysis.lines, strict=True):
            converter.convert(row, line)
    except UnreadableFile as exc:
        message = exc.args[0] if exc.args else None
        if not isinstance(message, Text) or message.source not in catalogue:
            return f"refused without a catalogue message: {exc!r}"
        return None
    except Exception:  # noqa: BLE001  exactly what the fuzzer is looking for
        return traceback.format_exc(limit=6)
    return None


def main(seed: int, seconds: float, out: Path) -> dict:
    import xlwt  # noqa: F401  loaded before the clock starts, as the readers below
    from python_calamine import CalamineWorkbook  # noqa: F401

    import salon_desk.services.importing  # noqa: F401

    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    makers = [lambda: csv_case(rng), lambda: xlsx_case(rng, out), lambda: ods_case(rng, out),
              lambda: xls_case(rng, out)]
    deadline = time.monotonic() + seconds
    cases, failures, slowest = 0, [], (0.0, "")
    while time.monotonic() < deadline:
        suffix, data = rng.choice(makers)()
        path = out / f"case{cases}{suffix}"
        path.write_bytes(data)
        start = time.monotonic()
        problem = check(path)
        took = time.monotonic() - start
        if problem:
            failures.append({"file": str(path), "problem": problem})
        elif took > slowest[0]:
            kept = out / f"slowest{suffix}"
            path.replace(kept)
            slowest = (took, str(kept))
        else:
            path.unlink()
        cases += 1
    return {"cases": cases, "failures": failures, "slowest": slowest}


if __name__ == "__main__":
    report = main(int(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3]))
    print("REPORT " + json.dumps(report))
