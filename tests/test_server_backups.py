"""Backups of a salon server's database through the same commands as a salon file's: pg_dump
(custom format) checked with pg_restore --list and the rows counted in the dumped snapshot,
named, rotated and encrypted alike; restore keeps a backup of the database first, then puts
every row back with pg_restore. The password reaches the tools in PGPASSWORD only."""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from salon_desk.cli import main
from salon_desk.services.backups import dumps
from salon_desk.services.backups.listing import list_backups
from salon_desk.services.backups.making import AUTO, make_backup
from salon_desk.services.backups.policy import Policy
from salon_desk.services.backups.server_restore import counts_at
from tests.pg_server import PASSWORD, PASSWORD_ROLE

_names = itertools.count(1)


@pytest.fixture(scope="module")
def demo_template(pg_server) -> str:
    """A demo salon on the server, made once by the salon's own user (a role that signs in
    with a password and owns the database, as on a real server); tests clone it."""
    name = "backup_demo"
    pg_server.admin(f"CREATE DATABASE {name} OWNER {PASSWORD_ROLE}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SALON_DESK_DATA_DIR", str(pg_server.folder / "demo-data"))
        assert main(["--db", _as_desk(pg_server.url(name)), "demo", "--customers", "20"]) == 0
    pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "  # a clone's
                    f"WHERE datname = '{name}'")  # source may have no session left
    return name


def _as_desk(url: str) -> str:
    return url.replace("postgres@", f"{PASSWORD_ROLE}:{PASSWORD}@", 1)


@pytest.fixture
def server_salon(pg_server, demo_template) -> str:
    """This test's own copy of the demo salon, its address with the password in it."""
    name = f"backups_{next(_names)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {demo_template} OWNER {PASSWORD_ROLE}")
    yield _as_desk(pg_server.url(name))
    pg_server.drop_database(pg_server.url(name))


