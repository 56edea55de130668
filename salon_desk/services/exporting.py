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
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from salon_desk.models import (
    AppointmentStatus,
    Customer,
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


# The customers' columns the export reads, fetched as plain driver values (dates as ISO text,
# times as naive UTC text, booleans as 0/1): converting only what needs it keeps 100,000 rows
# cheap.
FIELDS = ["id", "external_id", "first_name", "last_name", "email", "mobile", "phone", "gender",
          "birth_year", "birth_month", "birth_day", "anniversary", "street", "city", "postcode",
          "region", "country", "preferred_staff_id", "referral_source", "customer_since",
          "category_id", "discount_percent", "notes", "allergies", "active", "blocked",
          "blocked_reason", "privacy_accepted_at", "notify_reminders", "notify_birthday",
          "notify_marketing"]
_SELECT = f"SELECT {', '.join(FIELDS)} FROM customers"
_CONSENT_SQL = "SELECT customer_id, " + ", ".join(
    f"MAX(CASE WHEN category = '{cat}' AND channel = '{ch}' THEN granted END)"
    for cat, ch in CONSENTS) + " FROM customer_consents {where} GROUP BY customer_id"
_BADGE_SQL = (
    "SELECT customer_id, GROUP_CONCAT(name, ', ') FROM (SELECT cb.customer_id, b.name "
    "FROM customer_badges cb JOIN badges b ON b.id = cb.badge_id {where} "
    "ORDER BY cb.customer_id, b.position, b.id) GROUP BY customer_id")
_VISITS_SQL = (
    "SELECT cid, COUNT(DISTINCT date(at)), MAX(at) FROM ("
    "SELECT customer_id AS cid, starts_at AS at FROM appointments WHERE status = :done "
    "UNION ALL SELECT customer_id, sold_at FROM sales WHERE cancelled = 0) "
    "WHERE cid IS NOT NULL GROUP BY cid")
_POINTS_SQL = (
    "SELECT customer_id, balance FROM (SELECT customer_id, balance, ROW_NUMBER() OVER "
    "(PARTITION BY customer_id ORDER BY at DESC, id DESC) AS rn FROM points_entries "
    "WHERE customer_id IS NOT NULL) WHERE rn = 1")
_YES = {None: None, 0: "No", 1: "Yes"}  # False and True are 0 and 1 as keys


def _iso_partial(year, month, day) -> str | None:
    if not month or not day:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _local(value) -> str | None:
    """A stored UTC time as local "YYYY-MM-DD HH:MM:SS"."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().replace(tzinfo=None).isoformat(" ", "seconds")


def _percent(value) -> int | float:
    if value is None:
        return 0
    if isinstance(value, str | Decimal):
        value = float(value)
    return int(value) if float(value).is_integer() else value


def _in(ids: list[int] | None, column: str) -> str:
    """A WHERE clause for small id lists (ids are ints from the database, never user text)."""
    if ids is None or len(ids) > 20000:
        return ""
    return f"WHERE {column} IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"


class _Lookups:
    """Everything the rows need besides the customers table, loaded once with SQL aggregates."""

    def __init__(self, conn: Connection, ids: list[int] | None) -> None:
        sql = conn.exec_driver_sql
        self.staff = dict(sql("SELECT id, name FROM staff").fetchall())
        self.categories = dict(sql("SELECT id, name FROM customer_categories").fetchall())
        self.badges = dict(sql(_BADGE_SQL.format(where=_in(ids, "cb.customer_id"))).fetchall())
        self.consents = {row[0]: row[1:] for row in sql(_CONSENT_SQL.format(
            where=_in(ids, "customer_id")))}
        self.spent = dict(sql("SELECT customer_id, SUM(total_cents) FROM sales WHERE "
                              "cancelled = 0 AND customer_id IS NOT NULL GROUP BY customer_id"
                              ).fetchall())
        self.visits = {cid: (n, last) for cid, n, last in sql(
            _VISITS_SQL.replace(":done", "?"), (AppointmentStatus.COMPLETED.value,))}
        self.points = dict(sql(_POINTS_SQL).fetchall())
        self.debt = dict(sql("SELECT customer_id, SUM(remaining_cents) FROM debts WHERE "
                             "customer_id IS NOT NULL GROUP BY customer_id").fetchall())


_NO_CONSENTS = (None,) * len(CONSENTS)


def customer_cells(row: tuple, lk: _Lookups) -> list:
    """One customer (a row of FIELDS) as export cells, in the order of EXPORT_HEADERS."""
    (cid, external_id, first, last, email, mobile, phone, gender, year, month, day, anniversary,
     street, city, postcode, region, country, staff_id, referral, since, category_id, discount,
     notes, allergies, active, blocked, blocked_reason, privacy, reminders, birthday,
     marketing) = row
    visits, last_visit = lk.visits.get(cid, (0, None))
    yes = _YES
    return [
        cid, external_id, first or None, last or None, email, mobile, phone,
        GENDER_LABELS.get(gender, gender), _iso_partial(year, month, day),
        str(anniversary) if anniversary else None, street, city, postcode, region, country,
        lk.staff.get(staff_id), referral, str(since) if since else None,
        lk.categories.get(category_id), _percent(discount), notes or None, allergies or None,
        "Active" if active else "Inactive", yes[bool(blocked)], blocked_reason or None,
        _local(privacy), yes[bool(reminders)], yes[bool(birthday)], yes[bool(marketing)],
        lk.badges.get(cid), *[yes[g] for g in lk.consents.get(cid, _NO_CONSENTS)],
        (lk.spent.get(cid) or 0) / 100, visits, _local(last_visit),
        int(lk.points.get(cid) or 0), (lk.debt.get(cid) or 0) / 100,
    ]


def _customer_rows(conn: Connection, ids: list[int] | None) -> Iterator[tuple]:
    sql = conn.exec_driver_sql
    if ids is None:
        result = sql(_SELECT + " WHERE merged_into_id IS NULL ORDER BY id")
        while chunk := result.fetchmany(CHUNK):
            yield from chunk
        return
    for start in range(0, len(ids), CHUNK):  # keep the list's order
        wanted = ids[start:start + CHUNK]
        found = {r[0]: r for r in sql(_SELECT + " " + _in(wanted, "id"))}
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
        # Typed cell writers: no per-cell type dispatch as in write()/write_row().
        write_string = ws.write_string
        write_number = ws.write_number
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
