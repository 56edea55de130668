"""Cancelling (voiding) a sale: what will be given back, the reason, then what was done and the
cancellation ticket to print."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.sales.catalog import list_items
from salon_desk.services.errors import SalonError
from salon_desk.services.sales.records import SaleDetail, get_sale
from salon_desk.services.sales.void import (
    SaleAlreadyCancelled,
    SaleNotCancellable,
    VoidResult,
    void_sale,
)
from salon_desk.services.sales.selling import METHOD_LABELS, MONEY_METHODS
from salon_desk.ui import formatting
from salon_desk.ui.sales.sale_view import print_ticket
from salon_desk.ui.saving import error_label, run_write
from salon_desk.ui.visits.common import tr


class VoidSaleDialog(QDialog):
    """Asks first (what will happen, the reason, who), then shows what was done."""

    voided = Signal(int)

    def __init__(self, db: Database, sale_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salon_desk.models import Staff

        self.db = db
        self.sale_id = sale_id
        self.code = formatting.salon_currency(db)
        self.result: VoidResult | None = None
        with db.session() as session:
            self.detail: SaleDetail = get_sale(session, sale_id)
            staff = [(s.id, s.name) for s in list_items(session, Staff, active_only=True)]
        d = self.detail
        self.setWindowTitle(self.tr("Cancel sale"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.question = QLabel(self.tr("Cancel ticket {0} of {1} ({2})?").format(
            d.ticket_number, formatting.datetime(d.sold_at),
            formatting.money(d.total_cents, self.code)), self)
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        self.effects = QLabel(self._effects(), self)
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.question)
        layout.addWidget(self.effects)
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 8, 0, 0)
        self.reason_edit = QLineEdit(self.form_box)
        self.reason_edit.setPlaceholderText(self.tr("Why the sale is cancelled (required)"))
        self.staff_combo = QComboBox(self.form_box)
        self.staff_combo.addItem("—", None)
        for sid, name in staff:
            self.staff_combo.addItem(name, sid)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Cancelled by"), self.staff_combo)
        layout.addWidget(self.form_box)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.void_button = self.buttons.addButton(self.tr("Cancel the sale"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.void_button.setObjectName("danger")
        self.keep_button = self.buttons.addButton(self.tr("Keep the sale"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
        self.print_button: QPushButton | None = None  # once cancelled
        self.void_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.void_button.setEnabled(bool(text.strip())))
        self.void_button.clicked.connect(self.void)
        self.keep_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def _effects(self) -> str:
        d, money = self.detail, lambda cents: formatting.money(cents, self.code)
        items = []
        for p in d.payments:
            if p.method in MONEY_METHODS:
                items.append(self.tr("{0} paid by {1} is given back (a movement out of the "
                                     "till)").format(money(p.amount_cents),
                                                     tr(METHOD_LABELS[p.method]).lower()))
        if any(p.method not in MONEY_METHODS for p in d.payments):
            items.append(self.tr("Voucher sessions, card value and points it was paid with are "
                                 "given back"))
        if d.points_earned:
            items.append(self.tr("The %n point(s) it earned are taken back", "",
                                 d.points_earned))
        if d.paid_cents > sum(p.amount_cents for p in d.payments):
            items.append(self.tr("What was paid since on its debt is given back too"))
        if d.debt_remaining_cents:
            items.append(self.tr("The debt of {0} it left is closed").format(
                money(d.debt_remaining_cents)))
        items.append(self.tr("Nothing is deleted: the sale stays in the history, marked "
                             "cancelled, and is left out of every total."))
        return "<ul style='margin-left:-20px'>" + "".join(
            f"<li>{escape(text)}</li>" for text in items) + "</ul>"

    def void(self) -> None:
        reason = self.reason_edit.text().strip()
        staff_id, staff_name = self.staff_combo.currentData(), ""
        if staff_id is not None:
            staff_name = self.staff_combo.currentText()
        ticket = self.detail.ticket_number

        def work(session):
            try:
                return void_sale(session, self.sale_id, reason, cancelled_by=staff_name,
                                 staff_id=staff_id)
            except SaleAlreadyCancelled as exc:
                raise SalonError(self.tr("Ticket {0} is already cancelled.").format(ticket)
                                 ) from exc
            except SaleNotCancellable as exc:
                raise SalonError(self.tr("\"{0}\", sold on ticket {1}, has been used since, so "
                                         "the sale cannot be cancelled.").format(exc.what, ticket)
                                 ) from exc

        outcome = run_write(self, self.db, self.tr("The sale was not cancelled"), work)
        if not outcome.ok:
            return
        self.result = outcome.value
        self._show_done()
        self.voided.emit(self.sale_id)

    def _show_done(self) -> None:
        r, money = self.result, lambda cents: formatting.money(cents, self.code)
        self.question.setText(self.tr("Ticket {0} is cancelled.").format(r.ticket_number))
        done = [self.tr("{0}: {1} given back").format(tr(METHOD_LABELS[m]), money(cents))
                for m, cents in r.refunded_cents.items()]
        if r.sessions_returned:
            done.append(self.tr("%n voucher session(s) given back", "", r.sessions_returned))
        if r.card_value_returned_cents:
            done.append(self.tr("{0} given back to the cards it was paid with").format(
                money(r.card_value_returned_cents)))
        if r.points_returned:
            done.append(self.tr("%n point(s) it was paid with given back", "",
                                r.points_returned))
        if r.points_taken_back:
            done.append(self.tr("%n point(s) earned taken back", "", r.points_taken_back))
        if r.points_kept:
            done.append(self.tr("%n point(s) earned could not be taken back: the customer has "
                                "spent them", "", r.points_kept))
        if r.debt_closed_cents:
            done.append(self.tr("Debt of {0} closed").format(money(r.debt_closed_cents)))
        for name in r.credits_cancelled:
            done.append(self.tr("\"{0}\", sold on this ticket, is cancelled").format(name))
        if not done:
            done.append(self.tr("Nothing was paid on it."))
        self.effects.setText("<ul style='margin-left:-20px'>" + "".join(
            f"<li>{escape(text)}</li>" for text in done) + "</ul>")
        self.form_box.hide()
        self.error.hide()
        self.buttons.clear()
        self.print_button = QPushButton(self.tr("Print cancellation ticket…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_cancellation)
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        self.adjustSize()

    def print_cancellation(self) -> None:
        print_ticket(self, self.db, self.sale_id, cancellation=True)


def open_void_dialog(parent: QWidget | None, db: Database, sale_id: int,
                     on_voided) -> VoidSaleDialog:
    dialog = VoidSaleDialog(db, sale_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.voided.connect(on_voided)
    dialog.open()
    return dialog
