"""What an import would do, before anything is written.

The preview converts every row (so the counts and problems cover the whole file) and shows the
first rows as they will be saved: the columns recognised, per-row problems, duplicates inside
the file and rows matching customers already in the database.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field

from salon_desk.models.db import Database
from salon_desk.services import error_texts as msg
from salon_desk.services.importing.mapping import FileAnalysis, target_label
from salon_desk.services.importing.matching import ImportOptions, Matcher, conventions
from salon_desk.services.importing.rows import RowConverter, RowResult
from salon_desk.services.texts import Text

SAMPLE_ROWS = 100
MAX_PROBLEMS = 2000


@dataclass
class PreviewRow:
    line: int
    values: dict
    notes_added: list[str]
    status: str  # what will happen: "New", "Matches #12 (same email)", "Rejected: ..."


@dataclass
class Preview:
    columns: list[tuple[str, str]]  # (header in the file, what it becomes)
    sheet: str
    rows: int = 0
    new: int = 0
    matching: int = 0  # rows matching a customer already in the database
    in_file_duplicates: list[tuple[int, int, str]] = field(default_factory=list)
    with_problems: int = 0  # rows with a value that cannot be understood
    rejected: int = 0  # rows that will be rejected with the chosen options
    problems: list[tuple[int, str, str, str]] = field(default_factory=list)  # line, col, val, why
    problem_count: int = 0
    sample: list[PreviewRow] = field(default_factory=list)
    date_order: str | None = None
    date_order_needed: bool = False
    example_rows: int = 0
    warnings: list[Text] = field(default_factory=list)  # about the file as a whole
    flagged: int = 0  # rows with a value guessed or cleaned, imported flagged "Check import"

    def add_problem(self, line: int, column: str, value: str, why: str) -> None:
        """Count a problem; the first MAX_PROBLEMS are kept to be listed."""
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((line, column, value, why))


def preview_import(db: Database, analysis: FileAnalysis, options: ImportOptions
                   ) -> Generator[tuple[int, int, str], None, Preview]:
    preview = Preview(
        columns=[(m.header, target_label(m.target)) for m in analysis.matches],
        sheet=analysis.sheet_name, date_order=options.date_order or analysis.date_order,
        date_order_needed=analysis.date_order_needed and not options.date_order,
        warnings=list(analysis.warnings))
    with db.session() as session:
        conv = conventions(session, analysis, options)
        matcher = Matcher(session.connection())
    converter = RowConverter(analysis.matches, conv, analysis.marks)
    first_line: dict[tuple[str, str], int] = {}
    total = len(analysis.rows)
    for i, (row, line) in enumerate(zip(analysis.rows, analysis.lines, strict=True)):
        r = converter.convert(row, line)
        preview.rows += 1
        status = _status(r, options, matcher, preview)
        for key in _keys(r):
            if key in first_line:
                preview.in_file_duplicates.append((line, first_line[key], key[0]))
                break
        for key in _keys(r):
            first_line.setdefault(key, line)
        if r.problems:
            preview.with_problems += 1
            for p in r.problems:
                preview.add_problem(line, p.column, p.value, p.message)
        if r.flags:
            preview.flagged += 1
            for p in r.flags:
                preview.add_problem(line, p.column, p.value, p.message)
        if r.fatal:
            preview.add_problem(line, "", "", r.fatal)
        if len(preview.sample) < SAMPLE_ROWS:
            preview.sample.append(PreviewRow(line, r.values, r.info_notes, status))
        if i % 1000 == 999:
            yield i + 1, total, "Checking rows…"
    return preview


def _keys(r: RowResult) -> list[tuple[str, str]]:
    v = r.values
    keys = []
    if v.get("external_id"):
        keys.append((Text(msg.WHY_SAME_EXTERNAL_ID), str(v["external_id"]).casefold()))
    if v.get("email"):
        keys.append((Text(msg.WHY_SAME_EMAIL), v["email"].lower()))
    if v.get("mobile"):
        keys.append((Text(msg.WHY_SAME_MOBILE), v["mobile"]))
    return keys


def _status(r: RowResult, options: ImportOptions, matcher: Matcher, preview: Preview) -> str:
    if r.example:
        preview.example_rows += 1
        return Text(msg.STATUS_EXAMPLE)
    if r.fatal:
        preview.rejected += 1
        return Text(msg.STATUS_REJECTED, why=r.fatal)
    if r.problems and options.on_bad_value == "reject":
        preview.rejected += 1
        return Text(msg.STATUS_REJECTED, why=Text.joined(p.describe() for p in r.problems))
    match = matcher.find(r.values) if options.on_duplicate != "new" else None
    if match:
        cid, why = match
        action = (Text(msg.ACTION_SKIPPED) if options.on_duplicate == "skip"
                  else Text(msg.ACTION_FILLED))
        if cid < 0:  # a customer an earlier row of this file creates
            return Text(msg.STATUS_SAME_AS_ROW, row=-cid, why=why, action=action)
        preview.matching += 1
        return Text(msg.STATUS_MATCHES, id=cid, why=why, action=action)
    preview.new += 1
    matcher.add(-r.line, r.values)
    return Text(msg.STATUS_NEW_KEPT if r.problems else msg.STATUS_NEW)
