"""Booking a budget's services as appointments: the budget is written in sales, the sessions
land in the diary."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from salon_desk.models import Appointment, Customer
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.services.sales import budgets
from salon_desk.services.schedule import appointments as appointment_service
from salon_desk.services.texts import Text


def to_appointments(session: Session, budget_id: int, first_start: dt.datetime,
                    staff_id: int | None, room_id: int | None = None, every_days: int = 7,
                    *, allow_customer_overlap: bool = False) -> list[int]:
    """Book the budget's services: one appointment per session (a line of quantity 3 books three),
    the first at ``first_start`` and each next one ``every_days`` later at the same time, at the
    budget's price for one unit. Any clash or a blocked customer refuses the whole booking;
    sessions over other appointments of the customer refuse it too (CustomerOverlap naming every
    one in the way), unless ``allow_customer_overlap`` books them on purpose."""
    budget = budgets.get_budget(session, budget_id)
    if every_days < 1:
        raise ValidationError({"every_days": Text(msg.DAYS_BETWEEN_SESSIONS)})
    services = [line for line in budget.lines if line.service_id is not None]
    if not services:
        raise SalonError(Text(msg.BUDGET_NO_SERVICES, code=budget.code))
    ids: list[int] = []
    overlaps: dict[int, appointment_service.Overlap] = {}  # by the appointment in the way
    start = first_start
    for line in services:
        unit = line.amount_cents // line.quantity
        for _ in range(line.quantity):
            # each session is checked once all are booked, so the refusal names them all
            appointment = appointment_service.book(session, appointment_service.AppointmentData(
                customer_id=budget.customer_id, service_id=line.service_id, staff_id=staff_id,
                room_id=room_id, starts_at=start, price_cents=unit, budget_id=budget.id,
                notes=f"Budget {budget.code}"), allow_customer_overlap=True)
            ids.append(appointment.id)
            start = start + dt.timedelta(days=every_days)
    if not allow_customer_overlap and budget.customer_id:
        for appointment_id in ids:
            appointment = session.get(Appointment, appointment_id)
            for o in appointment_service.customer_overlaps(
                    session, budget.customer_id, appointment.starts_at,
                    appointment.duration_minutes, appointment_id):
                if o.appointment_id not in ids:
                    overlaps.setdefault(o.appointment_id, o)
        if overlaps:
            raise appointment_service.overlap_refusal(
                session.get(Customer, budget.customer_id),
                sorted(overlaps.values(), key=lambda o: (o.starts_at, o.appointment_id)))
    budget.status = budgets.ACCEPTED
    session.flush()
    return ids
