"""Appointments: booking with clash checks, status changes, the customer's list, the day schedule,
and completing an appointment into a sale to charge.

A staff member or a room holds one appointment at a time; cancelled appointments and no-shows
free their slot. A customer is in one place at a time too: overlapping appointments of one
customer are refused (CustomerOverlap) unless the caller allows them on purpose with
``allow_customer_overlap=True`` (two services at once with two staff members). Times are stored
in UTC; a naive datetime given here is local wall-clock time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from salon_desk.models import (
    Appointment,
    AppointmentStatus,
    Customer,
    LineKind,
    Room,
    Sale,
    Service,
    Staff,
    utcnow,
)
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services import settings
from salon_desk.services.errors import (
    CustomerBlocked,
    CustomerOverlap,
    ScheduleClash,
    ValidationError,
    get_or_not_found,
)
from salon_desk.services.amounts import checked_cents
from salon_desk.services.sales.points import local_midnight
from salon_desk.services.sales.selling import LineDraft, SaleDraft
from salon_desk.services.texts import Text

STATUSES = [s.value for s in AppointmentStatus]
STATUS_LABELS = {"pending": "Pending", "confirmed": "Confirmed", "completed": "Completed",
                 "cancelled": "Cancelled", "no_show": "No-show"}
# Statuses that hold their slot in the schedule.
HOLDING = (AppointmentStatus.PENDING.value, AppointmentStatus.CONFIRMED.value,
           AppointmentStatus.COMPLETED.value)
LONGEST_MINUTES = 12 * 60  # no appointment lasts longer: bounds the clash search


@dataclass
class AppointmentData:
    customer_id: int | None
    service_id: int | None
    staff_id: int | None
    starts_at: dt.datetime
    room_id: int | None = None
    duration_minutes: int | None = None  # None: the service's duration
    price_cents: int | None = None  # None: the service's price
    status: str = AppointmentStatus.PENDING.value
    notes: str = ""
    budget_id: int | None = None


@dataclass
class AppointmentRow:
    id: int
    starts_at: dt.datetime
    duration_minutes: int
    service_id: int | None
    service_name: str
    staff_name: str
    room_name: str
    status: str
    price_cents: int
    notes: str
    sale_id: int | None
    ticket_number: str | None

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


def _aware(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is None else value


def _when(start: dt.datetime, end: dt.datetime) -> dict[str, object]:
    """The day and the local times of a period, as values of a message."""
    a, b = start.astimezone(), end.astimezone()
    return {"day": a.date(), "start": a.time(), "end": b.time()}


def find_clash(session: Session, staff_id: int | None, room_id: int | None, start: dt.datetime,
               minutes: int, exclude_id: int | None = None) -> Appointment | None:
    """The first holding appointment of this staff member or room overlapping the period."""
    if staff_id is None and room_id is None:
        return None
    start = _aware(start)
    end = start + dt.timedelta(minutes=minutes)
    for holder, value in ((Appointment.staff_id, staff_id), (Appointment.room_id, room_id)):
        if value is None:
            continue
        stmt = (select(Appointment).where(
            holder == value, Appointment.status.in_(HOLDING),
            Appointment.starts_at < end,
            Appointment.starts_at > start - dt.timedelta(minutes=LONGEST_MINUTES))
            .order_by(Appointment.starts_at))
        if exclude_id is not None:
            stmt = stmt.where(Appointment.id != exclude_id)
        for other in session.scalars(stmt):
            if other.ends_at > start:
                return other
    return None


def clash_message(session: Session, other: Appointment, staff_id: int | None) -> Text:
    """The refusal naming the appointment in the way; its customer by name only for someone
    who may see the schedule (where the name shows anyway)."""
    customer = (session.get(Customer, other.customer_id)
                if other.customer_id and permissions.may(permissions.SEE_SCHEDULE) else None)
    who = customer.full_name if customer else Text(msg.ANOTHER_CUSTOMER)
    what = other.service.name if other.service else Text(msg.AN_APPOINTMENT)
    when = _when(other.starts_at, other.ends_at)
    if staff_id is not None and other.staff_id == staff_id:
        name = other.staff.name if other.staff else Text(msg.THE_STAFF_MEMBER)
        return Text(msg.STAFF_TAKEN, staff=name, what=what, who=who, **when)
    room = other.room.name if other.room else Text(msg.THE_ROOM)
    return Text(msg.ROOM_TAKEN, room=room, what=what, who=who, **when)


@dataclass
class Overlap:
    """One of the customer's appointments in the way of another (plain data for messages)."""

    appointment_id: int
    starts_at: dt.datetime  # local, aware
    ends_at: dt.datetime
    service_name: str
    staff_name: str


