"""How much of a file the import reads at most, checked before reading it.

A customer list of a large salon is tens of thousands of rows of a few dozen columns; these
bounds are far above that and far below what would exhaust the memory of an ordinary PC. A file
over one of them is refused with a message saying which (services.error_texts.IMPORT_*).
Read as ``limits.NAME`` at the time of use, so tests can lower them.
"""

from __future__ import annotations

MAX_FILE_BYTES = 512 * 1024 * 1024  # a file as it is on disk
MAX_XML_BYTES = 400 * 1024 * 1024  # a workbook's parts, unpacked, all together
MAX_SHARED_BYTES = 128 * 1024 * 1024  # its shared strings (read whole when the file opens)
MAX_PARTS = 10_000  # members of a workbook's zip
MAX_CELL_BYTES = 1_000_000  # one cell's text in a workbook (Excel itself stops at 32,767)
MAX_CELLS = 5_000_000  # a sheet's used range, rows x columns, and all sheets together (about
# 250 MB while read); 100,000 customers of 50 columns fit
MAX_COLUMNS = 16_384  # as Excel (XFD)
MAX_ROWS = 1_048_576  # as Excel
MAX_CELL_CHARS = 1_000_000  # one value of a CSV file (the csv module stops at 131,072)
MAX_LISTED = 12  # row numbers named in one warning


def row_list(rows: list[int]) -> str:
    """'3, 7, 12' (and an ellipsis after MAX_LISTED of them)."""
    shown = ", ".join(str(r) for r in rows[:MAX_LISTED])
    return shown + (", …" if len(rows) > MAX_LISTED else "")
