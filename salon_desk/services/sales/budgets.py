"""Budgets (quotes): written for a customer, edited, then accepted as a sale or as appointments.

Codes run per year: ``P2026-0001``. Line amounts use the same rounding as sales
(services.money: discounts rounded half-up).

A budget is stored open, accepted or rejected. An open one that is past its valid-until date
and was never charged is *expired*: that status is worked out when the budget is read (in SQL
for the filters), so nothing has to run at midnight to keep it true.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, false, func, not_, select
from sqlalchemy.orm import Session

from salon_desk.models import Budget, BudgetLine, Customer, LineKind, Staff
from salon_desk.services import settings
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import NotFound, SalonError, ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_cents, checked_percent, checked_whole
from salon_desk.services.money import line_amount
from salon_desk.services.sales.selling import ITEM_MODELS, LineDraft, SaleDraft
from salon_desk.services.texts import Text

OPEN, ACCEPTED, REJECTED, EXPIRED = "open", "accepted", "rejected", "expired"
STORED_STATUSES = (OPEN, ACCEPTED, REJECTED)
# in the order the budgets tab offers them as filters
STATUS_LABELS = {OPEN: "Open", EXPIRED: "Expired", ACCEPTED: "Accepted", REJECTED: "Rejected"}


@dataclass
class BudgetLineData:
    kind: str
    item_id: int
    quantity: int = 1
    unit_price_cents: int | None = None  # None: the catalogue price
    discount_percent: Decimal = Decimal(0)
    description: str | None = None  # None: the item's name


@dataclass
class BudgetData:
    issued_on: dt.date
    lines: list[BudgetLineData] = field(default_factory=list)
    staff_id: int | None = None
    valid_until: dt.date | None = None
    description: str = ""
    conditions: str = ""


@dataclass
class BudgetRow:
    id: int
    code: str
    issued_on: dt.date
    valid_until: dt.date | None
    description: str
    staff_name: str
    total_cents: int
    status: str  # open, expired, accepted or rejected (see shown_status)
    sale_id: int | None
    lines: int
    business: str = ""  # the salon's name
    customer_name: str = ""


@dataclass
class BudgetTotals:
    counts: dict[str, int]  # by status as shown (open, expired, accepted, rejected)
    open_cents: int  # what the open (not expired) budgets are worth

    @property
    def open(self) -> int:
        return self.counts.get(OPEN, 0)

    @property
    def expired(self) -> int:
        return self.counts.get(EXPIRED, 0)


def shown_status(status: str, valid_until: dt.date | None, sale_id: int | None,
                 today: dt.date | None = None) -> str:
    """The stored status, except that an open budget past its valid-until date (and never
    charged) is expired. A budget valid until today is still open today."""
    today = today or dt.date.today()
    if status == OPEN and sale_id is None and valid_until is not None and valid_until < today:
        return EXPIRED
    return status


def _expired_clause(today: dt.date) -> ColumnElement[bool]:
    return and_(Budget.status == OPEN, Budget.sale_id.is_(None),
                Budget.valid_until.is_not(None), Budget.valid_until < today)


def status_clause(status: str, today: dt.date | None = None) -> ColumnElement[bool]:
    """SQL for "the budget shows this status" (what shown_status says, for filtering)."""
    today = today or dt.date.today()
    expired = _expired_clause(today)
    if status == EXPIRED:
        return expired
    if status == OPEN:
        return and_(Budget.status == OPEN, not_(expired))
    if status in STORED_STATUSES:
        return Budget.status == status
    return false()


def next_code(session: Session, year: int) -> str:
    prefix = f"P{year}-"
    last = session.scalar(select(func.max(Budget.code)).where(Budget.code.like(prefix + "%")))
    return f"{prefix}{(int(last[len(prefix):]) + 1 if last else 1):04d}"


def _lines(session: Session, data: BudgetData) -> list[BudgetLine]:
    if not data.lines:
        raise ValidationError({"lines": Text(msg.BUDGET_NO_LINES)})
    out = []
    for n, line in enumerate(data.lines, start=1):
        model = ITEM_MODELS.get(line.kind)
        if model is None:
            raise ValidationError({"lines": Text(msg.LINE_UNKNOWN_KIND, line=n, kind=repr(line.kind))})
        item = session.get(model, line.item_id)
        if item is None:
            raise NotFound(Text(msg.BUDGET_LINE_NOT_FOUND, line=n, kind=line.kind, id=line.item_id))
        if int(line.quantity) < 1:
            raise ValidationError({"quantity": Text(msg.LINE_QUANTITY, line=n)})
        price = (int(item.price_cents) if line.unit_price_cents is None
                 else checked_cents(line.unit_price_cents, "unit_price"))
        pct = checked_percent(0 if line.discount_percent is None else line.discount_percent,
                              "discount")
        checked_whole(line.quantity, "quantity")
        if price < 0 or not Decimal(0) <= pct <= Decimal(100):
            raise ValidationError({"lines": Text(msg.BUDGET_LINE_PRICE, line=n)})
        out.append(BudgetLine(
            position=n - 1, kind=line.kind, description=(line.description or item.name)[:200],
            service_id=item.id if line.kind == LineKind.SERVICE.value else None,
            product_id=item.id if line.kind == LineKind.PRODUCT.value else None,
            package_id=item.id if line.kind == LineKind.PACKAGE.value else None,
            quantity=int(line.quantity), unit_price_cents=price, discount_percent=pct,
            amount_cents=line_amount(int(line.quantity), price, pct)))
    return out


def _check(data: BudgetData) -> None:
    if data.valid_until is not None and data.valid_until < data.issued_on:
        raise ValidationError({"valid_until": Text(msg.BUDGET_EXPIRES_BEFORE_ISSUED)})


def create_budget(session: Session, customer_id: int, data: BudgetData) -> Budget:
    permissions.require(permissions.CHARGE)
    get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    _check(data)
    lines = _lines(session, data)
    budget = Budget(code=next_code(session, data.issued_on.year), customer_id=customer_id,
                    staff_id=data.staff_id, issued_on=data.issued_on,
                    valid_until=data.valid_until, description=data.description.strip(),
                    conditions=data.conditions.strip(), lines=lines,
                    total_cents=sum(line.amount_cents for line in lines))
    session.add(budget)
    session.flush()
    return budget


def get_budget(session: Session, budget_id: int) -> Budget:
    return get_or_not_found(session, Budget, budget_id, msg.BUDGET_NOT_FOUND)


def budget_data(session: Session, budget_id: int) -> BudgetData:
    """The budget as the edit form fills it."""
    b = get_budget(session, budget_id)
    return BudgetData(
        issued_on=b.issued_on, staff_id=b.staff_id, valid_until=b.valid_until,
        description=b.description, conditions=b.conditions,
        lines=[BudgetLineData(kind=line.kind,
                              item_id=line.service_id or line.product_id or line.package_id,
                              quantity=line.quantity, unit_price_cents=line.unit_price_cents,
                              discount_percent=line.discount_percent,
                              description=line.description) for line in b.lines])


def update_budget(session: Session, budget_id: int, data: BudgetData) -> Budget:
    permissions.require(permissions.CHARGE)
    budget = get_budget(session, budget_id)
    if budget.status == ACCEPTED:
        raise SalonError(Text(msg.BUDGET_ACCEPTED, code=budget.code))
    _check(data)
    lines = _lines(session, data)
    budget.lines.clear()
    session.flush()
    budget.lines.extend(lines)
    budget.staff_id = data.staff_id
    budget.issued_on = data.issued_on
    budget.valid_until = data.valid_until
    budget.description = data.description.strip()
    budget.conditions = data.conditions.strip()
    budget.total_cents = sum(line.amount_cents for line in lines)
    session.flush()
    return budget


def set_status(session: Session, budget_id: int, status: str) -> Budget:
    permissions.require(permissions.CHARGE)
    if status not in STORED_STATUSES:
        raise ValidationError({"status": Text(msg.BUDGET_UNKNOWN_STATUS, status=repr(status))})
    budget = get_budget(session, budget_id)
    budget.status = status
    session.flush()
    return budget


def delete_budget(session: Session, budget_id: int) -> None:
    permissions.require(permissions.CHARGE)
    budget = get_budget(session, budget_id)
    if budget.sale_id is not None:
        raise SalonError(Text(msg.BUDGET_CHARGED_NO_DELETE, code=budget.code))
    session.delete(budget)
    session.flush()


def to_sale_draft(session: Session, budget_id: int) -> SaleDraft:
    """A sale with the budget's lines and prices; charging it marks the budget accepted."""
    budget = get_budget(session, budget_id)
    if budget.sale_id is not None:
        raise SalonError(Text(msg.BUDGET_ALREADY_CHARGED, code=budget.code))
    return SaleDraft(customer_id=budget.customer_id, budget_id=budget.id, staff_id=None,
                     comments=f"Budget {budget.code}", lines=[
        LineDraft(kind=line.kind,
                  item_id=line.service_id or line.product_id or line.package_id,
                  quantity=line.quantity, unit_price_cents=line.unit_price_cents,
                  discount_percent=line.discount_percent, staff_id=budget.staff_id,
                  description=line.description)
        for line in budget.lines if (line.service_id or line.product_id or line.package_id)])


