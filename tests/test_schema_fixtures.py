"""A salon database of every past schema revision opens in this version: upgraded, rows intact.

tests/fixtures/schemas/<revision>.sqlite is made by scripts/make_schema_fixtures.py: a database
at that revision with a few customers and their history. Each one is opened as the app opens a
file (backed up, upgraded to the head revision, re-indexed) and read back through the services.
A new migration without its fixture fails here.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from salon_desk.models import Customer
from salon_desk.models.db import Database, head_revision
from salon_desk.services.customers.records import get_customer
from salon_desk.services.search.lookup import CustomerFilter, search_ids
from salon_desk.services.sales.credits import list_vouchers, voucher_history
from salon_desk.services.sales.debts import list_debts, owed_cents
from salon_desk.services.sales.records import count_sales, get_sale

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_schema_fixtures import FIXTURES, ROWS, revisions  # noqa: E402

# Tables the upgrade or the re-index rewrites: their rows are not the fixture's.
REWRITTEN = {"alembic_version", "search_variants", "settings"}


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE 'customer_fts%' AND name NOT LIKE 'customer_words%'")]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in tables if t not in REWRITTEN}
    finally:
        conn.close()


def test_every_revision_has_its_fixture():
    made = sorted(path.stem for path in FIXTURES.glob("*.sqlite"))
    assert revisions()[:4] == ["0001", "0002", "0003", "0004"]
    assert made == revisions(), (
        "every migration needs its fixture database: run "
        "scripts/make_schema_fixtures.py <revision> and commit the file")


@pytest.fixture(params=revisions())
def old_file(request, tmp_path) -> tuple[str, Path, dict[str, int]]:
    revision = request.param
    fixture = FIXTURES / f"{revision}.sqlite"
    assert fixture.exists(), f"no fixture for revision {revision}"
    path = tmp_path / "salon.sqlite"
    shutil.copyfile(fixture, path)
    return revision, path, _counts(path)


def test_a_file_of_every_revision_upgrades_with_its_rows(old_file):
    revision, path, before = old_file
    assert sum(before.values()) >= 14 and before["customers"] == len(ROWS["customers"])
    database = Database(path)
    try:
        if revision != head_revision():  # a copy as it was, taken before the upgrade
            assert database.backup_path is not None
            assert _counts(database.backup_path) == before
            backup = sqlite3.connect(database.backup_path)
            assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (revision,)]
            backup.close()
        with database.session() as session:
            assert session.execute(select(Customer.id, Customer.first_name).order_by(
                Customer.id)).all() == [(1, "Lucía"), (2, "Ηλίας"), (3, "Ольга"), (4, "Seán")]
    finally:
        database.dispose()
    after = _counts(path)
    assert {t: after[t] for t in before} == before  # every row of every table kept
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)]
    finally:
        conn.close()


def test_the_services_read_a_file_of_every_revision(old_file):
    _revision, path, before = old_file
    database = Database(path)
    try:
        with database.session() as session:
            lucia = get_customer(session, 1)
            assert (lucia.last_name, lucia.mobile, lucia.external_id) == (
                "García Núñez", "+34612345678", "OLD-7781")
            assert lucia.sort_name == "garcia nunez lucia"
            assert get_customer(session, 2).sort_name == "papadopoulos ilias"  # re-indexed
            for typed, found in (("garcia", [1]), ("ilias", [2]), ("Ηλίας", [2]),
                                 ("olga@example", [3]), ("612 345", [1]), ("OLD-7781", [1])):
                assert search_ids(session, CustomerFilter(text=typed)) == found, typed
            if "sales" not in before:
                return
            assert count_sales(session, 1) == 1
            sale = get_sale(session, 1)
            assert (sale.ticket_number, sale.total_cents) == ("T2025-000001", 7000)
            assert get_sale(session, 2).cancelled
            assert owed_cents(session, 3) == 1500
            assert [d.remaining_cents for d in list_debts(session, 3)] == [1500]
            vouchers = list_vouchers(session, 1, today=dt.date(2025, 6, 1))
            assert [v.name for v in vouchers] == ["Blow-dry x5"]
            assert voucher_history(session, 1).sessions is not None
    finally:
        database.dispose()
