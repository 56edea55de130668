"""Editing session vouchers and loyalty cards, selling prepaid cards; a voucher's sessions;
asking for the reason before cancelling or deleting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.sales import credits
from salon_desk.services.sales.context import sale_context
from salon_desk.services.sales.selling import METHOD_LABELS, MONEY_METHODS, PaymentDraft
from salon_desk.ui import formatting
from salon_desk.ui.saving import action_buttons, run_write
from salon_desk.ui.texts import item_text
from salon_desk.ui.visits.common import MoneyEdit, tr
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table
from salon_desk.ui.widgets.dates import date_edit, from_qdate


class _Dialog(QDialog):
    saved = Signal()

    def __init__(self, db: Database, customer_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def _buttons(self, label: str) -> None:
        buttons, self.ok_button = action_buttons(self, label, self.save)
        self.layout_.addWidget(buttons)

    def _expiry_row(self, label: str, day: dt.date | None) -> None:
        row = QHBoxLayout()
        self.expires_check = QCheckBox(self.tr("Expires on"), self)
        self.expires_edit = date_edit(self, day or dt.date.today() + dt.timedelta(days=365))
        self.expires_check.setChecked(day is not None)
        self.expires_edit.setEnabled(day is not None)
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        row.addWidget(self.expires_check)
        row.addWidget(self.expires_edit, 1)
        self.form.addRow(label, row)

    def _expiry(self) -> dt.date | None:
        return from_qdate(self.expires_edit.date()) if self.expires_check.isChecked() else None

    def _write(self, title: str, work) -> None:
        if run_write(self, self.db, title, work).ok:
            self.saved.emit()
            self.accept()

    def save(self) -> None:
        raise NotImplementedError


def _method_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for method in MONEY_METHODS:
        combo.addItem(tr(METHOD_LABELS[method]), method)
    return combo


class VoucherDialog(_Dialog):
    def __init__(self, db: Database, customer_id: int, voucher_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, customer_id, tr("Voucher") if voucher_id else tr("New voucher"),
                         parent)
        self.voucher_id = voucher_id
        with db.session() as session:
            ctx = sale_context(session, None)
            voucher = credits.get_voucher(session, voucher_id) if voucher_id else None
        self.name_edit = QLineEdit(voucher.name if voucher else "", self)
        self.name_edit.setPlaceholderText(self.tr("e.g. 10 laser sessions"))
        self.service_combo = QComboBox(self)
        self.service_combo.addItem(self.tr("Any service"), None)
        for item in ctx.services:
            self.service_combo.addItem(item.name, item.id)
        if voucher and voucher.service_id:
            self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(
                voucher.service_id)))
        self.purchased_edit = date_edit(self, voucher.purchased_on if voucher else None)
        self.sessions_spin = QSpinBox(self)
        self.sessions_spin.setRange(1, 999)
        self.sessions_spin.setValue(voucher.sessions_bought if voucher else 5)
        self.description_edit = QLineEdit(voucher.description if voucher else "", self)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Service"), self.service_combo)
        self.form.addRow(self.tr("Purchased on"), self.purchased_edit)
        self._expiry_row(self.tr("Expiry"), voucher.expires_on if voucher else
                         dt.date.today() + dt.timedelta(days=365))
        self.form.addRow(self.tr("Sessions bought"), self.sessions_spin)
        if voucher:
            self.form.addRow(self.tr("Sessions used"), QLabel(str(voucher.sessions_used), self))
        self.form.addRow(self.tr("Description"), self.description_edit)
        self._buttons(self.tr("Save"))

    def data(self) -> credits.VoucherData:
        return credits.VoucherData(
            name=self.name_edit.text(), sessions_bought=self.sessions_spin.value(),
            purchased_on=from_qdate(self.purchased_edit.date()),
            service_id=self.service_combo.currentData(), expires_on=self._expiry(),
            description=self.description_edit.text())

    def save(self) -> None:
        data = self.data()
        if self.voucher_id:
            work = lambda s: credits.update_voucher(s, self.voucher_id, data)
        else:
            work = lambda s: credits.create_voucher(s, self.customer_id, data)
        self._write(self.tr("The voucher was not saved"), work)


class SellPrepaidDialog(_Dialog):
    def __init__(self, db: Database, customer_id: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, customer_id, tr("Sell a prepaid card"), parent)
        self.currency = currency
        with db.session() as session:
            self.types = [(t.id, t.name, t.value_cents, t.price_cents, t.validity_months,
                           "" if t.any_service else ", ".join(s.name for s in t.services))
                          for t in credits.list_prepaid_types(session, active_only=True)]
        self.type_combo = QComboBox(self)
        for type_id, name, *_ in self.types:
            self.type_combo.addItem(name, type_id)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.method_combo = _method_combo(self)
        self.form.addRow(self.tr("Card type"), self.type_combo)
        self.form.addRow("", self.details)
        self.form.addRow(self.tr("Paid by"), self.method_combo)
        if not self.types:
            self.details.setText(self.tr("No prepaid card types yet: define them in Settings."))
        self.type_combo.currentIndexChanged.connect(self._show)
        self._buttons(self.tr("Sell"))
        self.ok_button.setEnabled(bool(self.types))
        self._show()

    def _show(self) -> None:
        if not self.types:
            return
        _id, _name, value, price, months, services = self.types[self.type_combo.currentIndex()]
        money = self.currency
        text = self.tr("Worth {0}, sold for {1}, valid %n month(s)", "", months).format(
            formatting.money(value, money), formatting.money(price, money))
        text += "; " + (self.tr("for {0}").format(services) if services
                        else self.tr("for any service"))
        self.details.setText(text)

    def save(self) -> None:
        type_id = self.type_combo.currentData()
        price = self.types[self.type_combo.currentIndex()][3]
        payments = [PaymentDraft(self.method_combo.currentData(), price)] if price else []
        self._write(self.tr("The card was not sold"), lambda s: credits.sell_prepaid_card(
            s, self.customer_id, type_id, payments))


class LoyaltyCardDialog(_Dialog):
    def __init__(self, db: Database, customer_id: int, currency: str,
                 card_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, customer_id,
                         tr("Loyalty card") if card_id else tr("New loyalty card"), parent)
        self.card_id = card_id
        with db.session() as session:
            card = credits.get_loyalty_card(session, card_id) if card_id else None
            suggested = credits.next_loyalty_number(session)
        self.number_edit = QLineEdit(card.number if card else "", self)
        self.number_edit.setPlaceholderText(suggested)
        self.purchased_edit = date_edit(self, card.purchased_on if card else None)
        self.description_edit = QLineEdit(card.description if card else "", self)
        self.value_edit = MoneyEdit(currency, self)
        self.value_edit.set_cents(card.value_cents if card else 0)
        self.service_pct = self._percent(card.service_discount_percent if card else 10)
        self.product_pct = self._percent(card.product_discount_percent if card else 5)
        self.form.addRow(self.tr("Number"), self.number_edit)
        self.form.addRow(self.tr("Purchased on"), self.purchased_edit)
        self.form.addRow(self.tr("Description"), self.description_edit)
        self.form.addRow(self.tr("Value loaded"), self.value_edit)
        if card:
            self.form.addRow(self.tr("Used"), QLabel(formatting.money(card.used_cents, currency),
                                                     self))
        self.form.addRow(self.tr("Discount on services"), self.service_pct)
        self.form.addRow(self.tr("Discount on products"), self.product_pct)
        self._expiry_row(self.tr("Expiry"), card.expires_on if card else None)
        if not card:
            self.price_edit = MoneyEdit(currency, self)
            self.method_combo = _method_combo(self)
            self.form.addRow(self.tr("Charge for the card"), self.price_edit)
            self.form.addRow(self.tr("Paid by"), self.method_combo)
        self._buttons(self.tr("Save"))

    def _percent(self, value) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSuffix(" %")
        spin.setValue(float(value or 0))
        return spin

    def data(self) -> credits.LoyaltyCardData:
        return credits.LoyaltyCardData(
            purchased_on=from_qdate(self.purchased_edit.date()), number=self.number_edit.text(),
            description=self.description_edit.text(), value_cents=self.value_edit.cents(),
            service_discount_percent=Decimal(str(round(self.service_pct.value(), 2))),
            product_discount_percent=Decimal(str(round(self.product_pct.value(), 2))),
            expires_on=self._expiry())

    def save(self) -> None:
        data = self.data()
        if self.card_id:
            work = lambda s: credits.update_loyalty_card(s, self.card_id, data)
        else:
            price = self.price_edit.cents()
            payments = [PaymentDraft(self.method_combo.currentData(), price)] if price else []
            work = lambda s: credits.create_loyalty_card(
                s, self.customer_id, data, price_cents=price, payments=payments)
        self._write(self.tr("The loyalty card was not saved"), work)


class ReasonDialog(QDialog):
    """Asks before cancelling or deleting something: what will happen, and the reason (needed
    before the action button enables). ``confirmed(reason)`` when the user goes ahead."""

    confirmed = Signal(str)

    def __init__(self, title: str, question: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.question_label = QLabel(question, self)
        self.question_label.setWordWrap(True)
        layout.addWidget(self.question_label)
        form = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why (required)"))
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("danger")
        self.ok_button.setEnabled(False)
        self.keep_button = buttons.addButton(self.tr("Keep it"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.clicked.connect(self._go)
        self.keep_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _go(self) -> None:
        reason = self.reason_edit.text().strip()
        if reason:
            self.accept()
            self.confirmed.emit(reason)


@dataclass
class _SessionLine:
    number: str
    when: str
    service: str
    staff: str
    ticket: str
    note: str
    muted: bool = False


class VoucherSessionsDialog(QDialog):
    """ "View sessions": every session of a voucher (date, service, staff, ticket) and those
    left, with the voucher's description and status."""

    def __init__(self, db: Database, voucher_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with db.session() as session:
            self.history = credits.voucher_history(session, voucher_id)
        v = self.history.voucher
        self.setWindowTitle(self.tr("Sessions of \"{0}\"").format(v.name))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        title = QLabel(v.name, self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.description_label = QLabel(v.description or "—", self)
        self.description_label.setWordWrap(True)
        form.addRow(self.tr("Description"), self.description_label)
        form.addRow(self.tr("Service"), QLabel(v.service_name or tr("Any service"), self))
        bought = formatting.date(v.purchased_on)
        if self.history.sold_on_ticket:
            bought += "  ·  " + self.tr("ticket {0}").format(self.history.sold_on_ticket)
        form.addRow(self.tr("Purchased"), QLabel(bought, self))
        form.addRow(self.tr("Expires"), QLabel(formatting.date(v.expires_on) if v.expires_on
                                               else self.tr("Never"), self))
        self.status_label = QLabel(self._status(), self)
        self.status_label.setWordWrap(True)
        if v.status == credits.CANCELLED:
            self.status_label.setStyleSheet("color: #c62828; font-weight: 600;")
        form.addRow(self.tr("Status"), self.status_label)
        layout.addLayout(form)
        self.summary_label = QLabel(self.tr("Used {0} of {1}  ·  {2} left").format(
            v.sessions_used, v.sessions_bought, max(v.sessions_left, 0)), self)
        self.summary_label.setObjectName("sectionTitle")
        layout.addWidget(self.summary_label)
        self.model = RowsModel([
            Column(self.tr("No."), lambda r: r.number, 45, RIGHT),
            Column(self.tr("Date"), lambda r: r.when, 130),
            Column(self.tr("Service"), lambda r: r.service, 150),
            Column(self.tr("Staff"), lambda r: r.staff, 100),
            Column(self.tr("Ticket"), lambda r: r.ticket, 110),
            Column(self.tr("Note"), lambda r: r.note, 160),
        ], self, muted=lambda r: r.muted)
        self.model.set_rows(self._lines())
        self.view = make_table(self.model, self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _status(self) -> str:
        v = self.history.voucher
        text = tr(v.status)  # tr: credits.ACTIVE, credits.EXPIRED, credits.USED_UP, credits.CANCELLED
        if v.status == credits.CANCELLED:
            if self.history.cancelled_at is not None:
                text += " " + self.tr("on {0}").format(formatting.date(self.history.cancelled_at))
            if v.cancel_reason:
                text += ": " + item_text(v.cancel_reason)
        return text

    def _lines(self) -> list[_SessionLine]:
        h, v = self.history, self.history.voucher
        lines: list[_SessionLine] = []
        number = 0
        if h.unrecorded:
            number = h.unrecorded
            lines.append(_SessionLine(
                "1" if number == 1 else f"1–{number}", "", v.service_name, "", "",
                self.tr("%n earlier session(s), no details recorded", "", number)))
        for s in h.sessions:
            if s.returned:
                lines.append(_SessionLine("", formatting.datetime(s.used_at), s.service_name,
                                          s.staff_name, s.ticket_number,
                                          self.tr("Given back: the sale was cancelled"), True))
                continue
            number += 1
            note = s.note or ("" if s.ticket_number else self.tr("Used without a sale"))
            lines.append(_SessionLine(str(number), formatting.datetime(s.used_at),
                                      s.service_name, s.staff_name, s.ticket_number, note))
        left = {credits.EXPIRED: self.tr("Not used: the voucher expired"),
                credits.CANCELLED: self.tr("Not used: the voucher is cancelled")}.get(
            v.status, self.tr("Not used yet"))
        for n in range(number + 1, v.sessions_bought + 1):
            lines.append(_SessionLine(str(n), "", v.service_name, "", "", left, True))
        return lines