def customer_overlaps(session: Session, customer_id: int | None, start: dt.datetime,
                      minutes: int, exclude_id: int | None = None) -> list[Overlap]:
    """The customer's holding appointments (not cancelled, not a no-show) overlapping the
    period, in time order."""
    if not customer_id:
        return []
    start = _aware(start)
    end = start + dt.timedelta(minutes=minutes)
    stmt = (select(Appointment).where(
        Appointment.customer_id == customer_id, Appointment.status.in_(HOLDING),
        Appointment.starts_at < end,
        Appointment.starts_at > start - dt.timedelta(minutes=LONGEST_MINUTES))
        .order_by(Appointment.starts_at, Appointment.id))
    if exclude_id is not None:
        stmt = stmt.where(Appointment.id != exclude_id)
    return [Overlap(a.id, a.starts_at.astimezone(), a.ends_at.astimezone(),
                    a.service.name if a.service else "", a.staff.name if a.staff else "")
            for a in session.scalars(stmt) if a.ends_at > start]


def overlap_refusal(customer: Customer, overlaps: list[Overlap]) -> CustomerOverlap:
    """The refusal naming the customer's appointments in the way (day, times, staff)."""
    what = Text.joined(
        Text(msg.OVERLAP_ITEM_STAFF, what=o.service_name or Text(msg.AN_APPOINTMENT),
             staff=o.staff_name, **_when(o.starts_at, o.ends_at)) if o.staff_name
        else Text(msg.OVERLAP_ITEM, what=o.service_name or Text(msg.AN_APPOINTMENT),
                  **_when(o.starts_at, o.ends_at))
        for o in overlaps)
    return CustomerOverlap(Text(msg.CUSTOMER_OVERLAP, name=customer.full_name, what=what),
                           customer.full_name, overlaps)


def _refuse_customer_overlap(session: Session, customer: Customer | None, start: dt.datetime,
                             minutes: int, exclude_id: int | None) -> None:
    if customer is None:
        return
    overlaps = customer_overlaps(session, customer.id, start, minutes, exclude_id)
    if overlaps:
        raise overlap_refusal(customer, overlaps)


def _check(session: Session, data: AppointmentData, exclude_id: int | None = None,
           allow_customer_overlap: bool = False) -> tuple[Service | None, int, int]:
    if data.status not in STATUSES:
        raise ValidationError({"status": Text(msg.UNKNOWN_STATUS, status=data.status)})
    customer = (get_or_not_found(session, Customer, data.customer_id, msg.CUSTOMER_NOT_FOUND)
                if data.customer_id else None)
    if customer is not None and customer.blocked:
        raise CustomerBlocked(
            Text(msg.BLOCKED_BECAUSE, name=customer.full_name, reason=customer.blocked_reason)
            if customer.blocked_reason else Text(msg.BLOCKED, name=customer.full_name))
    service = (get_or_not_found(session, Service, data.service_id, msg.SERVICE_NOT_FOUND)
               if data.service_id else None)
    if data.staff_id:
        get_or_not_found(session, Staff, data.staff_id, msg.STAFF_NOT_FOUND)
    if data.room_id:
        get_or_not_found(session, Room, data.room_id, msg.ROOM_NOT_FOUND)
    minutes = int(data.duration_minutes if data.duration_minutes is not None
                  else (service.duration_minutes if service else 30))
    if not 5 <= minutes <= LONGEST_MINUTES:
        raise ValidationError({"duration": Text(msg.DURATION_RANGE)})
    price = (checked_cents(data.price_cents, "price") if data.price_cents is not None
             else int(service.price_cents if service else 0))
    if price < 0:
        raise ValidationError({"price": Text(msg.PRICE_NEGATIVE)})
    if data.status in HOLDING:
        other = find_clash(session, data.staff_id, data.room_id, data.starts_at, minutes,
                           exclude_id)
        if other is not None:
            raise ScheduleClash(clash_message(session, other, data.staff_id))
        if not allow_customer_overlap:
            _refuse_customer_overlap(session, customer, data.starts_at, minutes, exclude_id)
    return service, minutes, price


