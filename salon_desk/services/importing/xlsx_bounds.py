"""Looking inside an .xlsx before reading it, so a hostile file is refused instead of read.

A workbook is a zip of XML parts; the spreadsheet library reads a sheet into a rectangle of
cells from A1 to the farthest cell, and every shared string into memory when it opens the
file. So a 2 KB file with one cell at XFD1048576 asks for 17 billion cells, and a 200 KB one
can unpack to a 200 MB string. Before the library sees the file, every XML part is unpacked as
a stream (never whole) and measured as it really is, not as its zip header says, and each sheet
part is scanned for:

- the farthest row and column its cells use (the ``<dimension>`` element is only a claim: the
  cells are what counts), and how many cells it holds;
- formulas saved without their result (files written by programs that do not calculate);
- NUL characters written as ``_x0000_``.

The scan runs at the speed of bytes.count and compiled regular expressions over each chunk;
only an odd file (cells without references, cells out of their rows) is walked cell by cell.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import limits
from salon_desk.services.importing.raw import UnreadableFile
from salon_desk.services.texts import Text

CHUNK = 1 << 20
_ROOT = re.compile(rb"<(\w+:)?(?:worksheet|dialogsheet|macrosheet)\b")
_ATTR = re.compile(rb'(?<![\w:])([\w:]+)\s*=\s*"([^"]{0,4000})"')
_MAX_FORMULAS = 10_000
_WINDOW = 64 * 1024  # how far a formula's cell is looked for around it
_LETTER = b"[A-Za-z]"  # a column letter: the spreadsheet library takes either case


def column_number(letters: bytes | str) -> int:
    """1 for A; lower case read as upper case, as the spreadsheet library does."""
    if len(letters) > 7:  # far beyond any sheet's last column (XFD): refused anyway
        return 26**7
    number = 0
    for ch in (letters if isinstance(letters, str) else letters.decode("ascii")).upper():
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(number: int) -> str:
    name = ""
    while number:
        number, rem = divmod(number - 1, 26)
        name = chr(65 + rem) + name
    return name


def _greater(n: int) -> bytes:
    """A pattern for the decimal numbers greater than n (without leading zeros)."""
    digits = str(n)
    alternatives = [rb"[1-9]\d{%d,}" % len(digits)]
    for i, d in enumerate(digits):
        if d != "9":
            alternatives.append(digits[:i].encode() + b"[%d-9]" % (int(d) + 1)
                                + rb"\d{%d}" % (len(digits) - i - 1))
    return b"(?:" + b"|".join(alternatives) + b")"


def _greater_letters(n: int) -> bytes:
    """A pattern for the column letters after column n (A is 1), in either case."""
    if n <= 0:
        return _LETTER + b"+"
    letters = column_letters(n)
    alternatives = [_LETTER + b"{%d,}" % (len(letters) + 1)]
    for i, ch in enumerate(letters):
        if ch != "Z":
            same = b"".join(b"[%s%s]" % (c.encode(), c.lower().encode()) for c in letters[:i])
            after = chr(ord(ch) + 1)
            alternatives.append(same + b"[%s-Z%s-z]" % (after.encode(), after.lower().encode())
                                + _LETTER + b"{%d}" % (len(letters) - i - 1))
    return b"(?:" + b"|".join(alternatives) + b")"


def _number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 15 else 10**15


@dataclass
class SheetScan:
    """What one sheet part holds, as far as reading it safely needs to know.

    The usual file (rows in order, every cell with its address first) costs two passes over
    each piece at the speed of bytes.count and a regular expression that finds nothing: the
    farthest row and column are taken from the last row and first rows, and the expression
    looks only for what lies beyond them (cells farther right or lower, cells or rows without
    an address, formulas, NUL characters). Anything odd is then walked cell by cell (walk).
    """

    name: str
    file: str = ""  # the file's name, for messages
    prefix: bytes = b""
    cells: int = 0
    max_row: int = 0  # 1-based, 0 when the sheet has no cells
    max_col: int = 0
    exact_needed: bool = False  # rows or cells placed by their order, not their address
    active: bool = True  # a sheet part (its root says so), not another XML part
    nul: bool = False
    formulas: list[tuple[int, int, str]] = field(default_factory=list)  # 0-based row, col

    def __post_init__(self) -> None:
        self._patterns(b"")

    def _patterns(self, p: bytes) -> None:
        self.prefix = p
        self._key: tuple[int, int] | None = None
        self.last_row = re.compile(rb"<" + p + rb'row\b[^>]{0,4000}?\sr="(\d+)"')
        self._formula = re.compile(rb"<" + p + rb"f[\s>/]")
        self._letters = re.compile(rb"<" + p + rb'c r="([A-Za-z]+)\d')
        self.value = re.compile(rb"<" + p + rb"v>[^<]")
        self.formula_text = re.compile(rb"<" + p + rb"f\b[^>]{0,4000}>(.*?)</" + p + rb"f>", re.S)
        self.cell_ref = re.compile(rb"<" + p + rb'c\b[^>]{0,4000}?\sr="([A-Za-z]+)(\d+)"')

    def row_end(self) -> bytes:
        return b"</" + self.prefix + b"row>"

    def first_chunk(self, chunk: bytes) -> None:
        m = _ROOT.search(chunk)
        self.active = m is not None
        if m and m.group(1):
            self._patterns(m.group(1))

    def _beyond(self) -> tuple[re.Pattern, re.Pattern]:
        """What needs a closer look, given the extent known so far: cells farther right or
        lower, cells or rows without an address first. Two expressions, each starting with
        a fixed text, so the search skips ahead at the speed of a byte scan."""
        key = (self.max_row, self.max_col)
        if key != self._key:
            self._key = key
            c, row = (b"<" + self.prefix + t for t in (b"c", b"row"))
            # (a row number written with leading zeros is odd too: walked, not matched)
            self._cells_beyond = re.compile(
                c + rb'(?:>|/>|\s(?!r=")|\sr="(?:(?P<col>' + _greater_letters(self.max_col)
                + rb")(?P<colrow>\d+)|[A-Za-z]+(?:(?P<row>" + _greater(self.max_row)
                + rb')|0)))')
            self._rows_odd = re.compile(row + rb'(?:>|/>|\s(?![^>]{0,4000}?\br="))')
        return self._cells_beyond, self._rows_odd

    def scan(self, seg: bytes) -> None:
        if not self.active:
            return
        p = b"<" + self.prefix
        self.cells += seg.count(p + b'c r="')
        last = seg.rfind(p + b"row ")
        if last >= 0 and (m := self.last_row.match(seg, last)):
            self.max_row = max(self.max_row, _number(m.group(1)))
        if not self.max_col:  # the first piece: its columns, at the speed of findall
            letters = set(self._letters.findall(seg))
            self.max_col = max(map(column_number, letters), default=0)
        cells, rows = self._beyond()
        for m in cells.finditer(seg):
            if m.group("col"):
                self.max_col = max(self.max_col, column_number(m.group("col")))
                self.max_row = max(self.max_row, _number(m.group("colrow")))
            elif m.group("row"):
                self.max_row = max(self.max_row, _number(m.group("row")))
            else:
                self.exact_needed = True
        if rows.search(seg):
            self.exact_needed = True
        if b"_x0000_" in seg:
            self.nul = True
        if self._formula.search(seg):
            self._formulas(seg)

    def _formulas(self, seg: bytes) -> None:
        p = self.prefix
        for m in self._formula.finditer(seg):
            if len(self.formulas) >= _MAX_FORMULAS:
                break
            # its cell, looked for close by (a formula's cell is short; a damaged file's
            # runs of formulas without cells must not make this quadratic)
            near = max(0, m.start() - _WINDOW)
            start = max(seg.rfind(b"<" + p + b"c ", near, m.start()),
                        seg.rfind(b"<" + p + b"c>", near, m.start()))
            end = seg.find(b"</" + p + b"c>", m.start(), m.start() + _WINDOW)
            if start < 0 or end < 0:
                continue
            cell = seg[start:end]
            ref = self.cell_ref.match(cell)
            if ref is None or self.value.search(cell):
                continue
            text = self.formula_text.search(cell)
            formula = html.unescape(text.group(1).decode("utf-8", "replace")) if text else ""
            self.formulas.append((_number(ref.group(2)) - 1, column_number(ref.group(1)) - 1,
                                  "=" + formula))

    def walk(self, seg: bytes) -> None:
        """The exact extent, cell by cell, placing unaddressed rows and cells as the
        spreadsheet library does (after the row or cell before them)."""
        p = re.escape(self.prefix)
        tags = re.findall(rb"<" + p + rb"(?:row|c)[\s>/]", seg)
        found = 0
        for m in re.finditer(rb"<" + p + rb"(row|c)\b([^>]{0,4000})>", seg):
            found += 1
            attrs = dict(_ATTR.findall(m.group(2)))
            if m.group(1) == b"row":
                ref = attrs.get(b"r", b"")
                self._row = _number(ref) if ref.isdigit() else self._row + 1
                self._col = 0
                self.max_row = max(self.max_row, self._row)
                continue
            self.walked += 1
            ref = re.fullmatch(rb"([A-Za-z]+)(\d+)", attrs.get(b"r", b""))
            if ref:
                self._col = column_number(ref.group(1))
                self.max_row = max(self.max_row, _number(ref.group(2)))
            else:
                self._col += 1
            self.max_col = max(self.max_col, self._col)
        if found != len(tags):  # a tag longer than any a spreadsheet writes
            raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=self.file)

    def start_walk(self) -> None:
        self.max_row = self.max_col = self._row = self._col = self.walked = 0

    def end_walk(self) -> None:
        self.cells = max(self.cells, self.walked)

    @property
    def width(self) -> int:
        return self.max_col

    @property
    def height(self) -> int:
        return self.max_row


@dataclass
class WorkbookScan:
    sheets: dict[str, SheetScan] = field(default_factory=dict)  # by sheet name

    @property
    def nul(self) -> bool:
        return any(s.nul for s in self.sheets.values())


def _fail(source: str, **values) -> UnreadableFile:
    return UnreadableFile(Text(source, **values))


def _small_part(z: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = z.getinfo(name)
    except KeyError:
        return b""
    if info.file_size > 16 * CHUNK:
        return b""
    with z.open(info) as f:
        return f.read(16 * CHUNK + 1)[:16 * CHUNK]


def sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> sheet name, from the workbook and its relationships."""
    rels = {}
    for tag in re.findall(rb"<(?:\w+:)?Relationship\b[^>]{0,4000}>", _small_part(
            z, "xl/_rels/workbook.xml.rels")):
        attrs = dict(_ATTR.findall(tag))
        target = html.unescape(attrs.get(b"Target", b"").decode("utf-8", "replace"))
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = str(PurePosixPath("xl") / target)
        rels[attrs.get(b"Id", b"")] = _normal(part)
    parts = {}
    for tag in re.findall(rb"<(?:\w+:)?sheet\b[^>]{0,4000}>", _small_part(z, "xl/workbook.xml")):
        attrs = dict(_ATTR.findall(tag))
        rid = next((v for k, v in attrs.items() if k.endswith(b":id")), b"")
        if rid in rels:
            parts[rels[rid]] = html.unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
    return parts


