"""Shared fixtures: every test gets its own database file in a temporary folder.

A test or fixture asking for ``any_db`` or ``any_salon_db``, and every test of a module marked
``pytestmark = pytest.mark.any_engine`` (its ``db``, ``salon_db`` and ``make_customer``), runs
twice: on SQLite and on PostgreSQL, a fresh database on a throwaway server the test run starts
itself (tests/pg_server.py). Without PostgreSQL's binaries the PostgreSQL half is skipped, and
the run says so in one line; with SALON_DESK_TEST_PG=required it fails instead (CI).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from salon_desk.models.db import Database
from salon_desk.services import money, permissions
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.demo.salon import setup_salon
from tests.pg_server import SALON_TEMPLATE, TEMPLATE, PgServer, find_bin_dir

ENGINES = ("sqlite", "postgresql")
PG_REQUIRED = os.environ.get("SALON_DESK_TEST_PG", "").lower() == "required"
PG_SKIPPED = "PostgreSQL tests skipped: no server binaries"
_pg_skips: list[str] = []  # why the PostgreSQL half was skipped, said once at the end


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Keep every test away from the real user data folder."""
    monkeypatch.setenv("SALON_DESK_DATA_DIR", str(tmp_path / "data"))
    yield
    permissions.act_as(None)  # a test that signed someone in leaves the owner acting again
    # qtbot closed the test's widgets and asked for their deletion (deleteLater): delete them
    # now. Left pending, they lived on into the next test that runs an event loop, their
    # features still connected to the app-wide signals: a main window with sign-in on,
    # reacting to a later test's settings_changed, asked who signs in and was deleted mid-way.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """The app runs with a translation installed, English at least (it holds the plural forms
    of texts that count: "1 customer", "2 customers"): so do the tests."""
    from salon_desk.ui.i18n import install_translator

    translator = install_translator(qapp, "en")
    yield translator
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.fixture
def spanish(qapp):
    """The interface in Spanish for one test."""
    from salon_desk.ui.i18n import install_translator

    translator = install_translator(qapp, "es")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def errors_shown(monkeypatch):
    """The messages shown as errors (QMessageBox.critical, as dialogs.show_error shows them)."""
    from salon_desk.ui import dialogs

    messages: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "critical",
                        lambda _parent, _title, message: messages.append(message))
    return messages


@pytest.fixture
def asked(monkeypatch):
    """The questions asked with dialogs.confirm; answers given from ``asked.answers``."""

    class Asked(list):
        answers: list[bool] = []

    questions = Asked()

    def confirm(_parent, title, text, yes_label=None):
        questions.append((title, text, yes_label))
        return questions.answers.pop(0) if questions.answers else False

    from salon_desk.ui import dialogs

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return questions


@pytest.fixture(scope="session")
def _argon2_results() -> dict:
    return {}


@pytest.fixture
def argon2_once(monkeypatch, _argon2_results):
    """services.signin's argon2 hasher, each of its answers worked out once in the run: a
    hash or a check takes a fifth of a second by design, and the sign-in tests set and check
    the same PINs and passwords test after test. The hashes are real, salted argon2id hashes
    from the app's own hasher, and a check of a secret against a hash is answered as argon2
    answered it the first time (a match, or the same error)."""
    from salon_desk.services import signin

    real = signin._hasher

    def once(key, work):
        if key not in _argon2_results:
            try:
                _argon2_results[key] = (work(), None)
            except Exception as exc:  # noqa: BLE001 - raised again, as argon2 raised it
                _argon2_results[key] = (None, exc)
        value, error = _argon2_results[key]
        if error is not None:
            raise error.with_traceback(None)
        return value

    class Once:
        def hash(self, secret: str) -> str:
            return once(("hash", secret), lambda: real.hash(secret))

        def verify(self, stored: str, secret: str) -> bool:
            return once(("verify", stored, secret), lambda: real.verify(stored, secret))

        def __getattr__(self, name: str):
            return getattr(real, name)

    monkeypatch.setattr(signin, "_hasher", Once())


@pytest.fixture(autouse=True)
def _salon_formats():
    """Amounts on screen follow the salon the app last read (services.money.set_salon): every
    test starts from the test salon's (Spain, euros), whatever the test before it set."""
    money.set_salon("ES", "EUR")
    yield
    money.set_salon("ES", "EUR")


def pytest_configure(config):
    config.addinivalue_line("markers", "any_engine: run the module's tests on SQLite and on "
                                       "PostgreSQL (its db fixtures are any_db's)")