# The database's own guard (migration 0011): PostgreSQL's exclusion constraints and SQLite's
# triggers name themselves with this marker.
SLOT_TAKEN_MARK = "slot_taken"


@contextmanager
def _holding_slot(session: Session, staff_id: int | None, room_id: int | None,
                  start: dt.datetime, minutes: int, exclude_id: int | None) -> Iterator[None]:
    """Write the appointment changed inside the block, refusing it with ScheduleClash when the
    database finds the slot taken: another desk booked it after this transaction's check and
    before its write (on PostgreSQL, whose readers do not wait for writers), or a writer
    skipped the check. The block runs under a savepoint (begun before any change, which it
    would flush), so that after a refusal the appointment in the way can be named."""
    try:
        with session.begin_nested():
            yield
            session.flush()
    except IntegrityError as exc:
        if SLOT_TAKEN_MARK not in str(exc.orig):
            raise
        other = find_clash(session, staff_id, room_id, start, minutes, exclude_id)
        raise ScheduleClash(clash_message(session, other, staff_id)
                            if other is not None else Text(msg.SLOT_TAKEN)) from None


def book(session: Session, data: AppointmentData, *, allow_customer_overlap: bool = False
         ) -> Appointment:
    """Book an appointment; CustomerBlocked for a blocked customer, ScheduleClash when the staff
    member or the room is taken, CustomerOverlap when the customer has another appointment at
    that time (unless ``allow_customer_overlap``)."""
    permissions.require(permissions.BOOK)
    _service, minutes, price = _check(session, data,
                                      allow_customer_overlap=allow_customer_overlap)
    appointment = Appointment(
        customer_id=data.customer_id, service_id=data.service_id, staff_id=data.staff_id,
        room_id=data.room_id, starts_at=_aware(data.starts_at), duration_minutes=minutes,
        status=data.status, price_cents=price, notes=data.notes.strip(),
        budget_id=data.budget_id)
    with _holding_slot(session, data.staff_id, data.room_id, appointment.starts_at, minutes,
                       None):
        session.add(appointment)
    return appointment


def get_appointment(session: Session, appointment_id: int) -> Appointment:
    return get_or_not_found(session, Appointment, appointment_id, msg.APPOINTMENT_NOT_FOUND)


def appointment_data(session: Session, appointment_id: int) -> AppointmentData:
    """The appointment as the booking form edits it."""
    a = get_appointment(session, appointment_id)
    return AppointmentData(customer_id=a.customer_id, service_id=a.service_id,
                           staff_id=a.staff_id, starts_at=a.starts_at, room_id=a.room_id,
                           duration_minutes=a.duration_minutes, price_cents=a.price_cents,
                           status=a.status, notes=a.notes, budget_id=a.budget_id)


def update_appointment(session: Session, appointment_id: int, data: AppointmentData, *,
                       allow_customer_overlap: bool = False) -> Appointment:
    """Change or move an appointment, with the same checks as booking it."""
    permissions.require(permissions.BOOK)
    appointment = get_appointment(session, appointment_id)
    _service, minutes, price = _check(session, data, exclude_id=appointment_id,
                                      allow_customer_overlap=allow_customer_overlap)
    with _holding_slot(session, data.staff_id, data.room_id, _aware(data.starts_at), minutes,
                       appointment_id):
        appointment.customer_id = data.customer_id
        appointment.service_id = data.service_id
        appointment.staff_id = data.staff_id
        appointment.room_id = data.room_id
        appointment.starts_at = _aware(data.starts_at)
        appointment.duration_minutes = minutes
        appointment.price_cents = price
        appointment.status = data.status
        appointment.notes = data.notes.strip()
    return appointment


