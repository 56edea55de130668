"""Reading a CSV file (or another delimited text file) into rows, and saying what looks wrong.

Encoding: by its BOM (UTF-8, UTF-16), as UTF-16 when every other byte is NUL, else UTF-8; a
file that is not all UTF-8 is read as Windows-1252, unless it also holds UTF-8 accented letters:
then it was put together from two sources, and each line is read as UTF-8 where it can be and
as Windows-1252 where not (those rows are flagged). The separator (comma, semicolon, tab or bar)
is the one that splits the first lines into the same number of columns.

Reported, never silent: a value running over several lines of the file while those lines look
like rows of their own (a stray quote), a quote never closed, NUL characters (removed), a file
cut in the middle of a character. Binary data is refused; so is a value longer than
limits.MAX_CELL_CHARS (far above the csv module's own 131,072).
"""

from __future__ import annotations

import bisect
import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import limits
from salon_desk.services.importing.raw import RawFile, Sheet, UnreadableFile
from salon_desk.services.texts import Text

_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\x1f\x8b",
                 b"7z\xbc\xaf", b"Rar!", b"MZ\x90\x00", b"\x00\x00\x01\x00", b"RIFF", b"OggS",
                 b"ID3", b"\x00asm", b"\xca\xfe\xba\xbe")
# Characters text never holds (tab, line breaks, form feed and the old end-of-file mark aside);
# U+FFFD stands for bytes that could not be decoded at all.
_CONTROL = re.compile("[\x01-\x08\x0e-\x19\x1b-\x1f\x7f\ufffd]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as io.StringIO(newline="") splits lines
_FALLBACK = "salon_desk.cp1252"


def _cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read as Windows-1252 (its five unused bytes as Latin-1)."""
    bad = error.object[error.start:error.end]
    try:
        return bad.decode("cp1252"), error.end
    except UnicodeDecodeError:
        return bad.decode("latin-1"), error.end


codecs.register_error(_FALLBACK, _cp1252)


class _Decoded:
    def __init__(self, text: str, encoding: str, guessed: list[int] | None = None,
                 cut_short: bool = False) -> None:
        self.text, self.encoding = text, encoding
        self.guessed = guessed or []  # lines (1-based) read as Windows-1252 in a mixed file
        self.cut_short = cut_short


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec of a file written in it, by its BOM or by its NUL bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4000]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> _Decoded:
    if data.startswith(codecs.BOM_UTF8):
        decoded = _decode(data[3:])
        if decoded.encoding == "utf-8":
            decoded.encoding = "utf-8-sig"
        return decoded
    utf16 = _utf16(data)
    if utf16:
        cut = len(data) % 2 == 1
        return _Decoded(data[:len(data) - cut].decode(utf16, errors="replace"), utf16,
                        cut_short=cut)
    try:
        return _Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.start >= len(data) - 3:
            try:  # a UTF-8 file cut in the middle of its last character
                return _Decoded(data[:exc.start].decode("utf-8"), "utf-8", cut_short=True)
            except UnicodeDecodeError:
                pass
    if _UTF8_MULTIBYTE.search(data):
        return _mixed(data)
    return _Decoded(data.decode("cp1252", errors="replace"), "cp1252")


def _mixed(data: bytes) -> _Decoded:
    """Each line as UTF-8 when it is, else as Windows-1252 (byte by byte where not UTF-8)."""
    pieces = re.split(rb"(\r\n|\r|\n)", data)
    guessed = []
    for i in range(0, len(pieces), 2):
        try:
            pieces[i] = pieces[i].decode("utf-8")
        except UnicodeDecodeError:
            pieces[i] = pieces[i].decode("utf-8", errors=_FALLBACK)
            guessed.append(i // 2 + 1)
        if i + 1 < len(pieces):
            pieces[i + 1] = pieces[i + 1].decode("ascii")
    return _Decoded("".join(pieces), "utf-8+cp1252", guessed)


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text[:65536].splitlines()[:20] if line.strip()]
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


def looks_binary(data: bytes) -> bool:
    return data.startswith(_BINARY_MAGIC)


def read_text(path: Path, data: bytes) -> RawFile:
    # The csv module's limit on a value (131,072 characters, process-wide) is ours while the
    # file is read, in every csv.reader here.
    previous = csv.field_size_limit(limits.MAX_CELL_CHARS)
    try:
        return _read_text(path, data)
    finally:
        csv.field_size_limit(previous)


def _read_text(path: Path, data: bytes) -> RawFile:
    name = path.name
    if looks_binary(data):
        raise UnreadableFile(Text(msg.IMPORT_NOT_TEXT, file=name))
    decoded = _decode(data)
    text = decoded.text
    sample = text[:65536]
    if sample and (len(_CONTROL.findall(sample)) > len(sample) * 0.02
                   or sample.count("\x00") > len(sample) * 0.1):
        raise UnreadableFile(Text(msg.IMPORT_NOT_TEXT, file=name))
    nul_lines = _lines_of(text, "\x00") if "\x00" in text else []
    if nul_lines:
        text = text.replace("\x00", "")
    offset = 0  # lines of the file before the first row (Excel's "sep=;" line)
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]
        text, offset = rest, 1
    else:
        delimiter = sniff_delimiter(text)
    rows, ends = _parse(text, delimiter, name, offset)
    if not any(any(c is not None for c in row) for row in rows):
        raise UnreadableFile(Text(msg.IMPORT_EMPTY, file=name))
    sheet = Sheet(path.stem, rows)
    raw = RawFile(path, [sheet], decoded.encoding, delimiter)
    _check_spans(sheet, ends, text, delimiter, offset, raw.warnings)
    if decoded.guessed:
        flagged = _mark_lines(sheet, ends, [n - offset for n in decoded.guessed],
                              msg.FLAG_ENCODING_GUESSED)
        if flagged:
            raw.warnings.append(Text(msg.IMPORT_MIXED_ENCODING, n=len(flagged),
                                     rows=limits.row_list(flagged)))
    if nul_lines:
        flagged = _mark_lines(sheet, ends, [n - offset for n in nul_lines], msg.FLAG_NUL_REMOVED)
        raw.warnings.append(Text(msg.IMPORT_NUL_REMOVED, n=len(flagged),
                                 rows=limits.row_list(flagged)))
    if decoded.cut_short:
        raw.warnings.append(Text(msg.IMPORT_CUT_SHORT))
    return raw


def _parse(text: str, delimiter: str, name: str, offset: int
           ) -> tuple[list[list[object]], list[int]]:
    """The rows, and the line of the file each one ends on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    ends: list[int] = []
    cells, widest = 0, limits.MAX_COLUMNS
    try:
        for row in reader:
            rows.append([cell if cell.strip() else None for cell in row])
            ends.append(reader.line_num)
            cells += len(row)
            if len(row) > widest:
                raise UnreadableFile(Text(msg.IMPORT_TOO_MANY_COLUMNS, row=len(rows),
                                          file=name, columns=len(row), limit=widest))
            if cells > limits.MAX_CELLS:
                raise UnreadableFile(Text(msg.IMPORT_TOO_MANY_CELLS, file=name,
                                          limit=limits.MAX_CELLS))
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise UnreadableFile(Text(
                msg.IMPORT_CSV_CELL_TOO_LONG, file=name, row=len(rows) + 1,
                line=(ends[-1] if ends else 0) + 1 + offset, limit=limits.MAX_CELL_CHARS)
            ) from None
        raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=name)) from None
    return rows, ends


