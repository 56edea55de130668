"""From a file on disk to a column plan: which sheet, which header row, which column is what.

Columns whose header is not recognised wait for the user: map them to a field, add them to the
notes, or ignore them. The user's choices can be saved under the file's header signature, so
the next file with the same columns needs no mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.customers.columns import COLUMNS
from salon_desk.services.importing import headers as H
from salon_desk.services.importing import limits
from salon_desk.services.importing.bulk import fewer_gc_passes
from salon_desk.services.importing.dates import detect_date_orders
from salon_desk.services.importing.raw import Mark
from salon_desk.services.importing.readers import RawFile, read_file
from salon_desk.services.importing.repairs import join_split_numbers
from salon_desk.services.importing.rows import date_values, is_blank_row
from salon_desk.services.importing.values import decimal_comma, m_means_female
from salon_desk.services.jobs import Job
from salon_desk.services.settings import Option
from salon_desk.services.texts import Text

SAVED_MAPPINGS = Option("import.saved_mappings", dict, {}, "Saved import column mappings")

# What a column can be mapped to in the mapping step, in the order offered.
TARGET_LABELS: dict[str, str] = {
    H.IGNORE: "Ignore this column",
    H.NOTES: "Add to the notes",
    H.FULL_NAME: "Full name (split into first and last name)",
    **{c.key: c.header for c in COLUMNS},
    H.EXTRA_EMAIL: "Other email",
    H.PHONE_ANY: "Phone (mobile or landline, by the number)",
    H.EXTRA_PHONE: "Other phone",
    H.GENDER_HINT: "Salutation (Mrs, Mr...)",
    H.ADDRESS_FORMATTED: "Whole address",
}


def target_label(target: str | None) -> str:
    if target is None:
        return "Not recognised"
    if target.startswith("phone_pair:"):
        _, number, part = target.split(":")
        return f"Phone {number} ({'type' if part == 'type' else 'number'})"
    return TARGET_LABELS.get(target, target)


@dataclass
class FileAnalysis:
    """A file read and understood, before any row is converted."""

    path: Path
    raw: RawFile
    sheet_name: str
    header_line: int  # 0-based index of the header row in the sheet
    headers: list[str]
    matches: list[H.ColumnMatch]
    rows: list[list[object]]  # data rows (blank rows left out), with their sheet lines
    lines: list[int]
    signature: str
    saved_mapping_used: bool = False
    date_order: str | None = None  # as detected from the values
    date_order_needed: bool = False  # every numeric date reads both ways: ask the user
    m_is_female: bool = False
    # What the reading saw: about the file (a stray quote, mixed encodings...), shown before
    # importing, and flags on single cells or rows, by line.
    warnings: list[Text] = field(default_factory=list)
    marks: dict[int, list[Mark]] = field(default_factory=dict)
    date_shapes: dict[str, str] = field(default_factory=dict)  # date order by separator
    decimal_comma: bool | None = None  # the file's decimal separator, when it shows one
    numbers_joined: int = 0  # rows where a decimal comma had split a number in two

    @property
    def unrecognised(self) -> list[H.ColumnMatch]:
        return [m for m in self.matches if m.target is None]

    def samples(self, index: int, count: int = 3) -> list[str]:
        out = []
        for row in self.rows:
            if index < len(row) and row[index] not in (None, ""):
                out.append(str(row[index]))
                if len(out) == count:
                    break
        return out


def analyse(path: Path | str, session: Session | None = None, country: str | None = None,
            sheet: str | None = None) -> FileAnalysis:
    """Read the file, find its header row and recognise its columns."""
    with fewer_gc_passes():
        return _analyse(path, session, country, sheet)


def _analyse(path: Path | str, session: Session | None, country: str | None,
             sheet: str | None) -> FileAnalysis:
    raw = read_file(path)
    chosen, header_line = _header_sheet(raw.sheets, sheet)
    header_cells = chosen.rows[header_line] if chosen.rows else []
    data, lines = _data_rows(chosen.rows, header_line)
    joined = join_split_numbers(data, list(header_cells)) if raw.delimiter == "," else []
    matches = H.recognise(list(header_cells), data[:200])
    extra = _columns_without_header(matches, list(header_cells), data, lines)
    headers = [m.header for m in matches]
    analysis = FileAnalysis(Path(path), raw, chosen.name, header_line, headers, matches, data,
                            lines, H.signature(headers))
    analysis.warnings = [*raw.warnings, *chosen.warnings]
    analysis.marks = {index + 1: marks for index, marks in chosen.marks.items()}
    analysis.numbers_joined = len(joined)
    if joined:
        rows = [lines[i] for i in joined]
        analysis.warnings.append(Text(msg.IMPORT_DECIMAL_COMMAS_JOINED, n=len(rows),
                                      rows=limits.row_list(rows)))
    if extra:
        analysis.warnings.append(Text(msg.IMPORT_EXTRA_CELLS, n=len(extra),
                                      rows=limits.row_list(extra)))
    if session is not None:
        _use_saved_mapping(session, analysis)
        country = country or settings.get(session, settings.DEFAULT_COUNTRY)
    refresh_conventions(analysis, country or "ES")
    return analysis


def _header_sheet(sheets: list, wanted: str | None) -> tuple:
    """The sheet (the one asked for, else the one whose headers are recognised best: sheet 1
    of our template) and the line of its header row."""
    candidates = [s for s in sheets if wanted is None or s.name == wanted] or sheets
    best = None
    for s in candidates:
        line, score = H.find_header_row(s.rows)
        if best is None or score > best[2]:
            best = (s, line, score)
    assert best is not None
    return best[0], best[1]


def _data_rows(rows: list[list[object]], header_line: int
               ) -> tuple[list[list[object]], list[int]]:
    """The rows under the header that hold something, and their line numbers in the sheet."""
    data, lines = [], []
    for offset, row in enumerate(rows[header_line + 1:], start=header_line + 2):
        if not is_blank_row(row):
            data.append(row)
            lines.append(offset)
    return data, lines


def _use_saved_mapping(session: Session, analysis: FileAnalysis) -> None:
    """The columns' targets the user chose before for a file with these headers."""
    saved = settings.get(session, SAVED_MAPPINGS).get(analysis.signature)
    if saved:
        apply_mapping(analysis, {m.index: saved[H.normalise(m.header)] for m in analysis.matches
                                 if H.normalise(m.header) in saved}, how="saved")
        analysis.saved_mapping_used = True


