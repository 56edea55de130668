"""Opening quickly: opening a current file writes nothing and imports no alembic; `salon-desk
search` answers without SQLAlchemy, exactly as the usual way does, on a file (sqlite3) and on a
salon server (psycopg)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from salon_desk.cli import main
from salon_desk.cli import quick_search as quick
from salon_desk.models.db import Database, head_revision

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = [
    dict(first_name="Ximena", last_name="Pazos Quennell", email="quintessa.marlow@example.com",
         mobile="+34 612 345 678"),
    dict(first_name="Teodora", last_name="Vidal", mobile="06 12 34 56 78", country="FR",
         external_id="NEW-1"),
    dict(first_name="Teodora", last_name="Vidak", email="teo@example.org"),
    dict(first_name="Odile", last_name="Fenwick", external_id="LEGACY-77"),
]


@pytest.fixture
def salon(any_salon_db, make_customer):
    """The people entered, on each engine in turn: the database's address (--db), their ids."""
    ids = [make_customer(**fields) for fields in PEOPLE]
    any_salon_db.dispose()
    return any_salon_db.address, ids


@pytest.fixture
def salon_file(engine, salon_db, make_customer):
    """The same on SQLite only: what a file's own bytes show."""
    if engine == "postgresql":
        pytest.skip("a SQLite file's own")
    ids = [make_customer(**fields) for fields in PEOPLE]
    salon_db.dispose()
    return salon_db.path, ids


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_schema_head_is_read_without_alembic():
    from alembic.script import ScriptDirectory

    from salon_desk.models.db import alembic_config
    from salon_desk.schema_head import schema_head

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert schema_head() == head_revision() == head


def test_opening_a_current_file_writes_nothing_and_imports_no_alembic(salon_file):
    path, _ids = salon_file
    before = path.read_bytes()
    out = _python(
        "import sys, os\n"
        "from salon_desk.models.db import Database\n"
        "from salon_desk.services.search.lookup import search\n"
        f"db = Database({str(path)!r}, create=False)\n"
        "with db.session() as s:\n"
        "    assert [r.name for r in search(s, 'vidal')][0] == 'Teodora Vidal'\n"
        f"wal = {str(path) + '-wal'!r}\n"
        "print(os.path.getsize(wal) if os.path.exists(wal) else 0, 'alembic' in sys.modules)\n"
        "db.dispose()\n")
    assert out.split() == ["0", "False"]  # no page written to the log, no alembic
    assert path.read_bytes() == before


def test_the_command_line_search_needs_no_sqlalchemy(salon):
    address, ids = salon
    out = _python(
        "import sys, io, contextlib, json\n"
        "from salon_desk.cli import main\n"
        "buffer = io.StringIO()\n"
        "with contextlib.redirect_stdout(buffer):\n"
        f"    code = main(['--db', {address!r}, 'search', 'Pjzos', '--json'])\n"
        "print(json.dumps([code, json.loads(buffer.getvalue()),\n"
        "                  [m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules]]))\n")
    code, rows, heavy = json.loads(out)
    assert code == 0 and heavy == []
    assert [(r["id"], r["close"]) for r in rows] == [(ids[0], True)]


@pytest.mark.parametrize("typed", [
    "vidal", "Pjzos", "teodora vidak", "612 34", "+33 6 12", "#2", "2", "quintessa.marlaw",
    "teo@example", "fenwick", "LEGACY-77", "legacy-7", "zzz", "ev", "", "#999", "Ódile",
])
def test_the_quick_way_answers_as_the_usual_way(salon, capsys, monkeypatch, typed):
    address, _ids = salon
    real = quick._rows
    for form in ([], ["--json"]):
        args = ["--db", address, "search", typed, *form]
        asked = []
        monkeypatch.setattr(quick, "_rows", lambda a: asked.append(real(a)) or asked[-1])
        assert main(args) == 0
        quick_out = capsys.readouterr().out
        monkeypatch.setattr(quick, "_rows", lambda a: None)
        assert main(args) == 0
        assert capsys.readouterr().out == quick_out
        assert asked[0] is not None or typed in ("LEGACY-77", "Ódile")


