"""Print preview, printing to system printers, the printing settings page and the record
window's "Print summary" action.

Other parts of the app print with ``open_preview(parent, db, kind, object_id, **options)``.
"""

from __future__ import annotations


from salon_desk.services.printing import common as _common
from salon_desk.ui.i18n import interface_language, translator
from salon_desk.ui.texts import message_text


_translate = translator("PrintedDocument")


# Printed labels ("Subtotal", "Page 1 of 2"...) and numbers follow the interface language.
_common.set_translator(_translate, interface_language, message_text)
_common.set_plural_translator(_translate)

from salon_desk.ui.printing.preview import PrintPreview, open_preview

__all__ = ["PrintPreview", "open_preview"]
