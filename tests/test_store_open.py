"""Opening a database: each problem with the file gets its own clear message (never a traceback,
SQL or a sqlalche.me link), a read command never creates an empty salon, a database of another
program is refused untouched, and an old search index is rebuilt."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from salon_desk.cli import main
from salon_desk.models import db as store
from salon_desk.models.db import Database, DatabaseError
from salon_desk.services.search.lookup import search

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(store, "WRITE_WAIT_S", 0.3)
    monkeypatch.setattr(store, "LONG_JOB_WAIT_S", 0.6)


@pytest.fixture
def filled(salon_db, make_customer):
    """A salon with a customer, closed (no -wal file left), as a file on disk."""
    make_customer(first_name="Lucía", last_name="García", mobile="+34 612 345 678")
    salon_db.dispose()
    return salon_db.path


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _clean(err: str) -> None:
    assert "Traceback" not in err and "sqlalche.me" not in err and "[SQL" not in err


# --------------------------------------------------------------------- a mistyped --db path
@pytest.mark.parametrize("command", [
    ["search", "ana"], ["export", "{tmp}/out.xlsx"], ["duplicates"], ["imports"],
    ["print", "summary", "1", "-o", "{tmp}/s.pdf"], ["resolve", "7"], ["merge", "1", "2"],
    ["import-undo", "1"], ["backup"],
])
def test_a_read_command_on_a_missing_file_says_so_and_creates_nothing(tmp_path, capsys,
                                                                      command):
    missing = tmp_path / "typo" / "salon.sqlite"
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code, out, err = _cli(capsys, "--db", str(missing), *args)
    assert code == 2
    assert f"The database {missing} does not exist" in err
    assert "exported" not in out
    _clean(err)
    assert not missing.exists() and not missing.parent.exists()
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "s.pdf").exists()


def test_a_dry_run_import_where_no_database_is_creates_nothing(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("First name;Last name\nAna;Ruiz\nEva;Gil\n", encoding="utf-8")
    missing = tmp_path / "typo" / "salon.sqlite"
    code, out, _err = _cli(capsys, "--db", str(missing), "import", str(source), "--dry-run",
                           "--json")
    assert code == 0
    assert json.loads(out)["imported"] == 2  # what the import would do in a new salon
    assert not missing.parent.exists()


def test_demo_still_creates_a_new_salon(tmp_path, capsys):
    path = tmp_path / "new" / "salon.sqlite"
    code, _out, _err = _cli(capsys, "--db", str(path), "demo", "--customers", "20")
    assert code == 0 and path.exists()


# -------------------------------------------------------------------------- hostile paths
def test_a_folder(tmp_path, capsys):
    code, _out, err = _cli(capsys, "--db", str(tmp_path), "search", "ana")
    assert code == 2
    assert f"{tmp_path} is a folder, not a database file" in err
    _clean(err)


def test_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "customers.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 100)
    code, _out, err = _cli(capsys, "--db", str(path), "search", "ana")
    assert code == 2 and "is not a database file" in err
    _clean(err)
    assert path.read_bytes().startswith(b"PK\x03\x04")


def test_a_truncated_database(filled, capsys):
    size = filled.stat().st_size
    with filled.open("r+b") as fh:
        fh.truncate(size // 2)
    code, _out, err = _cli(capsys, "--db", str(filled), "search", "ana")
    assert code == 2 and "is incomplete: the file was cut short" in err
    assert "Restore a backup" in err
    _clean(err)


def test_a_damaged_database(filled, capsys):
    data = bytearray(filled.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xde\xad\xbe\xef" * ((len(data) - page) // 4)  # all but the first page
    filled.write_bytes(bytes(data))
    code, _out, err = _cli(capsys, "--db", str(filled), "search", "ana")
    assert code == 2 and f"The database {filled} is damaged" in err
    _clean(err)


def test_a_locked_database_is_not_called_damaged(filled, capsys, short_waits):
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = _cli(capsys, "--db", str(filled), "search", "ana")
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert code == 2 and f"The database {filled} is locked by another program" in err
    assert "backup" not in err
    _clean(err)


@pytest.fixture
def read_only(filled):
    """The salon file made read-only: by its permissions, or (root may write anything) by
    the file system's immutable flag."""
    if os.geteuid() != 0:
        os.chmod(filled, 0o444)
        yield filled
        os.chmod(filled, 0o644)
        return
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(filled)]).returncode != 0:
        pytest.skip("cannot make a file read-only for root here")
    try:
        yield filled
    finally:
        subprocess.run([chattr, "-i", str(filled)], check=True)


