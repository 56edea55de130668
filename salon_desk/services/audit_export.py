"""The audit trail's rows (those a filter lets through) to .xlsx or .csv, as a long job.

Written as the customer export writes (services.customers.exporting): whole or not at all,
texts never taken for formulas, a cell too long for a spreadsheet cut with a mark; and, being
an export, recorded in the trail itself without waiting for another writer.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import xlsxwriter

from salon_desk.models.db import Database
from salon_desk.services import audit, permissions
from salon_desk.services import error_texts as msg
from salon_desk.services.customers.columns import csv_escape
from salon_desk.services.customers.exporting import XLSX_CELL_LIMIT, utf16_length
from salon_desk.services.errors import SalonError
from salon_desk.services.files import written_whole
from salon_desk.services.jobs import Job
from salon_desk.services.texts import Text

HEADERS = ["Row", "When (UTC)", "Who", "What", "Table", "Row id", "Customer", "Fields",
           "Detail", "Before and after"]
PAGE = 5000


def cells(row: audit.Row) -> list[object]:
    changes = json.dumps(row.changes, ensure_ascii=False) if row.changes else ""
    return [row.id, row.at.strftime("%Y-%m-%d %H:%M:%S"), row.who, row.action, row.entity,
            row.entity_id, row.customer_id, row.fields, row.detail, changes]


def _pages(db: Database, f: audit.Filter) -> Iterator[list[audit.Row]]:
    """Newest first, a page at a time; a row added meanwhile does not shift the pages (they
    continue below the last id read)."""
    below: int | None = None
    while True:
        with db.session() as session:
            found = audit.search(session, f, limit=PAGE, below=below)
        if not found:
            return
        yield found
        below = found[-1].id


def export_audit(db: Database, path: Path | str, f: audit.Filter = audit.Filter()) -> Job[int]:
    """Write the rows; returns how many."""
    permissions.require(permissions.SEE_AUDIT)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise SalonError(Text(msg.EXPORT_KIND))
    with db.session() as session:
        total = audit.count(session, f)
    done = 0
    with written_whole(path) as part:
        writer = _Xlsx(part) if suffix == ".xlsx" else _Csv(part)
        try:
            writer.write(HEADERS)
            for page in _pages(db, f):
                for row in page:
                    writer.write(cells(row))
                done += len(page)
                yield done, total
        finally:
            writer.close()
    audit.record_soon(db, audit.EXPORT, entity="audit_log",
                      detail=f"{done} audit row(s) to a {suffix} file")
    return done


class _Csv:
    def __init__(self, path: Path) -> None:
        self.file = path.open("w", encoding="utf-8-sig", newline="")
        self.out = csv.writer(self.file)

    def write(self, values: list[object]) -> None:
        self.out.writerow(["" if v is None else csv_escape(v) if isinstance(v, str) else v
                           for v in values])

    def close(self) -> None:
        self.file.close()


class _Xlsx:
    def __init__(self, path: Path) -> None:
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                                    "strings_to_formulas": False,
                                                    "strings_to_urls": False,
                                                    "constant_memory": True})
        self.sheet = self.book.add_worksheet("Audit trail")
        self.row = 0

    def write(self, values: list[object]) -> None:
        for col, value in enumerate(values):
            if isinstance(value, str) and utf16_length(value) > XLSX_CELL_LIMIT:
                value = value[:XLSX_CELL_LIMIT // 2 - 1] + "…"
            if value is not None:
                self.sheet.write(self.row, col, value)
        self.row += 1

    def close(self) -> None:
        self.book.close()