# SALON_DESK_TEST_ENGINES=both: every test using a database runs on both engines (to find
# which modules pass on PostgreSQL before marking them); =sqlite: none does (to time the
# PostgreSQL half by difference).
_ENGINES_WANTED = os.environ.get("SALON_DESK_TEST_ENGINES", "")


def pytest_generate_tests(metafunc):
    wanted = {"any_db", "any_salon_db"} & set(metafunc.fixturenames)
    if "engine" in metafunc.fixturenames and _ENGINES_WANTED != "sqlite" and (
            wanted or _ENGINES_WANTED == "both"
            or metafunc.definition.get_closest_marker("any_engine")):
        metafunc.parametrize("engine", ENGINES, indirect=True)


def pytest_terminal_summary(terminalreporter):
    if _pg_skips:
        terminalreporter.write_line(_pg_skips[0], yellow=True)


@pytest.fixture(scope="session")
def pg_server():
    """The throwaway PostgreSQL server of this run, with its migrated template database."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if PG_REQUIRED:
            pytest.fail("SALON_DESK_TEST_PG=required, but no PostgreSQL server binaries were "
                        "found (PATH, /usr/lib/postgresql/*/bin or SALON_DESK_PG_BIN)")
        _pg_skips.append(PG_SKIPPED)
        pytest.skip(PG_SKIPPED)
    server = PgServer(bin_dir)
    try:
        server.start()
        server.make_template(lambda url: Database(url).dispose())
        server.make_template(_set_up_salon, SALON_TEMPLATE, source=TEMPLATE)
    except Exception as exc:
        server.stop()
        if PG_REQUIRED:
            raise
        reason = f"PostgreSQL tests skipped: the test server did not start ({exc})"
        _pg_skips.append(reason.splitlines()[0])
        pytest.skip(reason)
    yield server
    server.stop()


def _set_up_salon(url: str | Path) -> None:
    database = Database(url)
    try:
        with database.transaction() as session:
            setup_salon(session)
    finally:
        database.dispose()


@pytest.fixture
def engine(request) -> str:
    """The database engine of this test: "sqlite" unless parametrised (see any_db)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory) -> dict[bool, Path]:
    """SQLite files migrated once for the whole run, keyed by whether the salon is set up in
    them: each test's database is a copy (a few ms, against most of a second to migrate)."""
    folder = tmp_path_factory.mktemp("sqlite-templates")
    empty, set_up = folder / "empty.sqlite", folder / "set_up.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SALON_DESK_DATA_DIR", str(folder / "data"))
        Database(empty).dispose()  # closing the last connection folds the WAL into the file
        shutil.copyfile(empty, set_up)
        _set_up_salon(set_up)
    left = [p.name for p in folder.glob("*.sqlite-*")]
    assert not left, f"a template's WAL was left beside it, the copies would miss it: {left}"
    return {False: empty, True: set_up}


@pytest.fixture
def db(engine, tmp_path, request) -> Database:
    """An empty, migrated database: a file in tmp_path, or on PostgreSQL a fresh database.
    Both are copies of a template migrated once (with the salon set up when the test asks for
    salon_db: the copy holds what setup_salon writes)."""
    set_up = "salon_db" in request.fixturenames
    if engine == "sqlite":
        path = tmp_path / "salon.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_templates")[set_up], path)
        database = Database(path)
        database.salon_set_up = set_up
        yield database
        database.dispose()
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database(template=SALON_TEMPLATE if set_up else TEMPLATE)
    database = Database(url)
    database.salon_set_up = set_up
    try:
        yield database
    finally:
        database.dispose()
        server.drop_database(url)


@pytest.fixture
def any_db(db) -> Database:
    """``db`` on each engine in turn (the test runs once per engine)."""
    return db


@pytest.fixture
def salon_db(db) -> Database:
    """A database with the salon set up (settings, staff, rooms, catalogue, badges)."""
    if not getattr(db, "salon_set_up", False):
        with db.transaction() as session:
            setup_salon(session)
    return db


@pytest.fixture
def any_salon_db(salon_db) -> Database:
    """``salon_db`` on each engine in turn."""
    return salon_db


@pytest.fixture
def make_customer(salon_db):
    """Create a customer in salon_db from keyword fields; returns its id."""

    def _make(**fields) -> int:
        fields.setdefault("first_name", "Ana")
        with salon_db.transaction() as session:
            return create_customer(session, CustomerData(**fields)).id

    return _make