def _sql(pg_server, url: str, *statements: str) -> None:
    name = url.split("?")[0].rsplit("/", 1)[-1]
    with psycopg.connect(host=str(pg_server.socket_dir), port=pg_server.port, user="postgres",
                         dbname=name, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def tool_calls(monkeypatch) -> list[tuple[list[str], dict]]:
    """Every command the backups run, with its environment (the commands do run)."""
    calls = []
    real = subprocess.run

    def recording(command, *args, **kwargs):
        calls.append((list(command), dict(kwargs.get("env") or {})))
        return real(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", recording)
    return calls


def test_backup_delete_rows_restore_every_table_back(pg_server, server_salon, tmp_path,
                                                      capsys, tool_calls):
    before = counts_at(server_salon)
    assert before["customers"] >= 20 and before["document_files"] > 0
    assert main(["--db", server_salon, "backup", "--to", str(tmp_path), "--json"]) == 0
    backup = Path(json.loads(capsys.readouterr().out)["path"])
    assert backup.name.startswith("backups_") and ".backup-manual-" in backup.name
    dump = f"{backup.name.split('.')[0]}.dump"
    assert sorted(p.name for p in backup.iterdir()) == [dump, "counts.json"]
    assert dumps.recorded_counts(backup) == before

    _sql(pg_server, server_salon, "DELETE FROM sale_lines", "DELETE FROM notes",
         "DELETE FROM customers WHERE id IN (SELECT id FROM customers ORDER BY id LIMIT 5)",
         "DELETE FROM document_files",
         "CREATE TABLE added_later (id integer)",  # as a later version's migration would
         f"ALTER TABLE added_later OWNER TO {PASSWORD_ROLE}")
    assert counts_at(server_salon) != before
    assert main(["--db", server_salon, "restore", str(backup), "--yes"]) == 0
    out = capsys.readouterr().out
    assert counts_at(server_salon) == before
    assert f"{before['customers']:,} customers" in out and PASSWORD not in out
    kept = Path(out.split("kept in ")[1].split("\n")[0])
    assert ".backup-before-restore-" in kept.name
    assert dumps.recorded_counts(kept)["sale_lines"] == 0  # the database as it was
    assert "added_later" not in counts_at(server_salon)  # put back as a whole

    _sql(pg_server, server_salon, "DELETE FROM payments")  # a restored database backs up
    assert main(["--db", server_salon, "backup", "--to", str(tmp_path), "--json"]) == 0
    again = Path(json.loads(capsys.readouterr().out)["path"])  # and restores again
    assert main(["--db", server_salon, "restore", str(again), "--yes"]) == 0
    assert counts_at(server_salon) == {**before, "payments": 0}

    tools = {"pg_dump", "pg_restore", "psql"}
    used = [(command, env) for command, env in tool_calls if Path(command[0]).name in tools]
    assert {Path(c[0]).name for c, _ in used} == tools
    assert all(PASSWORD not in " ".join(command) for command, _ in used)
    assert all(env.get("PGPASSWORD") == PASSWORD for command, env in used
               if any(a.startswith("--dbname=") for a in command))


def test_encrypted_server_backup_restores(pg_server, server_salon, tmp_path, capsys,
                                          monkeypatch):
    monkeypatch.setenv("SALON_DESK_BACKUP_PASSPHRASE", "correct horse battery")
    assert main(["--db", server_salon, "settings", "set", "backup.encrypt", "true"]) == 0
    before = counts_at(server_salon)
    assert main(["--db", server_salon, "backup", "--to", str(tmp_path), "--json"]) == 0
    sealed = Path(json.loads(capsys.readouterr().out)["path"])
    assert sealed.suffix == ".sdbak" and sealed.is_file()
    assert b"Ana" not in sealed.read_bytes() and b"PGDMP" not in sealed.read_bytes()
    _sql(pg_server, server_salon, "DELETE FROM payments")
    assert main(["--db", server_salon, "restore", str(sealed), "--yes"]) == 0
    assert counts_at(server_salon) == before


def test_automatic_server_backups_rotate_and_are_listed_with_their_counts(server_salon,
                                                                           tmp_path):
    policy = Policy(folder=str(tmp_path), keep_daily=7)
    for _ in range(3):
        make_backup(server_salon, AUTO, policy)
    found = list_backups(tmp_path, dumps.backup_stem(server_salon), with_counts=True)
    assert len(found) == 1  # of one day's automatic backups the newest is kept
    assert found[0].counts["customers"] == counts_at(server_salon)["customers"]


def test_missing_tools_and_the_other_kind_of_backup_are_said(pg_server, server_salon, tmp_path,
                                                             capsys, monkeypatch, salon_db):
    monkeypatch.setenv("SALON_DESK_PG_BIN", str(tmp_path / "nowhere"))
    assert main(["--db", server_salon, "backup", "--to", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "pg_dump was not found" in err and "SALON_DESK_PG_BIN" in err
    monkeypatch.delenv("SALON_DESK_PG_BIN")

    assert main(["--db", str(salon_db.path), "backup", "--to", str(tmp_path / "file"),
                 "--json"]) == 0
    file_backup = json.loads(capsys.readouterr().out)["path"]
    before = counts_at(server_salon)
    assert main(["--db", server_salon, "restore", file_backup, "--yes"]) == 2
    assert "other kind of salon database" in capsys.readouterr().err
    assert counts_at(server_salon) == before


def test_a_dump_that_fails_its_check_is_not_kept(server_salon, tmp_path, monkeypatch):
    real = dumps.table_counts

    def one_table_more(conn):  # as if a table's rows were left out of the dump
        return {**real(conn), "not_dumped": 3}

    monkeypatch.setattr(dumps, "table_counts", one_table_more)
    with pytest.raises(Exception, match="does not hold the rows of the table not_dumped"):
        make_backup(server_salon, "manual", Policy(), target=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_app_backs_up_a_server_and_restores_it_after_asking(qtbot, pg_server, server_salon,
                                                                 asked, monkeypatch):
    from salon_desk import paths
    from salon_desk.models.db import Database
    from salon_desk.ui import composition, dialogs
    from salon_desk.ui.backups import feature as backups_feature
    from salon_desk.ui.backups.restore_dialog import RestoreDialog
    from salon_desk.ui.backups.settings_page import BackupSettingsPage

    told: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    db = Database(server_salon)
    window = composition.build_main_window(db, [backups_feature.install])
    try:
        window.show()
        feature = window.features.get(backups_feature.BackupsFeature)
        assert feature.warning.isVisible() and "No backup yet" in feature.warning.text()
        assert feature.back_up_now() is not None
        qtbot.waitUntil(lambda: feature.task is None, timeout=60000)
        assert not feature.warning.isVisible()
        folder = paths.data_dir() / "backups"  # no folder set: this computer's data folder
        [made] = list_backups(folder, dumps.backup_stem(server_salon))
        assert str(made.path) in told[-1] and PASSWORD not in told[-1]

        before = counts_at(server_salon)
        _sql(pg_server, server_salon, "DELETE FROM payments", "DELETE FROM notes")
        dialog = RestoreDialog(db)
        qtbot.addWidget(dialog)
        [row] = dialog.model.rows
        assert row.counts["customers"] == before["customers"]
        asked.answers = [True]
        assert dialog.restore_selected()
        assert counts_at(server_salon) == before
        assert "kept in" in told[-1]
        page = BackupSettingsPage(db)
        qtbot.addWidget(page)
        assert str(folder) in page.folder.placeholderText()
    finally:  # no timer of the window may fire once this database is dropped
        window.features.get(backups_feature.BackupsFeature).timer.stop()
        window.close()
        window.deleteLater()
        qtbot.wait(50)
        db.dispose()
