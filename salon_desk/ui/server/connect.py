"""File > Connect to a salon server…: this desk opens the salon on a PostgreSQL server.

The dialog asks for host, port, database, user and password, tests the connection (a failure
is said in the interface language: which problem, never the driver's text or SQL), and on
Connect the main window reopens on the server. The address is remembered in this computer's
preferences and the password in the system's password store (ui.server.address), so the next
start opens the server again. File > Use this computer's salon file goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.models.opening import display_url
from salon_desk.models.store_errors import cannot_open, explain
from salon_desk.paths import default_db_path
from salon_desk.ui import dialogs
from salon_desk.ui.events import events
from salon_desk.ui.server import address as addresses
from salon_desk.ui.server.address import DEFAULT_PORT, ServerAddress
from salon_desk.ui.texts import message_text

class ConnectDialog(QDialog):
    """Asks for a salon server; after Connect, ``url`` is its address with the password (kept
    in memory only), the server's database migrated to this version."""

    def __init__(self, parent: QWidget | None = None, address: ServerAddress | None = None,
                 *, offer_local: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a salon server"))
        self.url: str | None = None
        self.chose_local = False
        address = address or addresses.remembered()
        self.host_edit = QLineEdit(address.host if address else "")
        self.port_spin = QSpinBox(minimum=1, maximum=65535)
        self.port_spin.setValue(address.port if address else DEFAULT_PORT)
        self.database_edit = QLineEdit(address.database if address else "salon")
        self.user_edit = QLineEdit(address.user if address else "")
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server (name or address):"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.status_label = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(self.tr("Connect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button = QPushButton(self.tr("Test the connection"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.local_button = None
        if offer_local:
            self.local_button = buttons.addButton(self.tr("Use this computer's salon file"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.local_button.clicked.connect(self._choose_local)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

    def address(self) -> ServerAddress:
        return ServerAddress(self.host_edit.text().strip(), self.port_spin.value(),
                             self.database_edit.text().strip(), self.user_edit.text().strip())

    def _open(self, *, migrate: bool) -> Database | None:
        address = self.address()
        if not address.database:
            self.status_label.setText(self.tr("Please give the salon's database name."))
            return None
        try:
            return Database(address.url(self.password_edit.text()), migrate=migrate)
        except Exception as exc:  # noqa: BLE001 - every failure is told, none is a traceback
            server = display_url(address.url())
            problem = explain(exc, server, opening=True) or cannot_open(exc, server)
            self.status_label.setText(message_text(str(problem)))
            return None

    def test_connection(self) -> bool:
        database = self._open(migrate=False)
        if database is None:
            return False
        database.dispose()
        self.status_label.setText(self.tr("The salon server answers: you can connect."))
        return True

    def accept(self) -> None:
        database = self._open(migrate=True)
        if database is None:
            return
        if not addresses.remember(self.address(), self.password_edit.text()):
            dialogs.show_info(self, self.windowTitle(), self.tr(
                "This computer has no password store, so the password is not kept: it will "
                "be asked for at the next start."))
        database.dispose()
        self.url = self.address().url(self.password_edit.text())
        super().accept()

    def _choose_local(self) -> None:
        self.chose_local = True
        super().reject()


def database_at_start(open_database: Callable[[str | Path], Database | None]
                      ) -> Database | Path | None:
    """What the app opens when no --db is given (``open_database``: the app's, which tells
    why it cannot): the remembered server, asking again when it cannot be opened, else this
    computer's salon file; None when the user gave up."""
    url = addresses.remembered_url()
    if url is None:
        return default_db_path()
    database = open_database(url)
    if database is not None:
        return database
    dialog = ConnectDialog(offer_local=True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return open_database(dialog.url)
    if dialog.chose_local:
        addresses.forget()
        return default_db_path()
    return None


def connect_to_server(window) -> None:
    dialog = ConnectDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.url is not None:
        events().salon_requested.emit(dialog.url, window)


def use_local_file(window) -> None:
    events().salon_requested.emit(default_db_path(), window)


def install(window) -> None:
    """Main window feature: the File menu's two choices, above Quit."""
    menu = window.menus["file"]
    connect = menu.addAction(QApplication.translate("ServerConnect",
                                                    "Connect to a salon server…"))
    connect.triggered.connect(lambda: connect_to_server(window))
    local = menu.addAction(QApplication.translate("ServerConnect",
                                                  "Use this computer's salon file"))
    local.triggered.connect(lambda: use_local_file(window))
    local.setEnabled(not window.db.is_sqlite)
    for action in (connect, local):
        menu.removeAction(action)
        menu.insertAction(window.quit_action, action)
    menu.insertSeparator(window.quit_action)
