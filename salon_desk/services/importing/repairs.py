"""Putting back together what a comma-separated file cut in two.

A file written with decimal commas and saved as comma-separated text without quotes turns
"10,5" into two cells, "10" and "5", and every column after it moves one place to the right.
A row with more cells than headers is put back together where that explains it exactly: as
many joins as surplus cells, each an integer part followed by a fraction part, each in a column
that can hold a number (a discount, an ID, a column not recognised or ignored), none
overlapping. Anything less certain is left as it is: the extra cells then go to the notes,
flagged, and nothing is lost either way.
"""

from __future__ import annotations

import re

from salon_desk.services.importing import headers as H

_INTEGER_PART = re.compile(r"^-?(?:\d{1,3}(?:\.\d{3})+|\d+)$")
_FRACTION_PART = re.compile(r"^\d+\s*(?:%|€|\$|£)?$")
_NUMBER_TARGETS = {"discount_percent", "id", H.IGNORE, None}


def _numeric_columns(header: list[object]) -> set[int]:
    out = set()
    for index, cell in enumerate(header):
        text = str(cell).strip() if cell is not None else ""
        if not text or H.lookup(text) in _NUMBER_TARGETS:
            out.add(index)
    return out


def join_split_numbers(rows: list[list[object]], header: list[object]) -> list[int]:
    """Join numbers cut by the separator, in place; returns the indexes of the rows mended."""
    width = _header_width(header)
    if width < 2:
        return []
    numeric = None
    mended = []
    for index, row in enumerate(rows):
        used = len(row)
        while used and row[used - 1] in (None, ""):
            used -= 1
        surplus = used - width
        if surplus <= 0:
            continue
        cuts = _cuts(row, used)
        if len(cuts) != surplus or any(b - a < 2 for a, b in zip(cuts, cuts[1:], strict=False)):
            continue
        if numeric is None:
            numeric = _numeric_columns(header)
        if any(cut - k not in numeric for k, cut in enumerate(cuts)):
            continue
        row[:] = _joined(row, cuts)
        mended.append(index)
    return mended


def _header_width(header: list[object]) -> int:
    """The number of header cells up to the last one that says something."""
    width = len(header)
    while width and not str(header[width - 1] or "").strip():
        width -= 1
    return width


def _cuts(row: list[object], used: int) -> list[int]:
    """Where an integer part is followed by a fraction part."""
    return [i for i in range(used - 1)
            if isinstance(row[i], str) and _INTEGER_PART.match(row[i].strip())
            and isinstance(row[i + 1], str) and _FRACTION_PART.match(row[i + 1].strip())]


def _joined(row: list[object], cuts: list[int]) -> list[object]:
    """The row with each cut's two cells written back as one number."""
    joined: list[object] = []
    i = 0
    while i < len(row):
        if i in cuts:
            joined.append(f"{row[i].strip()},{row[i + 1].strip()}")
            i += 2
        else:
            joined.append(row[i])
            i += 1
    return joined
