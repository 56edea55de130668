"""The customer's history at a glance: visits, spending, favourite staff and services.

A visit is a day with a completed appointment or a sale (several on one day count once).
Everything here is a handful of aggregate queries, fast however long the history is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from salon_desk.models import Appointment, AppointmentStatus, Sale, SaleLine, Service, Staff
from salon_desk.services.schedule import appointments
from salon_desk.services.sales import debts
from salon_desk.services.sales import points


@dataclass
class VisitSummary:
    visits: int = 0
    first_visit: dt.datetime | None = None
    last_visit: dt.datetime | None = None
    sales: int = 0
    total_spent_cents: int = 0
    average_ticket_cents: int = 0
    top_staff: str = ""
    top_staff_visits: int = 0
    top_services: list[tuple[str, int]] = field(default_factory=list)
    no_shows: int = 0
    owed_cents: int = 0
    points: int = 0
    next_appointment: appointments.AppointmentRow | None = None


def _as_datetime(value) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def visit_summary(session: Session, customer_id: int) -> VisitSummary:
    done = AppointmentStatus.COMPLETED.value
    moments = union(
        select(Appointment.starts_at.label("at")).where(
            Appointment.customer_id == customer_id, Appointment.status == done),
        select(Sale.sold_at.label("at")).where(
            Sale.customer_id == customer_id, Sale.cancelled.is_(False)),
    ).subquery()
    visits, first, last = session.execute(
        select(func.count(func.distinct(func.date(moments.c.at))), func.min(moments.c.at),
               func.max(moments.c.at))).one()
    sales, spent = session.execute(
        select(func.count(), func.coalesce(func.sum(Sale.total_cents), 0)).where(
            Sale.customer_id == customer_id, Sale.cancelled.is_(False))).one()
    staff = session.execute(
        select(Staff.name, func.count().label("n"))
        .join(Appointment, Appointment.staff_id == Staff.id)
        .where(Appointment.customer_id == customer_id, Appointment.status == done)
        .group_by(Staff.id).order_by(func.count().desc(), Staff.name).limit(1)).first()
    if staff is None:  # sales without appointments: who did the lines
        staff = session.execute(
            select(Staff.name, func.count(func.distinct(SaleLine.sale_id)).label("n"))
            .join(SaleLine, SaleLine.staff_id == Staff.id)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.customer_id == customer_id, Sale.cancelled.is_(False))
            .group_by(Staff.id).order_by(func.count().desc(), Staff.name).limit(1)).first()
    top_services = [(name, n) for name, n in session.execute(
        select(Service.name, func.count().label("n"))
        .join(Appointment, Appointment.service_id == Service.id)
        .where(Appointment.customer_id == customer_id,
               Appointment.status != AppointmentStatus.CANCELLED.value)
        .group_by(Service.id).order_by(func.count().desc(), Service.name).limit(3))]
    no_shows = session.scalar(select(func.count()).select_from(Appointment).where(
        Appointment.customer_id == customer_id,
        Appointment.status == AppointmentStatus.NO_SHOW.value)) or 0
    return VisitSummary(
        visits=visits or 0, first_visit=_as_datetime(first), last_visit=_as_datetime(last),
        sales=sales, total_spent_cents=int(spent),
        average_ticket_cents=int(spent) // sales if sales else 0,
        top_staff=staff[0] if staff else "", top_staff_visits=staff[1] if staff else 0,
        top_services=top_services, no_shows=no_shows,
        owed_cents=debts.owed_cents(session, customer_id),
        points=points.balance(session, customer_id),
        next_appointment=appointments.next_appointment(session, customer_id),
    )