def test_a_read_only_database(read_only, capsys):
    before = read_only.read_bytes()
    code, _out, err = _cli(capsys, "--db", str(read_only), "search", "ana")
    assert code == 2
    assert f"The database {read_only} is read-only: Salon Desk cannot save to it" in err
    assert "damaged" not in err and "backup" not in err
    _clean(err)
    assert read_only.read_bytes() == before


# --------------------------------------------------------------------- another program's file
def test_a_foreign_database_is_refused_before_any_change(tmp_path, capsys):
    path = tmp_path / "invoices.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Salon Desk database"):
        Database(path)
    assert path.read_bytes() == before  # still in its own journal mode: not switched to WAL
    assert not path.with_name(path.name + "-wal").exists()
    code, _out, err = _cli(capsys, "--db", str(path), "import", str(tmp_path / "x.csv"))
    assert code == 2 and "is a database of another program" in err
    assert path.read_bytes() == before


# ------------------------------------------------------------------------ the search index
def test_an_index_in_an_older_format_is_rebuilt(filled):
    conn = sqlite3.connect(filled)
    conn.execute("DELETE FROM customer_fts")  # as written by a version that indexed otherwise
    conn.execute("DELETE FROM customer_words")
    conn.execute("INSERT INTO customer_fts(rowid, body) VALUES (1, 'stale')")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    db = Database(filled)
    try:
        with db.session() as session:
            assert [r.name for r in search(session, "garcia")] == ["Lucía García"]
            assert [r.name for r in search(session, "612 34")] == ["Lucía García"]
            assert session.execute(text("PRAGMA user_version")).scalar() >= 1
    finally:
        db.dispose()


def test_a_current_index_is_not_rebuilt(filled):
    conn = sqlite3.connect(filled)
    conn.execute("INSERT INTO customer_fts(rowid, body) VALUES (999, 'only in the index')")
    conn.commit()
    conn.close()
    Database(filled).dispose()
    conn = sqlite3.connect(filled)
    assert conn.execute("SELECT count(*) FROM customer_fts WHERE rowid = 999").fetchone() == (1,)
    conn.close()


# ------------------------------------------------------------------------------- the app
def test_the_app_says_which_problem_without_a_link_or_sql(filled, tmp_path, monkeypatch,
                                                          short_waits, qapp):
    from salon_desk.ui import app, dialogs

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, message: shown.append(message))
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert app.open_database(filled) is None
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert app.open_database(tmp_path) is None
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(filled.read_bytes()[:4096] + b"\x00" * 4096 * 3)
    assert app.open_database(damaged) is None
    assert len(shown) == 3
    locked, folder, broken = shown
    assert "locked by another program" in locked and "backup" not in locked
    assert "is a folder" in folder
    assert "damaged" in broken or "incomplete" in broken
    for message in shown:
        assert "sqlalche.me" not in message and "SQL" not in message


def test_the_app_opens_the_path_it_was_given_even_if_missing(tmp_path, qapp, monkeypatch):
    """The app (like demo and import) starts a new salon where no file is."""
    from salon_desk.ui import app

    path = tmp_path / "new" / "salon.sqlite"
    db = app.open_database(path)
    assert db is not None and path.exists()
    db.dispose()


def test_the_command_line_says_it_in_the_user_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SALON_DESK_LANG", "es")
    missing = tmp_path / "typo.sqlite"
    code, _out, err = _cli(capsys, "--db", str(missing), "search", "ana")
    assert code == 2
    assert err.strip() == (f"salon-desk: La base de datos {missing} no existe. Compruebe la "
                           "ruta (por ejemplo, la indicada con --db).")
    monkeypatch.setenv("SALON_DESK_LANG", "en")
    _code, _out, err = _cli(capsys, "--db", str(missing), "search", "ana")
    assert "does not exist" in err  # and the Spanish translation did not stay installed