def set_status(session: Session, appointment_id: int, status: str, *,
               allow_customer_overlap: bool = False) -> Appointment:
    """Change the status; going back to a holding status checks the slot (and the customer's
    other appointments) again."""
    permissions.require(permissions.BOOK)
    appointment = get_appointment(session, appointment_id)
    if status not in STATUSES:
        raise ValidationError({"status": Text(msg.UNKNOWN_STATUS, status=status)})
    if status in HOLDING and appointment.status not in HOLDING:
        other = find_clash(session, appointment.staff_id, appointment.room_id,
                           appointment.starts_at, appointment.duration_minutes, appointment.id)
        if other is not None:
            raise ScheduleClash(clash_message(session, other, appointment.staff_id))
        if not allow_customer_overlap and appointment.customer_id:
            _refuse_customer_overlap(session, session.get(Customer, appointment.customer_id),
                                     appointment.starts_at, appointment.duration_minutes,
                                     appointment.id)
    with _holding_slot(session, appointment.staff_id, appointment.room_id,
                       appointment.starts_at, appointment.duration_minutes, appointment.id):
        appointment.status = status
    return appointment


def charge_draft(session: Session, appointment_ids: list[int]) -> SaleDraft:
    """A sale ready to charge these appointments of one customer (one service line each)."""
    appointments = [get_appointment(session, i) for i in appointment_ids]
    if not appointments:
        raise ValidationError({"appointments": Text(msg.CHOOSE_APPOINTMENT)})
    customers = {a.customer_id for a in appointments}
    if len(customers) != 1:
        raise ValidationError({"appointments": Text(msg.ONE_CUSTOMER_AT_A_TIME)})
    for a in appointments:
        if a.sale_id is not None:
            ticket = session.get(Sale, a.sale_id)
            raise ValidationError({"appointments": Text(msg.ALREADY_CHARGED,
                                                        ticket=ticket.ticket_number)})
        if a.service_id is None:
            raise ValidationError({"appointments": Text(msg.NO_SERVICE_TO_CHARGE)})
    return SaleDraft(customer_id=customers.pop(), lines=[
        LineDraft(kind=LineKind.SERVICE.value, item_id=a.service_id, quantity=1,
                  unit_price_cents=a.price_cents, staff_id=a.staff_id, appointment_id=a.id)
        for a in appointments])


def complete(session: Session, appointment_id: int) -> SaleDraft | None:
    """Mark the appointment completed; returns the sale to charge it (None if already charged)."""
    appointment = set_status(session, appointment_id, AppointmentStatus.COMPLETED.value)
    if appointment.sale_id is not None or appointment.service_id is None:
        return None
    return charge_draft(session, [appointment_id])


def _rows_query():
    return (
        select(Appointment.id, Appointment.starts_at, Appointment.duration_minutes,
               Appointment.service_id, func.coalesce(Service.name, ""),
               func.coalesce(Staff.name, ""), func.coalesce(Room.name, ""), Appointment.status,
               Appointment.price_cents, Appointment.notes, Appointment.sale_id,
               Sale.ticket_number)
        .outerjoin(Service, Service.id == Appointment.service_id)
        .outerjoin(Staff, Staff.id == Appointment.staff_id)
        .outerjoin(Room, Room.id == Appointment.room_id)
        .outerjoin(Sale, Sale.id == Appointment.sale_id)
    )


def list_appointments(
    session: Session, customer_id: int, upcoming: bool | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None,
    service_id: int | None = None, now: dt.datetime | None = None,
) -> list[AppointmentRow]:
    """The customer's appointments in chronological order.

    ``upcoming``: True for those starting from now on, False for those before now, None for all.
    ``date_from``/``date_to`` are local days, both included.
    """
    now = now or utcnow()
    stmt = _rows_query().where(Appointment.customer_id == customer_id)
    if upcoming is True:
        stmt = stmt.where(Appointment.starts_at >= now)
    elif upcoming is False:
        stmt = stmt.where(Appointment.starts_at < now)
    if date_from is not None:
        stmt = stmt.where(Appointment.starts_at >= local_midnight(date_from))
    if date_to is not None:
        stmt = stmt.where(Appointment.starts_at < local_midnight(date_to + dt.timedelta(days=1)))
    if service_id is not None:
        stmt = stmt.where(Appointment.service_id == service_id)
    stmt = stmt.order_by(Appointment.starts_at, Appointment.id)
    return [AppointmentRow(*r) for r in session.execute(stmt)]


