"""File > Connect to a salon server…: a wrong password told in words, then the main window
reopening on the server; the next start opens it again with the password from the keyring;
File > Use this computer's salon file goes back."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QDialog

from salon_desk.paths import data_dir, default_db_path
from salon_desk.ui import app, composition
from salon_desk.ui.prefs import prefs
from salon_desk.ui.server import address as addresses
from salon_desk.ui.server import connect
from salon_desk.ui.server.address import KEYRING_SERVICE, ServerAddress
from tests.pg_server import PASSWORD, PASSWORD_ROLE
from tests.test_messages_sms import MemoryKeyring


@pytest.fixture
def store():
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def server(pg_server):
    """An empty database the role ``desk`` owns (it must give its password)."""
    url = pg_server.new_database(empty=True)
    name = url.split("?")[0].rsplit("/", 1)[-1]
    pg_server.admin(f"ALTER DATABASE {name} OWNER TO {PASSWORD_ROLE}")
    yield ServerAddress(str(pg_server.socket_dir), pg_server.port, name, PASSWORD_ROLE)
    pg_server.drop_database(url)


@pytest.fixture
def only_these_features(monkeypatch):
    # The reopened window gets only the File menu's choices: the care feature's at-risk
    # column (services/care/insights.py) still asks SQLite's julianday() of a server.
    monkeypatch.setattr(composition, "MAIN_WINDOW_FEATURES", [connect.install])


def _fill(dialog, address: ServerAddress, password: str) -> None:
    dialog.host_edit.setText(address.host)
    dialog.port_spin.setValue(address.port)
    dialog.database_edit.setText(address.database)
    dialog.user_edit.setText(address.user)
    dialog.password_edit.setText(password)


def _file_action(window, text: str):
    return next(a for a in window.menus["file"].actions() if a.text() == text)


def test_connecting_to_a_server_and_back(qtbot, monkeypatch, db, server, store,
                                         only_these_features):
    told: list[str] = []

    def exec_dialog(dialog) -> int:
        qtbot.addWidget(dialog)
        _fill(dialog, server, "wrong password")
        dialog.test_button.click()
        told.append(dialog.status_label.text())
        dialog.connect_button.click()  # refused: the dialog stays
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.password_edit.setText(PASSWORD)
        dialog.test_button.click()
        told.append(dialog.status_label.text())
        dialog.connect_button.click()
        return dialog.result()

    monkeypatch.setattr(connect.ConnectDialog, "exec", exec_dialog)
    app.answer_salon_requests()  # as the app does at start
    window = composition.build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    assert not _file_action(window, "Use this computer's salon file").isEnabled()

    _file_action(window, "Connect to a salon server…").trigger()

    assert "refused the user name or password" in told[0]
    assert "wrong password" not in told[0] and "SELECT" not in told[0]
    assert told[1] == "The salon server answers: you can connect."
    on_server = app._windows[-1]
    qtbot.addWidget(on_server)
    assert on_server.db.engine_name == "postgresql"
    assert not window.isVisible() and on_server.isVisible()
    # The address is remembered without its password; the password is in the keyring only.
    assert prefs().value(addresses.PREF_ADDRESS) == server.url()
    assert store.passwords == {(KEYRING_SERVICE, server.url()): PASSWORD}
    assert not any(PASSWORD in path.read_text(errors="replace")
                   for path in data_dir().rglob("*") if path.is_file()
                   and path.suffix in (".ini", ".conf", ".json", ".txt"))

    # The next start opens the server with the keyring's password.
    at_start = connect.database_at_start(app.open_database)
    try:
        assert at_start.engine_name == "postgresql"
        assert at_start.location == on_server.db.location
    finally:
        at_start.dispose()

    _file_action(on_server, "Use this computer's salon file").trigger()
    local = app._windows[-1]
    qtbot.addWidget(local)
    assert local.db.is_sqlite and local.db.path == default_db_path()
    assert prefs().value(addresses.PREF_ADDRESS) is None and store.passwords == {}
    assert connect.database_at_start(app.open_database) == default_db_path()
    local.close()
    app._windows.clear()
    local.db.dispose()


def test_a_server_unreachable_is_said_in_spanish(qtbot, spanish, tmp_path, store):
    dialog = connect.ConnectDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Conectar a un servidor del salón"
    _fill(dialog, ServerAddress(str(tmp_path), 1, "salon", "desk"), "x")
    assert not dialog.test_connection()
    text = dialog.status_label.text()
    assert text and "servidor" in text.lower()
    assert dialog.url is None and prefs().value(addresses.PREF_ADDRESS) is None
