"""Reading a customer's sales back: the rows of the sales tab, totals, one ticket in full."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salon_desk.models import Customer, Debt, Payment, Sale, SaleLine, Staff
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.sales.selling import METHOD_LABELS


@dataclass
class SaleLineRow:
    """One line of one sale, as the sales tab lists it."""

    sale_id: int
    sold_at: dt.datetime
    ticket_number: str
    kind: str
    quantity: int
    description: str
    staff_name: str
    discount_percent: Decimal
    amount_cents: int
    methods: str  # "cash, card"
    sale_total_cents: int
    sale_paid_cents: int
    cancelled: bool
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""


@dataclass
class PurchaseTotals:
    sales: int
    total_cents: int
    paid_cents: int
    products_cents: int
    services_cents: int


@dataclass
class PaymentRow:
    method: str
    amount_cents: int
    tendered_cents: int | None
    reference_id: int | None


@dataclass
class SaleDetail:
    id: int
    ticket_number: str
    sold_at: dt.datetime
    customer_id: int | None
    customer_name: str
    staff_name: str
    comments: str
    total_cents: int
    paid_cents: int
    points_earned: int
    cancelled: bool
    lines: list[SaleLineRow] = field(default_factory=list)
    payments: list[PaymentRow] = field(default_factory=list)
    debt_remaining_cents: int = 0
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""
    cancelled_by: str = ""

    @property
    def change_cents(self) -> int:
        return sum((p.tendered_cents or p.amount_cents) - p.amount_cents for p in self.payments)


def _methods_subquery(customer_id: int | None, sale_id: int | None):
    """Payment methods of each sale, "cash,card" (one grouped pass over the payments)."""
    stmt = select(Payment.sale_id, func.aggregate_strings(Payment.method, ",").label("methods"))
    if sale_id is not None:
        stmt = stmt.where(Payment.sale_id == sale_id)
    else:
        stmt = stmt.join(Sale, Sale.id == Payment.sale_id).where(Sale.customer_id == customer_id)
    return stmt.group_by(Payment.sale_id).subquery()


def list_sale_lines(session: Session, customer_id: int, kind: str | None = None,
                    sale_id: int | None = None) -> list[SaleLineRow]:
    """Every line of the customer's sales, oldest first (or only one kind: "product"...)."""
    line_staff = aliased(Staff)
    methods = _methods_subquery(customer_id, sale_id)
    stmt = (
        select(Sale.id, Sale.sold_at, Sale.ticket_number, SaleLine.kind, SaleLine.quantity,
               SaleLine.description, func.coalesce(line_staff.name, ""),
               SaleLine.discount_percent, SaleLine.amount_cents,
               func.coalesce(methods.c.methods, ""), Sale.total_cents, Sale.paid_cents,
               Sale.cancelled, Sale.cancelled_at, Sale.cancel_reason)
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .outerjoin(line_staff, line_staff.id == SaleLine.staff_id)
        .outerjoin(methods, methods.c.sale_id == Sale.id)
    )
    if sale_id is not None:
        stmt = stmt.where(Sale.id == sale_id)
    else:
        stmt = stmt.where(Sale.customer_id == customer_id)
    if kind:
        stmt = stmt.where(SaleLine.kind == kind)
    stmt = stmt.order_by(Sale.sold_at, Sale.id, SaleLine.position)
    rows = []
    labels: dict[str, str] = {}  # "cash,card" -> "Cash, Card", worked out once per combination
    for r in session.execute(stmt):
        text = labels.get(r[9])
        if text is None:
            text = labels[r[9]] = ", ".join(METHOD_LABELS.get(m, m) for m in r[9].split(",") if m)
        rows.append(SaleLineRow(*r[:9], text, *r[10:]))
    return rows


def purchase_totals(session: Session, customer_id: int) -> PurchaseTotals:
    sales, total, paid = session.execute(
        select(func.count(), func.coalesce(func.sum(Sale.total_cents), 0),
               func.coalesce(func.sum(Sale.paid_cents), 0))
        .where(Sale.customer_id == customer_id, Sale.cancelled.is_(False))).one()
    by_kind = dict(session.execute(
        select(SaleLine.kind, func.sum(SaleLine.amount_cents))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.customer_id == customer_id, Sale.cancelled.is_(False))
        .group_by(SaleLine.kind)).all())
    return PurchaseTotals(sales=sales, total_cents=total, paid_cents=paid,
                          products_cents=int(by_kind.get("product") or 0),
                          services_cents=int(by_kind.get("service") or 0))


def count_sales(session: Session, customer_id: int) -> int:
    """Sales standing (cancelled ones left out, as in the totals)."""
    return session.scalar(select(func.count()).select_from(Sale).where(
        Sale.customer_id == customer_id, Sale.cancelled.is_(False))) or 0


def get_sale(session: Session, sale_id: int) -> SaleDetail:
    sale = get_or_not_found(session, Sale, sale_id, msg.SALE_NOT_FOUND)
    customer = session.get(Customer, sale.customer_id) if sale.customer_id else None
    remaining = session.scalar(select(func.coalesce(func.sum(Debt.remaining_cents), 0)).where(
        Debt.sale_id == sale_id)) or 0
    return SaleDetail(
        id=sale.id, ticket_number=sale.ticket_number, sold_at=sale.sold_at,
        customer_id=sale.customer_id, customer_name=customer.full_name if customer else "",
        staff_name=sale.staff.name if sale.staff else "", comments=sale.comments,
        total_cents=sale.total_cents, paid_cents=sale.paid_cents,
        points_earned=sale.points_earned, cancelled=sale.cancelled,
        lines=list_sale_lines(session, 0, sale_id=sale_id),
        payments=[PaymentRow(p.method, p.amount_cents, p.tendered_cents, p.reference_id)
                  for p in sale.payments],
        debt_remaining_cents=int(remaining), cancelled_at=sale.cancelled_at,
        cancel_reason=sale.cancel_reason, cancelled_by=sale.cancelled_by,
    )
