"""Looking inside an .ods before reading it: the real extent of each sheet.

An OpenDocument sheet says "this row, 1,048,576 times" and "this cell, 16,384 times" in one
attribute each; the spreadsheet library expands them (it stops only at 100 million cells, some
gigabytes of memory). Empty repetitions at the end of a sheet or a row are how LibreOffice
writes every file and cost nothing; repetitions with something in them, or followed by a cell
that has something, are counted here, a row at a time, and a sheet beyond
limits.MAX_CELLS is refused. The parts are unpacked as streams and measured as they really are
(xlsx_bounds.stream_part).
"""

from __future__ import annotations

import re
import zipfile
from xml.parsers import expat

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import limits
from salon_desk.services.importing.raw import UnreadableFile
from salon_desk.services.importing.xlsx_bounds import (
    SheetScan,
    Segments,
    check_sheet,
    stream_part,
)
from salon_desk.services.texts import Text

_TABLE_NS = b"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ATTR_VALUE = rb'%s="(\d{1,12})"'


class _OdsScan:
    def __init__(self, file: str) -> None:
        self.file = file
        self.sheets: list[SheetScan] = []
        self._prefixes(b"table")

    def _prefixes(self, t: bytes) -> None:
        self.t = t
        self.token = re.compile(rb"<" + t + rb":table(\s[^>]{0,4000})?>|<" + t
                                + rb":table-row(\s[^>]{0,4000}?)?(/?)>")
        self.cell = re.compile(rb"<" + t + rb":(?:covered-)?table-cell(\s[^>]{0,4000}?)?(/?)>")
        self.cell_end = b"</" + t + b":table-cell>"
        self.any_row = re.compile(rb"<" + t + rb":table-row[\s/>]")
        self.any_cell = re.compile(rb"<" + t + rb":(?:covered-)?table-cell[\s/>]")
        self.row_end = b"</" + t + b":table-row>"
        self.rows_repeated = re.compile(_ATTR_VALUE % (t + b":number-rows-repeated"))
        self.cols_repeated = re.compile(_ATTR_VALUE % (t + b":number-columns-repeated"))
        self.name = re.compile(t + rb':name="([^"]*)"')

    def first(self, chunk: bytes) -> None:
        m = re.search(rb'xmlns:(\w+)="' + re.escape(_TABLE_NS) + b'"', chunk)
        if m:
            self._prefixes(m.group(1))

    def segment(self, seg: bytes) -> None:
        rows = 0
        ends = _Next(seg, self.row_end)  # a row's cells end at its end tag or the next row
        starts = _Next(seg, b"<" + self.t + b":table-row")
        for m in self.token.finditer(seg):
            if m.group(3) is None:  # a new sheet
                name = self.name.search(m.group(1) or b"")
                self.sheets.append(SheetScan(
                    name.group(1).decode("utf-8", "replace") if name else "?"))
                self._row = 0
                continue
            rows += 1
            if not self.sheets:
                continue
            repeat = self.rows_repeated.search(m.group(2) or b"")
            times = int(repeat.group(1)) if repeat else 1
            width = 0
            if not m.group(3):  # the row has cells: up to its end tag
                width = self._width(seg, m.end(), min(ends.after(m.end()),
                                                      starts.after(m.end())))
            sheet = self.sheets[-1]
            self._row += times
            if width:
                sheet.cells += width * times
                sheet.max_row = self._row
                sheet.max_col = max(sheet.max_col, width)
                check_sheet(sheet, self.file)
        if rows != len(self.any_row.findall(seg)):  # a row tag longer than any a file writes
            raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=self.file))

    def _width(self, row: bytes, start: int, end: int) -> int:
        """Columns up to the last cell with something in it, in row[start:end]."""
        position = width = cells = 0
        for m in self.cell.finditer(row, start, end):
            cells += 1
            attrs = m.group(1) or b""
            repeat = self.cols_repeated.search(attrs)
            times = int(repeat.group(1)) if repeat else 1
            position += times
            if m.group(2):  # <cell/>: empty, unless it carries a value attribute
                if b"value" in attrs:
                    width = position
                continue
            # something between the tags: a paragraph, an annotation... (only a cell closed
            # at once is empty; looked at right after its tag, never searched for)
            if b"value" in attrs or not row.startswith(self.cell_end, m.end()):
                width = position
        if cells != len(self.any_cell.findall(row, start, end)):
            raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=self.file))
        return width


class _Next:
    """Where a text next occurs after a position, for positions met in order: each search
    starts where the last one ended, so a damaged file cannot make it quadratic."""

    def __init__(self, data: bytes, text: bytes) -> None:
        self.data, self.text, self.at = data, text, -1

    def after(self, position: int) -> int:
        if self.at < position:
            found = self.data.find(self.text, position)
            self.at = found if found >= 0 else len(self.data)
        return self.at


class _WellFormed:
    """Checks that a part is well-formed XML as it streams (expat, no handlers: C speed).
    The spreadsheet library can loop without end on an .ods whose table is never closed
    (found by the fuzzer), so a damaged part is refused before it sees it."""

    def __init__(self, file: str, then=None) -> None:
        self.parser = expat.ParserCreate()
        self.file, self.then = file, then

    def feed(self, chunk: bytes) -> None:
        self._parse(chunk, False)
        if self.then is not None:
            self.then.feed(chunk)

    def end(self) -> None:
        self._parse(b"", True)
        if self.then is not None:
            self.then.end()

    def _parse(self, data: bytes, last: bool) -> None:
        try:
            self.parser.Parse(data, last)
        except expat.ExpatError:
            raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=self.file)) from None


def scan_ods(z: zipfile.ZipFile, file: str) -> None:
    infos = z.infolist()
    if len(infos) > limits.MAX_PARTS:
        raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=file))
    budget = limits.MAX_XML_BYTES
    scan = _OdsScan(file)
    for info in infos:
        if info.is_dir() or not info.filename.lower().endswith((".xml", ".rdf")):
            continue
        rows = None
        if info.filename == "content.xml":
            rows = Segments(lambda: scan.row_end, scan.segment, file, scan.first)
        budget -= stream_part(z, info, file, budget, _WellFormed(file, rows))
    total = sum(s.max_row * s.max_col for s in scan.sheets)
    if total > limits.MAX_CELLS:
        raise UnreadableFile(Text(msg.IMPORT_TOO_MANY_CELLS, file=file, limit=limits.MAX_CELLS))