def next_appointment(session: Session, customer_id: int) -> AppointmentRow | None:
    row = session.execute(_rows_query().where(
        Appointment.customer_id == customer_id, Appointment.starts_at >= utcnow(),
        Appointment.status.in_((AppointmentStatus.PENDING.value,
                                AppointmentStatus.CONFIRMED.value)))
        .order_by(Appointment.starts_at).limit(1)).first()
    return AppointmentRow(*row) if row else None


# --- The day schedule -------------------------------------------------------------------------

@dataclass
class ScheduleColumn:
    staff_id: int
    name: str
    colour: str


@dataclass
class ScheduleItem:
    id: int
    staff_id: int | None
    room_id: int | None
    room_name: str
    starts_at: dt.datetime  # local, aware
    minutes: int
    customer_id: int | None
    customer_name: str
    service_name: str
    colour: str  # the service type's colour
    status: str


@dataclass
class DaySchedule:
    day: dt.date
    opening: dt.time
    closing: dt.time
    slot_minutes: int
    columns: list[ScheduleColumn]
    items: list[ScheduleItem]

    def slots(self) -> list[dt.datetime]:
        """The local start times of every slot within the opening hours."""
        start = dt.datetime.combine(self.day, self.opening).astimezone()
        end = dt.datetime.combine(self.day, self.closing).astimezone()
        out, t = [], start
        while t < end:
            out.append(t)
            t += dt.timedelta(minutes=self.slot_minutes)
        return out


def _parse_time(text: str, fallback: dt.time) -> dt.time:
    try:
        return dt.time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return fallback


def opening_hours(session: Session) -> tuple[dt.time, dt.time, int]:
    opening = _parse_time(settings.get(session, settings.OPENING_TIME), dt.time(9))
    closing = _parse_time(settings.get(session, settings.CLOSING_TIME), dt.time(20))
    slot = max(5, int(settings.get(session, settings.SLOT_MINUTES) or 15))
    if closing <= opening:
        opening, closing = dt.time(9), dt.time(20)
    return opening, closing, slot


def day_schedule(session: Session, day: dt.date) -> DaySchedule:
    """Staff columns and the day's appointments (cancelled ones left out) for the day view."""
    permissions.require(permissions.SEE_SCHEDULE)
    from salon_desk.models import ServiceType

    opening, closing, slot = opening_hours(session)
    columns = [ScheduleColumn(s.id, s.name, s.colour) for s in session.scalars(
        select(Staff).where(Staff.active.is_(True)).order_by(Staff.position, Staff.name))]
    start = local_midnight(day)
    end = local_midnight(day + dt.timedelta(days=1))
    customer_name = func.trim(func.coalesce(Customer.first_name, "") + " "
                              + func.coalesce(Customer.last_name, ""))
    rows = session.execute(
        select(Appointment.id, Appointment.staff_id, Appointment.room_id,
               func.coalesce(Room.name, ""), Appointment.starts_at, Appointment.duration_minutes,
               Appointment.customer_id, func.coalesce(customer_name, ""),
               func.coalesce(Service.name, ""), func.coalesce(ServiceType.colour, "#90a4ae"),
               Appointment.status)
        .outerjoin(Customer, Customer.id == Appointment.customer_id)
        .outerjoin(Service, Service.id == Appointment.service_id)
        .outerjoin(ServiceType, ServiceType.id == Service.service_type_id)
        .outerjoin(Room, Room.id == Appointment.room_id)
        .where(Appointment.starts_at >= start, Appointment.starts_at < end,
               Appointment.status != AppointmentStatus.CANCELLED.value)
        .order_by(Appointment.starts_at))
    items = []
    for r in rows:
        items.append(ScheduleItem(r[0], r[1], r[2], r[3], r[4].astimezone(), *r[5:]))
    return DaySchedule(day, opening, closing, slot, columns, items)