def _normal(part: str) -> str:
    out: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if out:
                out.pop()
        elif piece not in ("", "."):
            out.append(piece)
    return "/".join(out)


def scan_xlsx(z: zipfile.ZipFile, file: str) -> WorkbookScan:
    """Measure every XML part and scan every sheet; raise UnreadableFile when over a limit."""
    infos = z.infolist()
    if len(infos) > limits.MAX_PARTS:
        raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=file)
    names = sheet_parts(z)
    result = WorkbookScan()
    budget = limits.MAX_XML_BYTES
    for info in infos:
        lower = info.filename.lower()
        if info.is_dir() or not lower.endswith((".xml", ".rels", ".vml")):
            continue  # pictures and the like: the library does not read them
        # Every XML part whose root is a sheet is scanned, wherever it is and whatever the
        # workbook says of it.
        sheet = SheetScan(names.get(info.filename, PurePosixPath(info.filename).stem), file)
        feeder = Segments(sheet.row_end, sheet.scan, file, sheet.first_chunk)
        if lower.endswith("sharedstrings.xml"):
            budget -= stream_part(z, info, file, min(budget, limits.MAX_SHARED_BYTES), feeder,
                                  limit=limits.MAX_SHARED_BYTES)
        else:
            budget -= stream_part(z, info, file, budget, feeder)
        if sheet.active:
            if sheet.exact_needed:
                sheet.start_walk()
                stream_part(z, info, file, limits.MAX_XML_BYTES,
                            Segments(sheet.row_end, sheet.walk, file))
                sheet.end_walk()
            result.sheets[sheet.name] = sheet
            check_sheet(sheet, file)
    total = sum(s.height * s.width for s in result.sheets.values())
    if total > limits.MAX_CELLS:
        raise _fail(msg.IMPORT_TOO_MANY_CELLS, file=file, limit=limits.MAX_CELLS)
    return result


