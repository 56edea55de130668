"""The record's History: every audited change about the customer, newest first, with who made
it, when, and each field's value before and after."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from salon_desk.services import audit, permissions
from salon_desk.ui.audit.texts import columns
from salon_desk.ui.i18n import translator
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.signin.guard import who_may_text
from salon_desk.ui.widgets.table_model import RowsModel, make_table

_tr = translator("History")


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
