"""What a customer holds: session vouchers, prepaid discount cards and loyalty cards.

Spending them happens in a sale (services.sales); this module creates, edits, cancels, sells
and lists them, and keeps the prepaid card types the salon offers.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import (
    Customer,
    LineKind,
    LoyaltyCard,
    Payment,
    PaymentMethod,
    PrepaidCard,
    PrepaidCardType,
    Sale,
    SaleLine,
    Service,
    Staff,
    Voucher,
    VoucherUse,
    utcnow,
)
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import SalonError, ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_cents, checked_percent
from salon_desk.services.care.notes import NoteData, add_note
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, SaleResult, create_sale
from salon_desk.services.texts import Text

ACTIVE, EXPIRED, USED_UP, CANCELLED = "Active", "Expired", "Used up", "Cancelled"


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def status_of(cancelled: bool, expires_on: dt.date | None, left: int, today: dt.date) -> str:
    if cancelled:
        return CANCELLED
    if expires_on is not None and expires_on < today:
        return EXPIRED
    if left <= 0:
        return USED_UP
    return ACTIVE


def _customer(session: Session, customer_id: int) -> Customer:
    return get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)


# --- Session vouchers -------------------------------------------------------------------------

@dataclass
class VoucherData:
    name: str
    sessions_bought: int
    purchased_on: dt.date
    service_id: int | None = None
    expires_on: dt.date | None = None
    description: str = ""


@dataclass
class VoucherRow:
    id: int
    name: str
    service_name: str
    purchased_on: dt.date
    expires_on: dt.date | None
    sessions_bought: int
    sessions_used: int
    description: str
    status: str
    cancel_reason: str = ""

    @property
    def sessions_left(self) -> int:
        return self.sessions_bought - self.sessions_used


class VoucherInUse(SalonError):
    """A voucher with sessions used is part of the customer's history: cancel it instead."""


def _check_voucher(data: VoucherData, used: int = 0) -> None:
    errors = {}
    if not data.name.strip():
        errors["name"] = Text(msg.VOUCHER_NAME_NEEDED)
    if int(data.sessions_bought) < 1:
        errors["sessions_bought"] = Text(msg.VOUCHER_ONE_SESSION)
    elif int(data.sessions_bought) < used:
        errors["sessions_bought"] = Text(msg.SESSIONS_ALREADY_USED, n=used)
    if data.expires_on is not None and data.expires_on < data.purchased_on:
        errors["expires_on"] = Text(msg.EXPIRY_BEFORE_PURCHASE)
    if errors:
        raise ValidationError(errors)


def create_voucher(session: Session, customer_id: int, data: VoucherData) -> Voucher:
    permissions.require(permissions.CHARGE)
    _customer(session, customer_id)
    _check_voucher(data)
    voucher = Voucher(customer_id=customer_id, name=data.name.strip(), service_id=data.service_id,
                      purchased_on=data.purchased_on, expires_on=data.expires_on,
                      sessions_bought=int(data.sessions_bought),
                      description=data.description.strip())
    session.add(voucher)
    session.flush()
    return voucher


def get_voucher(session: Session, voucher_id: int) -> Voucher:
    return get_or_not_found(session, Voucher, voucher_id, msg.VOUCHER_NOT_FOUND)


def update_voucher(session: Session, voucher_id: int, data: VoucherData) -> Voucher:
    permissions.require(permissions.CHARGE)
    voucher = get_voucher(session, voucher_id)
    _check_voucher(data, voucher.sessions_used)
    voucher.name = data.name.strip()
    voucher.service_id = data.service_id
    voucher.purchased_on = data.purchased_on
    voucher.expires_on = data.expires_on
    voucher.sessions_bought = int(data.sessions_bought)
    voucher.description = data.description.strip()
    session.flush()
    return voucher


def _reason(reason: str, missing: Text) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": missing})
    return reason


def cancel_voucher(session: Session, voucher_id: int, reason: str,
                   at: dt.datetime | None = None) -> Voucher:
    """Cancel a voucher: it stays in the history, shown as cancelled, and can no longer pay."""
    permissions.require(permissions.CHARGE)
    voucher = get_voucher(session, voucher_id)
    if voucher.cancelled:
        raise SalonError(Text(msg.VOUCHER_ALREADY_CANCELLED, name=voucher.name))
    voucher.cancel_reason = _reason(reason, Text(msg.VOUCHER_CANCEL_REASON))
    voucher.cancelled = True
    voucher.cancelled_at = at or utcnow()
    session.flush()
    return voucher


