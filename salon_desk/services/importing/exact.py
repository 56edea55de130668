"""Reading Salon Desk's own export back exactly as it was written.

Any other file is read as a person would: values trimmed, "-" or "N/A" taken for an empty
cell, spaces inside names collapsed. A file with the export's own header row
(customer_columns.is_own_export) holds the customers' values as they are stored, so each text is
taken as it is: leading and trailing spaces, tabs and line breaks, an apostrophe, a lone "-"
come back unchanged. In a .csv export the apostrophe that kept a text from running as a formula
is taken off (customer_columns.csv_unescape); in an .xlsx export a text longer than a cell is
joined back from its "(continued)" columns.
"""

from __future__ import annotations

from salon_desk.services.customers.columns import csv_unescape, is_own_export
from salon_desk.services.importing.values import cell_text

CSV, XLSX = "csv", "xlsx"
_NONE: list = []


def own_export(analysis) -> str | None:
    """CSV or XLSX when the analysed file is one of our exports, else None."""
    if not is_own_export(analysis.headers):
        return None
    return CSV if analysis.raw.delimiter is not None else XLSX


def text(value: object, kind: str) -> str | None:
    """A cell of our export as the text it was written from (None when empty)."""
    if value.__class__ is str:
        if not value:
            return None
        return csv_unescape(value) if kind == CSV else value
    return cell_text(value)


def cells(row: list[object], columns: list[tuple[int, str]], kind: str
          ) -> list[tuple[str, object, str]]:
    """(header, raw value, text) of a field in our export: one cell, or a text continued in
    extra columns, joined back."""
    found = []
    for index, _header in columns:
        if index < len(row) and (value := text(row[index], kind)) is not None:
            raw = row[index]  # what the parsers read: the text itself, or a number or date
            found.append((value if raw.__class__ is str else raw, value))
    if not found:
        return _NONE
    header = columns[0][1]
    if len(found) == 1:
        return [(header, found[0][0], found[0][1])]
    whole = "".join(value for _raw, value in found)
    return [(header, whole, whole)]