def test_a_file_to_upgrade_or_reindex_goes_the_usual_way(salon_file, capsys):
    import sqlite3

    path, ids = salon_file
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")  # an index in an older format
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "search", "Pjzos", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [ids[0]]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2  # re-indexed on the way
    conn.close()
    Database(path).dispose()


def test_an_old_id_of_a_merged_record_goes_the_usual_way(salon, capsys, monkeypatch):
    from salon_desk.services.merging.merge import merge_customers

    address, ids = salon
    db = Database(address)
    with db.transaction() as session:
        merge_customers(session, ids[1], [ids[3]])  # Odile (LEGACY-77) into Teodora Vidal
    db.dispose()
    asked = []
    real = quick._rows
    monkeypatch.setattr(quick, "_rows", lambda a: asked.append(real(a)) or asked[-1])
    for typed in ("legacy-77", f"#{ids[3]}"):
        assert main(["--db", address, "search", typed, "--json"]) == 0
        assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [ids[1]]
    assert asked == [None, None]  # the quick way left both to services.merge


def test_a_server_index_to_rebuild_goes_the_usual_way(pg_server, capsys, monkeypatch):
    """A server keeps its index format in settings (models.search_index.FORMAT_KEY)."""
    from sqlalchemy import text

    url = pg_server.new_database()
    try:
        db = Database(url)
        with db.transaction() as session:
            session.execute(text("UPDATE settings SET value = CAST('1' AS json) "
                                 "WHERE key = 'search.index_format'"))
        db.dispose()
        asked = []
        real = quick._rows
        monkeypatch.setattr(quick, "_rows", lambda a: asked.append(real(a)) or asked[-1])
        assert main(["--db", url, "search", "ana", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == [] and asked == [None]
        assert real(_Args(url, "ana")) == []  # re-indexed on the way: quick again
    finally:
        pg_server.drop_database(url)


class _Args:
    def __init__(self, db: str, text: str) -> None:
        self.db, self.text, self.limit, self.json = db, text, 50, False


def test_with_staff_sign_in_on_the_search_asks_who_searches(salon, capsys, monkeypatch):
    """The usual way's sign-in (cli.common.sign_in) is never skipped by the quick way."""
    from salon_desk.models import Staff
    from salon_desk.services import permissions, signin

    address, _ids = salon
    db = Database(address)
    with db.transaction() as session:
        owner = Staff(name="Owner", access_role=permissions.OWNER, position=10)
        session.add(owner)
        session.flush()
        signin.set_password(session, owner.id, "owner-secret")
        signin.set_enabled(session, True)
    db.dispose()
    assert quick._rows(_Args(address, "vidal")) is None
    monkeypatch.setenv("SALON_DESK_PASSWORD", "not the password")
    assert main(["--db", address, "search", "vidal"]) == 2
    assert "Vidal" not in capsys.readouterr().out
    monkeypatch.setenv("SALON_DESK_PASSWORD", "owner-secret")
    assert main(["--db", address, "search", "vidal"]) == 0
    assert "Teodora Vidal" in capsys.readouterr().out


def test_a_server_refusing_the_database_is_said_once(pg_server, capsys, monkeypatch):
    """Said at once by the quick way, in the usual way's words (models.store_errors)."""
    url = pg_server.url("no_such_salon")
    assert main(["--db", url, "search", "ana"]) == 2
    quick_said = capsys.readouterr().err
    monkeypatch.setattr(quick, "_rows", lambda a: None)
    assert main(["--db", url, "search", "ana"]) == 2
    assert capsys.readouterr().err == quick_said
    assert quick_said.startswith("salon-desk: ") and "no_such_salon" in quick_said