def delete_voucher(session: Session, voucher_id: int, reason: str,
                   note: str | None = None) -> None:
    """Delete a voucher entered by mistake; one with sessions used is refused (VoucherInUse).

    The reason stays in the customer's notes, with what the voucher was: ``note`` (the
    interface words it in the user's language), or the same in English.
    """
    permissions.require(permissions.CHARGE)
    voucher = get_voucher(session, voucher_id)
    reason = _reason(reason, Text(msg.VOUCHER_DELETE_REASON))
    paid = session.scalar(select(func.count()).select_from(Payment).where(
        Payment.method == PaymentMethod.VOUCHER.value, Payment.reference_id == voucher.id)) or 0
    used = max(voucher.sessions_used, paid)
    if used:
        raise VoucherInUse(Text(msg.VOUCHER_USED_NO_DELETE, name=voucher.name, n=used))
    if voucher.customer_id is not None:
        text = note or str(Text(msg.VOUCHER_DELETED_NOTE, name=voucher.name,
                                n=voucher.sessions_bought, day=voucher.purchased_on,
                                reason=reason))
        add_note(session, voucher.customer_id, NoteData(text=text))
    session.delete(voucher)
    session.flush()


def use_voucher_session(session: Session, voucher_id: int, on: dt.date | None = None,
                        staff_id: int | None = None, note: str = "") -> Voucher:
    """Use one session outside a sale (a session given without charging anything)."""
    permissions.require(permissions.CHARGE)
    voucher = get_voucher(session, voucher_id)
    on = on or dt.date.today()
    status = status_of(voucher.cancelled, voucher.expires_on, voucher.sessions_left, on)
    if status != ACTIVE:
        raise SalonError(Text(msg.VOUCHER_NOT_USABLE, name=voucher.name,
                               state=Text(msg.VOUCHER_STATES[status])))
    voucher.sessions_used += 1
    used_at = utcnow() if on == dt.date.today() else dt.datetime.combine(
        on, dt.time(12)).astimezone()
    session.add(VoucherUse(voucher_id=voucher.id, used_at=used_at, service_id=voucher.service_id,
                           staff_id=staff_id, note=note.strip()))
    session.flush()
    return voucher


def list_vouchers(session: Session, customer_id: int, today: dt.date | None = None
                  ) -> list[VoucherRow]:
    today = today or dt.date.today()
    rows = session.execute(
        select(Voucher.id, Voucher.name, func.coalesce(Service.name, ""), Voucher.purchased_on,
               Voucher.expires_on, Voucher.sessions_bought, Voucher.sessions_used,
               Voucher.description, Voucher.cancelled, Voucher.cancel_reason)
        .outerjoin(Service, Service.id == Voucher.service_id)
        .where(Voucher.customer_id == customer_id)
        .order_by(Voucher.purchased_on, Voucher.id))
    return [VoucherRow(*r[:8], status_of(r[8], r[4], r[5] - r[6], today), r[9]) for r in rows]


@dataclass
class VoucherSession:
    """One session of a voucher: paid in a sale (with its ticket) or used without one."""

    used_at: dt.datetime
    service_name: str
    staff_name: str
    ticket_number: str = ""
    sale_id: int | None = None
    returned: bool = False  # its sale was cancelled, so the session was given back
    note: str = ""


@dataclass
class VoucherHistory:
    voucher: VoucherRow
    cancelled_at: dt.datetime | None
    sold_on_ticket: str  # the ticket that sold it (a package), or ""
    sessions: list[VoucherSession]
    unrecorded: int  # sessions counted as used with nothing recorded (older data)


