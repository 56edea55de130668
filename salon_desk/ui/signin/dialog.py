"""The sign-in dialog: a staff member's name and their PIN or password."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QWidget)
from sqlalchemy import select

from salon_desk.models import Staff
from salon_desk.models.db import Database
from salon_desk.services import signin
from salon_desk.services.errors import SalonError
from salon_desk.ui.texts import message_text


class SignInDialog(QDialog):
    """Accepted once someone signed in; ``cancellable`` False when nobody may stay signed
    out (at start and after an idle sign-out, closing it quits the app instead)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Sign in"))
        layout = QFormLayout(self)
        self.name = QComboBox(self)
        self.name.setEditable(True)
        with db.session() as session:
            names = session.scalars(select(Staff.name).where(
                Staff.active, (Staff.pin_hash.is_not(None)) | (Staff.password_hash.is_not(None))
            ).order_by(Staff.position, Staff.name)).all()
        self.name.addItems(list(names))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("PIN or password"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_in_button = buttons.addButton(self.tr("Sign in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addRow(self.tr("Name"), self.name)
        layout.addRow(self.tr("PIN or password"), self.secret)
        layout.addRow(self.error)
        layout.addRow(buttons)
        self.secret.setFocus()

    def try_sign_in(self) -> None:
        try:
            signin.attempt(self.db, self.name.currentText(), self.secret.text())
        except SalonError as exc:
            self.secret.clear()
            self.error.setText(message_text(exc.args[0]))
            self.error.show()
            return
        self.accept()
