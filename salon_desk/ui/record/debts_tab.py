"""The record's debts: shown in red when something is owed; paying them in part or in full;
the balance reminder."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services.sales import debts
from salon_desk.services.customers import record_counts
from salon_desk.services.settings import CURRENCY
from salon_desk.services.settings import get as get_setting
from salon_desk.ui import formatting
from salon_desk.ui.texts import item_text
from salon_desk.ui.visits.common import tr
from salon_desk.ui.visits.debt_dialogs import BalanceDialog, PayDebtDialog
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row
from salon_desk.services import permissions
from salon_desk.ui.signin.guard import guard

RED = "#c62828"


def _debt_columns(currency: str) -> list[Column]:
    return [
        Column(tr("Date"), lambda r: formatting.date(r.incurred_at), 100),
        Column(tr("Sale"), lambda r: r.ticket_number or "", 115),
        Column(tr("Initial amount"), lambda r: formatting.money(r.initial_cents, currency), 110,
               RIGHT),
        Column(tr("Paid"), lambda r: formatting.money(r.initial_cents - r.remaining_cents,
                                                      currency), 100, RIGHT),
        Column(tr("Left"), lambda r: formatting.money(r.remaining_cents, currency), 100, RIGHT,
               colour=lambda r: RED if r.remaining_cents else None),
        Column(tr("Last payment"), lambda r: formatting.date(r.last_paid_at), 105),
        Column(tr("Description"), lambda r: item_text(r.description), 200),
    ]


def _payment_columns(currency: str) -> list[Column]:
    from salon_desk.services.sales.selling import METHOD_LABELS

    return [
        Column(tr("Paid on"), lambda p: formatting.datetime(p.paid_at), 140),
        Column(tr("Amount"), lambda p: formatting.money(p.amount_cents, currency), 100, RIGHT),
        Column(tr("Method"), lambda p: tr(METHOD_LABELS.get(p.method, p.method)), 100),
        Column(tr("Description"), lambda p: p.description, 250),
    ]


class DebtsTab(RecordTab):
    COUNT = record_counts.DEBTS

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.currency = "EUR"
        self._owed = 0
        self._balance = 0
        self.pay_dialog: PayDebtDialog | None = None
        self.balance_dialog: BalanceDialog | None = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.owed_label = QLabel(self)
        self.owed_label.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.owed_label, 1)
        self.pay_button = QPushButton(self.tr("Pay…"), self)
        self.pay_button.setObjectName("primary")
        top.addWidget(self.pay_button)
        layout.addLayout(top)
        self.model = RowsModel(_debt_columns(self.currency), self,
                               muted=lambda r: r.remaining_cents == 0)
        self.view = make_table(self.model, self)
        layout.addWidget(self.view, 2)
        self.payments_title = QLabel(self.tr("Payments of the selected debt"), self)
        self.payments_title.setObjectName("sectionTitle")
        layout.addWidget(self.payments_title)
        self.payments_model = RowsModel(_payment_columns(self.currency), self)
        self.payments_view = make_table(self.payments_model, self)
        layout.addWidget(self.payments_view, 1)
        bottom = QHBoxLayout()
        self.balance_label = QLabel(self)
        bottom.addWidget(self.balance_label, 1)
        self.balance_button = QPushButton(self.tr("Balance reminder…"), self)
        bottom.addWidget(self.balance_button)
        layout.addLayout(bottom)
        guard(self.pay_button, permissions.CHARGE, hide=True)
        guard(self.balance_button, permissions.CHARGE)
        self.pay_button.clicked.connect(self.pay)
        self.balance_button.clicked.connect(self.edit_balance)
        self.view.clicked.connect(self._show_payments)
        self.view.doubleClicked.connect(self.pay)

    def title(self) -> str:
        return self.tr("Debts")

    def highlighted(self, counts: Mapping[str, int]) -> bool:
        return counts.get(record_counts.OWED, 0) > 0

    def load(self) -> None:
        with self.db.session() as session:
            self.currency = get_setting(session, CURRENCY)
            rows = debts.list_debts(session, self.customer_id)
            self._balance = debts.get_balance(session, self.customer_id)
        self.model.columns = _debt_columns(self.currency)
        self.payments_model.columns = _payment_columns(self.currency)
        self.model.set_rows(rows)
        self._owed = sum(r.remaining_cents for r in rows)
        if self._owed:
            self.owed_label.setText(
                f"<span style='font-size:16px; font-weight:600; color:{RED}'>"
                + self.tr("Owes {0}").format(formatting.money(self._owed, self.currency))
                + "</span>")
        else:
            self.owed_label.setText(self.tr("Nothing owed."))
        open_rows = [i for i, r in enumerate(rows) if r.remaining_cents]
        if open_rows:
            self.view.selectRow(open_rows[0])
        self._show_payments()
        if self._balance:
            who = (self.tr("the customer owes {0}") if self._balance < 0
                   else self.tr("the salon owes the customer {0}"))
            text = self.tr("Balance reminder: ") + who.format(
                formatting.money(abs(self._balance), self.currency))
        else:
            text = self.tr("No balance reminder.")
        self.balance_label.setText(text)

    def _show_payments(self) -> None:
        row = selected_row(self.view)
        self.pay_button.setEnabled(row is not None and row.remaining_cents > 0)
        payments = []
        if row is not None:
            with self.db.session() as session:
                payments = debts.debt_payments(session, row.id)
        self.payments_model.set_rows(payments)

    def pay(self) -> None:
        row = selected_row(self.view)
        if row is None or not row.remaining_cents:
            return
        self.pay_dialog = PayDebtDialog(self.db, row, self.currency, self)
        self.pay_dialog.paid.connect(self._changed)
        self.pay_dialog.open()

    def edit_balance(self) -> None:
        self.balance_dialog = BalanceDialog(self.db, self.customer_id, self._balance,
                                            self.currency, self)
        self.balance_dialog.saved.connect(self._changed)
        self.balance_dialog.open()

    def _changed(self) -> None:
        self.load()
        self.changed.emit()
