"""The Customers menu's "Undo last bulk change": named after what it would undo ("Undo setting
the category “VIP” on 120 customers") and greyed while there is nothing to undo. It follows the
bulk changes and their undos through the app's customers_changed event, which both emit."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database
from salon_desk.services.customers import bulk_undo
from salon_desk.ui.events import events
from salon_desk.ui.i18n import translator
from salon_desk.ui.texts import message_text

# The customer list's texts, with the bulk bar's "Undo last bulk change".
_tr = translator("CustomerListPage")


def undo_label(change: bulk_undo.Pending | None) -> str:
    """The menu text naming the change an undo reverses."""
    if change is None:
        return _tr("Undo last bulk change")
    n, name = change.count, message_text(change.name)
    if change.kind == "badge":
        text = (_tr("Undo giving the badge “{0}” to %Ln customer(s)", n) if change.value
                else _tr("Undo taking the badge “{0}” from %Ln customer(s)", n))
    elif change.kind == "category":
        text = (_tr("Undo setting the category “{0}” on %Ln customer(s)", n)
                if change.value is not None
                else _tr("Undo taking %Ln customer(s) out of their category", n))
    else:
        text = (_tr("Undo activating %Ln customer(s)", n) if change.value
                else _tr("Undo deactivating %Ln customer(s)", n))
    return text.format(name.replace("&", "&&"))


class BulkUndoAction(QAction):
    """Triggered: the list page undoes (after asking); refreshed after every customer change."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(undo_label(None), parent)
        self.setObjectName("undo_bulk_change")
        self.db = db
        self.refresh()
        events().customers_changed.connect(self.refresh)

    def refresh(self, _ids: list | None = None) -> None:
        with self.db.session() as session:
            change = bulk_undo.pending(session)
        self.setText(undo_label(change))
        self.setEnabled(change is not None)
