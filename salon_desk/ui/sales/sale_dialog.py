"""Charging: the dialog where the receptionist enters a sale's lines and payments.

Lines come from the catalogue (services, products, packages) or from what is being charged (an
appointment, a budget). Several payments can be combined; the totals, the change for cash and
what will be left as a debt are recomputed by the sales service as anything changes, so what the
dialog shows is exactly what will be recorded.

The payment being entered (method, amount, cash handed over) counts as paid even before "Add
payment": Charge records it, and the totals already include it. Whatever would be left unpaid
becomes a debt only after the receptionist says so. A customer's earlier debt is shown, and can
be added to what is paid today (see services.checkout).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.sales.checkout import CheckoutPreview, charge_sale, preview_checkout
from salon_desk.services.sales.context import SaleContext, sale_context
from salon_desk.services.sales.selling import (METHOD_LABELS, LineDraft, PaymentDraft, SaleDraft,
    SaleResult, default_discount)
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.events import customers_changed, money_changed
from salon_desk.ui.sales.lines_model import COL_STAFF, LinesModel, PaymentsModel, StaffDelegate
from salon_desk.ui.sales.sale_view import print_ticket
from salon_desk.ui.saving import action_buttons, run_write
from salon_desk.ui.selection import enable_with_selection
from salon_desk.ui.style import DANGER
from salon_desk.ui.texts import message_text
from salon_desk.ui.visits.common import MoneyEdit


class SaleDialog(QDialog):
    """Charge a sale. ``charged(sale_id)`` is emitted once it is recorded."""

    charged = Signal(int)

    def __init__(self, db: Database, draft: SaleDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.draft = draft
        self.result: SaleResult | None = None
        # Called after charging; plain calls rather than signal connections, because a lambda
        # connected to a dialog deleted on close has crashed PySide at deletion.
        self.on_charged: list = []
        self.sale_id: int | None = None
        self._ready = False
        self._refreshing = False
        self._listed_left = 0  # left to pay after the payments in the list
        with db.session() as session:
            self.ctx: SaleContext = sale_context(session, draft.customer_id)
        self.setWindowTitle(self.tr("New sale"))
        self.setMinimumSize(900, 720)
        self._build()
        self._load_draft()
        self._ready = True
        self.refresh(reset_amount=True)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        ctx = self.ctx
        layout = QVBoxLayout(self)
        who = QLabel(self)
        who.setObjectName("pageTitle")
        if ctx.customer_id:
            text = self.tr("Sale for {0}").format(ctx.customer_name)
            if ctx.discount_percent:
                text += "  ·  " + self.tr("personal discount {0}").format(
                    formatting.percent(ctx.discount_percent))
        else:
            text = self.tr("Sale without a customer")
        who.setText(text)
        layout.addWidget(who)

        top = QHBoxLayout()
        self.card_combo = QComboBox(self)
        self.card_combo.addItem(self.tr("No loyalty card"), None)
        for card_id, label in ctx.credits.get("loyalty_card", []):
            self.card_combo.addItem(message_text(label), card_id)
        self.card_combo.setEnabled(self.card_combo.count() > 1)
        self.card_combo.currentIndexChanged.connect(self._card_changed)
        self.seller_combo = self._staff_combo(self.tr("— nobody —"))
        top.addWidget(QLabel(self.tr("Loyalty card:"), self))
        top.addWidget(self.card_combo, 1)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Charged by:"), self))
        top.addWidget(self.seller_combo, 1)
        layout.addLayout(top)

        layout.addWidget(self._build_lines(), 2)
        middle = QHBoxLayout()
        middle.addWidget(self._build_payments(), 3)
        middle.addWidget(self._build_totals(), 2)
        layout.addLayout(middle, 3)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("infoBanner")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        bottom = QHBoxLayout()
        self.comments = QLineEdit(self)
        self.comments.setPlaceholderText(self.tr("Comments printed on the ticket"))
        bottom.addWidget(self.comments, 1)
        self.print_check = QCheckBox(self.tr("Print the ticket"), self)
        bottom.addWidget(self.print_check)
        layout.addLayout(bottom)
        self.buttons, self.charge_button = action_buttons(self, self.tr("Charge"), self.charge)
        layout.addWidget(self.buttons)

    def _staff_combo(self, empty: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(empty, None)
        for staff_id, name in self.ctx.staff:
            combo.addItem(name, staff_id)
        return combo

    def _build_lines(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lines"), self)
        col = QVBoxLayout(box)
        add = QHBoxLayout()
        self.kind_combo = QComboBox(box)
        for kind, label in (("service", self.tr("Service")), ("product", self.tr("Product")),
                            ("package", self.tr("Package"))):
            self.kind_combo.addItem(label, kind)
        self.item_combo = QComboBox(box)
        self.item_combo.setEditable(True)
        self.item_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.item_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.item_combo.setMinimumWidth(260)
        self.qty_spin = QSpinBox(box)
        self.qty_spin.setRange(1, 999)
        self.qty_spin.setMaximumWidth(70)
        self.line_staff = self._staff_combo(self.tr("— employee —"))
        self.add_line_button = QPushButton(self.tr("Add line"), box)
        self.add_line_button.clicked.connect(self.add_line)
        self.kind_combo.currentIndexChanged.connect(self._fill_items)
        for w in (self.kind_combo, self.item_combo):
            add.addWidget(w)
        add.addWidget(QLabel(self.tr("Qty"), box))
        add.addWidget(self.qty_spin)
        add.addWidget(self.line_staff)
        add.addWidget(self.add_line_button)
        col.addLayout(add)
        self.lines = LinesModel(self.ctx.currency, self.ctx.staff, self)
        self.lines_view = self._table(self.lines, [60, 300, 100, 80, 120, 100])
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.SelectedClicked)
        self.lines_view.setItemDelegateForColumn(COL_STAFF, StaffDelegate(self.ctx.staff, self))
        self.lines.dataChanged.connect(self._lines_edited)
        col.addWidget(self.lines_view)
        hint = QLabel(self.tr("Double-click a quantity, price, discount or employee to change "
                              "it."), box)
        hint.setObjectName("muted")
        remove = QPushButton(self.tr("Remove line"), box)
        remove.clicked.connect(self.remove_line)
        enable_with_selection(self.lines_view, remove)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(remove)
        col.addLayout(row)
        self._fill_items()
        return box

    def _build_payments(self) -> QGroupBox:
        box = QGroupBox(self.tr("Payments"), self)
        col = QVBoxLayout(box)
        grid = QGridLayout()
        self.method_combo = QComboBox(box)
        for method, label in METHOD_LABELS.items():
            if method in ("voucher", "prepaid", "loyalty_card") and not self.ctx.credits.get(
                    method):
                continue
            if method == "points" and not self.ctx.points:
                continue
            self.method_combo.addItem(self.tr(label), method)
        self.reference_combo = QComboBox(box)
        self.points_spin = QSpinBox(box)
        self.points_spin.setRange(0, max(0, self.ctx.points))
        self.points_spin.setSuffix(self.tr(" points"))
        self.amount_edit = MoneyEdit(self.ctx.currency, box)
        self.tendered_edit = MoneyEdit(self.ctx.currency, box)
        self.tendered_edit.setPlaceholderText(self.tr("exact"))
        self.add_payment_button = QPushButton(self.tr("Add payment"), box)
        self.add_payment_button.clicked.connect(self.add_payment)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        self.tendered_edit.valueChanged.connect(self._entry_changed)
        self.amount_edit.valueChanged.connect(self._entry_changed)
        self.reference_combo.currentIndexChanged.connect(self._entry_changed)
        self.points_spin.valueChanged.connect(self._entry_changed)
        self.pending_change = QLabel(box)
        self.pending_change.setObjectName("muted")
        grid.addWidget(QLabel(self.tr("Method"), box), 0, 0)
        grid.addWidget(self.method_combo, 0, 1)
        grid.addWidget(self.reference_combo, 0, 2)
        grid.addWidget(self.points_spin, 0, 3)
        grid.addWidget(QLabel(self.tr("Amount"), box), 1, 0)
        grid.addWidget(self.amount_edit, 1, 1)
        self.tendered_label = QLabel(self.tr("Handed over"), box)
        grid.addWidget(self.tendered_label, 1, 2)
        grid.addWidget(self.tendered_edit, 1, 3)
        grid.addWidget(self.pending_change, 2, 1, 1, 2)
        grid.addWidget(self.add_payment_button, 2, 3)
        col.addLayout(grid)
        self.payments = PaymentsModel(self.ctx.currency, self)
        self.payments_view = self._table(self.payments, [85, 130, 85, 85])
        self.payments_view.setMinimumHeight(110)
        col.addWidget(self.payments_view)
        remove = QPushButton(self.tr("Remove payment"), box)
        remove.clicked.connect(self.remove_payment)
        enable_with_selection(self.payments_view, remove)
        col.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self._method_changed()
        return box

    def _build_totals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Totals"), self)
        form = QFormLayout(box)
        self.total_label, self.paid_label = QLabel(box), QLabel(box)
        self.change_label, self.debt_label = QLabel(box), QLabel(box)
        self.points_label = QLabel(box)
        self.total_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.change_label.setStyleSheet("font-size: 16px; font-weight: 600; color: #2e7d32;")
        form.addRow(self.tr("Total"), self.total_label)
        # An earlier debt: shown, and offered to be paid with today's sale.
        self.earlier_debt_label = QLabel(formatting.money(self.ctx.owed_cents, self.ctx.currency),
                                         box)
        self.earlier_debt_label.setStyleSheet(f"font-size: 16px; font-weight: 600; "
                                              f"color: {DANGER};")
        self.earlier_debt_label.setToolTip(self.tr("What the customer still owes from earlier "
                                                   "visits"))
        self.pay_debt_check = QCheckBox(self.tr("Add it to this payment"), box)
        self.pay_debt_check.toggled.connect(lambda _on: self.refresh(reset_amount=True))
        self.to_pay_label = QLabel(box)
        self.to_pay_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        form.addRow(self.tr("Earlier debt"), self.earlier_debt_label)
        form.addRow("", self.pay_debt_check)
        form.addRow(self.tr("To pay now"), self.to_pay_label)
        has_debt = bool(self.ctx.customer_id and self.ctx.owed_cents > 0)
        form.setRowVisible(self.earlier_debt_label, has_debt)
        form.setRowVisible(self.pay_debt_check, has_debt)
        form.setRowVisible(self.to_pay_label, False)
        self.totals_form = form
        form.addRow(self.tr("Paid"), self.paid_label)
        form.addRow(self.tr("Change"), self.change_label)
        form.addRow(self.tr("Left as a debt"), self.debt_label)
        form.addRow(self.tr("Points earned"), self.points_label)
        if self.ctx.customer_id:
            form.addRow(self.tr("Points held"), QLabel(str(self.ctx.points), box))
        return box

    def _table(self, model, widths: list[int]) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, width in enumerate(widths):
            view.horizontalHeader().resizeSection(i, width)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # --- lines --------------------------------------------------------------------------------
    def _fill_items(self) -> None:
        kind = self.kind_combo.currentData()
        self.item_combo.clear()
        for item in self.ctx.items(kind):
            self.item_combo.addItem(
                f"{item.name}  ·  {formatting.money(item.price_cents, self.ctx.currency)}",
                item.id)

    def _card(self) -> int | None:
        return self.card_combo.currentData()

    def _default_discount(self, kind: str) -> Decimal:
        card_id = self._card()
        card = None
        if card_id is not None:
            service_pct, product_pct = self.ctx.loyalty_discounts.get(card_id,
                                                                      (Decimal(0), Decimal(0)))
            card = SimpleNamespace(service_discount_percent=service_pct,
                                   product_discount_percent=product_pct)
        return default_discount(kind, self.ctx.discount_percent, card)

    def add_line(self) -> None:
        kind = self.kind_combo.currentData()
        index = self.item_combo.findText(self.item_combo.currentText())
        if index < 0:
            index = self.item_combo.currentIndex()
        if index < 0:
            return
        item = self.ctx.items(kind)[index]
        line = LineDraft(kind=kind, item_id=item.id, quantity=self.qty_spin.value(),
                         staff_id=self.line_staff.currentData())
        self.lines.add(line, item.name, item.price_cents, self._default_discount(kind))
        self.qty_spin.setValue(1)
        self.refresh(reset_amount=True)

    def add_prepared_line(self, line: LineDraft, name: str, price: int) -> None:
        discount = (line.discount_percent if line.discount_percent is not None
                    else self._default_discount(line.kind))
        self.lines.add(line, name, price, discount)

    def remove_line(self) -> None:
        rows = self.lines_view.selectionModel().selectedRows()
        if rows:
            self.lines.remove(rows[0].row())
            self.refresh(reset_amount=True)

    def _lines_edited(self) -> None:
        if not getattr(self, "_refreshing", False):
            self.refresh(reset_amount=True)

    def _card_changed(self) -> None:
        # Lines whose discount was not typed by hand (None) follow the card's discounts.
        self.refresh(reset_amount=True)

    def _load_draft(self) -> None:
        names = {(kind, item.id): item for kind in ("service", "product", "package")
                 for item in self.ctx.items(kind)}
        for line in self.draft.lines:
            item = names.get((line.kind, line.item_id))
            name = line.description or (item.name if item else "")
            price = line.unit_price_cents if line.unit_price_cents is not None else (
                item.price_cents if item else 0)
            self.add_prepared_line(line, name, price)
        if self.draft.loyalty_card_id:
            self.card_combo.setCurrentIndex(max(0, self.card_combo.findData(
                self.draft.loyalty_card_id)))
        if self.draft.staff_id:
            self.seller_combo.setCurrentIndex(max(0, self.seller_combo.findData(
                self.draft.staff_id)))
        self.comments.setText(self.draft.comments)
        for payment in self.draft.payments:
            self.payments.add(payment, "")

    # --- payments -----------------------------------------------------------------------------
    def _method_changed(self) -> None:
        method = self.method_combo.currentData()
        self.reference_combo.clear()
        for ref_id, label in self.ctx.credits.get(method, []):
            self.reference_combo.addItem(message_text(label), ref_id)
        self.reference_combo.setVisible(method in ("voucher", "prepaid", "loyalty_card"))
        self.points_spin.setVisible(method == "points")
        cash = method == "cash"
        self.tendered_edit.setVisible(cash)
        self.tendered_label.setVisible(cash)
        self.amount_edit.setEnabled(method not in ("voucher", "points"))
        self.tendered_edit.clear()
        self._entry_changed()

    def _entry_ready(self) -> bool:
        """Whether the payment entry holds something to pay with."""
        method = self.method_combo.currentData()
        if method is None:
            return False
        if method in ("voucher", "prepaid", "loyalty_card") and (
                self.reference_combo.currentData() is None):
            return False
        if method == "voucher":  # one session, whatever it is worth
            return True
        if method == "points":
            return self.points_spin.value() > 0
        return self.amount_edit.cents() > 0 or (method == "cash"
                                                and self.tendered_edit.cents() > 0)

    def _entry_changed(self) -> None:
        self.add_payment_button.setEnabled(self._entry_ready())
        if self._ready:
            self.refresh()

    def _show_pending_change(self) -> None:
        tendered = self.tendered_edit.cents()
        amount = self.amount_edit.cents()
        method = self.method_combo.currentData()
        if method == "cash" and tendered > amount:
            self.pending_change.setText(self.tr("Change to give: {0}").format(
                formatting.money(tendered - amount, self.ctx.currency)))
        elif self._pending_payment() is not None:
            self.pending_change.setText(self.tr("Counted as paid when you charge"))
        else:
            self.pending_change.setText("")

    def _entry_payment(self) -> tuple[PaymentDraft, str] | None:
        """The payment the entry row holds, as "Add payment" adds it, with its detail label."""
        method = self.method_combo.currentData()
        if not self._entry_ready():
            return None
        payment = PaymentDraft(method=method, amount_cents=self.amount_edit.cents())
        label = ""
        if method in ("voucher", "prepaid", "loyalty_card"):
            payment.reference_id = self.reference_combo.currentData()
            label = self.reference_combo.currentText()
            if method == "voucher":
                payment.amount_cents = 0  # one session of the matching line
        elif method == "points":
            payment.points = self.points_spin.value()
            label = self.tr("%n point(s)", "", payment.points)
        elif method == "cash" and self.tendered_edit.cents():
            # Less handed over than the amount: what was handed over is what is paid.
            payment.tendered_cents = self.tendered_edit.cents()
            if payment.tendered_cents <= payment.amount_cents:
                payment.amount_cents, payment.tendered_cents = payment.tendered_cents, None
        return payment, label

    def _pending_payment(self) -> PaymentDraft | None:
        """The entry's payment while something is left to pay: Charge records it."""
        entry = self._entry_payment() if self._listed_left > 0 else None
        return entry[0] if entry else None

    def add_payment(self) -> None:
        entry = self._entry_payment()
        if entry is None:
            return
        self.payments.add(*entry)
        self.tendered_edit.clear()
        self.refresh(reset_amount=True)

    def remove_payment(self) -> None:
        rows = self.payments_view.selectionModel().selectedRows()
        if rows:
            self.payments.remove(rows[0].row())
            self.refresh(reset_amount=True)

    # --- totals and charging ------------------------------------------------------------------
    def current_draft(self) -> SaleDraft:
        self.draft.lines = list(self.lines.lines)
        self.draft.payments = list(self.payments.payments)
        self.draft.loyalty_card_id = self._card()
        self.draft.staff_id = self.seller_combo.currentData()
        self.draft.comments = self.comments.text()
        return self.draft

    def debt_added(self) -> int:
        """The earlier debt the receptionist chose to pay with this sale."""
        return self.ctx.owed_cents if self.pay_debt_check.isChecked() else 0

    def _preview(self, payments: list[PaymentDraft]) -> CheckoutPreview:
        draft = replace(self.current_draft(), payments=list(payments))
        with self.db.session() as session:
            return preview_checkout(session, draft, self.debt_added())

    def refresh(self, reset_amount: bool = False) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            listed = list(self.payments.payments)
            if reset_amount:
                base = self._preview(listed)
                self._listed_left = max(0, base.total_cents + self.debt_added()
                                        - base.paid_cents)
                self.amount_edit.blockSignals(True)
                self.amount_edit.set_cents(self._listed_left)
                self.amount_edit.blockSignals(False)
                if self.ctx.point_value_cents:
                    sale_left = max(0, base.total_cents - base.paid_cents)
                    self.points_spin.blockSignals(True)
                    self.points_spin.setValue(min(self.ctx.points,
                                                  sale_left // self.ctx.point_value_cents))
                    self.points_spin.blockSignals(False)
                self.add_payment_button.setEnabled(self._entry_ready())
            pending = self._pending_payment()
            if pending is not None:
                preview = self._preview([*listed, pending])
            else:
                preview = base if reset_amount else self._preview(listed)
            self.lines.set_preview(preview.unit_prices, preview.discounts, preview.line_amounts)
            self.payments.set_amounts(preview.payment_amounts[:len(listed)])
        finally:
            self._refreshing = False
        self._show(preview)

    def _show(self, preview: CheckoutPreview) -> None:
        money = self.ctx.currency
        self.preview = preview
        self.total_label.setText(formatting.money(preview.total_cents, money))
        debt = self.debt_added()
        self.totals_form.setRowVisible(self.to_pay_label, bool(debt))
        self.to_pay_label.setText(formatting.money(preview.total_cents + debt, money))
        self.paid_label.setText(formatting.money(preview.paid_cents, money))
        self.change_label.setText(formatting.money(preview.change_cents, money))
        self.debt_label.setText(formatting.money(preview.owed_cents, money))
        self.debt_label.setStyleSheet("font-size: 16px; font-weight: 600; color: {};".format(
            DANGER if preview.owed_cents else "#6f6a78"))
        self.points_label.setText(str(preview.points_earned))
        error = preview.error
        self.error_label.setText(message_text(error))
        self.error_label.setVisible(bool(error))
        self.charge_button.setEnabled(not error and bool(self.lines.lines))
        self._show_pending_change()

    def charge(self) -> None:
        """Record the sale with the payments listed and the one in the entry row; anything left
        unpaid becomes a debt only once the receptionist agrees."""
        self.refresh()
        if not self.charge_button.isEnabled():
            return
        owed = self.preview.owed_cents
        if owed and not dialogs.confirm(
                self, self.tr("Leave a debt"),
                self.tr("Leave {0} unpaid as a debt?").format(
                    formatting.money(owed, self.ctx.currency)),
                self.tr("Leave as a debt")):
            return
        pending = self._pending_payment()
        draft = replace(self.current_draft(),
                        payments=list(self.payments.payments) + ([pending] if pending else []))
        debt = self.debt_added()
        outcome = run_write(self, self.db, self.tr("The sale was not recorded"),
                            lambda session: charge_sale(session, draft, debt))
        if not outcome.ok:
            return
        self.draft = draft
        self.result = outcome.value.sale
        self.sale_id = self.result.sale.id
        if draft.customer_id:
            customers_changed([draft.customer_id])
            money_changed([draft.customer_id])
        self.charged.emit(self.sale_id)
        for callback in self.on_charged:
            callback(self.sale_id)
        if self.print_check.isChecked():
            print_ticket(self.parentWidget() or self, self.db, self.sale_id)
        self.accept()


def open_sale_dialog(parent: QWidget | None, db: Database, draft: SaleDraft,
                     on_charged=None) -> SaleDialog:
    """Open the charge dialog (window-modal, not blocking); ``on_charged(sale_id)`` after."""
    dialog = SaleDialog(db, draft, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_charged is not None:
        dialog.on_charged.append(on_charged)
    dialog.open()
    return dialog