def _sale_sessions(session: Session, voucher: Voucher) -> list[VoucherSession]:
    """The voucher's payments, each matched to a unit of the service line it paid for."""
    paid = session.execute(
        select(Payment.sale_id, Sale.sold_at, Sale.ticket_number, Sale.cancelled)
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Payment.method == PaymentMethod.VOUCHER.value, Payment.reference_id == voucher.id)
        .order_by(Sale.sold_at, Payment.id)).all()
    units: dict[int, list[tuple[str, str]]] = {}  # sale -> (service, staff) per unit
    sale_ids = {p.sale_id for p in paid}
    for line in session.execute(
            select(SaleLine.sale_id, SaleLine.service_id, SaleLine.description,
                   SaleLine.quantity, func.coalesce(Staff.name, ""))
            .outerjoin(Staff, Staff.id == SaleLine.staff_id)
            .where(SaleLine.sale_id.in_(sale_ids), SaleLine.service_id.is_not(None))
            .order_by(SaleLine.sale_id, SaleLine.position)):
        if voucher.service_id in (None, line.service_id):
            units.setdefault(line.sale_id, []).extend([(line.description, line[4])]
                                                      * line.quantity)
    fallback = (voucher.service.name if voucher.service else "", "")
    taken: dict[int, int] = {}
    rows = []
    for p in paid:
        n = taken[p.sale_id] = taken.get(p.sale_id, -1) + 1
        choices = units.get(p.sale_id) or [fallback]
        service, staff = choices[min(n, len(choices) - 1)]
        rows.append(VoucherSession(p.sold_at, service, staff, p.ticket_number, p.sale_id,
                                   returned=bool(p.cancelled)))
    return rows


def voucher_history(session: Session, voucher_id: int, today: dt.date | None = None
                    ) -> VoucherHistory:
    """Every session of a voucher, oldest first, for "View sessions"."""
    voucher = get_voucher(session, voucher_id)
    today = today or dt.date.today()
    row = VoucherRow(voucher.id, voucher.name, voucher.service.name if voucher.service else "",
                     voucher.purchased_on, voucher.expires_on, voucher.sessions_bought,
                     voucher.sessions_used, voucher.description,
                     status_of(voucher.cancelled, voucher.expires_on, voucher.sessions_left,
                               today), voucher.cancel_reason)
    sessions = _sale_sessions(session, voucher)
    for use in session.execute(
            select(VoucherUse.used_at, func.coalesce(Service.name, ""),
                   func.coalesce(Staff.name, ""), VoucherUse.note)
            .outerjoin(Service, Service.id == VoucherUse.service_id)
            .outerjoin(Staff, Staff.id == VoucherUse.staff_id)
            .where(VoucherUse.voucher_id == voucher.id)):
        sessions.append(VoucherSession(use[0], use[1], use[2], note=use[3]))
    sessions.sort(key=lambda s: s.used_at)
    recorded = sum(1 for s in sessions if not s.returned)
    sold_on = session.get(Sale, voucher.sale_id).ticket_number if voucher.sale_id else ""
    return VoucherHistory(row, voucher.cancelled_at, sold_on, sessions,
                          max(0, voucher.sessions_used - recorded))


# --- Prepaid card types (settings) and cards --------------------------------------------------

@dataclass
class PrepaidTypeData:
    name: str
    value_cents: int
    price_cents: int
    validity_months: int = 6
    any_service: bool = True
    service_ids: list[int] = field(default_factory=list)
    active: bool = True


def list_prepaid_types(session: Session, active_only: bool = False) -> list[PrepaidCardType]:
    stmt = select(PrepaidCardType).order_by(PrepaidCardType.name)
    if active_only:
        stmt = stmt.where(PrepaidCardType.active.is_(True))
    return list(session.scalars(stmt))


def save_prepaid_type(session: Session, data: PrepaidTypeData, type_id: int | None = None
                      ) -> PrepaidCardType:
    errors = {}
    if not data.name.strip():
        errors["name"] = Text(msg.CARD_TYPE_NAME_NEEDED)
    checked_cents(data.value_cents, "value_cents")
    checked_cents(data.price_cents, "price_cents")
    if int(data.value_cents) <= 0:
        errors["value_cents"] = Text(msg.VALUE_MORE_THAN_ZERO)
    if int(data.price_cents) < 0:
        errors["price_cents"] = Text(msg.PRICE_NEGATIVE)
    if int(data.validity_months) < 1:
        errors["validity_months"] = Text(msg.VALID_ONE_MONTH)
    if not data.any_service and not data.service_ids:
        errors["services"] = Text(msg.CARD_SERVICES_NEEDED)
    taken = session.scalar(select(PrepaidCardType.id).where(
        PrepaidCardType.name == data.name.strip()))
    if taken is not None and taken != type_id:
        errors["name"] = Text(msg.CARD_TYPE_TAKEN, name=data.name.strip())
    if errors:
        raise ValidationError(errors)
    if type_id is None:
        card_type = PrepaidCardType(name="")
        session.add(card_type)
    else:
        card_type = get_or_not_found(session, PrepaidCardType, type_id,
                                     msg.PREPAID_CARD_TYPE_NOT_FOUND)
    card_type.name = data.name.strip()
    card_type.value_cents = int(data.value_cents)
    card_type.price_cents = int(data.price_cents)
    card_type.validity_months = int(data.validity_months)
    card_type.any_service = bool(data.any_service)
    card_type.active = bool(data.active)
    card_type.services = ([] if data.any_service else
                          list(session.scalars(select(Service).where(
                              Service.id.in_(data.service_ids)))))
    session.flush()
    return card_type


