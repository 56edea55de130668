"""Exporting customers to .xlsx or .csv with the import template's headers.

Every field of the customer form is written under the template's header, so an export imports
back without mapping and without any change; computed columns (total spent, visits, last visit,
points, debt) follow, from SQL aggregates over the whole history (never one query per customer).

Formula injection: no cell is ever written as a formula. In .xlsx every text is a string cell
(xlsxwriter's strings_to_formulas is off) and a text starting with = + - @ (or tab / carriage
return) also gets Excel's quote prefix, so editing the cell keeps it text. In .csv such a text is
written with a leading apostrophe ('=SUM(A1) stays visible as text in any spreadsheet); our
importer removes that apostrophe again, so "+34612345678" mobiles and "--05-17" birthdays
round-trip exactly.

The .xlsx is written with xlsxwriter in constant-memory mode (row by row, flat memory), which is
several times faster than openpyxl's write-only mode for 100,000 customers.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from sqlalchemy import func, select, text, union_all
from sqlalchemy.engine import Connection

from salon_desk.models import (
    Appointment,
    AppointmentStatus,
    Badge,
    Customer,
    CustomerCategory,
    CustomerConsent,
    Debt,
    Sale,
    Staff,
    customer_badges,
)
from salon_desk.models.db import Database
from salon_desk.services.customer_columns import COLUMNS, COMPUTED_COLUMNS, CONSENTS
from salon_desk.services.errors import SalonError

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 5000
GENDER_LABELS = {"female": "Female", "male": "Male", "other": "Other",
                 "unspecified": "Unspecified"}
EXPORT_HEADERS = [c.header for c in COLUMNS] + [c.header for c in COMPUTED_COLUMNS]


@dataclass
class ExportResult:
    path: Path
    customers: int

    def to_json(self) -> dict:
        return {"file": str(self.path), "customers": self.customers}


def _iso_partial(year, month, day) -> str | None:
    if not month or not day:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _local(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _yes(value: bool | None) -> str | None:
    return None if value is None else ("Yes" if value else "No")


def _percent(value) -> int | float:
    value = Decimal(str(value or 0))
    return int(value) if value == value.to_integral_value() else float(value)


class _Lookups:
    """Everything the rows need besides the customers table, loaded once."""

    def __init__(self, conn: Connection, ids: list[int] | None) -> None:
        self.staff = dict(conn.execute(select(Staff.id, Staff.name)).all())
        self.categories = dict(conn.execute(select(CustomerCategory.id,
                                                   CustomerCategory.name)).all())
        only = ids is not None and len(ids) <= 20000
        self.badges: dict[int, list[str]] = {}
        stmt = (select(customer_badges.c.customer_id, Badge.name)
                .join(Badge, Badge.id == customer_badges.c.badge_id)
                .order_by(customer_badges.c.customer_id, Badge.position, Badge.id))
        for cid, name in self._rows(conn, stmt, customer_badges.c.customer_id, ids, only):
            self.badges.setdefault(cid, []).append(name)
        self.consents: dict[int, dict[tuple[str, str], bool]] = {}
        cc = CustomerConsent.__table__.c
        stmt = select(cc.customer_id, cc.category, cc.channel, cc.granted)
        for cid, cat, ch, granted in self._rows(conn, stmt, cc.customer_id, ids, only):
            self.consents.setdefault(cid, {})[(cat, ch)] = bool(granted)
        self.spent = dict(conn.execute(
            select(Sale.customer_id, func.sum(Sale.total_cents))
            .where(Sale.cancelled.is_(False), Sale.customer_id.is_not(None))
            .group_by(Sale.customer_id)).all())
        moments = union_all(
            select(Appointment.customer_id.label("cid"), Appointment.starts_at.label("at"))
            .where(Appointment.status == AppointmentStatus.COMPLETED.value),
            select(Sale.customer_id.label("cid"), Sale.sold_at.label("at"))
            .where(Sale.cancelled.is_(False)),
        ).subquery()
        self.visits = {cid: (n, last) for cid, n, last in conn.execute(
            select(moments.c.cid, func.count(func.distinct(func.date(moments.c.at))),
                   func.max(moments.c.at))
            .where(moments.c.cid.is_not(None)).group_by(moments.c.cid))}
        self.points = dict(conn.execute(text(
            "SELECT customer_id, balance FROM (SELECT customer_id, balance, ROW_NUMBER() OVER "
            "(PARTITION BY customer_id ORDER BY at DESC, id DESC) AS rn FROM points_entries "
            "WHERE customer_id IS NOT NULL) WHERE rn = 1")).all())
        self.debt = dict(conn.execute(
            select(Debt.customer_id, func.sum(Debt.remaining_cents))
            .where(Debt.customer_id.is_not(None)).group_by(Debt.customer_id)).all())

    @staticmethod
    def _rows(conn, stmt, column, ids, only) -> Iterator:
        if not only:
            yield from conn.execute(stmt)
            return
        for start in range(0, len(ids), CHUNK):
            yield from conn.execute(stmt.where(column.in_(ids[start:start + CHUNK])))


def customer_cells(row, lk: _Lookups) -> list:
    """One customer as export cells, in the order of EXPORT_HEADERS."""
    cid = row.id
    consents = lk.consents.get(cid, {})
    visits, last = lk.visits.get(cid, (0, None))
    return [
        cid, row.external_id, row.first_name or None, row.last_name or None, row.email,
        row.mobile, row.phone, GENDER_LABELS.get(row.gender, row.gender),
        _iso_partial(row.birth_year, row.birth_month, row.birth_day),
        row.anniversary.isoformat() if row.anniversary else None,
        row.street, row.city, row.postcode, row.region, row.country,
        lk.staff.get(row.preferred_staff_id), row.referral_source,
        row.customer_since.isoformat() if row.customer_since else None,
        lk.categories.get(row.category_id), _percent(row.discount_percent),
        row.notes or None, row.allergies or None, "Active" if row.active else "Inactive",
        _yes(row.blocked), row.blocked_reason or None, _local(row.privacy_accepted_at),
        _yes(row.notify_reminders), _yes(row.notify_birthday), _yes(row.notify_marketing),
        ", ".join(lk.badges.get(cid, ())) or None,
        *[_yes(consents.get(key)) for key in CONSENTS],
        (lk.spent.get(cid) or 0) / 100, visits, _local(last), int(lk.points.get(cid) or 0),
        (lk.debt.get(cid) or 0) / 100,
    ]


def _customer_rows(conn: Connection, ids: list[int] | None) -> Iterator:
    table = Customer.__table__
    if ids is None:
        result = conn.execute(select(table).where(table.c.merged_into_id.is_(None))
                              .order_by(table.c.id))
        while chunk := result.fetchmany(CHUNK):
            yield from chunk
        return
    for start in range(0, len(ids), CHUNK):  # keep the list's order
        wanted = ids[start:start + CHUNK]
        found = {r.id: r for r in conn.execute(select(table).where(table.c.id.in_(wanted)))}
        yield from (found[i] for i in wanted if i in found)


def count_customers(conn: Connection, ids: list[int] | None) -> int:
    if ids is not None:
        return len(ids)
    return conn.scalar(select(func.count()).select_from(Customer).where(
        Customer.merged_into_id.is_(None))) or 0


def export_customers(db: Database, path: Path | str, ids: list[int] | None = None
                     ) -> Generator[tuple[int, int, str], None, ExportResult]:
    """All customers (ids=None) or these ones, in this order, to .xlsx or .csv."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise SalonError("Export to a .xlsx or a .csv file")
    with db.session() as session:
        conn = session.connection()
        total = count_customers(conn, ids)
        lookups = _Lookups(conn, ids)
        rows = (customer_cells(r, lookups) for r in _customer_rows(conn, ids))
        writer = _write_xlsx if suffix == ".xlsx" else _write_csv
        written = yield from writer(path, rows, total)
    return ExportResult(path, written)


