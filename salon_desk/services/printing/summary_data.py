"""What the record summary prints, gathered into plain data before any layout."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salon_desk.models import (
    Appointment,
    Customer,
    Debt,
    LoyaltyCard,
    Note,
    PointsEntry,
    PrepaidCard,
    Sale,
    SaleLine,
    Staff,
    Voucher,
)
from salon_desk.models.customers import Channel, ConsentCategory
from salon_desk.services.sales import budgets as budget_service
from salon_desk.services import settings
from salon_desk.services.care import documents
from salon_desk.services.care import patch_tests
from salon_desk.services.customers.views import badge_name
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.phones import format_phone
from salon_desk.services.printing import common
from salon_desk.services.printing.appointments import UpcomingAppointment, upcoming_appointments
from salon_desk.services.printing.common import _

NOTE_MAX_CHARS = 1500  # a longer note is cut: the summary is a summary
POINTS_ROWS = 15


@dataclass
class Badge:
    name: str
    colour: str


@dataclass
class DebtRow:
    incurred_at: dt.datetime
    description: str
    initial_cents: int
    remaining_cents: int


@dataclass
class SaleRow:
    sold_at: dt.datetime
    number: str
    items: str
    staff: str  # who did the services (not who charged)
    total_cents: int
    paid_cents: int
    cancelled: bool


@dataclass
class CreditRow:
    kind: str  # voucher, prepaid, loyalty
    name: str
    remaining_cents: int = 0
    sessions_left: int = 0
    sessions_bought: int = 0
    expires_on: dt.date | None = None
    discounts: list[tuple[str, Decimal]] = field(default_factory=list)


@dataclass
class PointsRow:
    at: dt.datetime
    action: str
    points: int
    balance: int
    reason: str


@dataclass
class NoteRow:
    at: dt.datetime
    author: str
    pinned: bool
    colour: bool
    text: str
    formula: str = ""


@dataclass
class PatchTestRow:
    tested_on: dt.date
    tested: str
    staff: str
    result: str  # pass, fail, pending
    valid_until: dt.date | None
    expired: bool


@dataclass
class DocumentRow:
    document_date: dt.date
    title: str
    kind: str  # image, pdf, text, sheet, video, audio, file
    original_name: str


@dataclass
class SummaryData:
    customer_id: int
    name: str
    photo: bytes | None
    contact: list[tuple[str, str]]
    facts: list[tuple[str, object]]  # value: text, date, datetime or Decimal percent
    badges: list[Badge]
    allergies: str
    blocked_reason: str | None
    customer_notes: str
    consents: dict[tuple[str, str], tuple[bool, dt.datetime]]
    privacy_accepted_at: dt.datetime | None
    debts: list[DebtRow] = field(default_factory=list)
    appointments: list[UpcomingAppointment] = field(default_factory=list)
    sales: list[SaleRow] = field(default_factory=list)
    sales_total_count: int = 0
    credits: list[CreditRow] = field(default_factory=list)
    points_balance: int = 0
    point_value_cents: int = 0
    points: list[PointsRow] = field(default_factory=list)
    notes: list[NoteRow] = field(default_factory=list)
    patch_tests: list[PatchTestRow] = field(default_factory=list)
    budgets: list[budget_service.BudgetRow] = field(default_factory=list)  # newest first
    budgets_open_cents: int = 0
    documents: list[DocumentRow] = field(default_factory=list)


FORMULA_LABELS = (("brand", "Brand"), ("line", "Line"), ("developer", "Developer"),
                  ("developer_volume", "Developer"), ("ratio", "Mixing ratio"),
                  ("mixing_ratio", "Mixing ratio"), ("processing_minutes", "Processing (min)"),
                  ("starting_level", "Starting level"), ("target_level", "Target level"),
                  ("result", "Result"))


def formula_text(formula: dict | None) -> str:
    """A colour formula in one readable line: "Lumina · 7.1 30 g + 8.0 20 g · Developer 20 vol"."""
    if not formula:
        return ""
    parts: list[str] = []
    shades = formula.get("shades") or []
    if isinstance(shades, list) and shades:
        parts.append(" + ".join(
            f"{s.get('shade', '')} {s.get('grams', '')} g".strip() if isinstance(s, dict)
            else str(s) for s in shades))
    shown = {"shades"}
    for key, label in FORMULA_LABELS:
        value = formula.get(key)
        if value not in (None, "", []):
            parts.append(f"{_(label)} {value}")
            shown.add(key)
    for key, value in formula.items():
        if key not in shown and value not in (None, "", [], {}):
            parts.append(f"{key.replace('_', ' ').capitalize()} {value}")
    return " · ".join(parts)


def _clip(text: str, limit: int = NOTE_MAX_CHARS) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def summary_data(session: Session, customer_id: int, sales_limit: int | None = None,
                 notes_limit: int | None = None) -> SummaryData:
    customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    data = _customer_part(session, customer)
    _load_debts(session, data)
    data.appointments = upcoming_appointments(session, customer_id)
    _load_sales(session, data, sales_limit)
    _load_credits(session, data)
    _load_points(session, data)
    _load_notes(session, data, notes_limit)
    _load_care(session, data)
    return data


def _customer_part(session: Session, customer: Customer) -> SummaryData:
    """The record's own fields: contact, facts, badges, allergies, consents."""
    address = ", ".join(p for p in (customer.street, " ".join(
        p for p in (customer.postcode, customer.city) if p), customer.region) if p)
    contact = [(label, value) for label, value in (
        (_("Mobile"), format_phone(customer.mobile)), (_("Phone"), format_phone(customer.phone)),
        (_("Email"), customer.email or ""), (_("Address"), address)) if value]
    return SummaryData(
        customer_id=customer.id, name=customer.full_name,
        photo=customer.media.photo if customer.media else None, contact=contact,
        facts=_facts(session, customer),
        badges=[Badge(common.message(badge_name(b.key, b.name)), b.colour)
                for b in customer.badges],
        allergies=customer.allergies or "",
        blocked_reason=(customer.blocked_reason or "Blocked") if customer.blocked else None,
        customer_notes=_clip(customer.notes or ""),
        consents={(c.category, c.channel): (c.granted, c.changed_at) for c in customer.consents},
        privacy_accepted_at=customer.privacy_accepted_at)


