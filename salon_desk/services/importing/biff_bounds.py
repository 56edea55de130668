"""Looking inside binary workbooks before reading them: .xls (BIFF in an OLE compound file)
and .xlsb (BIFF12 records in a zip).

The spreadsheet library reads every sheet of an .xls into a rectangle when it opens the file,
from A1 to the farthest cell; an .xls sheet can reach 65,536 x 256 cells (some 500 MB in the
library) and a workbook has many sheets, an .xlsb sheet 1,048,576 x 16,384. Here the records
are walked first: the address of every cell record gives each sheet's extent, and a sheet or
workbook beyond limits.MAX_CELLS is refused before the library sees it.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from array import array
from pathlib import Path, PurePosixPath

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import limits
from salon_desk.services.importing.raw import UnreadableFile
from salon_desk.services.importing.xlsx_bounds import SheetScan, check_sheet, stream_part
from salon_desk.services.texts import Text

_END = 0xFFFFFFFA  # sector numbers from here on mark the end of a chain or free sectors
# BIFF2 to BIFF8 cell records (row and column first) and the two that hold a run of cells.
_CELLS = {0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x00D6, 0x00FD, 0x0201, 0x0203,
          0x0204, 0x0205, 0x0206, 0x027E, 0x0406}
_RUNS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column, ..., last column
_BOF = {0x0009, 0x0209, 0x0409, 0x0809}
_BOUNDSHEET = 0x0085
_DIMENSIONS = {0x0000, 0x0200}  # the used range a sheet declares: first/last row and column
# BIFF12 (.xlsb): a row header, then cell records whose first field is the column.
_XLSB_ROW = 0
_XLSB_CELLS = set(range(1, 14)) | {62}
_XLSB_DIMENSION = 148  # BrtWsDim: first and last row, first and last column


def _fail(source: str = msg.IMPORT_NOT_SPREADSHEET, **values) -> UnreadableFile:
    return UnreadableFile(Text(source, **values))


def _u32(data: bytes, offset: int) -> int:
    return struct.unpack_from("<I", data, offset)[0]


def _sector_table(data: bytes) -> array:
    table = array("I", data[:len(data) - len(data) % 4])
    if sys.byteorder != "little":
        table.byteswap()
    return table


class _Compound:
    """An OLE compound file (as Excel 97-2003 writes): its sectors and their chains. Any number
    out of range raises UnreadableFile."""

    def __init__(self, data: bytes, file: str) -> None:
        self.data, self.file = data, file
        shift, mini_shift = struct.unpack_from("<HH", data, 30)
        if shift not in (9, 12) or mini_shift != 6:
            raise _fail(file=file)
        self.size = 1 << shift
        self.sectors = max(0, (len(data) - self.size) // self.size)
        self.fat = self._allocation_table()

    def sector(self, n: int) -> bytes:
        if n >= self.sectors:
            raise _fail(file=self.file)
        return self.data[(n + 1) * self.size:(n + 2) * self.size]

    def _allocation_table(self) -> array:
        data = self.data
        fat_ids = list(_sector_table(data[76:512]))
        next_difat, count = _u32(data, 68), _u32(data, 72)
        for _ in range(min(count, self.sectors)):
            if next_difat >= _END:
                break
            block = _sector_table(self.sector(next_difat))
            fat_ids += list(block[:-1])
            next_difat = block[-1]
        return _sector_table(b"".join(self.sector(n) for n in fat_ids[:_u32(data, 44)]
                                      if n < _END))

    def chain(self, start: int) -> list[int]:
        out = []
        while start < _END:
            if len(out) > len(self.fat) or start >= len(self.fat):
                raise _fail(file=self.file)
            out.append(start)
            start = self.fat[start]
        return out

    def stream(self, start: int) -> bytes:
        return b"".join(self.sector(n) for n in self.chain(start))

    def entries(self) -> list[tuple[str, int, int, int]]:
        """(name, kind, first sector, length) of each directory entry."""
        directory = self.stream(_u32(self.data, 48))
        entries = []
        for i in range(len(directory) // 128):
            entry = directory[i * 128:(i + 1) * 128]
            length = min(struct.unpack_from("<H", entry, 64)[0], 64)
            name = entry[:max(0, length - 2)].decode("utf-16-le", "replace")
            entries.append((name, entry[66], _u32(entry, 116), _u32(entry, 120)))
        return entries

    def mini_stream(self, start: int, length: int, root_start: int) -> bytes:
        """A small stream, kept in 64-byte pieces inside the root entry's stream."""
        mini_fat = _sector_table(self.stream(_u32(self.data, 60)))
        mini_data = self.stream(root_start)
        out, n = [], start
        while n < _END and len(out) * 64 < length:
            if n >= len(mini_fat) or len(out) > len(mini_fat):
                raise _fail(file=self.file)
            out.append(mini_data[n * 64:(n + 1) * 64])
            n = mini_fat[n]
        return b"".join(out)[:length]