def _columns_without_header(matches: list[H.ColumnMatch], header: list[object],
                            data: list[list[object]], lines: list[int]) -> list[int]:
    """Add the columns that hold values but have no header (to the right of the last header,
    or with values only below the rows looked at first); returns the lines with such values."""
    matched = {m.index for m in matches}
    blank = {i for i in range(len(header)) if i not in matched
             and not str(header[i] or "").strip()}
    found: set[int] = set()
    for row in data:  # one pass over the cells that may be in such a column
        if len(row) > len(header) or blank:
            found.update(i for i in range(len(row)) if (i >= len(header) or i in blank)
                         and row[i] not in (None, ""))
    matches.extend(H.no_header(i) for i in sorted(found - matched))
    indexes = sorted(m.index for m in matches if m.how == H.NO_HEADER)
    if not indexes:
        return []
    matches.sort(key=lambda m: m.index)
    return [line for row, line in zip(data, lines, strict=True)
            if any(row[i] not in (None, "") for i in indexes if i < len(row))]


def refresh_conventions(analysis: FileAnalysis, country: str) -> None:
    """Date order, decimal separator and the meaning of "M" in the gender column, from the
    file's own values."""
    order, needed, shapes = detect_date_orders(date_values(analysis.matches, analysis.rows))
    analysis.date_order, analysis.date_order_needed = order, needed
    analysis.date_shapes = shapes
    numbers = [m.index for m in analysis.matches if m.target in ("discount_percent", "id")]
    comma = decimal_comma([row[i] for row in analysis.rows for i in numbers if i < len(row)])
    if comma is None and (analysis.numbers_joined or analysis.raw.delimiter == ";"):
        comma = True  # a comma that had to be joined back, or Excel's list separator for it
    analysis.decimal_comma = comma
    gender_cols = [m.index for m in analysis.matches if m.target == "gender"]
    values = [row[i] for row in analysis.rows for i in gender_cols if i < len(row)]
    analysis.m_is_female = m_means_female(values, country.upper())


def apply_mapping(analysis: FileAnalysis, choices: dict[int, str], how: str = "user") -> None:
    """Set the target of columns by index (IGNORE, NOTES or a field key)."""
    for m in analysis.matches:
        if choices.get(m.index):
            m.target = choices[m.index]
            m.how = how


def save_mapping(session: Session, analysis: FileAnalysis) -> None:
    """Remember every column's target for files with these same headers."""
    saved = dict(settings.get(session, SAVED_MAPPINGS))
    saved[analysis.signature] = {H.normalise(m.header): m.target for m in analysis.matches
                                 if m.target}
    settings.set_value(session, SAVED_MAPPINGS, saved)


def forget_mapping(session: Session, analysis: FileAnalysis) -> None:
    saved = dict(settings.get(session, SAVED_MAPPINGS))
    saved.pop(analysis.signature, None)
    settings.set_value(session, SAVED_MAPPINGS, saved)


def analyse_job(db: Database, path: Path | str, country: str | None = None
                ) -> Job[FileAnalysis]:
    """analyse with a session of its own, as a long job (services.jobs): busy until the file
    is read and its columns recognised."""
    yield 0, 0
    with db.session() as session:
        return analyse(path, session, country=country)
