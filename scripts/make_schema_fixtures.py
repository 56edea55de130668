"""Write tests/fixtures/schemas/<revision>.sqlite: a small salon database at every schema revision.

    .venv/bin/python scripts/make_schema_fixtures.py [REVISION ...]

Each file is a fresh database upgraded with alembic to that revision (and no further), holding a
few synthetic customers and their history written with plain SQL, as the version of Salon Desk
that wrote that revision would have left them: only the tables and columns that revision has,
and a search index of the format of its day (PRAGMA user_version). tests/test_schema_fixtures.py
upgrades every file to the head revision and reads it back through the services.

Add the new revision's file in the same commit as a new migration (run this script with its
number); rows for its new tables or columns go into ROWS below. The files of past revisions are
never made again: they stand for databases already out there.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salon_desk.models.db import make_engine, upgrade  # noqa: E402
from salon_desk.schema_head import VERSIONS_DIR  # noqa: E402
from salon_desk.text.search import INDEX_FORMAT  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "schemas"

# The search index format each revision's Salon Desk wrote (salon_desk.text.search.INDEX_FORMAT):
# 2 came with the close-match vocabulary of 0004; a revision not listed writes today's.
INDEX_FORMAT_AT = {"0001": 1, "0002": 1, "0003": 1, "0004": 2}

T0 = "2024-05-06 09:30:00.000000"  # stored times are naive UTC
T1 = "2025-02-11 16:15:00.000000"
T2 = "2025-03-04 10:00:00.000000"
STAMPS = {"created_at": T0, "updated_at": T1}

# Rows by table, in an order foreign keys accept. A column a revision lacks is left out of that
# revision's file; a table it lacks is skipped.
ROWS: dict[str, list[dict]] = {
    "staff": [
        {"id": 1, "name": "Lucía Prieto", "role": "Stylist", "colour": "#c0392b", "active": 1,
         "position": 0, "email": "lucia@salon.example", **STAMPS},
        {"id": 2, "name": "Marcos Vidal", "role": "Beautician", "colour": "#2980b9",
         "active": 1, "position": 1, **STAMPS},
    ],
    "rooms": [{"id": 1, "name": "Cabin 1", "active": 1}],
    "service_types": [{"id": 1, "name": "Hair", "colour": "#8e44ad"}],
    "services": [
        {"id": 1, "name": "Cut and blow-dry", "service_type_id": 1, "duration_minutes": 45,
         "price_cents": 3500, "tax_rate": 21, "requires_patch_test": 0, "active": 1,
         "description": "", **STAMPS},
        {"id": 2, "name": "Full colour", "service_type_id": 1, "duration_minutes": 90,
         "price_cents": 7000, "tax_rate": 21, "requires_patch_test": 1, "active": 1,
         "description": "Patch test 48 h before", **STAMPS},
    ],
    "customer_categories": [{"id": 1, "name": "Regular", "colour": "#27ae60"}],
    "badges": [{"id": 1, "name": "VIP", "colour": "#f1c40f", "icon": "star", "key": None,
                "builtin": 0, "position": 0}],
    "customers": [
        {"id": 1, "first_name": "Lucía", "last_name": "García Núñez",
         "email": "lucia.garcia@example.com", "mobile": "+34612345678", "gender": "female",
         "birth_year": 1988, "birth_month": 3, "birth_day": 14, "street": "C/ Mayor 12",
         "city": "Zaragoza", "postcode": "50001", "country": "ES", "preferred_staff_id": 1,
         "external_id": "OLD-7781", "category_id": 1, "discount_percent": 5,
         "notes": "Prefers mornings", "allergies": "PPD", "sort_name": "garcia nunez lucia",
         "version": 3},  # 0011
        {"id": 2, "first_name": "Ηλίας", "last_name": "Παπαδόπουλος", "mobile": "+306912345678",
         "gender": "male", "country": "GR", "sort_name": "παπαδοπουλος ηλιας"},
        {"id": 3, "first_name": "Ольга", "last_name": "Іваненко", "email": "olga@example.org",
         "mobile": "+380671234567", "gender": "female", "country": "UA",
         "sort_name": "іваненко ольга"},
        {"id": 4, "first_name": "Seán", "last_name": "O'Brien", "phone": "+442079460000",
         "gender": "male", "country": "GB", "active": 0, "sort_name": "o'brien sean"},
    ],
    "customer_badges": [{"customer_id": 1, "badge_id": 1}],
    "customer_consents": [{"id": 1, "customer_id": 1, "category": "marketing",
                           "channel": "email", "granted": 1, "changed_at": T0}],
    "appointments": [
        {"id": 1, "customer_id": 1, "service_id": 2, "staff_id": 1, "room_id": 1,
         "starts_at": T2, "duration_minutes": 90, "status": "completed", "price_cents": 7000,
         "notes": "", "sale_id": None, **STAMPS},
        {"id": 2, "customer_id": 3, "service_id": 1, "staff_id": 2, "starts_at": T1,
         "duration_minutes": 45, "status": "cancelled", "price_cents": 3500,
         "notes": "Called to cancel", **STAMPS},
    ],
    "sales": [
        {"id": 1, "ticket_number": "T2025-000001", "customer_id": 1, "staff_id": 1,
         "sold_at": T2, "comments": "", "total_cents": 7000, "paid_cents": 7000,
         "points_earned": 70, "cancelled": 0, **STAMPS},
        {"id": 2, "ticket_number": "T2025-000002", "customer_id": 2, "staff_id": 2,
         "sold_at": T1, "comments": "Wrong ticket", "total_cents": 3500, "paid_cents": 3500,
         "points_earned": 0, "cancelled": 1, **STAMPS},
    ],
    "sale_lines": [
        {"id": 1, "sale_id": 1, "position": 0, "kind": "service", "service_id": 2,
         "description": "Full colour", "quantity": 1, "unit_price_cents": 7000,
         "discount_percent": 0, "tax_rate": 21, "amount_cents": 7000, "staff_id": 1,
         "appointment_id": 1},
        {"id": 2, "sale_id": 2, "position": 0, "kind": "service", "service_id": 1,
         "description": "Cut and blow-dry", "quantity": 1, "unit_price_cents": 3500,
         "discount_percent": 0, "tax_rate": 21, "amount_cents": 3500, "staff_id": 2},
    ],
    "payments": [
        {"id": 1, "sale_id": 1, "method": "card", "amount_cents": 7000, "paid_at": T2},
        {"id": 2, "sale_id": 2, "method": "cash", "amount_cents": 3500, "tendered_cents": 5000,
         "paid_at": T1},
    ],
    "vouchers": [
        {"id": 1, "customer_id": 1, "name": "Blow-dry x5", "service_id": 1,
         "purchased_on": "2025-01-02", "sessions_bought": 5, "sessions_used": 1,
         "description": "", "cancelled": 0, **STAMPS},
    ],
    "voucher_uses": [{"id": 1, "voucher_id": 1, "used_at": T1, "service_id": 1, "staff_id": 2,
                      "note": ""}],
    "debts": [
        {"id": 1, "customer_id": 3, "incurred_at": T1, "initial_cents": 2000,
         "remaining_cents": 1500, "description": "Rest of the colour", **STAMPS},
    ],
    "debt_payments": [{"id": 1, "debt_id": 1, "amount_cents": 500, "method": "cash",
                       "description": "", "paid_at": T2, "staff_id": 1}],
    "notes": [
        {"id": 1, "customer_id": 1, "note_type": "general", "text": "Sensitive scalp",
         "pinned": 1, "author_id": 1, **STAMPS},
    ],
    "points_entries": [
        {"id": 1, "customer_id": 1, "at": T2, "points": 70, "action": "earned",
         "balance": 70, "reason": "", "sale_id": 1},
    ],
    "saved_segments": [  # 0005
        {"id": 1, "name": "VIP colour", "criteria": '{"badges_any": [1], "services": [2]}',
         **STAMPS},
    ],
    "bulk_changes": [  # 0007
        {"id": 1, "kind": "active", "badge_id": None, "value": 0, "made_at": T2},
    ],
    "bulk_changed_customers": [
        {"change_id": 1, "customer_id": 1, "before": 1, "stamp": T2},
    ],
    "messages": [  # recipient, due_at and the other outbox columns came with 0008
        {"id": 1, "customer_id": 1, "channel": "whatsapp", "category": "appointments",
         "subject": "", "body": "See you on Tuesday", "at": T1, "status": "logged",
         "staff_id": 1, "recipient": "", "attempts": 0, "error": "", "kind": "manual"},
        {"id": 2, "customer_id": 3, "channel": "email", "category": "marketing",
         "subject": "This month", "body": "Hello Olga", "at": T2, "status": "queued",
         "recipient": "olga@example.org", "due_at": T2, "attempts": 1, "error": "",
         "next_attempt_at": T2, "kind": "manual",
         "batch_id": "b2c4f3e0-0008-4000-8000-000000000001", "template_id": 6},
    ],
    "message_attachments": [  # 0008
        {"id": 1, "message_id": 2, "filename": "ticket.pdf", "mime": "application/pdf",
         "data": b"%PDF-1.4 fixture"},
    ],
    "forget_requests": [  # 0009
        {"id": 1, "customer_id": 2, "asked_by": "the customer, by email", "asked_at": T2,
         "done_by": "owner", "done_at": T2},
    ],
    "retention_kept": [
        {"customer_id": 1, "kept_at": T2, "kept_by": "owner", "reason": "open debt"},
    ],
}

# Filled in for every customer row (the app's defaults of the day).
CUSTOMER_DEFAULTS = {"discount_percent": 0, "notes": "", "allergies": "", "active": 1,
                     "blocked": 0, "blocked_reason": "", "notify_reminders": 1,
                     "notify_birthday": 1, "notify_marketing": 0, "balance_cents": 0, **STAMPS}


def revisions() -> list[str]:
    """Every revision of the migration files, oldest first (their file names sort so)."""
    return sorted(path.name.split("_", 1)[0] for path in VERSIONS_DIR.glob("[0-9]*_*.py"))


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, bool]:
    """{column: required (NOT NULL without a default)} of a table; empty when it is absent."""
    return {name: bool(notnull) and default is None and not pk
            for _cid, name, _type, notnull, default, pk in conn.execute(
                f"PRAGMA table_info({table})")}


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> int:
    columns = _columns(conn, table)
    if not columns:
        return 0
    for row in rows:
        if table == "customers":
            row = {**CUSTOMER_DEFAULTS, **row}
        kept = {k: v for k, v in row.items() if k in columns}
        missing = [c for c, required in columns.items() if required and c not in kept]
        if missing:
            raise SystemExit(f"{table}: ROWS lacks the required columns {missing}")
        conn.execute(f"INSERT INTO {table} ({', '.join(kept)}) "
                     f"VALUES ({', '.join('?' * len(kept))})", tuple(kept.values()))
    return len(rows)


def _index(conn: sqlite3.Connection) -> None:
    """The search index rows as the app of the day wrote them: names lower-cased (a re-index
    replaces them; what counts is that the upgrade finds an index of an older format)."""
    for cid, first, last, email in conn.execute(
            "SELECT id, first_name, last_name, email FROM customers").fetchall():
        body = " | ".join(p for p in (str(cid), first.lower(), last.lower(), email or "") if p)
        conn.execute("INSERT INTO customer_fts (rowid, body) VALUES (?, ?)", (cid, body))
        conn.execute("INSERT INTO customer_words (rowid, words) VALUES (?, ?)",
                     (cid, f"{first} {last}"))


def _index_as_today(path: Path) -> None:
    """A revision of today's index format: sort names and search index as today's app writes
    them (opening it re-indexes nothing, so the rows must already be so)."""
    from salon_desk.models.search_index import rebuild_index

    engine = make_engine(path)
    with engine.begin() as conn:
        rebuild_index(conn)
    engine.dispose()


def make(revision: str) -> Path:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / f"{revision}.sqlite"
    path.unlink(missing_ok=True)
    engine = make_engine(path)
    upgrade(engine, revision)
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        counts = {table: _insert(conn, table, rows) for table, rows in ROWS.items()}
        _index(conn)
        conn.execute(f"PRAGMA user_version = {INDEX_FORMAT_AT.get(revision, INDEX_FORMAT)}")
    if INDEX_FORMAT_AT.get(revision, INDEX_FORMAT) == INDEX_FORMAT:
        _index_as_today(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    conn.execute("PRAGMA page_size = 1024")  # small files: most tables hold a row or two
    conn.execute("VACUUM")
    conn.close()
    written = sum(counts.values())
    print(f"{path.relative_to(ROOT)}: {written} rows in {sum(1 for n in counts.values() if n)} "
          "tables")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision", nargs="*", help="default: every revision")
    args = parser.parse_args()
    for revision in args.revision or revisions():
        make(revision)


if __name__ == "__main__":
    main()
