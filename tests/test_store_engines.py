"""The salon database on both engines: SQLite files and a salon server (PostgreSQL).

The migrations build the same tables and columns on both; the engine-specific parts (search
index tables, the append-only audit trail, busy handling, the server's own errors) do on the
server what they do on SQLite; the test run's PostgreSQL fixtures start, skip and fail as they
say (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from salon_desk.cli import main
from salon_desk.models import db as db_module
from salon_desk.models.customers import Customer
from salon_desk.models.db import Database, DatabaseBusy, DatabaseError
from salon_desk.models.opening import server_tables, server_url
from salon_desk.models.search_index import FTS_TABLES, INDEX_FORMAT, index_format
from salon_desk.models.settings import Setting
from salon_desk.services.customers.records import CustomerData, create_customer
from tests.pg_server import PASSWORD, PASSWORD_ROLE

ROOT = Path(__file__).resolve().parents[1]


def _columns(engine) -> dict[str, dict[str, bool]]:
    """{table: {column: nullable}} of everything but the search index (FTS5 makes shadow
    tables of its own on SQLite) and Alembic's table."""
    found = inspect(engine)
    return {table: {c["name"]: c["nullable"] for c in found.get_columns(table)}
            for table in found.get_table_names()
            if not any(table == t or table.startswith(t + "_") for t in FTS_TABLES)
            and table != "alembic_version"}


def test_an_empty_server_database_migrates_to_the_tables_and_columns_of_sqlite(
        pg_server, tmp_path):
    url = pg_server.new_database(empty=True)
    server = Database(url)
    local = Database(tmp_path / "salon.sqlite")
    try:
        on_server, on_sqlite = _columns(server.engine), _columns(local.engine)
        assert len(on_sqlite) > 40
        assert on_server == on_sqlite
        with server.engine.connect() as conn:  # the search index's tables, as FTS5 names them
            found = inspect(conn)
            assert {c["name"] for c in found.get_columns("customer_fts")} == {"rowid", "body"}
            assert {c["name"] for c in found.get_columns("customer_words")} == {"rowid", "words"}
            extensions = set(conn.exec_driver_sql("SELECT extname FROM pg_extension").scalars())
            assert {"pg_trgm", "unaccent"} <= extensions
            assert index_format(conn) == INDEX_FORMAT
    finally:
        server.dispose()
        local.dispose()
        pg_server.drop_database(url)


