"""Cancelling (voiding) a sale: what it set in motion is reversed and nothing is deleted.

``void_sale`` in one transaction:
- every money payment goes back out of the till (a negative CashMovement in the same method),
  and so do the payments made since on the debt the sale left; that debt is closed;
- voucher sessions, prepaid and loyalty card value and points the sale was paid with are
  given back; the points it earned are taken back (points ledger entries, linked to the sale);
- vouchers and prepaid cards the sale sold are cancelled (refused if already used: the customer
  has had part of what was paid for);
- appointments and a budget it charged can be charged again; a last visit it set falls back to
  the latest visit still standing;
- the sale keeps its lines and payments and is marked cancelled with the date, reason and who
  did it; every total leaves cancelled sales out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import (Appointment, AppointmentStatus, Budget, CashMovement, Customer, Debt,
    DebtPayment, LoyaltyCard, PaymentMethod, PointsAction, PointsEntry, PrepaidCard, Sale, Voucher,
    utcnow)
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.sales import points as points_service
from salon_desk.services.errors import SalonError, ValidationError, get_or_not_found
from salon_desk.services.sales.selling import MONEY_METHODS
from salon_desk.services.texts import Text


class SaleAlreadyCancelled(SalonError):
    """The sale was cancelled before; cancelling it again would refund twice."""


class SaleNotCancellable(SalonError):
    """Something the sale sold has been used since (``what`` names it)."""

    def __init__(self, message: Text, what: str) -> None:
        super().__init__(message)
        self.what = what


@dataclass
class VoidResult:
    ticket_number: str
    refunded_cents: dict[str, int] = field(default_factory=dict)  # by method: cash, card...
    debt_closed_cents: int = 0
    sessions_returned: int = 0
    card_value_returned_cents: int = 0
    points_returned: int = 0  # points the sale was paid with
    points_taken_back: int = 0  # points it had earned
    points_kept: int = 0  # earned points already spent, so not taken back
    credits_cancelled: list[str] = field(default_factory=list)  # sold on the sale

    @property
    def cash_out_cents(self) -> int:
        return self.refunded_cents.get(PaymentMethod.CASH.value, 0)


def get_sale_for_void(session: Session, sale_id: int) -> Sale:
    sale = get_or_not_found(session, Sale, sale_id, msg.SALE_NOT_FOUND)
    if sale.cancelled:
        day = (sale.cancelled_at or sale.sold_at).astimezone().date()
        raise SaleAlreadyCancelled(Text(msg.SALE_ALREADY_CANCELLED, ticket=sale.ticket_number,
                                        day=day))
    return sale


def void_sale(session: Session, sale_id: int, reason: str, cancelled_by: str = "",
              staff_id: int | None = None, at: dt.datetime | None = None) -> VoidResult:
    """Cancel a sale with a reason (see the module docstring); refused if already cancelled."""
    permissions.require(permissions.CHARGE)
    sale = get_sale_for_void(session, sale_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": Text(msg.SALE_CANCEL_REASON)})
    at = at or utcnow()
    result = VoidResult(ticket_number=sale.ticket_number)
    label = str(Text(msg.CANCELLED_TICKET, ticket=sale.ticket_number))  # stored in English
    _cancel_credits_sold(session, sale, label, at, result)
    for payment in sale.payments:
        method = payment.method
        if method in MONEY_METHODS:
            _money_out(session, sale, payment.amount_cents, method, label, at, staff_id, result)
        elif method == PaymentMethod.VOUCHER.value:
            voucher = session.get(Voucher, payment.reference_id) if payment.reference_id else None
            if voucher is not None and voucher.sessions_used > 0:
                voucher.sessions_used -= 1
                result.sessions_returned += 1
        elif method in (PaymentMethod.PREPAID.value, PaymentMethod.LOYALTY_CARD.value):
            model = PrepaidCard if method == PaymentMethod.PREPAID.value else LoyaltyCard
            card = session.get(model, payment.reference_id) if payment.reference_id else None
            if card is not None:
                back = min(payment.amount_cents, card.used_cents)
                card.used_cents -= back
                result.card_value_returned_cents += back
    _close_debts(session, sale, at, staff_id, result)
    _points(session, sale, at, staff_id, result)
    for appointment in session.scalars(select(Appointment).where(
            Appointment.sale_id == sale.id)):
        appointment.sale_id = None  # done, and can be charged again
    for budget in session.scalars(select(Budget).where(Budget.sale_id == sale.id)):
        budget.sale_id = None
        budget.status = "open"
    sale.cancelled = True
    sale.cancelled_at = at
    sale.cancel_reason = reason
    sale.cancelled_by = (cancelled_by or "").strip()[:120]
    session.flush()
    _last_visit(session, sale)
    return result


def _last_visit(session: Session, sale: Sale) -> None:
    """A last visit this sale set falls back to the latest visit still standing."""
    customer = session.get(Customer, sale.customer_id) if sale.customer_id else None
    if customer is None or customer.last_visit_at != sale.sold_at:
        return
    latest_sale = session.scalar(select(func.max(Sale.sold_at)).where(
        Sale.customer_id == customer.id, Sale.cancelled.is_(False)))
    latest_visit = session.scalar(select(func.max(Appointment.starts_at)).where(
        Appointment.customer_id == customer.id,
        Appointment.status == AppointmentStatus.COMPLETED.value))
    moments = [_aware(m) for m in (latest_sale, latest_visit) if m is not None]
    customer.last_visit_at = max(moments) if moments else None
    session.flush()


def _aware(value) -> dt.datetime:
    """max() over a column comes back as text from SQLite: a UTC datetime again."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _money_out(session: Session, sale: Sale, amount: int, method: str, label: str,
               at: dt.datetime, staff_id: int | None, result: VoidResult) -> None:
    session.add(CashMovement(at=at, amount_cents=-amount, method=method, description=label,
                             customer_id=sale.customer_id, sale_id=sale.id, staff_id=staff_id))
    result.refunded_cents[method] = result.refunded_cents.get(method, 0) + amount


