"""The record's History: every audited change about the customer, newest first, with who made
it, when, and each field's value before and after."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from salon_desk.services import audit, permissions
from salon_desk.ui import formatting
from salon_desk.ui.i18n import translator
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.signin.guard import who_may_text
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table

_tr = translator("History")

def action_text(action: str) -> str:
    labels = {
        audit.INSERT: _tr("Added"), audit.UPDATE: _tr("Changed"), audit.DELETE: _tr("Deleted"),
        audit.MERGE: _tr("Merged"), audit.UNDO: _tr("Merge undone"),
        audit.EXPORT: _tr("Exported"), audit.IMPORT: _tr("Imported"),
        audit.BULK: _tr("Bulk change"), audit.FORGET: _tr("Forgotten"),
        audit.SIGN_IN: _tr("Signed in"), audit.SIGN_IN_FAILED: _tr("Sign-in failed"),
        audit.SIGN_OUT: _tr("Signed out"),
    }
    return labels.get(action, action)


def changes_text(row: audit.Row) -> str:
    """"last_name: Pazos → Pazos Vila; email: (empty) → ana@…"; the fields alone when the
    values were erased (a forgotten customer)."""
    if not row.changes:
        return row.detail or row.fields.replace(",", ", ")
    empty = _tr("(empty)")
    return "; ".join(f"{field}: {empty if before in (None, '') else before} → "
                     f"{empty if after in (None, '') else after}"
                     for field, (before, after) in row.changes.items())


def columns() -> list[Column]:
    return [
        Column(_tr("When"), lambda r: formatting.datetime(r.at), 130),
        Column(_tr("Who"), lambda r: r.who, 90),
        Column(_tr("What"), lambda r: action_text(r.action), 90),
        Column(_tr("Where"), lambda r: r.entity, 110),
        Column(_tr("Changes"), changes_text, 420, tooltip=changes_text),
    ]


class HistoryTab(RecordTab):
    def title(self) -> str:
        return _tr("History")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.model = RowsModel(columns(), self)
        self.view = make_table(self.model, self)
        layout.addWidget(self.refused)
        layout.addWidget(self.view)

    def load(self) -> None:
        allowed = permissions.may(permissions.SEE_AUDIT)
        self.refused.setVisible(not allowed)
        self.view.setVisible(allowed)
        if not allowed:
            self.refused.setText(who_may_text(permissions.SEE_AUDIT))
            self.model.set_rows([])
            return
        with self.db.session() as session:
            self.model.set_rows(audit.rows(session, self.customer_id, limit=2000))