def test_saving_changing_and_deleting_a_customer_keeps_the_index_in_step(any_salon_db):
    with any_salon_db.transaction() as session:
        ana = create_customer(session, CustomerData(first_name="Ana", last_name="García Núñez",
                                                    mobile="+34612345678"))
    with any_salon_db.transaction() as session:
        session.get(Customer, ana.id).last_name = "Pazos"
    with any_salon_db.session() as session:
        body = session.execute(text("SELECT body FROM customer_fts WHERE rowid = :id"),
                               {"id": ana.id}).scalar()
        words = session.execute(text("SELECT words FROM customer_words WHERE rowid = :id"),
                                {"id": ana.id}).scalar()
        variants = set(session.execute(text("SELECT variant FROM search_variants "
                                            "WHERE word = 'pazos'")).scalars())
    assert "pazos" in body and "612345678" in body and "garcia" not in body
    assert words == "ana pazos"
    assert {"pazos", "azos", "pzos", "paos", "pazs", "pazo"} <= variants
    with any_salon_db.transaction() as session:
        session.delete(session.get(Customer, ana.id))
    with any_salon_db.session() as session:
        assert session.execute(text("SELECT count(*) FROM customer_fts")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM customer_words")).scalar() == 0


def test_the_audit_trail_refuses_changes_on_both_engines(any_salon_db):
    with any_salon_db.transaction() as session:
        create_customer(session, CustomerData(first_name="Ana"))
    with any_salon_db.session() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0
    for statement in ("UPDATE audit_log SET who = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with any_salon_db.transaction() as session:
                session.execute(text(statement))


def test_seeded_message_templates_leave_the_next_id_free(any_salon_db):
    from salon_desk.models.messages import MessageTemplate

    with any_salon_db.transaction() as session:
        seeded = session.query(MessageTemplate).count()
        template = MessageTemplate(name="Own", channel="email", category="marketing")
        session.add(template)
        session.flush()
        assert template.id == seeded + 1


def test_a_row_kept_locked_by_another_desk_gives_busy_after_the_wait(
        pg_server, monkeypatch):
    monkeypatch.setattr(db_module, "WRITE_WAIT_S", 0.5)
    url = pg_server.new_database()
    first, second = Database(url), Database(url)
    try:
        with first.transaction() as session:
            session.add(Setting(key="salon.name", value="Ana's"))
        with first.transaction() as holding:
            holding.execute(text("SELECT * FROM settings WHERE key = 'salon.name' FOR UPDATE"))
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as raised:
                with second.transaction() as session:
                    session.execute(text("UPDATE settings SET value = '\"B\"' "
                                         "WHERE key = 'salon.name'"))
            waited = time.monotonic() - started
        assert 0.4 < waited < 5
        assert str(raised.value) == "Another window or program is saving; try again."
    finally:
        first.dispose()
        second.dispose()
        pg_server.drop_database(url)


def test_two_desks_saving_different_rows_do_not_wait_for_each_other(pg_server, monkeypatch):
    monkeypatch.setattr(db_module, "WRITE_WAIT_S", 0.5)
    url = pg_server.new_database()
    first, second = Database(url), Database(url)
    add_room = text("INSERT INTO rooms (name, active) VALUES (:name, true)")
    try:
        with first.transaction() as session:
            session.execute(add_room, {"name": "Cabin 1"})
            done = threading.Event()

            def other_desk():
                with second.transaction() as other:
                    other.execute(add_room, {"name": "Cabin 2"})
                done.set()

            thread = threading.Thread(target=other_desk)
            thread.start()
            assert done.wait(5)  # while the first desk's transaction is still open
            thread.join()
        with first.session() as session:
            assert session.execute(text("SELECT count(*) FROM rooms")).scalar() == 2
    finally:
        first.dispose()
        second.dispose()
        pg_server.drop_database(url)


def test_a_mistake_in_a_statement_is_not_taken_for_a_lost_connection(pg_server):
    url = pg_server.new_database()
    database = Database(url)
    try:
        with pytest.raises(DBAPIError) as raised:  # psycopg's own ProgrammingError, no SQLSTATE
            with database.transaction() as session:
                session.connection().exec_driver_sql("SELECT %s", ())
        assert not isinstance(raised.value, DatabaseError)
        with database.session() as session:  # and the connection is still good
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        database.dispose()
        pg_server.drop_database(url)


def _server_error(url: str) -> DatabaseError:
    with pytest.raises(DatabaseError) as raised:
        Database(url)
    return raised.value


def test_a_server_that_is_not_there_is_named_without_its_password(pg_server, tmp_path):
    url = f"postgresql://{PASSWORD_ROLE}:{PASSWORD}@/salon?host={tmp_path}&port=1"
    problem = _server_error(url)
    assert problem.kind == "server_unreachable"
    assert str(problem).startswith("The salon server postgresql://desk@/salon?")
    assert PASSWORD not in str(problem)


def test_a_wrong_password_and_a_missing_database_are_told_apart(pg_server):
    wrong = pg_server.url("postgres", user=f"{PASSWORD_ROLE}:not-it")
    problem = _server_error(wrong)
    assert problem.kind == "server_login" and "not-it" not in str(problem)
    assert "refused the user name or password" in str(problem)
    missing = pg_server.url("no_such_salon")
    problem = _server_error(missing)
    assert problem.kind == "server_no_database"
    assert "has no such database" in str(problem)


def test_the_server_messages_have_spanish(pg_server, spanish):
    from salon_desk.ui.texts import message_text

    problem = _server_error(pg_server.url("no_such_salon"))
    shown = message_text(problem.text)
    assert shown.startswith("El servidor del salón postgresql://postgres@/no_such_salon?")


def test_a_database_of_another_program_on_the_server_is_refused(pg_server):
    url = pg_server.new_database(empty=True)
    other = create_engine(server_url(url))
    try:
        with other.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id integer PRIMARY KEY)")
        problem = _server_error(url)
        assert problem.kind == "not_salon"
        assert str(problem).startswith("postgresql://postgres@/salon_")
        assert server_tables(other.connect()) == {"invoices"}  # left unchanged
    finally:
        other.dispose()
        pg_server.drop_database(url)


def test_the_command_line_takes_a_server_address(pg_server, capsys):
    url = pg_server.new_database()
    try:
        assert main(["--db", url, "demo", "--customers", "30"]) == 0
        assert "Demo salon with 30 customers written to postgresql://postgres@/salon_" in (
            capsys.readouterr().out)
        database = Database(url)
        try:
            with database.session() as session:
                assert session.query(Customer).count() == 30
        finally:
            database.dispose()
    finally:
        pg_server.drop_database(url)


def test_the_command_line_names_an_unreachable_server_without_its_password(tmp_path, capsys):
    url = f"postgresql://{PASSWORD_ROLE}:{PASSWORD}@/salon?host={tmp_path}&port=1"
    assert main(["--db", url, "audit"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("salon-desk: The salon server postgresql://desk@/salon")
    assert PASSWORD not in err


PROBE = "tests/test_store_engines.py::test_probe_of_the_fixtures"


def test_probe_of_the_fixtures(any_db):
    """Run by the next test in a pytest of its own, without PostgreSQL's binaries."""
    assert any_db.engine_name in ("sqlite", "postgresql")


@pytest.mark.parametrize("required", [False, True])
def test_without_server_binaries_the_postgresql_half_is_skipped_or_fails(required, tmp_path):
    env = dict(os.environ, SALON_DESK_PG_BIN=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("SALON_DESK_TEST_PG", None)
    if required:
        env["SALON_DESK_TEST_PG"] = "required"
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                          PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300, check=False)
    if required:
        assert run.returncode != 0
        assert "1 passed" in run.stdout and "1 error" in run.stdout
    else:
        assert run.returncode == 0, run.stdout
        assert "1 passed" in run.stdout and "1 skipped" in run.stdout
        assert "PostgreSQL tests skipped: no server binaries" in run.stdout
