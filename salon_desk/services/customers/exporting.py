"""Exporting customers to .xlsx or .csv with the import template's headers.

Every field of the customer form is written under the template's header, so an export imports
back without mapping and without any change; computed columns (total spent, visits, last visit,
points, debt) follow, from SQL aggregates over the whole history (never one query per customer).

Formula injection: no cell is ever written as a formula. In .xlsx every text is a string cell
(xlsxwriter's strings_to_formulas is off) and a text starting with = + - @ (or tab / carriage
return) is also marked as text (Excel's quote prefix, a cell style: the text itself is unchanged),
so editing the cell keeps it text. In .csv such a text is written with a leading apostrophe
('=SUM(A1) stays visible as text in any spreadsheet), and so is a text that starts with an
apostrophe of its own or is only spaces (customer_columns.csv_escape: the import takes exactly
that apostrophe off again).

Exact round trip: the import recognises the export's own header row and then reads every text as
it was written: leading and trailing spaces, tabs and line breaks, an apostrophe, a lone "-" or
"N/A" come back unchanged, so an export imports back to the same customers.

Long texts: an .xlsx cell holds 32,767 characters. A longer text is cut there and continued in
extra columns after the others ("Notes (continued)", "Notes (continued 2)"...), which the import
joins back; the result counts those cells and names the customers by id, so the user is told.
A .csv cell has no limit.

The .xlsx is written with xlsxwriter in constant-memory mode (row by row, flat memory), which is
several times faster than openpyxl's write-only mode for 100,000 customers.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from salon_desk.models import (
    AppointmentStatus,
    Badge,
    Customer,
    customer_badges,
)
from salon_desk.models.db import Database
from salon_desk.models.opening import driver_sql
from salon_desk.services.customers.columns import (
    BY_KEY,
    CONSENTS,
    CSV_FORMULA_STARTS,
    EXPORT_HEADERS,
    continued_header,
    csv_escape,
)
from salon_desk.services import audit, permissions
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.files import written_whole
from salon_desk.services.texts import Text

DANGEROUS = CSV_FORMULA_STARTS
XLSX_CELL_LIMIT = 32767  # characters (UTF-16 code units) an .xlsx cell holds
CHUNK = 5000
GENDER_LABELS = {"female": "Female", "male": "Male", "other": "Other",
                 "unspecified": "Unspecified"}


def utf16_length(text: str) -> int:
    """The length of a text as a spreadsheet counts it: a character beyond U+FFFF counts two."""
    return len(text.encode("utf-16-le")) // 2


def xlsx_parts(text: str) -> list[str]:
    """The text cut into pieces an .xlsx cell holds (never inside a character)."""
    if len(text) <= XLSX_CELL_LIMIT // 2 or utf16_length(text) <= XLSX_CELL_LIMIT:
        return [text]
    parts, start = [], 0
    while start < len(text):
        end = min(len(text), start + XLSX_CELL_LIMIT)
        while (over := utf16_length(text[start:end]) - XLSX_CELL_LIMIT) > 0:
            end -= (over + 1) // 2  # characters beyond U+FFFF count two
        parts.append(text[start:end])
        start = end
    return parts


@dataclass
class ExportResult:
    path: Path
    customers: int
    # Texts longer than an .xlsx cell, continued in the extra columns: how many, and whose.
    long_cells: int = 0
    long_customers: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"file": str(self.path), "customers": self.customers,
                "long_cells": self.long_cells, "long_customers": self.long_customers}


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
    f"MAX(CASE WHEN category = '{cat}' AND channel = '{ch}' THEN CAST(granted AS INTEGER) END)"
    for cat, ch in CONSENTS) + " FROM customer_consents {where} GROUP BY customer_id"
# Written for both engines: subqueries named, booleans compared with FALSE, a consent's
# yes/no taken as 0/1 (PostgreSQL has no MAX of booleans).
_VISITS_SQL = (
    "SELECT cid, COUNT(DISTINCT date(at)), MAX(at) FROM ("
    "SELECT customer_id AS cid, starts_at AS at FROM appointments WHERE status = :done "
    "UNION ALL SELECT customer_id, sold_at FROM sales WHERE cancelled = FALSE) AS visits "
    "WHERE cid IS NOT NULL GROUP BY cid")
_POINTS_SQL = (
    "SELECT customer_id, balance FROM (SELECT customer_id, balance, ROW_NUMBER() OVER "
    "(PARTITION BY customer_id ORDER BY at DESC, id DESC) AS rn FROM points_entries "
    "WHERE customer_id IS NOT NULL) AS latest WHERE rn = 1")
_YES = {None: None, 0: "No", 1: "Yes"}  # False and True are 0 and 1 as keys


def _iso_partial(year, month, day) -> str | None:
    if not month or not day:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _local(value, exact: bool = False) -> str | None:
    """A stored UTC time as local "YYYY-MM-DD HH:MM:SS" (``exact``: with the fraction of a
    second it has, so that importing the export gives the same time back)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    if not exact:
        return local.replace(tzinfo=None).isoformat(" ", "seconds")
    naive = local.replace(tzinfo=None)
    if naive.astimezone() != value:  # the hour the clocks go back: say which of the two
        return local.isoformat(" ", "auto")
    return naive.isoformat(" ", "auto")


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