def _facts(session: Session, customer: Customer) -> list[tuple[str, object]]:
    """The (label, value) facts the customer has."""
    preferred = session.get(Staff, customer.preferred_staff_id) \
        if customer.preferred_staff_id else None
    birthday = customer.birth_date or (
        f"{customer.birth_day:02d}/{customer.birth_month:02d}"
        if customer.birth_day and customer.birth_month else None)
    facts = [(_("Customer no."), str(customer.id)),
             (_("Customer since"), customer.customer_since),
             (_("Last visit"), customer.last_visit_at), (_("Birthday"), birthday),
             (_("Category"), customer.category.name if customer.category else None),
             (_("Preferred staff"), preferred.name if preferred else None),
             (_("Discount"), customer.discount_percent or None)]
    return [(k, v) for k, v in facts if v]


def _load_debts(session: Session, data: SummaryData) -> None:
    data.debts = [DebtRow(d.incurred_at, common.item_name(d.description), d.initial_cents,
                          d.remaining_cents)
                  for d in session.scalars(select(Debt).where(
                      Debt.customer_id == data.customer_id, Debt.remaining_cents > 0)
                      .order_by(Debt.incurred_at, Debt.id))]


def _load_points(session: Session, data: SummaryData) -> None:
    data.point_value_cents = settings.get(session, settings.POINT_VALUE_CENTS)
    entries = list(session.execute(
        select(PointsEntry.at, PointsEntry.action, PointsEntry.points, PointsEntry.balance,
               PointsEntry.reason).where(PointsEntry.customer_id == data.customer_id)
        .order_by(PointsEntry.at.desc(), PointsEntry.id.desc()).limit(POINTS_ROWS)))
    data.points = [PointsRow(*row[:-1], common.item_name(row[-1])) for row in entries]
    data.points_balance = entries[0].balance if entries else 0


def _load_notes(session: Session, data: SummaryData, limit: int | None) -> None:
    notes = select(Note).where(Note.customer_id == data.customer_id).order_by(
        Note.pinned.desc(), Note.created_at.desc(), Note.id.desc())
    if limit:
        notes = notes.limit(limit)
    data.notes = [NoteRow(n.created_at, n.author.name if n.author else "", n.pinned,
                          n.note_type == "colour", _clip(n.text), formula_text(n.formula))
                  for n in session.scalars(notes).unique()]


