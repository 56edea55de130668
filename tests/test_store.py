"""The store: engine settings, migrations at start with a backup, models matching migrations."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from salon_desk.models import Base, Customer
from salon_desk.models.db import Database, DatabaseError, head_revision, make_engine, upgrade


def test_wal_and_foreign_keys_are_on(db):
    with db.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_models_match_migrations(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                     "include_object": _not_fts})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def _not_fts(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name.startswith(("customer_fts", "customer_words")))


def test_old_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO customers (first_name, last_name, gender, "
                          "discount_percent, notes, allergies, active, blocked, blocked_reason, "
                          "notify_reminders, notify_birthday, notify_marketing, balance_cents, "
                          "sort_name, created_at, updated_at) VALUES ('Olga', 'Ivanova', "
                          "'female', 0, '', '', 1, 0, '', 1, 1, 0, 0, 'ivanova olga', "
                          "'2020-01-01', '2020-01-01')"))
    engine.dispose()

    database = Database(path)
    try:
        assert database.backup_path is not None and database.backup_path.exists()
        backup = sqlite3.connect(database.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT first_name FROM customers").fetchall() == [("Olga",)]
        backup.close()
        with database.session() as session:
            assert session.scalar(select(Customer.first_name)) == "Olga"
            version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
            # a table of a later revision exists now
            session.execute(text("SELECT count(*) FROM sales")).scalar()
    finally:
        database.dispose()


def test_current_database_is_not_backed_up_again(tmp_path):
    Database(tmp_path / "a.sqlite").dispose()
    again = Database(tmp_path / "a.sqlite")
    assert again.backup_path is None
    again.dispose()
    assert not list(tmp_path.glob("*.backup-*"))


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    Database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version"):
        Database(path)


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseError, match="not a Salon Desk database"):
        Database(path)


def test_failed_transaction_writes_nothing(salon_db):
    with pytest.raises(RuntimeError), salon_db.transaction() as session:
        session.add(Customer(first_name="Lost"))
        session.flush()
        raise RuntimeError("boom")
    with salon_db.session() as session:
        assert session.scalar(select(Customer).where(Customer.first_name == "Lost")) is None


def test_times_come_back_as_utc(salon_db, make_customer):
    import datetime as dt

    cid = make_customer(first_name="Zoe")
    local = dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with salon_db.transaction() as session:
        session.get(Customer, cid).last_visit_at = local
    with salon_db.session() as session:
        stored = session.get(Customer, cid).last_visit_at
    assert stored.tzinfo is not None
    assert stored == local and stored.utcoffset() == dt.timedelta(0)
    assert stored.hour == 8
