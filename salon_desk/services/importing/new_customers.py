"""Writing an import's new customers: a batch of rows a column at a time, their consents and
badges, and their search index rows (services.importing.run plans and calls it)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from salon_desk.models import ConsentEvent, Customer, CustomerConsent, customer_badges
from salon_desk.services.customers.records import COLUMN_FIELDS, CustomerData
from salon_desk.services.importing.bulk import (
    INDEXED,
    BulkInserter,
    index_new_customers,
    quick_sort_name,
)
from salon_desk.services.importing.rows import RowResult
from salon_desk.text.fold import fold

# A new customer's row: the form's defaults, and the table's own for the columns the form
# does not have (as the ORM would insert them).
_DEFAULTS = {**{c.name: c.default.arg for c in Customer.__table__.c
                if c.default is not None and c.default.is_scalar},
             **{name: getattr(CustomerData(), name) for name in COLUMN_FIELDS}}
_COLUMNS = set(COLUMN_FIELDS)


def problem_lines(r: RowResult, day: str) -> list[str]:
    """The notes lines keeping what could not be read, and what was guessed or cleaned."""
    lines = [f"[Import {day}] Unreadable {p.column}: '{p.value}' ({p.message})"
             for p in r.problems]
    for p in r.flags:
        where = f"Check {p.column}" if p.column else "Check"
        lines.append(f"[Import {day}] {where}: '{p.value}' ({p.message})" if p.value
                     else f"[Import {day}] {where}: {p.message}")
    return lines


def _notes(r: RowResult, day: str) -> str:
    """The new customer's notes: the file's, then what was kept or guessed on the way."""
    notes = r.values.get("notes", _DEFAULTS["notes"])
    if not (r.info_notes or r.problems or r.flags):
        return notes or ""
    return "\n".join([*([notes] if notes else []), *r.info_notes, *problem_lines(r, day)])


def _customer_columns(chunk: list[tuple[int, RowResult]], names: dict, now: dt.datetime,
                      day: str) -> dict[str, object]:
    """The new customers' rows a column at a time (BulkInserter.insert_columns): a list of
    each one's values for the columns the file fills and the id, sort name and notes; the
    default, or the import's time, for the others."""
    rows = [r for _cid, r in chunk]
    columns: dict[str, object] = dict(_DEFAULTS)
    for name in {name for r in rows for name in r.values if name in _COLUMNS}:
        default = _DEFAULTS[name]
        columns[name] = [r.values.get(name, default) for r in rows]
    columns["notes"] = [_notes(r, day) for r in rows]
    if any(r.values.get("category") for r in rows):
        given = _each(columns["category_id"], len(rows))
        categories = names["categories"]
        columns["category_id"] = [categories[fold(c)] if (c := r.values.get("category")) else g
                                  for r, g in zip(rows, given, strict=True)]
    firsts = _each(columns["first_name"], len(rows))
    lasts = _each(columns["last_name"], len(rows))
    columns.update(id=[cid for cid, _r in chunk],
                   sort_name=list(map(quick_sort_name, firsts, lasts)),
                   created_at=now, updated_at=now, last_visit_at=None, balance_cents=0,
                   merged_into_id=None)
    return columns


def _each(column: object, count: int) -> list:
    """A column of _customer_columns as each row's value."""
    return column if column.__class__ is list else [column] * count


class Writer:
    def __init__(self, conn, phones) -> None:
        self.conn = conn
        self.phones = phones
        self.customers = BulkInserter(conn, Customer.__table__, list(Customer.__table__.c.keys()))
        self.names: list[str] = []  # the new customers' first names and surnames, and emails
        self.emails: list[str | None] = []


def insert_batch(writer: Writer, chunk: list[tuple[int, RowResult]], names: dict,
                  now: dt.datetime, day: str) -> None:
    conn = writer.conn
    columns = _customer_columns(chunk, names, now, day)
    writer.customers.insert_columns(len(chunk), columns)
    for name in ("first_name", "last_name"):
        writer.names += _each(columns[name], len(chunk))
    writer.emails += _each(columns["email"], len(chunk))
    consents, events, badge_rows = [], [], []
    for cid, r in chunk:
        for (category, channel), granted in r.values.get("consents", {}).items():
            consents.append({"customer_id": cid, "category": category, "channel": channel,
                             "granted": granted, "changed_at": now})
            events.append({"customer_id": cid, "category": category, "channel": channel,
                           "granted": granted, "at": now, "source": "import"})
        badge_rows += [{"customer_id": cid, "badge_id": b} for b in badge_ids(r, names)]
    if consents:
        conn.execute(insert(CustomerConsent.__table__), consents)
        conn.execute(insert(ConsentEvent.__table__), events)
    if badge_rows:
        conn.execute(insert(customer_badges), badge_rows)
    index_new_customers(conn, zip(*(_each(columns[name], len(chunk)) for name in INDEXED),
                                  strict=True), writer.phones.digits)


def badge_ids(r: RowResult, names: dict) -> set[int]:
    """The badges a row gives its customer, with "Check import" when something was guessed."""
    badge_ids = {names["badges"][fold(n)] for n in r.values.get("badges", ())}
    if (r.problems or r.flags) and names["check"]:
        badge_ids.add(names["check"])
    return badge_ids
