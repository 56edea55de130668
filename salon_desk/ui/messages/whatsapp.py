"""WhatsApp through click-to-chat: the app opens https://wa.me/<number>?text=<prepared text> in
the browser (WhatsApp takes it from there) and logs the message on the customer's record. A group
is stepped through one recipient at a time: Open WhatsApp, Skip or Stop."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services import messages
from salon_desk.services.messages import MessageData
from salon_desk.ui.i18n import translator
from salon_desk.ui.saving import run_write

_tr = translator("Messages")


def wa_link(mobile: str, text: str) -> QUrl:
    """The click-to-chat link: the number in international form without "+" or spaces."""
    digits = "".join(ch for ch in mobile if ch.isdigit())
    return QUrl(f"https://wa.me/{digits}?text={quote(text, safe='')}")


def open_url(url: QUrl) -> bool:
    """Open a link in the browser (tests replace this)."""
    return QDesktopServices.openUrl(url)


@dataclass
class Chat:
    customer_id: int
    name: str
    mobile: str
    text: str


class WhatsAppStepper(QDialog):
    """One recipient after another: the prepared text, then Open WhatsApp (opens the link and
    logs the message), Skip or Stop."""

    def __init__(self, db: Database, chats: list[Chat], category: str,
                 staff_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.chats, self.category, self.staff_id = db, chats, category, staff_id
        self.index = 0
        self.opened: list[int] = []  # customer ids whose chat was opened and logged
        self.skipped: list[int] = []
        self.setWindowTitle(_tr("Send by WhatsApp"))
        self.resize(460, 360)
        layout = QVBoxLayout(self)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("muted")
        self.name_label = QLabel(self)
        self.name_label.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.text_view, 1)
        hint = QLabel(_tr("WhatsApp opens in the browser with the text written: press send "
                          "there, then come back for the next customer."), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.stop_button = QPushButton(_tr("Stop"), self)
        self.stop_button.clicked.connect(self.accept)
        self.skip_button = QPushButton(_tr("Skip"), self)
        self.skip_button.clicked.connect(self.skip)
        self.open_button = QPushButton(_tr("Open WhatsApp"), self)
        self.open_button.setObjectName("primary")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._show()

    def _show(self) -> None:
        if self.index >= len(self.chats):
            self.accept()
            return
        chat = self.chats[self.index]
        self.progress_label.setText(_tr("Customer {0} of {1}").format(self.index + 1,
                                                                       len(self.chats)))
        self.name_label.setText(f"{chat.name}  ·  {chat.mobile}")
        self.text_view.setPlainText(chat.text)
        self.open_button.setText(_tr("Open WhatsApp") if self.index + 1 == len(self.chats)
                                 else _tr("Open WhatsApp, then next"))

    def open_current(self) -> None:
        chat = self.chats[self.index]
        open_url(wa_link(chat.mobile, chat.text))
        data = MessageData(channel="whatsapp", category=self.category, body=chat.text,
                           staff_id=self.staff_id)
        if run_write(self, self.db, self.windowTitle(),
                     lambda s: messages.log_message(s, chat.customer_id, data)).ok:
            self.opened.append(chat.customer_id)
        self.index += 1
        self._show()

    def skip(self) -> None:
        self.skipped.append(self.chats[self.index].customer_id)
        self.index += 1
        self._show()
