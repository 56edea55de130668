"""Charging today's sale and, with the same payments, what the customer owes from before.

The charge dialog offers to add the customer's open debts to what is paid today. The payments
then cover the sale first (vouchers, cards and points only ever pay the sale); the money left
over pays the open debts, oldest first, through the debts service, so each debt payment has its
till movement exactly as paying a debt from the Debts tab does. All of it is one transaction.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from salon_desk.services.sales import debts
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError
from salon_desk.services.amounts import checked_cents
from salon_desk.services.sales.selling import (
    MONEY_METHODS,
    PaymentDraft,
    SaleDraft,
    SalePreview,
    SaleResult,
    create_sale,
    preview_sale,
)
from salon_desk.services.texts import Amount, Text


@dataclass
class CheckoutPreview(SalePreview):
    """A sale preview where ``paid_cents`` and ``change_cents`` count every payment and
    ``owed_cents`` is what stays owed afterwards, of today's sale and the debt added."""

    debt_added_cents: int = 0
    debt_paid_cents: int = 0


@dataclass
class Checkout:
    sale: SaleResult
    change_cents: int  # handed back, over every cash payment
    debt_payments: list = field(default_factory=list)  # DebtPayment rows written

    @property
    def debt_paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.debt_payments)


def split_payments(payments: list[PaymentDraft], sale_total_cents: int
                   ) -> tuple[list[PaymentDraft], list[PaymentDraft]]:
    """(what pays the sale, what pays earlier debts): vouchers, cards and points pay the sale;
    money pays what they leave of it, in the order entered, and the rest goes to the debts.

    Amounts must be known (a voucher's is worked out by the sales preview). Cash handed over
    stays with the part that pays the sale, so the change is still what comes back.
    """
    credit = sum(p.amount_cents for p in payments if p.method not in MONEY_METHODS)
    need = max(0, sale_total_cents - credit)
    for_sale: list[PaymentDraft] = []
    for_debts: list[PaymentDraft] = []
    for p in payments:
        if p.method not in MONEY_METHODS:
            for_sale.append(p)
            continue
        to_sale = min(int(p.amount_cents), need)
        need -= to_sale
        rest = int(p.amount_cents) - to_sale
        if to_sale:
            tendered = None if p.tendered_cents is None else p.tendered_cents - rest
            for_sale.append(replace(p, amount_cents=to_sale, tendered_cents=tendered))
        if rest:
            for_debts.append(PaymentDraft(method=p.method, amount_cents=rest))
    return for_sale, for_debts


def _change(payments: list[PaymentDraft]) -> int:
    return sum(p.tendered_cents - p.amount_cents for p in payments
               if p.tendered_cents is not None)


def _with_amounts(payments: list[PaymentDraft], amounts: list[int]) -> list[PaymentDraft]:
    if len(amounts) != len(payments):
        return [copy.copy(p) for p in payments]
    return [replace(p, amount_cents=a) for p, a in zip(payments, amounts, strict=True)]


def too_much_text(paid: int, total: int, debt: int) -> Text:
    return Text(msg.PAYMENTS_OVER_TOTAL_AND_DEBT, paid=Amount(paid), total=Amount(total + debt))


def preview_checkout(session: Session, draft: SaleDraft, debt_cents: int = 0) -> CheckoutPreview:
    """What charging ``draft`` and paying ``debt_cents`` of earlier debts comes to."""
    debt_cents = checked_cents(debt_cents, "payments")
    full = preview_sale(session, draft)
    result = CheckoutPreview(**vars(full))
    if debt_cents <= 0 or not draft.customer_id:
        return result
    payments = _with_amounts(draft.payments, full.payment_amounts)
    for_sale, for_debts = split_payments(payments, full.total_cents)
    sale = preview_sale(session, replace(draft, payments=for_sale))
    result.error = sale.error
    result.points_earned = sale.points_earned
    result.debt_added_cents = debt_cents
    result.debt_paid_cents = sum(p.amount_cents for p in for_debts)
    result.owed_cents = max(0, full.total_cents + debt_cents - full.paid_cents)
    if not result.error and result.debt_paid_cents > debt_cents:
        result.error = too_much_text(full.paid_cents, full.total_cents, debt_cents)
    return result


def charge_sale(session: Session, draft: SaleDraft, debt_cents: int = 0) -> Checkout:
    """Record the sale; with ``debt_cents``, the money paid beyond the sale (up to that much)
    pays the customer's open debts, oldest first."""
    debt_cents = checked_cents(debt_cents, "payments")
    if debt_cents <= 0:
        result = create_sale(session, draft)
        return Checkout(sale=result, change_cents=result.change_cents)
    if draft.customer_id is None:
        raise ValidationError({"payments": Text(msg.DEBT_NEEDS_CUSTOMER)})
    owed = debts.owed_cents(session, draft.customer_id)
    if debt_cents > owed:
        raise ValidationError({"payments": Text(msg.OWED_TOO_MUCH, owed=Amount(owed),
                                                amount=Amount(debt_cents))})
    preview = preview_sale(session, draft)
    payments = _with_amounts(draft.payments, preview.payment_amounts)
    for_sale, for_debts = split_payments(payments, preview.total_cents)
    paid_to_debts = sum(p.amount_cents for p in for_debts)
    if paid_to_debts > debt_cents:
        raise ValidationError({"payments": too_much_text(sum(p.amount_cents for p in payments),
                                                         preview.total_cents, debt_cents)})
    result = create_sale(session, replace(draft, payments=for_sale))
    paid = []
    note = str(Text(msg.PAID_ON_TICKET, ticket=result.sale.ticket_number))  # stored in English
    for p in for_debts:
        paid += debts.pay_all(session, draft.customer_id, p.amount_cents, p.method, note,
                              staff_id=draft.staff_id)
    result.change_cents = _change(payments)  # cash that went to the debts gives change too
    return Checkout(sale=result, change_cents=result.change_cents, debt_payments=paid)
