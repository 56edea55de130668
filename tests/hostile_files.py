"""Small hostile spreadsheet files, written byte by byte (synthetic data only).

``raw_xlsx`` writes a workbook whose sheet XML and shared strings are given as they are, so a
test can put a cell at XFD1048576, a formula without a saved result or a 3 MB shared string in
a file of a few kilobytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>{extra}</Types>')
_SST_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
             'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
             'name="Clientes" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>{extra}</Relationships>')
_SST_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')


def letters(index: int) -> str:
    name, index = "", index + 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def inline_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def rows_xml(rows: list[list[str | None]]) -> str:
    """Rows of text cells as sheet XML (inline strings)."""
    out = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(inline_cell(f"{letters(c)}{r}", v) for c, v in enumerate(row)
                        if v is not None)
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def raw_xlsx(path: Path, sheet_data: str, dimension: str = "A1",
             shared_strings: str | None = None) -> Path:
    """An .xlsx whose sheetData (and sharedStrings.xml, when given) are exactly these."""
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="{dimension}"/><sheetData>{sheet_data}</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   _CONTENT_TYPES.format(extra=_SST_TYPE if shared_strings is not None else ""))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels",
                   _WORKBOOK_RELS.format(extra=_SST_REL if shared_strings is not None else ""))
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared_strings is not None:
            z.writestr("xl/sharedStrings.xml", shared_strings)
    return path


def shared_strings_xml(strings: list[str]) -> str:
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
            f'org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
            f"{items}</sst>")


def run_isolated(code: str, memory_mb: int = 1500, timeout: float = 60.0
                 ) -> subprocess.CompletedProcess:
    """Run Python code in a child process with its address space capped, so a reader that
    tries a huge allocation fails there instead of taking the test run (or the machine) down."""
    prelude = textwrap.dedent(f"""
        import resource, sys
        limit = {memory_mb} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        sys.path.insert(0, {str(ROOT)!r})
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUST_BACKTRACE": "0"}
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=timeout, env=env, check=False)
