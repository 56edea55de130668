"""Print preview, printing to system printers, the printing settings page and the record
window's "Print summary" action.

Other parts of the app print with ``open_preview(parent, db, kind, object_id, **options)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_desk.services.printing import common as _common
from salon_desk.ui.i18n import interface_language
from salon_desk.ui.texts import message_text


def _translate(text: str) -> str:
    return QCoreApplication.translate("PrintedDocument", text)


def _translate_count(text: str, n: int) -> str:
    return QCoreApplication.translate("PrintedDocument", text, None, n)


# Printed labels ("Subtotal", "Page 1 of 2"...) and numbers follow the interface language.
_common.set_translator(_translate, interface_language, message_text)
_common.set_plural_translator(_translate_count)

from salon_desk.ui.printing.preview import PrintPreview, open_preview

__all__ = ["PrintPreview", "open_preview"]
