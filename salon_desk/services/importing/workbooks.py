"""Reading a workbook (.xlsx, .xlsm, .xlsb, .xls, .ods) with python-calamine, within bounds.

The library reads a sheet into a rectangle from A1 to its farthest cell, and shared strings
whole, before Python sees anything: so the file is looked at first (xlsx_bounds, ods_bounds,
biff_bounds) and refused when its sheets or texts are beyond services.importing.limits. The
format is told by the content, not the name: an .xlsx saved as "customers.csv" is read as the
workbook it is. Formulas saved without their result and NUL characters are flagged.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import limits
from salon_desk.services.importing.raw import RawFile, Sheet, UnreadableFile
from salon_desk.services.texts import Text

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _fail(source: str, **values) -> UnreadableFile:
    return UnreadableFile(Text(source, **values))


def read_workbook(path: Path, head: bytes) -> RawFile:
    file = path.name
    formulas: dict[str, list[tuple[int, int, str]]] = {}
    may_hold_nul = True
    try:
        if head.startswith(ZIP_MAGIC):
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                if "content.xml" in names:
                    from salon_desk.services.importing import ods_bounds

                    ods_bounds.scan_ods(z, file)
                    kind, may_hold_nul = ".ods", False
                elif "xl/workbook.bin" in names:
                    from salon_desk.services.importing import biff_bounds

                    biff_bounds.scan_xlsb(z, file)
                    kind = ".xlsb"
                elif "xl/workbook.xml" in names:
                    from salon_desk.services.importing import xlsx_bounds

                    scan = xlsx_bounds.scan_xlsx(z, file)
                    formulas = {name: s.formulas for name, s in scan.sheets.items()
                                if s.formulas}
                    kind, may_hold_nul = ".xlsx", scan.nul
                else:
                    raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=file)
        else:
            from salon_desk.services.importing import biff_bounds

            biff_bounds.scan_xls(path, file)
            kind = ".xls"
    except UnreadableFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError, LookupError, zlib.error, struct.error):
        # a damaged zip or compound file (bad headers, truncated data, odd compression...)
        raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=file) from None
    sheets = _read_sheets(path, kind, file)
    for sheet in sheets:
        if sheet.name in formulas:
            _mark_formulas(sheet, formulas[sheet.name])
        if may_hold_nul:
            _clean_nul(sheet)
    if not sheets:
        raise _fail(msg.IMPORT_EMPTY, file=file)
    return RawFile(path, sheets)


def _read_sheets(path: Path, kind: str, file: str) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    same_kind = path.suffix.lower() == kind or (kind == ".xlsx"
                                                 and path.suffix.lower() == ".xlsm")
    handle = None
    try:
        if same_kind:
            book = CalamineWorkbook.from_path(str(path))
        else:  # the library tells the format by the name; by the content, from a stream
            handle = path.open("rb")
            book = CalamineWorkbook.from_filelike(handle)
        sheets, total = [], 0
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            if sheet.height == 0 or sheet.width == 0:
                continue
            cells = sheet.height * sheet.width
            total += cells
            if cells > limits.MAX_CELLS or total > limits.MAX_CELLS:
                raise _fail(msg.IMPORT_TOO_MANY_CELLS, file=file, limit=limits.MAX_CELLS)
            sheets.append(Sheet(name, sheet.to_python(skip_empty_area=False)))
    except UnreadableFile:
        raise
    except Exception:  # noqa: BLE001  calamine's own errors (zip, xml, password...) share no base
        raise _fail(msg.IMPORT_NOT_SPREADSHEET, file=file) from None
    finally:
        if handle is not None:
            handle.close()
    return sheets


def _mark_formulas(sheet: Sheet, formulas: list[tuple[int, int, str]]) -> None:
    rows = []
    for row, column, formula in formulas:
        if row < len(sheet.rows) and column < len(sheet.rows[row]):
            sheet.mark(row, column, formula, Text(msg.FLAG_FORMULA_NO_RESULT))
            if not rows or rows[-1] != row + 1:
                rows.append(row + 1)
    if rows:
        sheet.warnings.append(Text(msg.IMPORT_FORMULAS_NO_RESULT, n=len(formulas),
                                   rows=limits.row_list(rows)))


def _clean_nul(sheet: Sheet) -> None:
    rows = []
    for i, row in enumerate(sheet.rows):
        for j, cell in enumerate(row):
            if cell.__class__ is str and "\x00" in cell:
                row[j] = cell.replace("\x00", "")
                if not rows or rows[-1] != i + 1:
                    sheet.mark(i, None, "", Text(msg.FLAG_NUL_REMOVED))
                    rows.append(i + 1)
    if rows:
        sheet.warnings.append(Text(msg.IMPORT_NUL_REMOVED, n=len(rows),
                                   rows=limits.row_list(rows)))
