"""What the composer and the Templates page share: the languages a text is written in, the
"Insert field" button listing the template fields, and an SMS's length in characters and parts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from salon_desk.services.messages import sms_length, templates
from salon_desk.services.texts import Text
from salon_desk.ui.i18n import translator
from salon_desk.ui.texts import message_text

_tr = translator("Messages")

LANGUAGES = ("en", "es")


def language_labels() -> dict[str, str]:
    return {"en": _tr("English"), "es": _tr("Spanish")}


def sms_text(text: str) -> str:
    """"87 characters · 1 SMS · GSM-7"."""
    parts = sms_length.sms_parts(text)
    encoding = _tr("Unicode") if parts.encoding != "GSM-7" else "GSM-7"
    return (_tr("%n character(s)", parts.characters) + "  ·  "
            + _tr("%n SMS", parts.segments) + "  ·  " + encoding)


class FieldButton(QToolButton):
    """"Insert field": the template fields ({first_name}...) with what each holds."""

    inserted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(_tr("Insert field"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for name, description in templates.FIELDS.items():
            placeholder = name if name.startswith("{") else f"{{{name}}}"
            action = menu.addAction(f"{placeholder}  —  {message_text(Text(description))}")
            action.triggered.connect(lambda _=False, p=placeholder: self.inserted.emit(p))
        self.setMenu(menu)
