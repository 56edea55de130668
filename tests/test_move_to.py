"""salon-desk move-to: a one-PC salon (SQLite file and documents folder) copied onto a salon
server, checked, with the file left byte for byte as it was; refused, failed or cancelled moves
leave the server database as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salon_desk.cli import main
from salon_desk.models import Customer, Document, DocumentFile
from salon_desk.models.db import Database
from salon_desk.models.opening import server_tables
from salon_desk.services import jobs
from salon_desk.services.care.documents import document_path
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.moving.copying import move_to_server
from tests.pg_server import PASSWORD, PASSWORD_ROLE


@pytest.fixture(scope="module")
def demo_salon(tmp_path_factory) -> Path:
    """A demo salon with years of history and attached documents, made once."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SALON_DESK_DATA_DIR", str(folder / "data"))
        assert main(["--db", str(folder / "salon.sqlite"), "demo", "--customers", "60"]) == 0
    return folder / "salon.sqlite"


@pytest.fixture
def salon_file(demo_salon, tmp_path) -> Path:
    """This test's own copy of the demo salon and its documents."""
    target = tmp_path / "salon" / demo_salon.name
    shutil.copytree(demo_salon.parent, target.parent,
                    ignore=shutil.ignore_patterns("data", "*.backup-*"))
    return target


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _owned_database(pg_server) -> str:
    """An empty database belonging to a role that signs in with a password (as a salon's own
    server user would be), its address with the password in it."""
    url = pg_server.new_database(empty=True)
    name = url.split("?")[0].rsplit("/", 1)[-1]
    pg_server.admin(f"ALTER DATABASE {name} OWNER TO {PASSWORD_ROLE}")
    return url.replace("postgres@", f"{PASSWORD_ROLE}:{PASSWORD}@", 1)


def _server_tables(url: str) -> set[str]:
    from salon_desk.models.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return server_tables(conn)
    finally:
        engine.dispose()


def test_move_copies_everything_checks_it_and_leaves_the_file_untouched(
        pg_server, salon_file, capsys):
    url = _owned_database(pg_server)
    before = _hash(salon_file)
    assert main(["--db", str(salon_file), "move-to", url, "--yes", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert _hash(salon_file) == before
    assert PASSWORD not in json.dumps(report)
    assert all(a == b for a, b in report["rows"].values())
    assert all(a == b for a, b in report["sums"].values())
    assert report["rows"]["customers"][0] >= 60 and report["sums"]["sales.total_cents"][0] > 0
    assert report["documents"] > 0 and report["documents_missing"] == []
    assert report["rows"]["document files"] == [report["documents"]] * 2

    server = Database(url)
    try:
        assert server.backup_path is None  # already at the current schema: nothing to do
        with server.session() as s:
            doc = s.scalars(select(Document).order_by(Document.id)).first()
            opened = document_path(s, doc.id)
            assert s.scalar(select(func.count()).select_from(DocumentFile)) == report["documents"]
            indexed = s.connection().exec_driver_sql("SELECT count(*) FROM customer_fts").scalar()
            live = s.scalar(select(func.count()).select_from(Customer).where(
                Customer.merged_into_id.is_(None)))
            top = s.scalar(select(func.max(Customer.id)))
        assert opened.read_bytes() == (salon_file.parent / "documents" / doc.stored_name
                                       ).read_bytes()
        assert indexed == live
        with server.transaction() as s:  # the id sequences were moved past the copied ids
            assert create_customer(s, CustomerData(first_name="Nueva")).id == top + 1
    finally:
        server.dispose()


def test_the_printed_comparison_puts_file_and_server_side_by_side(pg_server, salon_file,
                                                                   capsys):
    url = pg_server.new_database()  # migrated already, as a desk opening it would leave it
    assert main(["--db", str(salon_file), "move-to", url, "--yes", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "file" in out and "server" in out and "DIFFERENT" not in out
    line = next(row for row in out.splitlines() if row.strip().startswith("payments.amount"))
    file_figure, server_figure = line.split()[1:3]
    assert file_figure == server_figure and file_figure != "0"


def test_a_database_holding_a_salon_is_refused(pg_server, salon_file, capsys):
    url = pg_server.new_database()
    with Database(url).transaction() as s:
        create_customer(s, CustomerData(first_name="Already", last_name="There"))
    assert main(["--db", str(salon_file), "move-to", url, "--yes"]) == 2
    assert "already holds a salon (1 customer)" in capsys.readouterr().err
    db = Database(url)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
    db.dispose()


def test_a_failed_copy_leaves_the_server_empty_and_says_why_without_password_or_sql(
        pg_server, salon_file, capsys):
    conn = sqlite3.connect(salon_file)  # a value PostgreSQL cannot hold: a NUL in a text
    conn.execute("UPDATE customers SET notes = 'before' || char(0) || 'after' WHERE id = 5")
    conn.commit()
    conn.close()
    before = _hash(salon_file)
    url = _owned_database(pg_server)
    assert main(["--db", str(salon_file), "move-to", url, "--yes", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "stopped at the table customers" in err and "left as it was" in err
    assert PASSWORD not in err and "COPY" not in err and "INSERT" not in err
    assert _server_tables(url) == set()
    assert _hash(salon_file) == before


def test_a_cancelled_move_leaves_the_server_empty(pg_server, salon_file):
    url = pg_server.new_database(empty=True)
    job = move_to_server(salon_file, url)
    for step in job:
        if jobs.progress(step).label == "Copying the tables…":
            break
    job.close()
    assert _server_tables(url) == set()


def test_the_source_must_be_a_file_and_the_target_a_server(pg_server, salon_file, capsys):
    url = pg_server.new_database(empty=True)
    assert main(["--db", url, "move-to", url, "--yes"]) == 2
    assert "give the salon's .sqlite file with --db" in capsys.readouterr().err
    assert main(["--db", str(salon_file), "move-to", "/tmp/other.sqlite", "--yes"]) == 2
    assert "is not a salon server's address" in capsys.readouterr().err
    assert main(["--db", str(salon_file.with_name("missing.sqlite")), "move-to", url,
                 "--yes"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_file_of_an_older_version_is_upgraded_in_the_copy_only(pg_server, tmp_path, capsys):
    fixture = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite"
    old = tmp_path / "old" / "salon.sqlite"
    old.parent.mkdir()
    shutil.copyfile(fixture, old)
    before = _hash(old)
    url = pg_server.new_database(empty=True)
    assert main(["--db", str(old), "move-to", url, "--yes", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"]["customers"][1] > 0
    assert all(a == b for a, b in report["rows"].values())
    assert _hash(old) == before and sorted(p.name for p in old.parent.iterdir()) == [old.name]
