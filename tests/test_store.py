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


def test_models_match_migrations(any_db):
    with any_db.engine.connect() as conn:
        def compared(obj, name, type_, reflected, compare_to):
            return _not_fts(obj, name, type_) and _made_here(obj, conn.dialect.name)

        ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                     "include_object": compared})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def _not_fts(obj, name, type_):
    return not (type_ == "table" and name.startswith(("customer_fts", "customer_words")))


def _made_here(obj, dialect: str) -> bool:
    """Not an index the models make only on the other engine (``ddl_if(dialect=...)``)."""
    only = getattr(getattr(obj, "_ddl_if", None), "dialect", None)
    return only is None or only == dialect


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


def test_database_at_0002_with_sales_and_vouchers_upgrades_to_head(tmp_path):
    """0003 adds the cancellation columns in place: rows stay, old cancellations get a date."""
    import datetime as dt

    from salon_desk.models import Sale, Voucher
    from salon_desk.services.sales.credits import voucher_history
    from salon_desk.services.sales.void import void_sale

    path = tmp_path / "at-0002.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0002")
    stamp = "'2025-03-04 10:00:00.000000'"
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO customers (id, first_name, last_name, gender, discount_percent, notes, "
            "allergies, active, blocked, blocked_reason, notify_reminders, notify_birthday, "
            "notify_marketing, balance_cents, sort_name, created_at, updated_at) VALUES (1, "
            f"'Olga', 'Ivanova', 'female', 0, '', '', 1, 0, '', 1, 1, 0, 0, 'ivanova olga', "
            f"{stamp}, {stamp})"))
        for sid, number, cancelled in ((1, "T2025-000001", 0), (2, "T2025-000002", 1)):
            conn.execute(text(
                "INSERT INTO sales (id, ticket_number, customer_id, sold_at, comments, "
                "total_cents, paid_cents, points_earned, cancelled, created_at, updated_at) "
                f"VALUES ({sid}, '{number}', 1, {stamp}, '', 7000, 7000, 0, {cancelled}, "
                f"{stamp}, {stamp})"))
        conn.execute(text(
            "INSERT INTO vouchers (id, customer_id, name, purchased_on, sessions_bought, "
            "sessions_used, description, cancelled, created_at, updated_at) VALUES (1, 1, "
            f"'Laser x5', '2025-01-02', 5, 1, 'Legs', 0, {stamp}, {stamp}), (2, 1, 'Old', "
            f"'2024-01-02', 3, 0, '', 1, {stamp}, {stamp})"))
        conn.execute(text(
            "INSERT INTO payments (sale_id, method, amount_cents, reference_id, paid_at) "
            f"VALUES (1, 'voucher', 7000, 1, {stamp})"))
    engine.dispose()

    database = Database(path)
    try:
        with database.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")
                                   ).scalar() == head_revision() != "0002"
            live, old = session.get(Sale, 1), session.get(Sale, 2)
            assert (live.cancelled, live.cancelled_at, live.cancel_reason) == (False, None, "")
            assert old.cancelled and old.cancelled_at == dt.datetime(2025, 3, 4, 10,
                                                                     tzinfo=dt.UTC)
            assert session.get(Voucher, 2).cancelled_at is not None
            assert session.get(Voucher, 1).cancel_reason == ""
            history = voucher_history(session, 1)
            assert [(s.ticket_number, s.returned) for s in history.sessions] == [
                ("T2025-000001", False)]
        with database.transaction() as session:
            void_sale(session, 1, "Test of the upgraded file")
        with database.session() as session:
            assert session.get(Voucher, 1).sessions_used == 0
            assert session.get(Sale, 1).cancel_reason == "Test of the upgraded file"
    finally:
        database.dispose()
