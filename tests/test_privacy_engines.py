"""Forgetting and the subject-access export on both engines, through the service and the
command line. What is checked here is what the database answers: no row of any table still
holds the person in any form. The raw bytes of the storage are checked on SQLite only
(tests/test_privacy.py): there the file, its WAL and the documents folder are the salon's; a
server's data folder, write-ahead log and backups are the server's (docs/salon-server.md)."""

from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.types import String, Text

from salon_desk.models import Customer
from salon_desk.services.privacy import forget
from salon_desk.services.privacy.forget import forget_customer
from tests.test_privacy import DOCUMENT, FIRST, NEEDLES, _money, cli
from tests.test_privacy import zenobia  # noqa: F401 - the fixture, used by its name

pytestmark = pytest.mark.any_engine


def _rows_holding_her(db) -> list[tuple[str, str]]:
    """(table, column) of every text value anywhere that still names her."""
    found = []
    with db.session() as session:
        conn = session.connection()
        schema = inspect(conn)
        for table in schema.get_table_names():
            for column in schema.get_columns(table):
                if not isinstance(column["type"], (String, Text)):
                    continue
                name = column["name"]
                for needle in NEEDLES:
                    hit = conn.execute(text(
                        f'SELECT 1 FROM "{table}" WHERE lower("{name}") LIKE :pattern LIMIT 1'),
                        {"pattern": f"%{needle.lower()}%"}).first()
                    if hit:
                        found.append((table, name))
                        break
    return found


def _file_numbers(db) -> dict[str, int]:
    """Each table's storage file on the server (a rewrite gives it a new one)."""
    with db.session() as session:
        return dict(session.connection().exec_driver_sql(
            "SELECT relname, relfilenode FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
        ).all())


def test_forget_removes_her_from_every_row_and_keeps_the_books(
        salon_db, zenobia, engine):  # noqa: F811
    assert _rows_holding_her(salon_db)
    money = _money(salon_db)
    before = _file_numbers(salon_db) if engine == "postgresql" else {}
    result = forget_customer(salon_db, zenobia, asked_by="by email")
    assert result.records == 2 and result.documents_removed == (1 if engine == "sqlite" else 0)
    assert _rows_holding_her(salon_db) == []
    assert _money(salon_db) == money
    with salon_db.session() as session:
        assert session.get(Customer, zenobia).first_name == "Forgotten customer"
    if engine == "postgresql":  # every table it touched was rewritten without the old rows
        after = _file_numbers(salon_db)
        assert [t for t in forget.touched_tables() if t in before
                and after[t] == before[t]] == []


def test_forget_and_subject_export_from_the_command_line(
        salon_db, zenobia, tmp_path):  # noqa: F811
    target = tmp_path / "zenobia.zip"
    cli("--db", salon_db.address, "subject-export", str(zenobia), "-o", str(target))
    with zipfile.ZipFile(target) as zf:
        [document] = [n for n in zf.namelist() if n.startswith("documents/")]
        assert zf.read(document) == DOCUMENT and document.endswith(f"{FIRST}-consent.pdf")
    out = cli("--db", salon_db.address, "forget", str(zenobia), "--yes").stdout
    assert "forgotten" in out
    assert _rows_holding_her(salon_db) == []
