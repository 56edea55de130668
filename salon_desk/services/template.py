"""The downloadable import template: every field of the customer form, with instructions.

Sheet "Customers" has the headers (the same as the export), one synthetic example row (the
importer skips it if it is left in), and drop-down lists on the gender, status and yes/no
columns. Sheet "Instructions" explains each column.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from salon_desk.services.customers.columns import COLUMNS
from salon_desk.services.files import check_target, written_whole

MAX_ROWS = 20000  # rows covered by the drop-down lists
LISTS = {
    "gender": ["Female", "Male", "Other", "Unspecified"],
    "bool": ["Yes", "No"],
    "consent": ["Yes", "No"],
    "status": ["Active", "Inactive"],
}
_HEADER_FILL = PatternFill("solid", fgColor="F3E5F5")
_EXAMPLE_FONT = Font(italic=True, color="7B1FA2")

INTRO = [
    "How to fill in this template",
    "",
    ("One customer per row on the Customers sheet. Keep the header row; columns may be left "
     "empty, removed or put in any order."),
    "A first name or a last name is required; everything else is optional.",
    "Row 2 is an example: you may leave it, the import skips it.",
    ("Phone numbers: with the country code (+34 612 345 678) or as written in the salon's "
     "country."),
    ("Dates: YYYY-MM-DD is safest; 17/05/1990 and 05/17/1990 are understood too (the import "
     "asks which when it cannot tell). A birthday without the year: --05-17."),
    "Yes/No columns also accept Sí/No, true/false, 1/0 and X.",
    "Categories and badges that do not exist yet are created.",
    ("Values that cannot be understood are never lost: they are kept in the customer's notes, "
     "or the row is rejected with the reason, as you choose when importing."),
    "",
]


def _set_text(cell, value) -> None:
    cell.value = value
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        cell.data_type = "s"  # text, never a formula
        cell.quotePrefix = True


def build_template(path: Path | str) -> Path:
    path = check_target(path)
    book = Workbook()
    ws = book.active
    ws.title = "Customers"
    for col, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(1, col, column.header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        example = ws.cell(2, col)
        if column.example not in (None, ""):
            _set_text(example, column.example)
            example.font = _EXAMPLE_FONT
        ws.column_dimensions[get_column_letter(col)].width = max(12, len(column.header) + 3)
        if column.help:
            from openpyxl.comments import Comment

            cell.comment = Comment(column.help, "Salon Desk")
    ws.freeze_panes = "C2"
    for kind, choices in LISTS.items():
        cols = [i for i, c in enumerate(COLUMNS, start=1) if c.kind == kind]
        if not cols:
            continue
        rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                              allow_blank=True, showErrorMessage=True,
                              errorTitle="Salon Desk",
                              error="Choose one of: " + ", ".join(choices))
        for col in cols:
            letter = get_column_letter(col)
            rule.add(f"{letter}2:{letter}{MAX_ROWS}")
        ws.add_data_validation(rule)
    percent = next(i for i, c in enumerate(COLUMNS, start=1) if c.kind == "percent")
    rule = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                          allow_blank=True, showErrorMessage=True, errorTitle="Salon Desk",
                          error="A discount between 0 and 100")
    rule.add(f"{get_column_letter(percent)}2:{get_column_letter(percent)}{MAX_ROWS}")
    ws.add_data_validation(rule)

    info = book.create_sheet("Instructions")
    for row, line in enumerate(INTRO, start=1):
        info.cell(row, 1, line).alignment = Alignment(wrap_text=False)
    info.cell(1, 1).font = Font(bold=True, size=14)
    start = len(INTRO) + 1
    for col, title in enumerate(("Column", "What to write", "Example"), start=1):
        cell = info.cell(start, col, title)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for row, column in enumerate(COLUMNS, start=start + 1):
        info.cell(row, 1, column.header).font = Font(bold=True)
        info.cell(row, 2, column.help or "")
        _set_text(info.cell(row, 3), "" if column.example is None else column.example)
    info.column_dimensions["A"].width = 34
    info.column_dimensions["B"].width = 70
    info.column_dimensions["C"].width = 26
    with written_whole(path) as part:
        book.save(part)
    return path
