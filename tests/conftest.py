"""Shared fixtures: every test gets its own database file in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from salon_desk.models.db import Database
from salon_desk.services import money, permissions
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.demo.salon import setup_salon


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Keep every test away from the real user data folder."""
    monkeypatch.setenv("SALON_DESK_DATA_DIR", str(tmp_path / "data"))
    yield
    permissions.act_as(None)  # a test that signed someone in leaves the owner acting again


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


@pytest.fixture(autouse=True)
def _salon_formats():
    """Amounts on screen follow the salon the app last read (services.money.set_salon): every
    test starts from the test salon's (Spain, euros), whatever the test before it set."""
    money.set_salon("ES", "EUR")
    yield
    money.set_salon("ES", "EUR")


@pytest.fixture
def db(tmp_path) -> Database:
    """An empty, migrated database."""
    database = Database(tmp_path / "salon.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def salon_db(db) -> Database:
    """A database with the salon set up (settings, staff, rooms, catalogue, badges)."""
    with db.transaction() as session:
        setup_salon(session)
    return db


@pytest.fixture
def make_customer(salon_db):
    """Create a customer in salon_db from keyword fields; returns its id."""

    def _make(**fields) -> int:
        fields.setdefault("first_name", "Ana")
        with salon_db.transaction() as session:
            return create_customer(session, CustomerData(**fields)).id

    return _make