def delete_prepaid_type(session: Session, type_id: int) -> None:
    """Delete a type nobody holds; a type already sold is made inactive instead."""
    card_type = get_or_not_found(session, PrepaidCardType, type_id,
                                 msg.PREPAID_CARD_TYPE_NOT_FOUND)
    sold = session.scalar(select(func.count()).select_from(PrepaidCard).where(
        PrepaidCard.type_id == type_id))
    if sold:
        card_type.active = False
    else:
        session.delete(card_type)
    session.flush()


@dataclass
class PrepaidRow:
    id: int
    type_name: str
    purchased_on: dt.date
    expires_on: dt.date
    value_cents: int
    used_cents: int
    services: str  # "Any service" or the names
    status: str

    @property
    def remaining_cents(self) -> int:
        return self.value_cents - self.used_cents


def sell_prepaid_card(session: Session, customer_id: int, type_id: int,
                      payments: list[PaymentDraft], staff_id: int | None = None,
                      sold_at: dt.datetime | None = None) -> tuple[PrepaidCard, SaleResult]:
    """Sell a card of this type: a sale at the type's price, and a card holding its value."""
    permissions.require(permissions.CHARGE)
    _customer(session, customer_id)
    card_type = session.get(PrepaidCardType, type_id)
    if card_type is None or not card_type.active:
        raise ValidationError({"type": Text(msg.CARD_TYPE_ACTIVE)})
    result = create_sale(session, SaleDraft(
        customer_id=customer_id, staff_id=staff_id, sold_at=sold_at, payments=payments,
        lines=[LineDraft(kind=LineKind.CARD.value, unit_price_cents=card_type.price_cents,
                         discount_percent=Decimal(0), staff_id=staff_id,
                         description=str(Text(msg.PREPAID_CARD_LINE, card=card_type.name)))]))
    on = result.sale.sold_at.astimezone().date()
    card = PrepaidCard(customer_id=customer_id, type_id=card_type.id, purchased_on=on,
                       expires_on=add_months(on, card_type.validity_months),
                       value_cents=card_type.value_cents, sale_id=result.sale.id)
    session.add(card)
    session.flush()
    return card, result


def cancel_prepaid_card(session: Session, card_id: int) -> None:
    permissions.require(permissions.CHARGE)
    card = get_or_not_found(session, PrepaidCard, card_id, msg.PREPAID_CARD_NOT_FOUND)
    card.cancelled = True
    session.flush()


def list_prepaid_cards(session: Session, customer_id: int, today: dt.date | None = None
                       ) -> list[PrepaidRow]:
    today = today or dt.date.today()
    cards = session.scalars(select(PrepaidCard).where(PrepaidCard.customer_id == customer_id)
                            .order_by(PrepaidCard.purchased_on, PrepaidCard.id)).all()
    rows = []
    for c in cards:
        t = c.card_type
        services = "Any service" if t.any_service else ", ".join(s.name for s in t.services)
        rows.append(PrepaidRow(c.id, t.name, c.purchased_on, c.expires_on, c.value_cents,
                               c.used_cents, services,
                               status_of(c.cancelled, c.expires_on, c.remaining_cents, today)))
    return rows


# --- Loyalty cards ----------------------------------------------------------------------------

@dataclass
class LoyaltyCardData:
    purchased_on: dt.date
    number: str = ""  # empty: the next free number
    description: str = ""
    value_cents: int = 0
    service_discount_percent: Decimal = Decimal(0)
    product_discount_percent: Decimal = Decimal(0)
    expires_on: dt.date | None = None


@dataclass
class LoyaltyRow:
    id: int
    number: str
    purchased_on: dt.date
    description: str
    value_cents: int
    used_cents: int
    service_discount_percent: Decimal
    product_discount_percent: Decimal
    expires_on: dt.date | None
    status: str

    @property
    def remaining_cents(self) -> int:
        return self.value_cents - self.used_cents


def next_loyalty_number(session: Session) -> str:
    numbers = session.scalars(select(LoyaltyCard.number).where(LoyaltyCard.number.like("L%")))
    highest = max((int(n[1:]) for n in numbers if n[1:].isdigit()), default=0)
    return f"L{highest + 1:06d}"


