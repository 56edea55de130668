"""The salon's logo on a salon server: kept in the database with the documents, so the logo
chosen at one desk prints at every desk, goes into the server's backups, and comes along with
a salon file moved to a server; nothing is written into the folder the app was started from."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from salon_desk.models import DocumentFile
from salon_desk.models.db import Database
from salon_desk.services import jobs
from salon_desk.services.moving.copying import move_to_server
from salon_desk.services.printing import options
from tests.pg_server import SALON_TEMPLATE


@pytest.fixture
def started_in(tmp_path, monkeypatch) -> Path:
    """The folder the app was started from (where the logo used to land on a server)."""
    folder = tmp_path / "started-in"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def server(pg_server):
    url = pg_server.new_database(template=SALON_TEMPLATE)
    yield url
    pg_server.drop_database(url)


def _image(path: Path) -> Path:
    Image.new("RGB", (900, 300), (200, 30, 90)).save(path)
    return path


def _at_desk(monkeypatch, tmp_path, desk: str) -> Path:
    """This computer's data folder becomes desk ``desk``'s (its cache of the server's files)."""
    folder = tmp_path / desk
    monkeypatch.setenv("SALON_DESK_DATA_DIR", str(folder))
    return folder


def _stored(db: Database, name: str) -> bytes:
    with db.session() as session:
        return session.scalar(select(DocumentFile.content).where(
            DocumentFile.stored_name == name))


def test_the_logo_chosen_at_one_desk_prints_at_another(server, tmp_path, monkeypatch,
                                                       started_in):
    desk_a, desk_b = Database(server), Database(server)
    try:
        _at_desk(monkeypatch, tmp_path, "desk-a")
        with desk_a.transaction() as session:
            name = options.store_logo(session, _image(tmp_path / "logo.jpg"))
        stored = _stored(desk_a, name)
        assert Image.open(io.BytesIO(stored)).size == (600, 200)

        b_folder = _at_desk(monkeypatch, tmp_path, "desk-b")
        with desk_b.session() as session:
            path = options.logo_path(session)
        assert path is not None and path.is_relative_to(b_folder)
        assert path.read_bytes() == stored
        path.write_bytes(b"damaged")  # a damaged copy is written again from the server
        with desk_b.session() as session:
            assert options.logo_path(session).read_bytes() == stored
        assert list(started_in.iterdir()) == []
    finally:
        desk_a.dispose()
        desk_b.dispose()


def test_a_setting_naming_anything_else_is_no_logo_on_a_server(server, started_in):
    db = Database(server)
    try:
        for name in ("../../etc/passwd", "/tmp/logo.png", "logo-zz.png"):
            with db.transaction() as session:
                options.set_value(session, options.LOGO_FILE, name)
            with db.session() as session:
                assert options.logo_path(session) is None
    finally:
        db.dispose()


def test_a_salon_file_moved_to_a_server_keeps_its_logo(pg_server, tmp_path, monkeypatch,
                                                      started_in):
    salon_file = tmp_path / "salon" / "salon.sqlite"
    salon_file.parent.mkdir()
    local = Database(salon_file)
    try:
        with local.transaction() as session:
            from salon_desk.services.demo.salon import setup_salon

            setup_salon(session)
            name = options.store_logo(session, _image(tmp_path / "logo.png"))
        with local.session() as session:
            on_file = options.logo_path(session).read_bytes()
    finally:
        local.dispose()

    url = pg_server.new_database(empty=True)
    result = jobs.run(move_to_server(salon_file, url))
    assert result.documents_missing == []
    server_db = Database(url)
    try:
        assert _stored(server_db, name) == on_file
        with server_db.session() as session:
            assert options.logo_path(session).read_bytes() == on_file
    finally:
        server_db.dispose()
        pg_server.drop_database(url)
    with sqlite3.connect(salon_file) as conn:  # the file still names its own logo
        (value,) = conn.execute("SELECT value FROM settings WHERE key = ?",
                                (options.LOGO_FILE.key,)).fetchone()
    assert json.loads(value) == name