def compound_stream(data: bytes, names: tuple[str, ...], file: str) -> bytes:
    """The first of the named streams of an OLE compound file (as Excel 97-2003 writes)."""
    try:
        compound = _Compound(data, file)
        entries = compound.entries()
        wanted = {n.lower() for n in names}
        found = next((e for e in entries if e[1] == 2 and e[0].lower() in wanted), None)
        if found is None or not entries:
            raise _fail(file=file)
        _name, _kind, start, length = found
        if length >= _u32(data, 56):  # a regular stream
            return compound.stream(start)[:length]
        return compound.mini_stream(start, length, entries[0][2])
    except (struct.error, IndexError, OverflowError, MemoryError):
        raise _fail(file=file) from None


def scan_xls(path: Path, file: str) -> list[SheetScan]:
    try:
        data = path.read_bytes()
    except OSError:
        raise _fail(msg.IMPORT_FILE_UNREADABLE, file=file) from None
    stream = compound_stream(data, ("Workbook", "Book"), file)
    sheets = biff_sheets(stream, file)
    _check_total(sheets, file)
    return sheets


def biff_sheets(stream: bytes, file: str) -> list[SheetScan]:
    """Each worksheet's extent, from the addresses of its cell records."""
    names: dict[int, str] = {}
    sheets: list[SheetScan] = []
    current: SheetScan | None = None
    rows = cols = cells = 0  # of the current sheet, kept in locals: this loop is the cost
    pos, end = 0, len(stream) - 8
    unpack, cell_kinds = struct.unpack_from, _CELLS
    stream += b"\0" * 8  # every record can be read as four numbers, even the last
    try:
        while pos <= end:
            kind, length, row, col = unpack("<HHHH", stream, pos)
            if kind in cell_kinds:
                if row >= rows:
                    rows = row + 1
                if col >= cols:
                    cols = col + 1
                cells += 1
            elif kind in _RUNS and length >= 6:
                last = unpack("<H", stream, pos + 2 + length)[0]
                rows, cols = max(rows, row + 1), max(cols, last + 1)
                cells += max(0, last - col + 1)
            elif kind in _BOF:
                if current is not None:
                    current.max_row, current.max_col, current.cells = rows, cols, cells
                rows = cols = cells = 0
                current = None
                if col == 0x0010:  # a worksheet (not the globals, a chart or a macro sheet)
                    current = SheetScan(names.get(pos, f"Sheet{len(sheets) + 1}"))
                    sheets.append(current)
            elif kind in _DIMENSIONS and current is not None and length >= 8:
                # The library sizes the sheet by this record before reading a cell: a claim
                # of a billion rows is an allocation of that size (found by the fuzzer).
                if length >= 14:  # BIFF8: rows as 32 bits
                    first_row, last_row = _u32(stream, pos + 4), _u32(stream, pos + 8)
                    first_col, last_col = unpack("<HH", stream, pos + 12)
                else:
                    first_row, last_row, first_col, last_col = unpack("<HHHH", stream, pos + 4)
                rows = max(rows, _span(first_row, last_row))
                cols = max(cols, _span(first_col, last_col))
            elif kind == _BOUNDSHEET and length >= 8:
                names[_u32(stream, pos + 4)] = _sheet_name(stream[pos + 10:pos + 4 + length])
            pos += 4 + length
    except struct.error:
        raise _fail(file=file) from None
    if current is not None:
        current.max_row, current.max_col, current.cells = rows, cols, cells
    for sheet in sheets:
        check_sheet(sheet, file)
    return sheets