def _load_care(session: Session, data: SummaryData) -> None:
    """Patch tests, budgets and documents."""
    customer_id = data.customer_id
    data.patch_tests = [PatchTestRow(t.tested_on, t.tested, t.staff_name, t.result,
                                     t.valid_until, t.status == "Expired")
                        for t in patch_tests.list_patch_tests(session, customer_id)]
    data.budgets = list(reversed(budget_service.list_budgets(session, customer_id)))
    data.budgets_open_cents = budget_service.budget_totals(session, customer_id).open_cents
    data.documents = [DocumentRow(d.document_date, d.title, d.kind, d.original_name)
                      for d in documents.list_documents(session, customer_id)]

def _load_sales(session: Session, data: SummaryData, limit: int | None) -> None:
    query = (select(Sale.id, Sale.sold_at, Sale.ticket_number, Sale.total_cents,
                    Sale.paid_cents, Sale.cancelled)
             .where(Sale.customer_id == data.customer_id)
             .order_by(Sale.sold_at.desc(), Sale.id.desc()))
    if limit:
        query = query.limit(limit)
    rows = list(session.execute(query))
    lines: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    if rows:
        # who did each line: the line's staff, else its appointment's; never the cashier
        line_staff, appointment_staff = aliased(Staff), aliased(Staff)
        ids = select(Sale.id).where(Sale.customer_id == data.customer_id)
        for sale_id, description, quantity, kind, staff in session.execute(
                select(SaleLine.sale_id, SaleLine.description, SaleLine.quantity, SaleLine.kind,
                       func.coalesce(line_staff.name, appointment_staff.name, ""))
                .outerjoin(line_staff, line_staff.id == SaleLine.staff_id)
                .outerjoin(Appointment, Appointment.id == SaleLine.appointment_id)
                .outerjoin(appointment_staff, appointment_staff.id == Appointment.staff_id)
                .where(SaleLine.sale_id.in_(ids)).order_by(SaleLine.sale_id,
                                                          SaleLine.position)):
            description = common.item_name(description)
            text = f"{quantity} × {description}" if quantity > 1 else description
            lines[sale_id].append((text, staff, kind == "service"))
    data.sales = []
    for sid, at, number, total, paid, cancelled in rows:
        items, staff = _items_and_staff(lines.get(sid, []))
        data.sales.append(SaleRow(at, number, items, staff, total, paid, cancelled))
    data.sales_total_count = session.scalar(
        select(func.count()).select_from(Sale).where(Sale.customer_id == data.customer_id)) or 0


def _items_and_staff(lines: list[tuple[str, str, bool]]) -> tuple[str, str]:
    """A sale's items in one line, and who did its services (who sold, without services).
    With more than one person, each item names its own: "Colour (Marta), Cut (Javier)"."""
    doers = [staff for _text, staff, service in lines if service and staff] or [
        staff for _text, staff, _service in lines if staff]
    names = list(dict.fromkeys(doers))
    if len(names) > 1:
        items = ", ".join(f"{text} ({staff})" if staff else text for text, staff, _s in lines)
    else:
        items = ", ".join(text for text, _staff, _s in lines)
    return items, ", ".join(names)


def _load_credits(session: Session, data: SummaryData) -> None:
    cid = data.customer_id
    for v in session.scalars(select(Voucher).where(
            Voucher.customer_id == cid, Voucher.cancelled.is_(False))
            .order_by(Voucher.purchased_on, Voucher.id)):
        if v.sessions_left > 0:
            data.credits.append(CreditRow(
                "voucher", v.name, sessions_left=v.sessions_left,
                sessions_bought=v.sessions_bought, expires_on=v.expires_on))
    for c in session.scalars(select(PrepaidCard).where(
            PrepaidCard.customer_id == cid, PrepaidCard.cancelled.is_(False))
            .order_by(PrepaidCard.purchased_on, PrepaidCard.id)):
        if c.remaining_cents > 0:
            data.credits.append(CreditRow("prepaid", c.card_type.name, c.remaining_cents,
                                          expires_on=c.expires_on))
    for card in session.scalars(select(LoyaltyCard).where(
            LoyaltyCard.customer_id == cid, LoyaltyCard.cancelled.is_(False))
            .order_by(LoyaltyCard.purchased_on, LoyaltyCard.id)):
        discounts = []
        if card.service_discount_percent:
            discounts.append(("services", card.service_discount_percent))
        if card.product_discount_percent:
            discounts.append(("products", card.product_discount_percent))
        name = card.number + (f" · {card.description}" if card.description else "")
        data.credits.append(CreditRow("loyalty", name, card.remaining_cents,
                                      expires_on=card.expires_on, discounts=discounts))


CONSENT_ROWS = [c.value for c in ConsentCategory]
CONSENT_COLUMNS = [c.value for c in Channel]
