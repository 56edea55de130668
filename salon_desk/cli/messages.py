"""Error lines of the command line in the user's language.

The command line prints its results in English, but a message that explains a failure (a
service's Text, a database problem) is shown translated when Salon Desk has the user's
language (SALON_DESK_LANG, else the system's), as the app would show it; English otherwise.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def user_text(message: object) -> str:
    """``message`` (an exception or a text) in the user's language, English as a fallback."""
    text = message if isinstance(message, str) else str(message)  # str() drops a Text's kind
    try:
        return _translated(text)
    except Exception:  # noqa: BLE001 - a message must always come out, if only in English
        log.debug("No translated message", exc_info=True)
        return text


def _translated(text: str) -> str:
    from salon_desk.models.store_errors import StoreText
    from salon_desk.services.texts import Text

    if not isinstance(text, (StoreText, Text)):
        return text
    from PySide6.QtCore import QCoreApplication

    from salon_desk.ui.i18n import chosen_language, install_translator

    language = chosen_language()
    if language.split("_")[0] in ("en", "C", "c", ""):
        return text
    app = QCoreApplication.instance() or QCoreApplication([])
    translator = install_translator(app, language)
    if translator is None:
        return text
    try:
        if isinstance(text, StoreText):
            from salon_desk.models.store_errors import CONTEXT

            return text.render(lambda source: QCoreApplication.translate(CONTEXT, source))
        from salon_desk.ui.texts import message_text

        return message_text(text)
    finally:
        app.removeTranslator(translator)
