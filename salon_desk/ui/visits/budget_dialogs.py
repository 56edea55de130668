"""Writing a budget (quote) and booking its services as appointments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTimeEdit,
    QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.sales import budgets
from salon_desk.services.schedule.budget_sessions import to_appointments
from salon_desk.services.money import line_amount
from salon_desk.services.sales.context import sale_context
from salon_desk.ui import formatting
from salon_desk.ui.events import appointments_changed
from salon_desk.ui.saving import action_buttons, run_write
from salon_desk.ui.overlap import run_booking
from salon_desk.ui.visits.common import MoneyEdit, tr
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row
from salon_desk.ui.widgets.dates import date_edit, from_qdate, to_qtime

KINDS = (("service", "Service"), ("product", "Product"), ("package", "Package"))


class BudgetDialog(QDialog):
    saved = Signal(int)  # budget id

    def __init__(self, db: Database, customer_id: int, budget_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self.budget_id = budget_id
        with db.session() as session:
            self.ctx = sale_context(session, None)
            data = budgets.budget_data(session, budget_id) if budget_id else None
            code = budgets.get_budget(session, budget_id).code if budget_id else ""
        self.setWindowTitle(self.tr("Budget {0}").format(code) if code else self.tr("New budget"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.issued_edit = date_edit(self, data.issued_on if data else None)
        row = QHBoxLayout()
        self.valid_check = QCheckBox(self.tr("Valid until"), self)
        self.valid_edit = date_edit(self, (data.valid_until if data and data.valid_until else
                                           dt.date.today() + dt.timedelta(days=30)))
        self.valid_check.setChecked(data is None or data.valid_until is not None)
        self.valid_check.toggled.connect(self.valid_edit.setEnabled)
        self.valid_edit.setEnabled(self.valid_check.isChecked())
        row.addWidget(self.issued_edit)
        row.addSpacing(16)
        row.addWidget(self.valid_check)
        row.addWidget(self.valid_edit)
        row.addStretch(1)
        self.staff_combo = QComboBox(self)
        self.staff_combo.addItem("—", None)
        for sid, name in self.ctx.staff:
            self.staff_combo.addItem(name, sid)
        if data and data.staff_id:
            self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(data.staff_id)))
        self.description_edit = QLineEdit(data.description if data else "", self)
        self.description_edit.setPlaceholderText(self.tr("e.g. Bridal package with trial"))
        form.addRow(self.tr("Date"), row)
        form.addRow(self.tr("Staff member"), self.staff_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        layout.addLayout(form)
        layout.addWidget(self._build_lines(), 1)
        self.conditions_edit = QPlainTextEdit(data.conditions if data else "", self)
        self.conditions_edit.setPlaceholderText(self.tr("Conditions printed on the budget"))
        self.conditions_edit.setMaximumHeight(70)
        layout.addWidget(self.conditions_edit)
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout.addWidget(buttons)
        for line in (data.lines if data else []):
            self._append(line)

    def _build_lines(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lines"), self)
        col = QVBoxLayout(box)
        add = QHBoxLayout()
        self.kind_combo = QComboBox(box)
        for kind, label in KINDS:
            self.kind_combo.addItem(tr(label), kind)
        self.item_combo = QComboBox(box)
        self.item_combo.setMinimumWidth(220)
        self.qty_spin = QSpinBox(box)
        self.qty_spin.setRange(1, 999)
        self.price_edit = MoneyEdit(self.ctx.currency, box)
        self.discount_spin = QDoubleSpinBox(box)
        self.discount_spin.setRange(0, 100)
        self.discount_spin.setSuffix(" %")
        self.add_button = QPushButton(self.tr("Add line"), box)
        for w in (self.kind_combo, self.item_combo, QLabel(self.tr("Qty"), box), self.qty_spin,
                  self.price_edit, self.discount_spin, self.add_button):
            add.addWidget(w)
        col.addLayout(add)
        money = self.ctx.currency
        self.lines = RowsModel([
            Column(tr("Qty"), lambda r: str(r.quantity), 50, RIGHT),
            Column(tr("Item"), lambda r: r.description, 260),
            Column(tr("Unit price"), lambda r: formatting.money(r.unit_price_cents, money), 100,
                   RIGHT),
            Column(tr("Discount"), lambda r: formatting.percent(r.discount_percent), 80, RIGHT),
            Column(tr("Amount"), lambda r: formatting.money(self._amount(r), money), 100,
                   RIGHT),
        ], self)
        self.lines_view = make_table(self.lines, box)
        col.addWidget(self.lines_view, 1)
        bottom = QHBoxLayout()
        self.total_label = QLabel(box)
        self.total_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        remove = QPushButton(self.tr("Remove line"), box)
        remove.clicked.connect(self.remove_line)
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(remove)
        col.addLayout(bottom)
        self.kind_combo.currentIndexChanged.connect(self._fill_items)
        self.item_combo.currentIndexChanged.connect(self._item_changed)
        self.add_button.clicked.connect(self.add_line)
        self._fill_items()
        return box

    @staticmethod
    def _amount(line: budgets.BudgetLineData) -> int:
        return line_amount(line.quantity, line.unit_price_cents or 0, line.discount_percent)

    def _fill_items(self) -> None:
        self.item_combo.clear()
        for item in self.ctx.items(self.kind_combo.currentData()):
            self.item_combo.addItem(item.name, item.id)

    def _item_changed(self) -> None:
        items = self.ctx.items(self.kind_combo.currentData())
        index = self.item_combo.currentIndex()
        if 0 <= index < len(items):
            self.price_edit.set_cents(items[index].price_cents)

    def _append(self, line: budgets.BudgetLineData) -> None:
        self.lines.set_rows([*self.lines.rows, line])
        total = sum(self._amount(r) for r in self.lines.rows)
        self.total_label.setText(self.tr("Total {0}").format(
            formatting.money(total, self.ctx.currency)))

    def add_line(self) -> None:
        item_id = self.item_combo.currentData()
        if item_id is None:
            return
        self._append(budgets.BudgetLineData(
            kind=self.kind_combo.currentData(), item_id=item_id, quantity=self.qty_spin.value(),
            unit_price_cents=self.price_edit.cents(),
            discount_percent=Decimal(str(round(self.discount_spin.value(), 2))),
            description=self.item_combo.currentText()))
        self.qty_spin.setValue(1)

    def remove_line(self) -> None:
        row = selected_row(self.lines_view)
        if row is not None:
            rows = [r for r in self.lines.rows if r is not row]
            self.lines.set_rows([])
            for r in rows:
                self._append(r)
            if not rows:
                self.total_label.setText("")

    def data(self) -> budgets.BudgetData:
        return budgets.BudgetData(
            issued_on=from_qdate(self.issued_edit.date()), lines=list(self.lines.rows),
            staff_id=self.staff_combo.currentData(),
            valid_until=from_qdate(self.valid_edit.date()) if self.valid_check.isChecked()
            else None,
            description=self.description_edit.text(),
            conditions=self.conditions_edit.toPlainText())

    def save(self) -> None:
        data = self.data()
        if self.budget_id:
            outcome = run_write(self, self.db, self.tr("The budget was not saved"),
                                lambda s: budgets.update_budget(s, self.budget_id, data).id)
        else:
            outcome = run_write(self, self.db, self.tr("The budget was not saved"),
                                lambda s: budgets.create_budget(s, self.customer_id, data).id)
        if outcome.ok:
            self.budget_id = outcome.value
            self.saved.emit(outcome.value)
            self.accept()


class BudgetAppointmentsDialog(QDialog):
    """Book every session of a budget's services, a set number of days apart."""

    booked = Signal(list)

    def __init__(self, db: Database, budget_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.budget_id = budget_id
        with db.session() as session:
            ctx = sale_context(session, None)
            budget = budgets.get_budget(session, budget_id)
            sessions = sum(line.quantity for line in budget.lines if line.service_id)
            staff_id = budget.staff_id
            self.customer_id = budget.customer_id
        self.setWindowTitle(self.tr("Book the budget's appointments"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n appointment(s) will be booked.", "", sessions),
                                self))
        form = QFormLayout()
        self.date_edit = date_edit(self, dt.date.today() + dt.timedelta(days=1))
        self.time_edit = QTimeEdit(to_qtime(dt.time(10)), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.staff_combo = QComboBox(self)
        for sid, name in ctx.staff:
            self.staff_combo.addItem(name, sid)
        if staff_id:
            self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(staff_id)))
        self.room_combo = QComboBox(self)
        self.room_combo.addItem(self.tr("— no room —"), None)
        for rid, name in ctx.rooms:
            self.room_combo.addItem(name, rid)
        self.every_spin = QSpinBox(self)
        self.every_spin.setRange(1, 365)
        self.every_spin.setValue(28)
        self.every_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("First appointment"), self.date_edit)
        form.addRow(self.tr("At"), self.time_edit)
        form.addRow(self.tr("Staff member"), self.staff_combo)
        form.addRow(self.tr("Room or station"), self.room_combo)
        form.addRow(self.tr("One every"), self.every_spin)
        layout.addLayout(form)
        buttons, self.book_button = action_buttons(self, self.tr("Book"), self.book)
        layout.addWidget(buttons)

    def book(self) -> None:
        t = self.time_edit.time()
        first = dt.datetime.combine(from_qdate(self.date_edit.date()),
                                    dt.time(t.hour(), t.minute())).astimezone()
        staff, room, every = (self.staff_combo.currentData(), self.room_combo.currentData(),
                              self.every_spin.value())
        # over another appointment of the customer: asked first, booked only on purpose
        outcome = run_booking(self, self.db, self.tr("The appointments were not booked"),
                              lambda s, allow: to_appointments(
                                  s, self.budget_id, first, staff, room, every,
                                  allow_customer_overlap=allow), with_day=True)
        if outcome.ok:
            appointments_changed([self.customer_id])
            self.booked.emit(outcome.value)
            self.accept()
