"""A file as read, before its headers are looked at: sheets of cells, and what the reading saw.

``Sheet.marks`` flag cells (or whole rows) whose value was guessed or cleaned while reading
(a row in another encoding, NUL characters removed, a formula without its result...): the
importer keeps those customers flagged "Check import". ``warnings`` speak about the file as a
whole (a stray quote, mixed encodings) and are shown before anything is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text


class UnreadableFile(SalonError):
    """The file cannot be imported at all; the message (a Text) says why."""


@dataclass
class Mark:
    column: int | None  # 0-based column of the cell; None: the row as a whole
    value: str  # what the cell held, as written ("" when nothing is left of it)
    message: Text


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]  # blank cells are None or ""
    marks: dict[int, list[Mark]] = field(default_factory=dict)  # by 0-based row index
    warnings: list[Text] = field(default_factory=list)

    def mark(self, row: int, column: int | None, value: str, message: Text) -> None:
        self.marks.setdefault(row, []).append(Mark(column, value, message))


@dataclass
class RawFile:
    path: Path
    sheets: list[Sheet]
    encoding: str | None = None  # text files only
    delimiter: str | None = None
    warnings: list[Text] = field(default_factory=list)