def _badge_names(conn: Connection, ids: list[int] | None) -> dict[int, str]:
    """Each customer's badges, "VIP, Colour" in the badges' order (group_concat on SQLite,
    string_agg on PostgreSQL: SQLAlchemy's aggregate_strings). SQLite before 3.44 has no
    ORDER BY inside an aggregate and joins the rows in the order an ordered subquery gives
    them; PostgreSQL is told the order within the aggregate as well."""
    cb = customer_badges.c
    rows = (select(cb.customer_id, Badge.name, Badge.position, Badge.id)
            .join(Badge, Badge.id == cb.badge_id)
            .order_by(cb.customer_id, Badge.position, Badge.id))
    if ids is not None and len(ids) <= 20000:
        rows = rows.where(cb.customer_id.in_(ids))
    ordered = rows.subquery("ordered")
    names = func.aggregate_strings(ordered.c.name, ", ")
    if conn.dialect.name == "postgresql":
        names = names.aggregate_order_by(ordered.c.position, ordered.c.id)
    return dict(conn.execute(select(ordered.c.customer_id, names)
                             .group_by(ordered.c.customer_id)).all())


class _Lookups:
    """Everything the rows need besides the customers table, loaded once with SQL aggregates."""

    def __init__(self, conn: Connection, ids: list[int] | None) -> None:
        sql = conn.exec_driver_sql
        self.staff = dict(sql("SELECT id, name FROM staff").fetchall())
        self.categories = dict(sql("SELECT id, name FROM customer_categories").fetchall())
        self.badges = _badge_names(conn, ids)
        self.consents = {row[0]: row[1:] for row in sql(_CONSENT_SQL.format(
            where=_in(ids, "customer_id")))}
        self.spent = dict(sql("SELECT customer_id, SUM(total_cents) FROM sales WHERE "
                              "cancelled = FALSE AND customer_id IS NOT NULL GROUP BY customer_id"
                              ).fetchall())
        self.visits = {cid: (n, last) for cid, n, last in sql(
            driver_sql(conn, _VISITS_SQL.replace(":done", "?")),
            (AppointmentStatus.COMPLETED.value,))}
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
        _local(privacy, exact=True), yes[bool(reminders)], yes[bool(birthday)], yes[bool(marketing)],
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


def export_customers(db: Database, path: Path | str, ids: list[int] | None = None,
                     about: str = "") -> Generator[tuple[int, int, str], None, ExportResult]:
    """All customers (ids=None) or these ones, in this order, to .xlsx or .csv. The file
    appears whole when done; a failure or a cancel leaves nothing. The audit trail says so
    (``about``: what was exported, e.g. a segment), without ever waiting for it."""
    permissions.require(permissions.EXPORT_ALL)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise SalonError(Text(msg.EXPORT_KIND))
    result = ExportResult(path, 0)
    with written_whole(path) as part, db.session() as session:
        conn = session.connection()
        total = count_customers(conn, ids)
        lookups = _Lookups(conn, ids)
        rows = (customer_cells(r, lookups) for r in _customer_rows(conn, ids))
        if suffix == ".xlsx":
            continued = _continued_columns(conn, ids, lookups)
            result.customers = yield from _write_xlsx(part, rows, total, continued, result)
        else:
            result.customers = yield from _write_csv(part, rows, total)
    # The file's kind, not its name: a name typed by staff may be a customer's, and the
    # trail's rows cannot be erased when that customer is forgotten.
    exported = ids if ids is not None and len(ids) <= audit.PER_CUSTOMER_LIMIT else ()
    audit.record_soon(db, audit.EXPORT, entity="customers", customer_ids=exported,
                      detail=" ".join(filter(None, [
                          f"{result.customers} customer(s)", about, f"to a {suffix} file"])))
    return result


# The text columns of the customers table, by their export header (SQL reads their lengths).
_TEXT_COLUMNS = ["external_id", "first_name", "last_name", "email", "mobile", "phone", "street",
                 "city", "postcode", "region", "country", "referral_source", "notes",
                 "allergies", "blocked_reason"]


