"""One ticket shown in full: lines, payments, change, what is still owed; printing it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.sales.records import SaleDetail, get_sale
from salon_desk.services.sales.selling import METHOD_LABELS
from salon_desk.ui import formatting
from salon_desk.ui.texts import item_text
from salon_desk.ui.visits.common import open_print_preview, tr
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table


def print_ticket(parent: QWidget | None, db: Database, sale_id: int,
                 cancellation: bool = False) -> None:
    """The print preview of a ticket, or of a cancelled sale's cancellation ticket (the printing
    part of the app draws it)."""
    if cancellation:
        open_print_preview(parent, db, "ticket", sale_id, cancellation=True)
    else:
        open_print_preview(parent, db, "ticket", sale_id)


class SaleViewDialog(QDialog):
    def __init__(self, db: Database, sale_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sale_id = sale_id
        code = formatting.salon_currency(db)
        with db.session() as session:
            self.detail: SaleDetail = get_sale(session, sale_id)
        d = self.detail
        self.setWindowTitle(self.tr("Ticket {0}").format(d.ticket_number))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Ticket {0}").format(d.ticket_number), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.cancelled_label: QLabel | None = None
        if d.cancelled:
            text = self.tr("Cancelled on {0}").format(formatting.datetime(d.cancelled_at)) \
                if d.cancelled_at else self.tr("Cancelled")
            if d.cancelled_by:
                text += " " + self.tr("by {0}").format(d.cancelled_by)
            if d.cancel_reason:
                text += ": " + d.cancel_reason
            self.cancelled_label = QLabel(text, self)
            self.cancelled_label.setWordWrap(True)
            self.cancelled_label.setStyleSheet("color: #c62828; font-weight: 600;")
            layout.addWidget(self.cancelled_label)
        form = QFormLayout()
        form.addRow(self.tr("Date"), QLabel(formatting.datetime(d.sold_at), self))
        if d.customer_name:
            form.addRow(self.tr("Customer"), QLabel(d.customer_name, self))
        if d.staff_name:
            form.addRow(self.tr("Charged by"), QLabel(d.staff_name, self))
        if d.comments:
            form.addRow(self.tr("Comments"), QLabel(d.comments, self))
        layout.addLayout(form)
        lines = RowsModel([
            Column(self.tr("Qty"), lambda r: str(r.quantity), 50, RIGHT),
            Column(self.tr("Item"), lambda r: item_text(r.description), 260),
            Column(self.tr("Employee"), lambda r: r.staff_name, 110),
            Column(self.tr("Discount"), lambda r: formatting.percent(r.discount_percent)
                   if r.discount_percent else "", 80, RIGHT),
            Column(self.tr("Amount"), lambda r: formatting.money(r.amount_cents, code), 100,
                   RIGHT),
        ], self)
        lines.set_rows(d.lines)
        self.lines_view = make_table(lines, self)
        layout.addWidget(self.lines_view, 2)
        payments = RowsModel([
            Column(self.tr("Payment"), lambda p: tr(METHOD_LABELS.get(p.method, p.method)), 160),
            Column(self.tr("Amount"), lambda p: formatting.money(p.amount_cents, code), 110,
                   RIGHT),
            Column(self.tr("Handed over"), lambda p: "" if p.tendered_cents is None
                   else formatting.money(p.tendered_cents, code), 110, RIGHT),
        ], self)
        payments.set_rows(d.payments)
        layout.addWidget(make_table(payments, self), 1)
        totals = QFormLayout()
        total = QLabel(formatting.money(d.total_cents, code), self)
        total.setStyleSheet("font-size: 18px; font-weight: 600;")
        totals.addRow(self.tr("Total"), total)
        totals.addRow(self.tr("Paid"), QLabel(formatting.money(d.paid_cents, code), self))
        if d.change_cents:
            totals.addRow(self.tr("Change"), QLabel(formatting.money(d.change_cents, code), self))
        if d.debt_remaining_cents:
            owed = QLabel(formatting.money(d.debt_remaining_cents, code), self)
            owed.setStyleSheet("color: #c62828; font-weight: 600;")
            totals.addRow(self.tr("Still owed"), owed)
        if d.points_earned:
            totals.addRow(self.tr("Points earned"), QLabel(str(d.points_earned), self))
        layout.addLayout(totals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print ticket…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_ticket)
        self.cancellation_button: QPushButton | None = None
        if d.cancelled:
            self.cancellation_button = QPushButton(self.tr("Print cancellation ticket…"), self)
            buttons.addButton(self.cancellation_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.cancellation_button.clicked.connect(
                lambda: print_ticket(self, self.db, self.sale_id, cancellation=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


    def print_ticket(self) -> None:
        print_ticket(self, self.db, self.sale_id)


def open_sale_view(parent: QWidget | None, db: Database, sale_id: int) -> SaleViewDialog:
    dialog = SaleViewDialog(db, sale_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
