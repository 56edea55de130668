"""Print preview, printing to system printers, the printing settings page and the record
window's "Print summary" action.

Other parts of the app print with ``open_preview(parent, db, kind, object_id, **options)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_desk.services.printing import common as _common


def _translate(text: str) -> str:
    return QCoreApplication.translate("PrintedDocument", text)


# Printed labels ("Subtotal", "Page 1 of 2"...) follow the interface language.
_common.set_translator(_translate)

from salon_desk.ui.printing.preview import PrintPreview, open_preview

__all__ = ["PrintPreview", "open_preview"]
