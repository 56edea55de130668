"""The record's budgets (quotes): write and edit them, charge them, book them, print them.

An open budget past its valid-until date shows as expired (services.budgets.shown_status) and
is left out of the open count and worth above the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services.sales import budgets
from salon_desk.services.customers import record_counts
from salon_desk.services.settings import CURRENCY
from salon_desk.services.settings import get as get_setting
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.saving import run_write
from salon_desk.ui.sales.sale_dialog import open_sale_dialog
from salon_desk.ui.visits.budget_dialogs import BudgetAppointmentsDialog, BudgetDialog
from salon_desk.ui.visits.common import open_print_preview, tr
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row

STATUS_COLOURS = {"open": "#1565c0", "expired": "#b45309", "accepted": "#2e7d32",
                  "rejected": "#8a8494"}


def _status_text(row: budgets.BudgetRow) -> str:
    return (tr(budgets.STATUS_LABELS.get(row.status, row.status))
            + (" · " + tr("charged") if row.sale_id else ""))


def _columns(currency: str) -> list[Column]:
    return [
        Column(tr("Date"), lambda r: formatting.date(r.issued_on), 90),
        Column(tr("Code"), lambda r: r.code, 95),
        Column(tr("Description"), lambda r: r.description, 200,
               tooltip=lambda r: r.description),
        Column(tr("Business"), lambda r: r.business, 150, tooltip=lambda r: r.business),
        Column(tr("Employee"), lambda r: r.staff_name, 95),
        Column(tr("Customer"), lambda r: r.customer_name, 160,
               tooltip=lambda r: r.customer_name),
        Column(tr("Total"), lambda r: formatting.money(r.total_cents, currency), 90, RIGHT),
        Column(tr("Valid until"), lambda r: formatting.date(r.valid_until), 90),
        Column(tr("Status"), _status_text, 110, colour=lambda r: STATUS_COLOURS.get(r.status)),
    ]


class BudgetsTab(RecordTab):
    COUNT = record_counts.BUDGETS

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.currency = "EUR"
        self._count = 0
        self.dialog = None
        self.sale_dialog = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All budgets"), None)
        for status, label in budgets.STATUS_LABELS.items():
            self.status_combo.addItem(tr(label), status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.status_combo)
        self.summary = QLabel(self)
        bar.addWidget(self.summary, 1)
        self.buttons = {}
        for key, label, slot in (
                ("new", self.tr("New budget…"), self.new_budget),
                ("edit", self.tr("Edit…"), self.edit_budget),
                ("charge", self.tr("Charge…"), self.charge),
                ("book", self.tr("Book appointments…"), self.book),
                ("reject", self.tr("Reject"), self.reject_budget),
                ("delete", self.tr("Delete"), self.delete_budget),
                ("print", self.tr("Print…"), self.print_budget)):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["new"].setObjectName("primary")
        layout.addLayout(bar)
        self.model = RowsModel(_columns(self.currency), self,
                               muted=lambda r: r.status in (budgets.REJECTED, budgets.EXPIRED))
        self.view = make_table(self.model, self)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("No budgets yet"), self)
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.view.doubleClicked.connect(self.edit_budget)
        self.view.clicked.connect(self._update_buttons)

    def title(self) -> str:
        return self.tr("Budgets")

    def load(self) -> None:
        self.reload()

    def reload(self) -> None:
        """The list for the chosen status, and the open count and worth of all budgets."""
        status = self.status_combo.currentData()
        with self.db.session() as session:
            self.currency = get_setting(session, CURRENCY)
            rows = budgets.list_budgets(session, self.customer_id, status=status)
            totals = budgets.budget_totals(session, self.customer_id)
        self.model.columns = _columns(self.currency)
        self.model.set_rows(rows)
        self._count = sum(totals.counts.values())
        parts = []
        if self._count:
            parts.append(self.tr("%n open, worth {0}", "", totals.open).format(
                formatting.money(totals.open_cents, self.currency)))
        if totals.expired:
            parts.append(self.tr("%n expired", "", totals.expired))
        self.summary.setText(" · ".join(parts))
        self.view.setVisible(bool(rows))
        self.empty_label.setText(self.tr("No budgets yet") if not self._count
                                 else self.tr("No budgets with this status"))
        self.empty_label.setVisible(not rows)
        if rows:
            self.view.selectRow(len(rows) - 1)
        self._update_buttons()

    def selected(self) -> budgets.BudgetRow | None:
        return selected_row(self.view)

    def select(self, budget_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == budget_id:
                self.view.selectRow(i)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        for key in ("edit", "reject", "delete", "charge", "book", "print"):
            self.buttons[key].setEnabled(row is not None)
        if row is not None:
            self.buttons["edit"].setEnabled(row.status != "accepted")
            self.buttons["charge"].setEnabled(row.sale_id is None)
            self.buttons["reject"].setEnabled(row.status in (budgets.OPEN, budgets.EXPIRED))
            self.buttons["delete"].setEnabled(row.sale_id is None)

    def _changed(self, budget_id: int | None = None) -> None:
        self.reload()
        if budget_id and all(row.id != budget_id for row in self.model.rows):
            self.status_combo.setCurrentIndex(0)  # the budget no longer shows this status
        if budget_id:
            self.select(budget_id)
        self.changed.emit()

    def new_budget(self) -> None:
        self.dialog = BudgetDialog(self.db, self.customer_id, parent=self)
        self.dialog.saved.connect(self._changed)
        self.dialog.open()

    def edit_budget(self) -> None:
        row = self.selected()
        if row is None or row.status == "accepted":
            return
        self.dialog = BudgetDialog(self.db, self.customer_id, row.id, self)
        self.dialog.saved.connect(self._changed)
        self.dialog.open()

    def charge(self) -> None:
        row = self.selected()
        if row is None:
            return
        outcome = run_write(self, self.db, self.tr("The budget cannot be charged"),
                            lambda s: budgets.to_sale_draft(s, row.id))
        if outcome.ok:
            self.sale_dialog = open_sale_dialog(self, self.db, outcome.value,
                                                lambda _sale: self._changed(row.id))

    def book(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.dialog = BudgetAppointmentsDialog(self.db, row.id, self)
        self.dialog.booked.connect(lambda _ids: self._changed(row.id))
        self.dialog.open()

    def reject_budget(self) -> None:
        row = self.selected()
        if row is not None and run_write(self, self.db, self.tr("Not changed"), lambda s: (
                budgets.set_status(s, row.id, budgets.REJECTED))).ok:
            self._changed(row.id)

    def delete_budget(self) -> None:
        row = self.selected()
        if row is None or not dialogs.confirm(
                self, self.tr("Delete budget"),
                self.tr("Delete budget {0}? This cannot be undone.").format(row.code),
                self.tr("Delete")):
            return
        if run_write(self, self.db, self.tr("Not deleted"),
                     lambda s: budgets.delete_budget(s, row.id)).ok:
            self._changed()

    def print_budget(self) -> None:
        row = self.selected()
        if row is not None:
            open_print_preview(self, self.db, "budget", row.id)
