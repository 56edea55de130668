"""The rejected-rows workbook: the file's own columns plus a "Problem" column.

The user fixes the rows in it and imports it again (the "Problem" column is ignored then).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salon_desk.paths import data_dir
from salon_desk.services.importing.mapping import FileAnalysis

PROBLEM_HEADER = "Problem"


def rejected_path(source: Path, folder: Path | None = None) -> Path:
    """Beside the imported file when that folder can be written, else in the data folder."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{source.stem} - rejected rows {stamp}.xlsx"
    for candidate in ([folder] if folder else []) + [source.parent, data_dir() / "imports"]:
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            probe = candidate / name
            probe.touch()
            probe.unlink()
            return probe
        except OSError:
            continue
    return data_dir() / name


def write_rejected(path: Path, analysis: FileAnalysis, rejected: list) -> Path:
    """``rejected``: (RowResult, reason) pairs, in file order."""
    import xlsxwriter  # here: an import with no rejected row never needs it (36 ms at start)

    sheet = next(s for s in analysis.raw.sheets if s.name == analysis.sheet_name)
    header_cells = list(sheet.rows[analysis.header_line]) if sheet.rows else []
    width = max([len(header_cells), *(len(r.raw) for r, _why in rejected)])
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False,
                                           "strings_to_urls": False})
    try:
        ws = book.add_worksheet("Rejected rows")
        bold = book.add_format({"bold": True, "bg_color": "#eeeeee"})
        date_fmt = book.add_format({"num_format": "yyyy-mm-dd"})
        datetime_fmt = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        problem_fmt = book.add_format({"font_color": "#b71c1c"})
        for col in range(width):
            value = header_cells[col] if col < len(header_cells) else None
            ws.write_string(0, col, "" if value is None else str(value), bold)
        ws.write_string(0, width, PROBLEM_HEADER, bold)
        ws.freeze_panes(1, 0)
        for n, (r, why) in enumerate(rejected, start=1):
            for col, value in enumerate(r.raw):
                if value is None or value == "":
                    continue
                if isinstance(value, bool):
                    ws.write_boolean(n, col, value)
                elif isinstance(value, int | float):
                    ws.write_number(n, col, value)
                elif isinstance(value, dt.datetime):
                    ws.write_datetime(n, col, value.replace(tzinfo=None), datetime_fmt)
                elif isinstance(value, dt.date):
                    ws.write_datetime(n, col, dt.datetime.combine(value, dt.time()), date_fmt)
                else:
                    ws.write_string(n, col, str(value))
            ws.write_string(n, width, f"Row {r.line}: {why}", problem_fmt)
        ws.set_column(width, width, 60)
    finally:
        book.close()
    return path