def list_budgets(session: Session, customer_id: int, status: str | None = None,
                 today: dt.date | None = None) -> list[BudgetRow]:
    """The customer's budgets, oldest first; ``status`` keeps only those that show it."""
    today = today or dt.date.today()
    counts = (select(BudgetLine.budget_id, func.count().label("n"))
              .group_by(BudgetLine.budget_id).subquery())
    query = (
        select(Budget.id, Budget.code, Budget.issued_on, Budget.valid_until, Budget.description,
               func.coalesce(Staff.name, ""), Budget.total_cents, Budget.status, Budget.sale_id,
               func.coalesce(counts.c.n, 0))
        .outerjoin(Staff, Staff.id == Budget.staff_id)
        .outerjoin(counts, counts.c.budget_id == Budget.id)
        .where(Budget.customer_id == customer_id)
        .order_by(Budget.issued_on, Budget.id))
    if status:
        query = query.where(status_clause(status, today))
    rows = list(session.execute(query))
    if not rows:
        return []
    customer = session.get(Customer, customer_id)
    customer_name = customer.full_name if customer else ""
    business = settings.get(session, settings.SALON_NAME)
    out = []
    for r in rows:
        row = BudgetRow(*r, business=business, customer_name=customer_name)
        row.status = shown_status(row.status, row.valid_until, row.sale_id, today)
        out.append(row)
    return out


def budget_totals(session: Session, customer_id: int,
                  today: dt.date | None = None) -> BudgetTotals:
    """How many budgets show each status, and what the open ones are worth."""
    today = today or dt.date.today()
    expired = _expired_clause(today).label("expired")
    rows = session.execute(
        select(expired, Budget.status, func.count(),
               func.coalesce(func.sum(Budget.total_cents), 0))
        .where(Budget.customer_id == customer_id)
        .group_by(expired, Budget.status))
    counts: dict[str, int] = {}
    open_cents = 0
    for is_expired, status, n, cents in rows:
        shown = EXPIRED if is_expired else status
        counts[shown] = counts.get(shown, 0) + n
        if shown == OPEN:
            open_cents += cents
    return BudgetTotals(counts, open_cents)


def count_budgets(session: Session, customer_id: int, status: str | None = None,
                  today: dt.date | None = None) -> int:
    """How many budgets the customer has (all of them, or those showing ``status``)."""
    query = select(func.count()).select_from(Budget).where(Budget.customer_id == customer_id)
    if status:
        query = query.where(status_clause(status, today))
    return session.scalar(query) or 0
