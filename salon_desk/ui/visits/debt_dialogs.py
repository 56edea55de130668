"""Paying a debt (amount, method, description) and setting the balance reminder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.sales import debts
from salon_desk.services.sales.selling import METHOD_LABELS, MONEY_METHODS
from salon_desk.ui import formatting
from salon_desk.ui.saving import action_buttons, run_write, save_buttons
from salon_desk.ui.visits.common import MoneyEdit, tr
from salon_desk.ui.widgets.placeholder import fit_placeholder


class PayDebtDialog(QDialog):
    """Pay all or part of one debt. Emits ``paid()`` once recorded."""

    paid = Signal()

    def __init__(self, db: Database, debt: debts.DebtRow, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.debt = debt
        self.setWindowTitle(self.tr("Pay a debt"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        origin = (self.tr("ticket {0}").format(debt.ticket_number) if debt.ticket_number
                  else debt.description)
        form.addRow(self.tr("Debt"), QLabel(f"{formatting.date(debt.incurred_at)} · {origin}",
                                            self))
        left = QLabel(formatting.money(debt.remaining_cents, currency), self)
        left.setStyleSheet("color: #c62828; font-weight: 600;")
        form.addRow(self.tr("Left to pay"), left)
        self.amount_edit = MoneyEdit(currency, self, maximum_cents=debt.remaining_cents)
        self.amount_edit.set_cents(debt.remaining_cents)
        self.method_combo = QComboBox(self)
        for method in MONEY_METHODS:
            self.method_combo.addItem(tr(METHOD_LABELS[method]), method)
        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(self.tr("e.g. paid the rest at the next visit"))
        fit_placeholder(self.description_edit)
        form.addRow(self.tr("Amount"), self.amount_edit)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        layout.addLayout(form)
        buttons, self.pay_button = action_buttons(self, self.tr("Pay"), self.pay)
        layout.addWidget(buttons)

    def pay(self) -> None:
        amount, method = self.amount_edit.cents(), self.method_combo.currentData()
        text = self.description_edit.text()
        outcome = run_write(self, self.db, self.tr("The payment was not recorded"),
                            lambda s: debts.pay_debt(s, self.debt.id, amount, method, text))
        if outcome.ok:
            self.paid.emit()
            self.accept()


class BalanceDialog(QDialog):
    """The free balance reminder: who owes whom, and how much."""

    saved = Signal()

    def __init__(self, db: Database, customer_id: int, balance_cents: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Balance reminder"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("A reminder shown in the record's header. It moves no money."),
                      self)
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.salon_owes = QRadioButton(self.tr("The salon owes the customer"), self)
        self.customer_owes = QRadioButton(self.tr("The customer owes the salon"), self)
        (self.customer_owes if balance_cents < 0 else self.salon_owes).setChecked(True)
        self.amount_edit = MoneyEdit(currency, self)
        self.amount_edit.set_cents(abs(balance_cents))
        layout.addWidget(self.salon_owes)
        layout.addWidget(self.customer_owes)
        form = QFormLayout()
        form.addRow(self.tr("Amount (0 clears it)"), self.amount_edit)
        layout.addLayout(form)
        buttons = save_buttons(self, self.save)
        layout.addWidget(buttons)

    def value(self) -> int:
        cents = self.amount_edit.cents()
        return -cents if self.customer_owes.isChecked() else cents

    def save(self) -> None:
        value = self.value()
        outcome = run_write(self, self.db, self.tr("The balance was not saved"),
                            lambda s: debts.set_balance(s, self.customer_id, value))
        if outcome.ok:
            self.saved.emit()
            self.accept()