def _write_xlsx(path: Path, rows: Iterator[list], total: int
                ) -> Generator[tuple[int, int, str], None, int]:
    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False})
    n = 0
    try:
        ws = book.add_worksheet("Customers")
        bold = book.add_format({"bold": True, "bg_color": "#f3e5f5", "border": 1})
        as_text = book.add_format({"quote_prefix": True})
        money = book.add_format({"num_format": "0.00"})
        ws.write_row(0, 0, EXPORT_HEADERS, bold)
        ws.freeze_panes(1, 3)
        widths = [7, 12, 14, 18, 28, 15, 15, 11, 12, 12, 26, 14, 9, 12, 7, 14, 14, 12, 12, 8,
                  30, 24, 9, 8, 20, 19]
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        money_cols = {EXPORT_HEADERS.index("Total spent"), EXPORT_HEADERS.index("Debt")}
        write_string, write_number = ws.write_string, ws.write_number
        for n, cells in enumerate(rows, start=1):
            for col, value in enumerate(cells):
                if value is None:
                    continue
                if value.__class__ is str:
                    if value.startswith(DANGEROUS):
                        write_string(n, col, value, as_text)
                    else:
                        write_string(n, col, value)
                elif col in money_cols:
                    write_number(n, col, value, money)
                else:
                    write_number(n, col, value)
            if n % CHUNK == 0:
                yield n, total, "Writing customers…"
        ws.autofilter(0, 0, max(n, 1), len(EXPORT_HEADERS) - 1)
    finally:
        book.close()
    return n


def neutralise_csv(value: str) -> str:
    """A text that a spreadsheet would run as a formula, made plain text."""
    return "'" + value if value.startswith(DANGEROUS) else value


def _write_csv(path: Path, rows: Iterator[list], total: int
               ) -> Generator[tuple[int, int, str], None, int]:
    n = 0
    # UTF-8 with a BOM: Excel then opens accents correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADERS)
        for n, cells in enumerate(rows, start=1):
            writer.writerow(["" if v is None else neutralise_csv(v) if v.__class__ is str
                             else v for v in cells])
            if n % CHUNK == 0:
                yield n, total, "Writing customers…"
    return n