def _continued_columns(conn: Connection, ids: list[int] | None, lk: _Lookups
                       ) -> dict[int, int]:
    """Column -> how many cells continue its longest text (only columns that need some).
    Read before writing: the header row, written first, names the extra columns."""
    where = "WHERE merged_into_id IS NULL" if ids is None else _in(ids, "id")
    sql = conn.exec_driver_sql
    longest = sql("SELECT " + ", ".join(f"MAX(LENGTH({c}))" for c in _TEXT_COLUMNS)
                  + f" FROM customers {where}").one()
    texts: dict[str, list[str]] = {}
    for column, length in zip(_TEXT_COLUMNS, longest, strict=True):
        if length and length > XLSX_CELL_LIMIT // 2:  # may need more than one cell
            more = f"{where} AND" if where else "WHERE"
            texts[column] = [v for (v,) in sql(
                driver_sql(conn, f"SELECT {column} FROM customers {more} LENGTH({column}) > ?"),
                (XLSX_CELL_LIMIT // 2,))]
    texts["preferred_staff"] = list(lk.staff.values())
    texts["category"] = list(lk.categories.values())
    texts["badges"] = list(lk.badges.values())
    out = {}
    for key, values in texts.items():
        extra = max((len(xlsx_parts(v)) - 1 for v in values if isinstance(v, str)), default=0)
        if extra:
            out[EXPORT_HEADERS.index(BY_KEY[key].header)] = extra
    return out


def _write_xlsx(path: Path, rows: Iterator[list], total: int, continued: dict[int, int],
                result: ExportResult) -> Generator[tuple[int, int, str], None, int]:
    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False})
    n = 0
    try:
        ws = book.add_worksheet("Customers")
        bold = book.add_format({"bold": True, "bg_color": "#f3e5f5", "border": 1})
        as_text = book.add_format({"quote_prefix": True})
        money = book.add_format({"num_format": "0.00"})
        # Extra columns for texts too long for one cell, after all the others.
        first_extra, headers = {}, list(EXPORT_HEADERS)
        for col, extra in sorted(continued.items()):
            first_extra[col] = len(headers)
            headers += [continued_header(EXPORT_HEADERS[col], k) for k in range(1, extra + 1)]
        ws.write_row(0, 0, headers, bold)
        ws.freeze_panes(1, 3)
        widths = [7, 12, 14, 18, 28, 15, 15, 11, 12, 12, 26, 14, 9, 12, 7, 14, 14, 12, 12, 8,
                  30, 24, 9, 8, 20, 19]
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        money_cols = {EXPORT_HEADERS.index("Total spent"), EXPORT_HEADERS.index("Debt")}
        half = XLSX_CELL_LIMIT // 2
        # Typed cell writers: no per-cell type dispatch as in write()/write_row().
        write_string = ws.write_string
        write_number = ws.write_number
        long_customers = result.long_customers
        for n, cells in enumerate(rows, start=1):
            for col, value in enumerate(cells):
                if value is None:
                    continue
                if value.__class__ is str:
                    style = as_text if value.startswith(DANGEROUS) else None
                    if len(value) > half and col in continued:
                        parts = xlsx_parts(value)
                        if len(parts) > 1:
                            value = parts[0]
                            result.long_cells += 1
                            if not long_customers or long_customers[-1] != cells[0]:
                                long_customers.append(cells[0])
                            for k, piece in enumerate(parts[1:]):
                                write_string(n, first_extra[col] + k, piece,
                                             as_text if piece.startswith(DANGEROUS) else None)
                    write_string(n, col, value, style)
                elif col in money_cols:
                    write_number(n, col, value, money)
                else:
                    write_number(n, col, value)
            if n % CHUNK == 0:
                yield n, total, "Writing customers…"
        ws.autofilter(0, 0, max(n, 1), len(headers) - 1)
    finally:
        _close(book)
    return n


def _close(book: xlsxwriter.Workbook) -> None:
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.close()
    except FileCreateError as exc:  # the OSError it wraps says what went wrong
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
        raise cause or OSError(str(exc)) from None


def _write_csv(path: Path, rows: Iterator[list], total: int
               ) -> Generator[tuple[int, int, str], None, int]:
    n = 0
    # UTF-8 with a BOM: Excel then opens accents correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADERS)
        for n, cells in enumerate(rows, start=1):
            writer.writerow(["" if v is None else csv_escape(v) if v.__class__ is str
                             else v for v in cells])
            if n % CHUNK == 0:
                yield n, total, "Writing customers…"
    return n
