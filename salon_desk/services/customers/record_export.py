"""Everything the salon holds about one customer, as a workbook with one sheet per record tab.

For the customer who asks for their data (and as a one-record backup): details, appointments,
sales with their lines and payments, debts, vouchers, prepaid and loyalty cards, points,
budgets, documents (the list), notes, patch tests, surveys, messages and consent history.
Linked ids (staff, services, products...) are written as names; amounts in currency units.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import Table, select
from sqlalchemy.engine import Connection
from sqlalchemy.types import LargeBinary

from salon_desk.models import Base
from salon_desk.models.db import Database
from salon_desk.services.customers.columns import EXPORT_HEADERS, continued_header
from salon_desk.services import audit
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import NotFound
from salon_desk.services.customers.exporting import (
    _customer_rows,
    _Lookups,
    customer_cells,
    xlsx_parts,
)
from salon_desk.services.files import check_target, written_whole
from salon_desk.services.texts import Text

# Linked ids shown as the name of what they point to: column -> (table, name column)
_NAMES = {
    "staff_id": ("staff", "name"), "author_id": ("staff", "name"),
    "changed_by_id": ("staff", "name"), "service_id": ("services", "name"),
    "product_id": ("products", "name"), "package_id": ("packages", "name"),
    "room_id": ("rooms", "name"), "type_id": ("prepaid_card_types", "name"),
    "template_id": ("survey_templates", "name"), "category_id": ("customer_categories", "name"),
}
_SKIP = {"customer_id", "stored_name"}
_FILL = PatternFill("solid", fgColor="F3E5F5")

# (sheet title, table, how rows belong to the customer, order by)
SHEETS = [
    ("Appointments", "appointments", "customer", "starts_at"),
    ("Sales", "sales", "customer", "sold_at"),
    ("Sale lines", "sale_lines", "sale", "sale_id"),
    ("Payments", "payments", "sale", "paid_at"),
    ("Debts", "debts", "customer", "incurred_at"),
    ("Debt payments", "debt_payments", "debt", "paid_at"),
    ("Vouchers", "vouchers", "customer", "purchased_on"),
    ("Prepaid cards", "prepaid_cards", "customer", "purchased_on"),
    ("Loyalty cards", "loyalty_cards", "customer", "purchased_on"),
    ("Points", "points_entries", "customer", "at"),
    ("Budgets", "budgets", "customer", "issued_on"),
    ("Budget lines", "budget_lines", "budget", "budget_id"),
    ("Documents", "documents", "customer", "document_date"),
    ("Notes", "notes", "customer", "created_at"),
    ("Note history", "note_revisions", "note", "changed_at"),
    ("Patch tests", "patch_tests", "customer", "tested_on"),
    ("Surveys", "survey_responses", "customer", "completed_at"),
    ("Survey answers", "survey_answers", "response", "response_id"),
    ("Messages", "messages", "customer", "at"),
    ("Consents", "customer_consents", "customer", "category"),
    ("Consent history", "consent_events", "customer", "at"),
]
# Child tables: parent kind -> (parent table, foreign key column in the child)
_PARENTS = {"sale": ("sales", "sale_id"), "debt": ("debts", "debt_id"),
            "budget": ("budgets", "budget_id"), "note": ("notes", "note_id"),
            "response": ("survey_responses", "response_id")}


def _header(name: str) -> str:
    for suffix, label in (("_cents", ""), ("_id", "")):
        if name.endswith(suffix) and name != "id":
            name = name[: -len(suffix)]
            break
    return name.replace("_", " ").capitalize() if name != "id" else "ID"


def _cell(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _continue_long(headers: list[str], rows: list[list]) -> list[str]:
    """A text longer than an .xlsx cell holds, cut there and continued in cells added after
    the row's others, under "<header> (continued)" (the row keeps its columns' order)."""
    extra: dict[int, int] = {}
    for row in rows:
        for col, value in enumerate(row[:len(headers)]):
            if isinstance(value, str) and len(parts := xlsx_parts(value)) > 1:
                extra[col] = max(extra.get(col, 0), len(parts) - 1)
    if not extra:
        return headers
    first, out = {}, list(headers)
    for col, n in sorted(extra.items()):
        first[col] = len(out)
        out += [continued_header(headers[col], k) for k in range(1, n + 1)]
    for row in rows:
        row.extend([None] * (len(out) - len(row)))
        for col in first:
            if isinstance(row[col], str) and len(parts := xlsx_parts(row[col])) > 1:
                row[col] = parts[0]
                row[first[col]:first[col] + len(parts) - 1] = parts[1:]
    return out


def _write(ws, row: int, col: int, value, bold: bool = False) -> None:
    cell = ws.cell(row, col)
    cell.value = value
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        cell.data_type = "s"  # shown as text, never run as a formula
        cell.quotePrefix = True
    if bold:
        cell.font = Font(bold=True)
        cell.fill = _FILL


class _Names:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cache: dict[str, dict[int, str]] = {}

    def get(self, table: str, column: str, value: int | None) -> str | None:
        if value is None:
            return None
        if table not in self.cache:
            t = Base.metadata.tables[table]
            self.cache[table] = dict(self.conn.execute(select(t.c.id, t.c[column])).all())
        return self.cache[table].get(value, f"#{value}")


def _dump(conn: Connection, table: Table, where, order: str, names: _Names
          ) -> tuple[list[str], list[list], list[int]]:
    columns = [c for c in table.c if c.name not in _SKIP and not isinstance(c.type, LargeBinary)]
    headers = [_header(c.name) for c in columns]
    rows, ids = [], []
    for r in conn.execute(select(table).where(where).order_by(table.c[order])):
        m = r._mapping
        out = []
        for c in columns:
            value = m[c.name]
            if c.name in _NAMES and value is not None:
                value = names.get(*_NAMES[c.name], value)
            elif c.name.endswith("_cents") and value is not None:
                value = value / 100
            out.append(_cell(value))
        rows.append(out)
        if "id" in m:
            ids.append(m["id"])
    return headers, rows, ids


def export_record(db: Database, customer_id: int, path: Path | str, audited: bool = True
                  ) -> Generator[tuple[int, int, str], None, Path]:
    """Every table about the customer, one sheet each; the audit trail says so unless
    ``audited`` is False (the subject export writes its own row)."""
    path = check_target(path)
    book = Workbook()
    details = book.active
    details.title = "Details"
    total = len(SHEETS) + 1
    with db.session() as session:
        conn = session.connection()
        row = next(_customer_rows(conn, [customer_id]), None)
        if row is None:
            raise NotFound(Text(msg.CUSTOMER_NOT_FOUND, id=customer_id))
        cells = customer_cells(row, _Lookups(conn, [customer_id]))
        pairs = [[header, value] for header, value in zip(EXPORT_HEADERS, cells, strict=True)]
        for col, title in enumerate(_continue_long(["Field", "Value"], pairs), start=1):
            _write(details, 1, col, title, bold=True)
        for i, values in enumerate(pairs, start=2):
            for col, value in enumerate(values, start=1):
                _write(details, i, col, value)
            details.cell(i, 1).font = Font(bold=True)
        details.column_dimensions["A"].width = 32
        details.column_dimensions["B"].width = 60
        yield 1, total, "Details"
        names = _Names(conn)
        parent_ids: dict[str, list[int]] = {}
        for n, (title, table_name, owner, order) in enumerate(SHEETS, start=2):
            table = Base.metadata.tables[table_name]
            if owner == "customer":
                where = table.c.customer_id == customer_id
            else:
                parent, fk = _PARENTS[owner]
                where = table.c[fk].in_(parent_ids.get(parent, []))
            headers, rows, ids = _dump(conn, table, where, order, names)
            headers = _continue_long(headers, rows)
            parent_ids[table_name] = ids
            ws = book.create_sheet(title[:31])
            for col, header in enumerate(headers, start=1):
                _write(ws, 1, col, header, bold=True)
                ws.column_dimensions[get_column_letter(col)].width = max(10, len(header) + 4)
            for r, values in enumerate(rows, start=2):
                for col, value in enumerate(values, start=1):
                    _write(ws, r, col, value)
            ws.freeze_panes = "A2"
            yield n, total, title
    with written_whole(path) as part:
        book.save(part)
    if audited:
        audit.record_soon(db, audit.EXPORT, entity="customers", entity_id=customer_id,
                          customer_id=customer_id, detail="whole record (.xlsx)")
    return path