def _close_debts(session: Session, sale: Sale, at: dt.datetime,
                 staff_id: int | None, result: VoidResult) -> None:
    """What was paid on the sale's debt goes back too; what was still owed is owed no more."""
    for debt in session.scalars(select(Debt).where(Debt.sale_id == sale.id)):
        for payment in session.scalars(select(DebtPayment).where(DebtPayment.debt_id == debt.id)):
            if payment.method in MONEY_METHODS:
                _money_out(session, sale, payment.amount_cents, payment.method,
                           str(Text(msg.DEBT_PAYMENT_RETURNED, ticket=sale.ticket_number)), at,
                           staff_id, result)
        result.debt_closed_cents += debt.remaining_cents
        debt.remaining_cents = 0
        debt.description = str(Text(msg.DEBT_CLOSED_CANCELLED, ticket=sale.ticket_number))


def _points(session: Session, sale: Sale, at: dt.datetime,
            staff_id: int | None, result: VoidResult) -> None:
    """Points paid with come back first, then the points earned are taken back (as many as the
    customer still has: the ledger never goes below zero)."""
    if sale.customer_id is None:
        return

    def total(action: str) -> int:
        return int(session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.sale_id == sale.id, PointsEntry.action == action)) or 0)

    redeemed = -total(PointsAction.REDEEMED.value)
    if redeemed > 0:
        points_service.record(session, sale.customer_id, redeemed, PointsAction.ADJUSTED.value,
                              str(Text(msg.POINTS_PAID_RETURNED, ticket=sale.ticket_number)),
                              staff_id=staff_id, sale_id=sale.id, at=at)
        result.points_returned = redeemed
    earned = total(PointsAction.EARNED.value)
    if earned > 0:
        take = min(earned, points_service.balance(session, sale.customer_id))
        if take > 0:
            points_service.record(session, sale.customer_id, -take,
                                  PointsAction.ADJUSTED.value,
                                  str(Text(msg.POINTS_EARNED_TAKEN, ticket=sale.ticket_number)),
                                  staff_id=staff_id, sale_id=sale.id, at=at)
        result.points_taken_back = take
        result.points_kept = earned - take


def _cancel_credits_sold(session: Session, sale: Sale, label: str, at: dt.datetime,
                         result: VoidResult) -> None:
    vouchers = list(session.scalars(select(Voucher).where(Voucher.sale_id == sale.id)))
    cards = list(session.scalars(select(PrepaidCard).where(PrepaidCard.sale_id == sale.id)))
    for voucher in vouchers:
        if voucher.sessions_used and not voucher.cancelled:
            raise SaleNotCancellable(Text(msg.SOLD_VOUCHER_USED, name=voucher.name,
                                          ticket=sale.ticket_number, n=voucher.sessions_used),
                                     voucher.name)
    for card in cards:
        if card.used_cents and not card.cancelled:
            raise SaleNotCancellable(Text(msg.SOLD_CARD_USED, name=card.card_type.name,
                                          ticket=sale.ticket_number), card.card_type.name)
    for voucher in vouchers:
        if not voucher.cancelled:
            voucher.cancelled = True
            voucher.cancelled_at = at
            voucher.cancel_reason = label
            result.credits_cancelled.append(voucher.name)
    for card in cards:
        if not card.cancelled:
            card.cancelled = True
            result.credits_cancelled.append(card.card_type.name)
