"""The record's sales: every line bought, with totals, points, and the products filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services.sales import points
from salon_desk.services.customers import record_counts
from salon_desk.services.sales import records as sale_records
from salon_desk.services.sales.selling import SaleDraft
from salon_desk.services.settings import CURRENCY
from salon_desk.services.settings import get as get_setting
from salon_desk.ui import formatting
from salon_desk.ui.selection import enable_with_selection
from salon_desk.ui.texts import item_text
from salon_desk.ui.sales.sale_view import print_ticket
from salon_desk.ui.sales.void_dialog import open_void_dialog
from salon_desk.ui.sales.sale_view import open_sale_view
from salon_desk.ui.sales.sale_dialog import open_sale_dialog
from salon_desk.ui.visits.common import tr
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row
from salon_desk.services import permissions
from salon_desk.ui.signin.guard import guard

KIND_LABELS = {"service": "Service", "product": "Product", "package": "Package", "card": "Card"}
POINT_ACTIONS = {"earned": "earned", "added": "added", "redeemed": "redeemed",
                 "adjusted": "adjusted", "expired": "expired"}


def _methods(row) -> str:
    """The sale's payment methods ("Cash, Card" from the service) in the user's language."""
    return ", ".join(tr(m) for m in row.methods.split(", ") if m)  # tr: sale_records.METHOD_LABELS


def _payment(row) -> str:
    if row.cancelled:
        text = tr("Cancelled")
        if row.cancelled_at is not None:
            text += " " + formatting.date(row.cancelled_at)
        return text + (f" · {row.cancel_reason}" if row.cancel_reason else "")
    if row.sale_paid_cents >= row.sale_total_cents:
        return _methods(row)
    return (_methods(row) + ", " if row.methods else "") + tr("owed")


def _payment_colour(row) -> str | None:
    if row.cancelled:
        return "#8a8494"
    return "#c62828" if row.sale_paid_cents < row.sale_total_cents else None


def _columns(currency: str) -> list[Column]:
    return [
        Column(tr("Date"), lambda r: formatting.date(r.sold_at), 95),
        Column(tr("Ticket"), lambda r: r.ticket_number, 110),
        Column(tr("Qty"), lambda r: str(r.quantity), 45, RIGHT),
        Column(tr("Item"), lambda r: item_text(r.description), 220),
        Column(tr("Type"), lambda r: tr(KIND_LABELS.get(r.kind, r.kind)), 70),
        Column(tr("Employee"), lambda r: r.staff_name, 90),
        Column(tr("Discount"), lambda r: formatting.percent(r.discount_percent)
               if r.discount_percent else "", 70, RIGHT),
        Column(tr("Total"), lambda r: formatting.money(r.amount_cents, currency), 85, RIGHT),
        Column(tr("Payment"), _payment, 130, colour=_payment_colour,
               tooltip=lambda r: r.cancel_reason if r.cancelled else ""),
    ]


class SalesTab(RecordTab):
    COUNT = record_counts.SALES

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.currency = "EUR"
        self.sale_dialog = None
        self.sale_view = None
        self.void_dialog = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        self.totals_label = QLabel(self)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.points_label = QLabel(self)
        self.points_label.setObjectName("muted")
        layout.addWidget(self.totals_label)
        layout.addWidget(self.points_label)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        self.kind_combo = QComboBox(self)
        for kind, label in ((None, self.tr("Everything bought")),
                            ("product", self.tr("Products bought")),
                            ("service", self.tr("Services")), ("package", self.tr("Packages")),
                            ("card", self.tr("Cards"))):
            self.kind_combo.addItem(label, kind)
        bar.addWidget(self.kind_combo)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New sale…"), self)
        self.new_button.setObjectName("primary")
        self.view_button = QPushButton(self.tr("View ticket…"), self)
        self.print_button = QPushButton(self.tr("Print ticket…"), self)
        self.void_button = QPushButton(self.tr("Cancel sale…"), self)
        self.void_button.setToolTip(self.tr("Cancel (void) the selected sale: its payments, "
                                            "points, vouchers and cards are given back"))
        self.void_button.setEnabled(False)
        guard(self.new_button, permissions.CHARGE)
        guard(self.void_button, permissions.CHARGE, hide=True)
        for b in (self.new_button, self.view_button, self.print_button, self.void_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.model = RowsModel(_columns(self.currency), self, muted=lambda r: r.cancelled)
        self.view = make_table(self.model, self)
        enable_with_selection(self.view, self.view_button, self.print_button)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("No sales found"), self)
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.new_button.clicked.connect(self.new_sale)
        self.view_button.clicked.connect(self.view_ticket)
        self.print_button.clicked.connect(self.print_ticket)
        self.view.doubleClicked.connect(self.view_ticket)
        self.void_button.clicked.connect(self.void_sale)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    def title(self) -> str:
        return self.tr("Sales")

    def load(self) -> None:
        with self.db.session() as session:
            self.currency = get_setting(session, CURRENCY)
            totals = sale_records.purchase_totals(session, self.customer_id)
            balance = points.balance(session, self.customer_id)
            last = points.last_movement(session, self.customer_id)
        self.model.columns = _columns(self.currency)
        money = self.currency
        text = self.tr("<b>Total purchases: {0}</b> in %n sale(s)  ·  services {2}  ·  "
                       "products {3}", "", totals.sales).format(
            formatting.money(totals.total_cents, money), totals.sales,
            formatting.money(totals.services_cents, money),
            formatting.money(totals.products_cents, money))
        if totals.paid_cents < totals.total_cents:
            text += "  ·  <span style='color:#c62828'>" + self.tr("unpaid {0}").format(
                formatting.money(totals.total_cents - totals.paid_cents, money)) + "</span>"
        self.totals_label.setText(text)
        if last is None:
            self.points_label.setText(self.tr("Points: {0}").format(balance))
        else:
            self.points_label.setText(self.tr("Points: {0}  ·  last movement {1:+d} {2} on {3}")
                                      .format(balance, last.points,
                                              tr(POINT_ACTIONS.get(last.action, last.action)),
                                              formatting.date(last.at)))
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            rows = sale_records.list_sale_lines(session, self.customer_id,
                                                kind=self.kind_combo.currentData())
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.scrollToBottom()  # oldest first: the latest sale at the bottom
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        row = selected_row(self.view)
        self.void_button.setEnabled(row is not None and not row.cancelled)

    # --- actions ------------------------------------------------------------------------------
    def new_sale(self) -> None:
        if self.customer_id is not None:
            self.sale_dialog = open_sale_dialog(self, self.db, SaleDraft(self.customer_id),
                                                self._charged)

    def _charged(self, _sale_id: int) -> None:
        self.load()
        self.changed.emit()

    def view_ticket(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.sale_view = open_sale_view(self, self.db, row.sale_id)

    def void_sale(self) -> None:
        row = selected_row(self.view)
        if row is not None and not row.cancelled:
            self.void_dialog = open_void_dialog(self, self.db, row.sale_id, self._charged)

    def print_ticket(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            print_ticket(self, self.db, row.sale_id)
