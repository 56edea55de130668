"""What customers owe: debts left by unpaid sales, paying them (partly or fully), the balance
reminder the receptionist keeps by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import CashMovement, Customer, Debt, DebtPayment, Sale, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import NotFound, ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_cents
from salon_desk.services.sales.selling import MONEY_METHODS
from salon_desk.services.texts import Amount, Text


@dataclass
class DebtRow:
    id: int
    incurred_at: dt.datetime
    initial_cents: int
    remaining_cents: int
    description: str
    sale_id: int | None
    ticket_number: str | None
    payments: int  # how many payments were made on it
    last_paid_at: dt.datetime | None


@dataclass
class DebtPaymentRow:
    id: int
    paid_at: dt.datetime
    amount_cents: int
    method: str
    description: str


def list_debts(session: Session, customer_id: int, open_only: bool = False) -> list[DebtRow]:
    """The customer's debts, oldest first (open ones only if asked)."""
    paid = (select(DebtPayment.debt_id, func.count().label("n"),
                   func.max(DebtPayment.paid_at).label("last"))
            .group_by(DebtPayment.debt_id).subquery())
    stmt = (
        select(Debt.id, Debt.incurred_at, Debt.initial_cents, Debt.remaining_cents,
               Debt.description, Debt.sale_id, Sale.ticket_number,
               func.coalesce(paid.c.n, 0), paid.c.last)
        .outerjoin(Sale, Sale.id == Debt.sale_id)
        .outerjoin(paid, paid.c.debt_id == Debt.id)
        .where(Debt.customer_id == customer_id)
        .order_by(Debt.incurred_at, Debt.id)
    )
    if open_only:
        stmt = stmt.where(Debt.remaining_cents > 0)
    rows = [DebtRow(*r) for r in session.execute(stmt)]
    for row in rows:  # SQLite hands max() back as text
        if isinstance(row.last_paid_at, str):
            row.last_paid_at = dt.datetime.fromisoformat(row.last_paid_at).replace(tzinfo=dt.UTC)
    return rows


def debt_payments(session: Session, debt_id: int) -> list[DebtPaymentRow]:
    return [DebtPaymentRow(*r) for r in session.execute(
        select(DebtPayment.id, DebtPayment.paid_at, DebtPayment.amount_cents, DebtPayment.method,
               DebtPayment.description)
        .where(DebtPayment.debt_id == debt_id).order_by(DebtPayment.paid_at, DebtPayment.id))]


def owed_cents(session: Session, customer_id: int) -> int:
    """Everything the customer still owes on debts."""
    return int(session.scalar(select(func.coalesce(func.sum(Debt.remaining_cents), 0)).where(
        Debt.customer_id == customer_id)) or 0)


def count_open_debts(session: Session, customer_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Debt).where(
        Debt.customer_id == customer_id, Debt.remaining_cents > 0)) or 0


def _locked_debt(session: Session, debt_id: int) -> Debt:
    """The debt read again under a row lock (SELECT ... FOR UPDATE on PostgreSQL; on SQLite
    the write transaction holds the whole file from its BEGIN IMMEDIATE), so that two desks
    taking a payment on it at once are served one after the other, the second seeing what the
    first left. The table's CHECK (remaining_cents >= 0) is the last guard."""
    debt = session.get(Debt, debt_id, with_for_update=True, populate_existing=True)
    if debt is None:
        raise NotFound(Text(msg.DEBT_NOT_FOUND, id=debt_id))
    return debt


def pay_debt(session: Session, debt_id: int, amount_cents: int, method: str,
             description: str = "", staff_id: int | None = None,
             at: dt.datetime | None = None) -> DebtPayment:
    """Pay all or part of a debt; records the payment and the cash movement.

    Refuses amounts of zero or less and amounts above what is left.
    """
    permissions.require(permissions.CHARGE)
    debt = _locked_debt(session, debt_id)
    amount = checked_cents(amount_cents, "amount")
    if amount <= 0:
        raise ValidationError({"amount": Text(msg.AMOUNT_POSITIVE)})
    if debt.remaining_cents <= 0:
        raise ValidationError({"amount": Text(msg.DEBT_ALREADY_PAID)})
    if amount > debt.remaining_cents:
        raise ValidationError({"amount": Text(msg.DEBT_TOO_MUCH, left=Amount(debt.remaining_cents),
                                              amount=Amount(amount))})
    if method not in MONEY_METHODS:
        raise ValidationError({"method": Text(msg.DEBT_METHOD)})
    at = at or utcnow()
    text = description.strip()
    payment = DebtPayment(debt_id=debt.id, amount_cents=amount, method=method, description=text,
                          paid_at=at, staff_id=staff_id)
    session.add(payment)
    debt.remaining_cents -= amount
    if debt.sale_id is not None:
        sale = session.get(Sale, debt.sale_id)
        if sale is not None:  # in SQL: another desk may be writing the sale's other payments
            sale.paid_cents = Sale.paid_cents + amount
    session.flush()
    ticket = session.get(Sale, debt.sale_id).ticket_number if debt.sale_id else None
    label = Text(msg.DEBT_PAYMENT_TICKET, ticket=ticket) if ticket else Text(msg.DEBT_PAYMENT)
    session.add(CashMovement(at=at, amount_cents=amount, method=method,
                             description=str(Text(msg.WITH_NOTE, what=label, note=text)
                                             if text else label),
                             customer_id=debt.customer_id, sale_id=debt.sale_id,
                             debt_payment_id=payment.id, staff_id=staff_id))
    session.flush()
    return payment


def pay_all(session: Session, customer_id: int, amount_cents: int, method: str,
            description: str = "", staff_id: int | None = None) -> list[DebtPayment]:
    """Spread one amount over the customer's open debts, oldest first."""
    permissions.require(permissions.CHARGE)
    left = checked_cents(amount_cents, "amount")
    if left <= 0:
        raise ValidationError({"amount": Text(msg.AMOUNT_POSITIVE)})
    owed = sum(debt.remaining_cents for debt in session.scalars(
        select(Debt).where(Debt.customer_id == customer_id, Debt.remaining_cents > 0)
        .order_by(Debt.id).with_for_update().execution_options(populate_existing=True)))
    if left > owed:
        raise ValidationError({"amount": Text(msg.OWED_TOO_MUCH, owed=Amount(owed),
                                              amount=Amount(left))})
    done = []
    for row in list_debts(session, customer_id, open_only=True):
        if left <= 0:
            break
        part = min(left, row.remaining_cents)
        done.append(pay_debt(session, row.id, part, method, description, staff_id))
        left -= part
    return done


def get_balance(session: Session, customer_id: int) -> int:
    customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    return customer.balance_cents


def set_balance(session: Session, customer_id: int, balance_cents: int) -> None:
    """The free balance reminder: positive, the salon owes the customer; negative, the customer
    owes the salon. A note for the receptionist; it moves no money."""
    permissions.require(permissions.CHARGE)
    customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    customer.balance_cents = checked_cents(balance_cents, "balance")
    customer.updated_at = utcnow()
    session.flush()
