"""The one place where messages from the services reach the user's language.

Services give their errors, warnings and the names they write as services.texts.Text (a source
text from services.error_texts and its values). ``message_text`` translates the source in the
ServiceMessages context (with Qt's plural forms when it counts something) and shows the values
as the rest of the interface does: amounts as money in the salon's locale, dates as dates.
dialogs.show_error, the field errors of saving.reporting and every list that shows a name the
app wrote go through it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from salon_desk.models.store_errors import CONTEXT as STORE_CONTEXT
from salon_desk.models.store_errors import StoreText
from salon_desk.services.texts import CONTEXT, Amount, Text, stored_text
from salon_desk.ui import formatting


def _translate(source: str, n: int | None) -> str:
    return QCoreApplication.translate(CONTEXT, source, None, -1 if n is None else n)


def _show(value: object) -> str:
    if isinstance(value, Amount):
        return formatting.money(value.cents)
    if isinstance(value, dt.datetime):
        return formatting.datetime(value)
    if isinstance(value, dt.date):
        return formatting.date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def message_text(text: object) -> str:
    """A message for the user in the interface language: a service's Text translated, with its
    values shown as the interface shows them; any other text (already translated) as it is."""
    if isinstance(text, Text):
        return text.render(_translate, _show)
    if isinstance(text, StoreText):  # a problem with the database file (models.store_errors)
        return text.render(lambda source: QCoreApplication.translate(STORE_CONTEXT, source))
    return "" if text is None else str(text)


def item_text(stored: str | None) -> str:
    """A name stored by the app ("Unpaid on ticket T2026-000012") in the interface language;
    what a person typed, as typed."""
    return message_text(stored_text(stored))