def _lines_of(text: str, char: str) -> list[int]:
    """The lines (1-based, as the csv reader counts them) holding ``char``."""
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    lines, at = [], text.find(char)
    while at >= 0:
        line = bisect.bisect_right(starts, at)
        if not lines or lines[-1] != line:
            lines.append(line)
        at = text.find(char, at + 1)
    return lines


def _mark_lines(sheet: Sheet, ends: list[int], lines: list[int], message: str) -> list[int]:
    """Flag the rows these lines belong to; returns their row numbers."""
    rows: list[int] = []
    for line in lines:
        index = bisect.bisect_left(ends, line)
        if index < len(sheet.rows) and (not rows or rows[-1] != index + 1):
            if any(c is not None for c in sheet.rows[index]):
                sheet.mark(index, None, "", Text(message))
                rows.append(index + 1)
    return rows


def _check_spans(sheet: Sheet, ends: list[int], text: str, delimiter: str, offset: int,
                 warnings: list[Text]) -> None:
    """Rows that run over several lines of the file: fine for notes written on several lines,
    wrong when the lines taken in look like rows of their own (a quote opened by mistake)."""
    multi = [i for i in range(len(ends)) if ends[i] - (ends[i - 1] if i else 0) > 1]
    if not multi:
        return
    lines = io.StringIO(text, newline="").readlines()
    width = _usual_width(sheet.rows)
    for i in multi:
        start = (ends[i - 1] if i else 0) + 1  # first line of the row, 1-based
        end = ends[i]
        inner = lines[start:end]  # the lines after the row's first one
        like_rows = sum(1 for line in inner if width >= 3 and len(
            next(csv.reader([line], delimiter=delimiter), [])) == width)
        never_closed = (i == len(ends) - 1 and end >= len(lines)
                        and "".join(lines[start - 1:]).count('"') % 2 == 1)
        if not like_rows and not never_closed:
            continue
        column, value = _multiline_cell(sheet.rows[i])
        first, last = start + offset, end + offset
        sheet.mark(i, column, value, Text(msg.FLAG_STRAY_QUOTE, first=first, last=last))
        if like_rows:
            warnings.append(Text(msg.IMPORT_STRAY_QUOTE, row=i + 1, first=first, last=last,
                                 n=like_rows))
        else:
            warnings.append(Text(msg.IMPORT_QUOTE_NOT_CLOSED, row=i + 1, first=first, last=last))


def _usual_width(rows: list[list[object]]) -> int:
    """The most common number of cells of the rows that hold something."""
    widths = Counter(len(row) for row in rows if any(c is not None for c in row))
    return widths.most_common(1)[0][0] if widths else 0


def _multiline_cell(row: list[object]) -> tuple[int | None, str]:
    """The first cell written on several lines, and its text on one line (80 characters)."""
    column = next((c for c, cell in enumerate(row)
                   if isinstance(cell, str) and ("\n" in cell or "\r" in cell)), None)
    value = " ".join(str(row[column]).split())[:80] if column is not None else ""
    return column, value