def check_sheet(sheet: SheetScan, file: str) -> None:
    if sheet.cells > limits.MAX_CELLS:
        raise _fail(msg.IMPORT_TOO_MANY_CELLS, file=file, limit=limits.MAX_CELLS)
    if (sheet.height * sheet.width > limits.MAX_CELLS
            or sheet.width > limits.MAX_COLUMNS or sheet.height > limits.MAX_ROWS):
        raise _fail(msg.IMPORT_SHEET_TOO_BIG, sheet=sheet.name, file=file,
                    cell=f"{column_letters(sheet.width)}{sheet.height}",
                    cells=sheet.height * sheet.width, limit=limits.MAX_CELLS)


def stream_part(z: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, budget: int,
                consumer=None, text: bool = True, limit: int | None = None) -> int:
    """Unpack one part chunk by chunk, handing each to ``consumer.feed`` (and calling
    ``consumer.end`` after the last); returns the part's real size. Raises UnreadableFile when
    the parts unpack to more than the budget or (``text``: an XML part) a text runs longer
    than a cell may hold."""
    size = 0
    since_tag = 0  # bytes since the last "<": the length of the text being read
    try:
        with z.open(info) as f:
            while chunk := f.read(CHUNK):
                size += len(chunk)
                if size > budget:
                    raise _fail(msg.IMPORT_TOO_MUCH_TEXT, file=file,
                                limit=(limit or limits.MAX_XML_BYTES) // (1024 * 1024))
                first = chunk.find(b"<") if text else 0
                since_tag += len(chunk) if first < 0 else first
                if since_tag > limits.MAX_CELL_BYTES:
                    raise _fail(msg.IMPORT_CELL_TOO_BIG, file=file, limit=limits.MAX_CELL_BYTES)
                if first >= 0:
                    since_tag = len(chunk) - chunk.rfind(b"<") - 1
                if consumer is not None:
                    consumer.feed(chunk)
            if consumer is not None:
                consumer.end()
    except UnreadableFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError) as exc:
        raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=file) from exc
    return size


class Segments:
    """Hands a stream over in pieces that end after a whole element (``end_tag``, or a function
    giving it once the first chunk is known) or, failing
    that, after a whole tag; text between tags that is cut off is dropped (nothing counted
    needs it)."""

    def __init__(self, end_tag: bytes, on_segment, file: str, first=None) -> None:
        self.end_tag, self.on_segment, self.file, self.first = end_tag, on_segment, file, first
        self.carry = b""

    def feed(self, chunk: bytes) -> None:
        if self.first is not None:
            self.first(chunk)
            self.first = None
        buf = self.carry + chunk
        end_tag = self.end_tag() if callable(self.end_tag) else self.end_tag
        cut = buf.rfind(end_tag)
        cut = cut + len(end_tag) if cut >= 0 else buf.rfind(b">") + 1
        rest = buf[cut:]
        if cut:
            self.on_segment(buf[:cut])
        lt = rest.find(b"<")
        if lt >= 0 and len(rest) - lt > 16 * CHUNK:  # a row larger than any a person keeps
            raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=self.file)
        self.carry = rest[lt:] if lt >= 0 else b""

    def end(self) -> None:
        if self.carry:
            self.on_segment(self.carry)
