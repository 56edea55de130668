"""Reading a spreadsheet or CSV file into rows of cells, fast and within bounds.

Workbooks (.xlsx, .xlsm, .xls, .xlsb, .ods) are read by services.importing.workbooks (python-
calamine, after the file was looked at and found within services.importing.limits); text
files by services.importing.text_files. The content decides, not the name: a workbook saved as
.csv is read as a workbook, a text file saved as .xls (as some programs export) as text, and
anything else is refused with a message saying what the file is not.
"""

from __future__ import annotations

from pathlib import Path

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import limits
from salon_desk.services.importing.raw import Mark, RawFile, Sheet, UnreadableFile
from salon_desk.services.importing.text_files import read_text, sniff_delimiter
from salon_desk.services.importing.workbooks import OLE_MAGIC, ZIP_MAGIC, read_workbook
from salon_desk.services.texts import Text

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
SUFFIXES = WORKBOOK_SUFFIXES | TEXT_SUFFIXES
_MARKUP = (b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta", b"<head", b"<body")

__all__ = ["SUFFIXES", "Mark", "RawFile", "Sheet", "UnreadableFile", "read_file",
           "sniff_delimiter"]


def read_file(path: Path | str) -> RawFile:
    path = Path(path)
    file = path.name
    if not path.exists():
        raise UnreadableFile(Text(msg.IMPORT_FILE_MISSING, file=str(path)))
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnreadableFile(Text(msg.IMPORT_WRONG_KIND, file=file, suffix=suffix or file))
    try:
        if not path.is_file():
            raise OSError
        if path.stat().st_size > limits.MAX_FILE_BYTES:
            raise UnreadableFile(Text(msg.IMPORT_FILE_TOO_BIG, file=file,
                                      limit=limits.MAX_FILE_BYTES // (1024 * 1024)))
        with path.open("rb") as f:
            head = f.read(8)
        if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
            return read_workbook(path, head)
        data = path.read_bytes()
    except OSError:
        raise UnreadableFile(Text(msg.IMPORT_FILE_UNREADABLE, file=file)) from None
    if suffix in WORKBOOK_SUFFIXES:
        if data.lstrip()[:64].lower().startswith(_MARKUP):  # a web page saved as .xls
            raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=file))
        try:  # some programs export tab-separated text under an .xls name
            return read_text(path, data)
        except UnreadableFile as exc:
            if exc.args[0].source == msg.IMPORT_NOT_TEXT:
                raise UnreadableFile(Text(msg.IMPORT_NOT_SPREADSHEET, file=file)) from None
            raise
    return read_text(path, data)
