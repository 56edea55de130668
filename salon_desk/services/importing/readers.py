"""Reading a spreadsheet or CSV file into rows of cells, fast.

Workbooks (.xlsx, .xlsm, .xls, .xlsb, .ods) are read with python-calamine. CSV text files are
decoded by their BOM (UTF-8, UTF-16), else as UTF-8, else as Windows-1252, and their separator
(comma, semicolon or tab) is found from the first lines.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from salon_desk.services.errors import SalonError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
SUFFIXES = WORKBOOK_SUFFIXES | TEXT_SUFFIXES


class UnreadableFile(SalonError):
    pass


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]  # blank cells are None or ""


@dataclass
class RawFile:
    path: Path
    sheets: list[Sheet]
    encoding: str | None = None  # text files only
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)


def read_file(path: Path | str) -> RawFile:
    path = Path(path)
    if not path.exists():
        raise UnreadableFile(f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return _read_workbook(path)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path)
    raise UnreadableFile(
        f"{path.name}: Salon Desk reads .xlsx, .xls, .ods and .csv files, not {suffix or 'this'}"
    )


def _read_workbook(path: Path) -> RawFile:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            if sheet.height == 0 or sheet.width == 0:
                continue
            sheets.append(Sheet(name, sheet.to_python(skip_empty_area=False)))
    except Exception as exc:  # noqa: BLE001  calamine's own errors (zip, xml, password...) share no base
        raise UnreadableFile(f"{path.name} cannot be read as a spreadsheet: {exc}") from None
    if not sheets:
        raise UnreadableFile(f"{path.name} is empty")
    return RawFile(path, sheets)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was written in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    head = data[:4000]
    if head and head.count(b"\x00") > len(head) // 4:  # UTF-16 without a BOM
        encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1
    for delimiter in (",", ";", "\t", "|"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or counts[0] < 2:
            continue
        # The separator that splits the lines into the same number of columns, most often.
        consistent = sum(1 for c in counts if c == counts[0])
        score = consistent * 1000 + counts[0]
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(path: Path) -> RawFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{path.name} cannot be read: {exc}") from None
    text, encoding = decode(data)
    notes = []
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]  # Excel's own "sep=;" line
        text = rest
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = [[cell if cell.strip() else None for cell in row]
                                for row in reader]
    if not any(any(c is not None for c in row) for row in rows):
        raise UnreadableFile(f"{path.name} is empty")
    return RawFile(path, [Sheet(path.stem, rows)], encoding, delimiter, notes)
