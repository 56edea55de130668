"""Charging: a sale (ticket) with its lines and payments, and everything a sale sets in motion.

One call, ``create_sale``, in one transaction:
- lines of services, products, packages (or a card being sold), each with quantity, unit price,
  a discount that defaults to the customer's personal discount (or the loyalty card's, when one
  is presented and it is better), and the staff member who did it;
- several payments: cash (with the change from what was handed over), card, transfer, a session
  voucher (consumes one session), a prepaid card (consumes value while valid, for the services
  it allows), a loyalty card (consumes its value), points (redeemed at ``points.value_cents``);
- a ticket number, sequential within the year: ``T2026-000123``;
- what is not paid becomes a Debt;
- points earned on what is paid or owed in money (not on vouchers, cards or points);
- a CashMovement for each money payment; the customer's last visit; packages sold become
  session vouchers; charged appointments are marked completed and linked to the sale.

All amounts are integer cents; discounts round half-up (see services.money).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import (Appointment, AppointmentStatus, Budget, CashMovement, Customer, Debt,
    LineKind, LoyaltyCard, Package, Payment, PaymentMethod, PrepaidCard, Product, Sale, SaleLine,
    Service, Voucher, utcnow)
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.sales import points as points_service
from salon_desk.services import settings
from salon_desk.services.errors import NotFound, ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_cents, checked_percent, checked_whole
from salon_desk.services.money import line_amount, points_for
from salon_desk.services.texts import Amount, Text

MONEY_METHODS = (PaymentMethod.CASH.value, PaymentMethod.CARD.value, PaymentMethod.TRANSFER.value)
CREDIT_METHODS = (PaymentMethod.VOUCHER.value, PaymentMethod.PREPAID.value,
                  PaymentMethod.LOYALTY_CARD.value, PaymentMethod.POINTS.value)
METHODS = MONEY_METHODS + CREDIT_METHODS
METHOD_LABELS = {"cash": "Cash", "card": "Card", "transfer": "Transfer", "voucher": "Voucher",
                 "prepaid": "Prepaid card", "loyalty_card": "Loyalty card", "points": "Points"}
ITEM_MODELS = {LineKind.SERVICE.value: Service, LineKind.PRODUCT.value: Product,
               LineKind.PACKAGE.value: Package}


@dataclass
class LineDraft:
    kind: str  # service, product, package, card
    item_id: int | None = None  # None only for a card line
    quantity: int = 1
    unit_price_cents: int | None = None  # None: the catalogue price
    discount_percent: Decimal | None = None  # None: the customer's (or loyalty card's) discount
    staff_id: int | None = None
    description: str | None = None  # None: the item's name
    appointment_id: int | None = None


@dataclass
class PaymentDraft:
    method: str
    amount_cents: int = 0
    tendered_cents: int | None = None  # cash handed over
    reference_id: int | None = None  # voucher / prepaid card / loyalty card id
    points: int | None = None  # for a points payment; its amount is points x point value


@dataclass
class SaleDraft:
    customer_id: int | None
    lines: list[LineDraft] = field(default_factory=list)
    payments: list[PaymentDraft] = field(default_factory=list)
    staff_id: int | None = None  # who charged
    comments: str = ""
    loyalty_card_id: int | None = None  # presented for its discounts
    budget_id: int | None = None  # the budget this sale accepts
    sold_at: dt.datetime | None = None


@dataclass
class ResolvedLine:
    draft: LineDraft
    description: str
    unit_price_cents: int
    discount_percent: Decimal
    tax_rate: Decimal
    amount_cents: int
    service_id: int | None = None
    product_id: int | None = None
    package_id: int | None = None


@dataclass
class SaleResult:
    sale: Sale
    change_cents: int
    debt: Debt | None
    points_earned: int


def default_discount(kind: str, customer_discount: Decimal, card: LoyaltyCard | None) -> Decimal:
    """The discount a new line gets: the customer's own, or the loyalty card's when better."""
    best = Decimal(customer_discount or 0)
    if card is not None:
        if kind == LineKind.SERVICE.value:
            best = max(best, Decimal(card.service_discount_percent or 0))
        elif kind == LineKind.PRODUCT.value:
            best = max(best, Decimal(card.product_discount_percent or 0))
    return best


def _percent(value, field_name: str) -> Decimal:
    return checked_percent(value, field_name)


def _refuse_unless_live(credit: Voucher | PrepaidCard | LoyaltyCard, on: dt.date, field: str,
                        cancelled: str, expired: str, **names: object) -> None:
    """A voucher or card pays only while live: not cancelled, and not expired on the day of the
    sale. ``cancelled`` and ``expired`` are the catalogue texts that refuse it, with ``names``."""
    if credit.cancelled:
        raise ValidationError({field: Text(cancelled, **names)})
    if credit.expires_on is not None and credit.expires_on < on:
        raise ValidationError({field: Text(expired, day=credit.expires_on, **names)})


def usable_loyalty_card(session: Session, card_id: int, customer_id: int | None,
                        on: dt.date) -> LoyaltyCard:
    card = session.get(LoyaltyCard, card_id)
    if card is None or card.customer_id != customer_id:
        raise ValidationError({"loyalty_card": Text(msg.LOYALTY_NOT_THEIRS)})
    _refuse_unless_live(card, on, "loyalty_card", msg.LOYALTY_CANCELLED, msg.LOYALTY_EXPIRED,
                        number=card.number)
    return card


def resolve_lines(session: Session, draft: SaleDraft, on: dt.date) -> list[ResolvedLine]:
    """Each line with its price, description, discount and amount filled in and checked."""
    if not draft.lines:
        raise ValidationError({"lines": Text(msg.NO_LINES)})
    customer = (get_or_not_found(session, Customer, draft.customer_id, msg.CUSTOMER_NOT_FOUND)
                if draft.customer_id else None)
    personal = Decimal(customer.discount_percent or 0) if customer else Decimal(0)
    card = (usable_loyalty_card(session, draft.loyalty_card_id, draft.customer_id, on)
            if draft.loyalty_card_id else None)
    resolved = []
    for n, line in enumerate(draft.lines, start=1):
        if checked_whole(line.quantity, "quantity") < 1:
            raise ValidationError({"quantity": Text(msg.LINE_QUANTITY, line=n)})
        item = None
        tax = Decimal(0)
        if line.kind == LineKind.CARD.value:
            if line.unit_price_cents is None or not line.description:
                raise ValidationError({"lines": Text(msg.LINE_CARD, line=n)})
        elif line.kind in ITEM_MODELS:
            item = session.get(ITEM_MODELS[line.kind], line.item_id) if line.item_id else None
            if item is None:
                raise NotFound(Text(msg.LINE_ITEM_NOT_FOUND, line=n, kind=line.kind,
                                    id=line.item_id))
            tax = Decimal(getattr(item, "tax_rate", 0) or 0)
        else:
            raise ValidationError({"lines": Text(msg.LINE_UNKNOWN_KIND, line=n, kind=line.kind)})
        price = (checked_cents(line.unit_price_cents, "unit_price")
                 if line.unit_price_cents is not None else int(item.price_cents))
        if price < 0:
            raise ValidationError({"unit_price": Text(msg.LINE_PRICE_NEGATIVE, line=n)})
        pct = (default_discount(line.kind, personal, card) if line.discount_percent is None
               else _percent(line.discount_percent, "discount"))
        resolved.append(ResolvedLine(
            draft=line, description=(line.description or item.name)[:200], unit_price_cents=price,
            discount_percent=pct, tax_rate=tax,
            amount_cents=line_amount(int(line.quantity), price, pct),
            service_id=item.id if line.kind == LineKind.SERVICE.value else None,
            product_id=item.id if line.kind == LineKind.PRODUCT.value else None,
            package_id=item.id if line.kind == LineKind.PACKAGE.value else None,
        ))
    return resolved


def _service_amounts(lines: list[ResolvedLine]) -> dict[int, int]:
    amounts: Counter[int] = Counter()
    for line in lines:
        if line.service_id is not None:
            amounts[line.service_id] += line.amount_cents
    return dict(amounts)


def voucher_session_amount(lines: list[ResolvedLine], voucher: Voucher) -> int:
    """What one session of this voucher covers in this sale: one unit of the matching line."""
    for line in lines:
        if line.service_id is not None and (voucher.service_id in (None, line.service_id)):
            return line.amount_cents // int(line.draft.quantity)
    name = voucher.service.name if voucher.service else Text(msg.A_SERVICE)
    raise ValidationError({"payments": Text(msg.VOUCHER_NOT_IN_SALE, voucher=voucher.name,
                                            service=name)})


def _check_voucher(session: Session, p: PaymentDraft, draft: SaleDraft, on: dt.date,
                   lines: list[ResolvedLine], uses: Counter) -> Voucher:
    voucher = session.get(Voucher, p.reference_id) if p.reference_id else None
    if voucher is None or voucher.customer_id != draft.customer_id:
        raise ValidationError({"payments": Text(msg.CHOOSE_VOUCHER)})
    _refuse_unless_live(voucher, on, "payments", msg.VOUCHER_CANCELLED, msg.VOUCHER_EXPIRED,
                        voucher=voucher.name)
    uses[voucher.id] += 1
    if uses[voucher.id] > voucher.sessions_left:
        raise ValidationError({"payments": Text(msg.VOUCHER_SESSIONS_LEFT, voucher=voucher.name,
                                                n=voucher.sessions_left)})
    if p.amount_cents <= 0:
        p.amount_cents = voucher_session_amount(lines, voucher)
    else:
        voucher_session_amount(lines, voucher)  # the service must be in the sale
    return voucher


def prepaid_allowance(card: PrepaidCard, lines: list[ResolvedLine]) -> int:
    """How much of this sale a prepaid card may pay: the services its type allows."""
    amounts = _service_amounts(lines)
    if card.card_type.any_service:
        return sum(amounts.values())
    allowed = {s.id for s in card.card_type.services}
    return sum(v for k, v in amounts.items() if k in allowed)


def _check_prepaid(session: Session, p: PaymentDraft, draft: SaleDraft, on: dt.date,
                   lines: list[ResolvedLine], spent: Counter) -> PrepaidCard:
    card = session.get(PrepaidCard, p.reference_id) if p.reference_id else None
    if card is None or card.customer_id != draft.customer_id:
        raise ValidationError({"payments": Text(msg.CHOOSE_PREPAID)})
    name = card.card_type.name
    _refuse_unless_live(card, on, "payments", msg.PREPAID_CANCELLED, msg.PREPAID_EXPIRED,
                        card=name)
    spent[("prepaid", card.id)] += p.amount_cents
    if spent[("prepaid", card.id)] > card.remaining_cents:
        raise ValidationError({"payments": Text(msg.PREPAID_LEFT, card=name,
                                                amount=Amount(card.remaining_cents))})
    allowance = prepaid_allowance(card, lines)
    spent["prepaid_total", card.id] += p.amount_cents
    if spent["prepaid_total", card.id] > allowance:
        raise ValidationError({"payments": Text(msg.PREPAID_ALLOWANCE, card=name,
                                                amount=Amount(allowance))})
    return card


def _check_loyalty(session: Session, p: PaymentDraft, draft: SaleDraft, on: dt.date,
                   spent: Counter) -> LoyaltyCard:
    if not p.reference_id:
        raise ValidationError({"payments": Text(msg.CHOOSE_LOYALTY)})
    card = usable_loyalty_card(session, p.reference_id, draft.customer_id, on)
    spent[("loyalty", card.id)] += p.amount_cents
    if spent[("loyalty", card.id)] > card.remaining_cents:
        raise ValidationError({"payments": Text(msg.LOYALTY_LEFT, number=card.number,
                                                amount=Amount(card.remaining_cents))})
    return card


def _check_payments(session: Session, draft: SaleDraft, on: dt.date,
                    lines: list[ResolvedLine]) -> list[tuple[PaymentDraft, object]]:
    """Validate every payment (filling voucher and points amounts); returns (payment, credit)."""
    checked: list[tuple[PaymentDraft, object]] = []
    uses: Counter = Counter()
    spent: Counter = Counter()
    points_used = 0
    for p in draft.payments:
        checked_cents(p.amount_cents, "payments")
        if p.tendered_cents is not None:
            checked_cents(p.tendered_cents, "payments")
        if p.method not in METHODS:
            raise ValidationError({"payments": Text(msg.UNKNOWN_METHOD, method=p.method)})
        if p.method in CREDIT_METHODS and draft.customer_id is None:
            raise ValidationError({"payments": Text(msg.CREDIT_NEEDS_CUSTOMER)})
        credit: object = None
        if p.method == PaymentMethod.VOUCHER.value:
            credit = _check_voucher(session, p, draft, on, lines, uses)
        elif p.method == PaymentMethod.POINTS.value:
            wanted = checked_whole(p.points or 0, "payments")
            if wanted <= 0:
                raise ValidationError({"payments": Text(msg.POINTS_HOW_MANY)})
            points_used += wanted
            have = points_service.balance(session, draft.customer_id)
            if points_used > have:
                raise ValidationError({"payments": Text(msg.POINTS_ONLY, n=have)})
            p.amount_cents = wanted * points_service.point_value_cents(session)
        if int(p.amount_cents) <= 0:
            raise ValidationError({"payments": Text(msg.PAYMENT_POSITIVE)})
        if p.method == PaymentMethod.PREPAID.value:
            credit = _check_prepaid(session, p, draft, on, lines, spent)
        elif p.method == PaymentMethod.LOYALTY_CARD.value:
            credit = _check_loyalty(session, p, draft, on, spent)
        if p.tendered_cents is not None:
            if p.method != PaymentMethod.CASH.value:
                raise ValidationError({"payments": Text(msg.CHANGE_ONLY_CASH)})
            if p.tendered_cents < p.amount_cents:
                raise ValidationError({"payments": Text(msg.TENDERED_LESS)})
        checked.append((p, credit))
    return checked


def next_ticket_number(session: Session, year: int) -> str:
    prefix = f"T{year}-"
    last = session.scalar(select(func.max(Sale.ticket_number)).where(
        Sale.ticket_number.like(prefix + "%")))
    number = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{number:06d}"


def earning_base(total_cents: int, payments: list[PaymentDraft]) -> int:
    """The part of a sale that earns points: what is paid (or owed) in money."""
    return total_cents - sum(p.amount_cents for p in payments if p.method in CREDIT_METHODS)


def create_sale(session: Session, draft: SaleDraft) -> SaleResult:
    """Record a sale and everything it implies (see the module docstring)."""
    permissions.require(permissions.CHARGE)
    sold_at = draft.sold_at or utcnow()
    if sold_at.tzinfo is None:
        sold_at = sold_at.astimezone()
    on = sold_at.astimezone().date()
    lines = resolve_lines(session, draft, on)
    total = sum(line.amount_cents for line in lines)
    checked = _check_payments(session, draft, on, lines)
    paid = sum(p.amount_cents for p, _ in checked)
    if paid > total:
        raise ValidationError({"payments": Text(msg.PAYMENTS_OVER_TOTAL, paid=Amount(paid),
                                                total=Amount(total))})
    owed = total - paid
    if owed and draft.customer_id is None:
        raise ValidationError({"payments": Text(msg.NO_CUSTOMER_PAY_FULL)})
    rate = Decimal(settings.get(session, settings.POINTS_PER_UNIT))
    earned = (points_for(earning_base(total, [p for p, _ in checked]), rate)
              if draft.customer_id else 0)
    sale = Sale(
        ticket_number=next_ticket_number(session, on.year), customer_id=draft.customer_id,
        staff_id=draft.staff_id, sold_at=sold_at, comments=draft.comments.strip(),
        total_cents=total, paid_cents=paid, points_earned=earned,
    )
    for position, line in enumerate(lines):
        sale.lines.append(SaleLine(
            position=position, kind=line.draft.kind, service_id=line.service_id,
            product_id=line.product_id, package_id=line.package_id, description=line.description,
            quantity=int(line.draft.quantity), unit_price_cents=line.unit_price_cents,
            discount_percent=line.discount_percent, tax_rate=line.tax_rate,
            amount_cents=line.amount_cents, staff_id=line.draft.staff_id,
            appointment_id=line.draft.appointment_id,
        ))
    session.add(sale)
    session.flush()
    change = 0
    for p, credit in checked:
        session.add(Payment(sale_id=sale.id, method=p.method, amount_cents=p.amount_cents,
                            tendered_cents=p.tendered_cents, reference_id=p.reference_id,
                            paid_at=sold_at))
        if p.tendered_cents is not None:
            change += p.tendered_cents - p.amount_cents
        _consume(session, p, credit, sale)
        if p.method in MONEY_METHODS:
            session.add(CashMovement(at=sold_at, amount_cents=p.amount_cents, method=p.method,
                                     description=str(Text(msg.TICKET, ticket=sale.ticket_number)),
                                     customer_id=draft.customer_id, sale_id=sale.id,
                                     staff_id=draft.staff_id))
    debt = None
    if owed:
        debt = Debt(customer_id=draft.customer_id, sale_id=sale.id, incurred_at=sold_at,
                    initial_cents=owed, remaining_cents=owed,
                    description=str(Text(msg.UNPAID_ON_TICKET, ticket=sale.ticket_number)))
        session.add(debt)
    if earned:
        points_service.earn_for_sale(session, draft.customer_id, earned, sale.id,
                                     sale.ticket_number, at=sold_at, staff_id=draft.staff_id)
    _after_sale(session, draft, sale, lines, sold_at, on)
    session.flush()
    return SaleResult(sale=sale, change_cents=change, debt=debt, points_earned=earned)


def _consume(session: Session, p: PaymentDraft, credit: object, sale: Sale) -> None:
    if isinstance(credit, Voucher):
        credit.sessions_used += 1
    elif isinstance(credit, PrepaidCard | LoyaltyCard):
        credit.used_cents += p.amount_cents
    elif p.method == PaymentMethod.POINTS.value:
        points_service.record(session, sale.customer_id, -int(p.points), "redeemed",
                              Text(msg.PAID_ON_TICKET, ticket=sale.ticket_number),
                              staff_id=sale.staff_id,
                              sale_id=sale.id, at=sale.sold_at)


def _after_sale(session: Session, draft: SaleDraft, sale: Sale, lines: list[ResolvedLine],
                sold_at: dt.datetime, on: dt.date) -> None:
    if draft.customer_id:
        customer = session.get(Customer, draft.customer_id)
        if customer.last_visit_at is None or customer.last_visit_at < sold_at:
            customer.last_visit_at = sold_at
    for line in lines:
        if line.draft.appointment_id:
            appointment = session.get(Appointment, line.draft.appointment_id)
            if appointment is not None:
                appointment.sale_id = sale.id
                appointment.status = AppointmentStatus.COMPLETED.value
        if line.package_id and draft.customer_id:
            _vouchers_from_package(session, draft.customer_id, line, sale, on)
    if draft.budget_id:
        budget = session.get(Budget, draft.budget_id)
        if budget is not None:
            budget.status = "accepted"
            budget.sale_id = sale.id


def _vouchers_from_package(session: Session, customer_id: int, line: ResolvedLine, sale: Sale,
                           on: dt.date) -> None:
    """A package sold becomes one session voucher per service it holds."""
    package = session.get(Package, line.package_id)
    expires = on + dt.timedelta(days=package.validity_days) if package.validity_days else None
    for item in package.items:
        if item.service_id is None:
            continue
        session.add(Voucher(
            customer_id=customer_id, name=package.name, service_id=item.service_id,
            purchased_on=on, expires_on=expires,
            sessions_bought=item.quantity * int(line.draft.quantity),
            description=str(Text(msg.FROM_TICKET, ticket=sale.ticket_number)), sale_id=sale.id,
        ))


@dataclass
class SalePreview:
    """What a sale being entered comes to, before it is recorded (for the charge dialog)."""

    line_amounts: list[int] = field(default_factory=list)
    discounts: list[Decimal] = field(default_factory=list)
    unit_prices: list[int] = field(default_factory=list)
    payment_amounts: list[int] = field(default_factory=list)
    total_cents: int = 0
    paid_cents: int = 0
    change_cents: int = 0
    owed_cents: int = 0
    points_earned: int = 0
    error: str = ""  # why the sale cannot be charged as it is (a Text, for ui.texts)


def preview_sale(session: Session, draft: SaleDraft) -> SalePreview:
    """The totals ``create_sale`` would record, with the first problem found; writes nothing."""
    import copy

    draft = copy.deepcopy(draft)
    preview = SalePreview()
    on = (draft.sold_at or utcnow()).astimezone().date()
    try:
        lines = resolve_lines(session, draft, on) if draft.lines else []
    except (ValidationError, NotFound) as exc:
        preview.error = str(exc)
        return preview
    preview.line_amounts = [line.amount_cents for line in lines]
    preview.discounts = [line.discount_percent for line in lines]
    preview.unit_prices = [line.unit_price_cents for line in lines]
    preview.total_cents = sum(preview.line_amounts)
    try:
        checked = _check_payments(session, draft, on, lines)
    except (ValidationError, NotFound) as exc:
        preview.error = str(exc)
        checked = [(p, None) for p in draft.payments]  # as entered, for the totals shown
    preview.payment_amounts = [p.amount_cents for p, _ in checked]
    preview.paid_cents = sum(preview.payment_amounts)
    preview.change_cents = sum(p.tendered_cents - p.amount_cents for p, _ in checked
                               if p.tendered_cents is not None)
    preview.owed_cents = max(0, preview.total_cents - preview.paid_cents)
    if not preview.error:
        if not lines:
            preview.error = Text(msg.NO_LINES)
        elif preview.paid_cents > preview.total_cents:
            preview.error = Text(msg.PAYMENTS_OVER_TOTAL, paid=Amount(preview.paid_cents),
                                 total=Amount(preview.total_cents))
        elif preview.owed_cents and draft.customer_id is None:
            preview.error = Text(msg.NO_CUSTOMER_PAY_FULL)
    if draft.customer_id:
        rate = Decimal(settings.get(session, settings.POINTS_PER_UNIT))
        preview.points_earned = points_for(earning_base(preview.total_cents,
                                                        [p for p, _ in checked]), rate)
    return preview


def payment_options(session: Session, customer_id: int | None, on: dt.date | None = None
                    ) -> dict[str, list[tuple[int, str]]]:
    """The customer's vouchers and cards that can pay today, per method: [(id, label)]."""
    on = on or dt.date.today()
    options: dict[str, list[tuple[int, str]]] = {"voucher": [], "prepaid": [], "loyalty_card": []}
    if not customer_id:
        return options
    for v in session.scalars(select(Voucher).where(
            Voucher.customer_id == customer_id, Voucher.cancelled.is_(False),
            Voucher.sessions_used < Voucher.sessions_bought).order_by(Voucher.purchased_on)):
        if v.expires_on is None or v.expires_on >= on:
            options["voucher"].append((v.id, Text(msg.SESSIONS_LEFT_OPTION, name=v.name,
                                                  n=v.sessions_left)))
    for c in session.scalars(select(PrepaidCard).where(
            PrepaidCard.customer_id == customer_id, PrepaidCard.cancelled.is_(False),
            PrepaidCard.expires_on >= on, PrepaidCard.used_cents < PrepaidCard.value_cents)):
        options["prepaid"].append((c.id, Text(msg.AMOUNT_LEFT_OPTION, name=c.card_type.name,
                                              amount=Amount(c.remaining_cents))))
    for c in session.scalars(select(LoyaltyCard).where(
            LoyaltyCard.customer_id == customer_id, LoyaltyCard.cancelled.is_(False))):
        if c.expires_on is None or c.expires_on >= on:
            label = (Text(msg.AMOUNT_LEFT_OPTION, name=c.number,
                          amount=Amount(c.remaining_cents)) if c.value_cents else c.number)
            options["loyalty_card"].append((c.id, label))
    return options