def _span(first: int, end: int) -> int:
    """How far a declared range reaches; one ending before it starts is read by the library
    with an arithmetic that wraps around (billions of rows), so it counts as that."""
    return end if end >= first else 2**32


def _sheet_name(field: bytes) -> str:
    if len(field) < 2:
        return "?"
    count, flags = field[0], field[1]
    if flags & 1:
        return field[2:2 + 2 * count].decode("utf-16-le", "replace")
    return field[2:2 + count].decode("latin-1")


def _check_total(sheets: list[SheetScan], file: str) -> None:
    if sum(s.height * s.width for s in sheets) > limits.MAX_CELLS:
        raise _fail(msg.IMPORT_TOO_MANY_CELLS, file=file, limit=limits.MAX_CELLS)


# ----------------------------------------------------------------------------------- xlsb
class XlsbWalk:
    """Walks the BIFF12 records of one .xlsb sheet part as it is unpacked."""

    def __init__(self, name: str, file: str, is_sheet: bool = True) -> None:
        self.sheet = SheetScan(name)
        self.is_sheet = is_sheet
        self.file = file
        self.buf = b""
        self.row = 0

    def feed(self, chunk: bytes) -> None:
        data = self.buf + chunk
        pos, size, sheet = 0, len(data), self.sheet
        while True:
            start = pos
            if pos + 2 > size:
                break
            kind = data[pos] & 0x7F
            if data[pos] & 0x80:
                kind |= (data[pos + 1] & 0x7F) << 7
                pos += 1
            pos += 1
            length, shift = 0, 0
            for _ in range(4):
                if pos >= size:
                    break
                byte = data[pos]
                pos += 1
                length |= (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    break
            else:
                pos = size + 1
            if length > 2 * limits.MAX_CELL_BYTES + 64:  # a string no sheet cell can hold
                raise _fail(msg.IMPORT_CELL_TOO_BIG, file=self.file, limit=limits.MAX_CELL_BYTES)
            if pos > size or pos + length > size:
                pos = start
                break
            if not self.is_sheet:
                pass
            elif kind == _XLSB_ROW and length >= 4:
                self.row = _u32(data, pos)
                sheet.max_row = max(sheet.max_row, self.row + 1)
            elif kind in _XLSB_CELLS and length >= 4:
                sheet.cells += 1
                sheet.max_col = max(sheet.max_col, _u32(data, pos) + 1)
            elif kind == _XLSB_DIMENSION and length >= 16:  # the range the sheet declares
                first_row, last_row, first_col, last_col = struct.unpack_from("<IIII", data, pos)
                sheet.max_row = max(sheet.max_row, _span(first_row, last_row + 1))
                sheet.max_col = max(sheet.max_col, _span(first_col, last_col + 1))
            pos += length
        self.buf = data[pos:]
        if len(self.buf) > 4 * 1024 * 1024:  # a record larger than a sheet ever writes
            raise _fail(file=self.file)

    def end(self) -> None:
        if self.is_sheet:
            check_sheet(self.sheet, self.file)


def scan_xlsb(z: zipfile.ZipFile, file: str) -> list[SheetScan]:
    infos = z.infolist()
    if len(infos) > limits.MAX_PARTS:
        raise _fail(file=file)
    budget, sheets = limits.MAX_XML_BYTES, []
    for info in infos:
        lower = info.filename.lower()
        if info.is_dir() or not lower.endswith((".xml", ".rels", ".bin")):
            continue
        if "printersettings" in lower or "vbaproject" in lower or "/media/" in lower:
            continue  # not read by the spreadsheet library
        walk = None
        is_sheet = lower.startswith("xl/worksheets/") and lower.endswith(".bin")
        if is_sheet or lower == "xl/sharedstrings.bin":
            walk = XlsbWalk(PurePosixPath(info.filename).stem, file, is_sheet)
            if is_sheet:
                sheets.append(walk.sheet)
        budget -= stream_part(z, info, file, budget, walk, text=not lower.endswith(".bin"))
    _check_total(sheets, file)
    return sheets