def _check_loyalty(data: LoyaltyCardData, used: int = 0) -> None:
    errors = {}
    checked_cents(data.value_cents, "value_cents")
    for name in ("service_discount_percent", "product_discount_percent"):
        checked_percent(getattr(data, name), name)
    if int(data.value_cents) < used:
        errors["value_cents"] = Text(msg.VALUE_BELOW_USED)
    if data.expires_on is not None and data.expires_on < data.purchased_on:
        errors["expires_on"] = Text(msg.EXPIRY_BEFORE_PURCHASE)
    if errors:
        raise ValidationError(errors)


def _apply_loyalty(session: Session, card: LoyaltyCard, data: LoyaltyCardData) -> None:
    number = data.number.strip() or card.number or next_loyalty_number(session)
    taken = session.scalar(select(LoyaltyCard.id).where(LoyaltyCard.number == number))
    if taken is not None and taken != card.id:
        raise ValidationError({"number": Text(msg.CARD_NUMBER_TAKEN, number=number)})
    card.number = number
    card.purchased_on = data.purchased_on
    card.description = data.description.strip()
    card.value_cents = int(data.value_cents)
    card.service_discount_percent = Decimal(str(data.service_discount_percent))
    card.product_discount_percent = Decimal(str(data.product_discount_percent))
    card.expires_on = data.expires_on
    session.add(card)
    session.flush()


def create_loyalty_card(session: Session, customer_id: int, data: LoyaltyCardData,
                        price_cents: int = 0, payments: list[PaymentDraft] | None = None,
                        staff_id: int | None = None) -> LoyaltyCard:
    """Give the customer a loyalty card; with a price, the card is charged in a sale."""
    permissions.require(permissions.CHARGE)
    price_cents = checked_cents(price_cents, "price_cents")
    _customer(session, customer_id)
    _check_loyalty(data)
    card = LoyaltyCard(customer_id=customer_id)
    _apply_loyalty(session, card, data)
    if price_cents > 0:
        create_sale(session, SaleDraft(
            customer_id=customer_id, staff_id=staff_id, payments=list(payments or []),
            lines=[LineDraft(kind=LineKind.CARD.value, unit_price_cents=int(price_cents),
                             discount_percent=Decimal(0), staff_id=staff_id,
                             description=str(Text(msg.LOYALTY_CARD_LINE,
                                                  number=card.number)))]))
    return card


def update_loyalty_card(session: Session, card_id: int, data: LoyaltyCardData) -> LoyaltyCard:
    permissions.require(permissions.CHARGE)
    card = get_or_not_found(session, LoyaltyCard, card_id, msg.LOYALTY_CARD_NOT_FOUND)
    _check_loyalty(data, card.used_cents)
    _apply_loyalty(session, card, data)
    return card


def get_loyalty_card(session: Session, card_id: int) -> LoyaltyCard:
    return get_or_not_found(session, LoyaltyCard, card_id, msg.LOYALTY_CARD_NOT_FOUND)


def cancel_loyalty_card(session: Session, card_id: int) -> None:
    permissions.require(permissions.CHARGE)
    get_loyalty_card(session, card_id).cancelled = True
    session.flush()


def list_loyalty_cards(session: Session, customer_id: int, today: dt.date | None = None
                       ) -> list[LoyaltyRow]:
    today = today or dt.date.today()
    rows = []
    for c in session.scalars(select(LoyaltyCard).where(LoyaltyCard.customer_id == customer_id)
                             .order_by(LoyaltyCard.purchased_on, LoyaltyCard.id)):
        # A card without stored value is a discount card: "used up" does not apply to it.
        left = c.remaining_cents if c.value_cents else 1
        rows.append(LoyaltyRow(c.id, c.number, c.purchased_on, c.description, c.value_cents,
                               c.used_cents, c.service_discount_percent,
                               c.product_discount_percent, c.expires_on,
                               status_of(c.cancelled, c.expires_on, left, today)))
    return rows


def count_credits(session: Session, customer_id: int) -> int:
    """Vouchers, prepaid cards and loyalty cards the customer holds (cancelled ones left out)."""
    total = 0
    for model in (Voucher, PrepaidCard, LoyaltyCard):
        total += session.scalar(select(func.count()).select_from(model).where(
            model.customer_id == customer_id, model.cancelled.is_(False))) or 0
    return total
