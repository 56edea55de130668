"""Appointments in the schedule."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, references
from salon_desk.models.catalog import Service
from salon_desk.models.staff import Room, Staff


class AppointmentStatus(enum.StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


# "Booked", wherever Salon Desk counts or finds what customers booked: an appointment that was not
# cancelled. A no-show was booked but is not a visit (a visit is a completed appointment).
BOOKED_STATUSES = (AppointmentStatus.PENDING.value, AppointmentStatus.CONFIRMED.value,
                   AppointmentStatus.COMPLETED.value, AppointmentStatus.NO_SHOW.value)
# "Active": booked and not yet happened or missed (pending or confirmed).
ACTIVE_STATUSES = (AppointmentStatus.PENDING.value, AppointmentStatus.CONFIRMED.value)


class Appointment(Timestamps, Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE")
    service_id: Mapped[int | None] = references("services", on_delete="SET NULL")
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    room_id: Mapped[int | None] = references("rooms", on_delete="SET NULL")
    starts_at: Mapped[dt.datetime]  # UTC
    duration_minutes: Mapped[int] = mapped_column(default=30)
    status: Mapped[str] = mapped_column(String(12), default=AppointmentStatus.PENDING.value)
    price_cents: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The sale that charged this appointment, once completed and charged.
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")
    budget_id: Mapped[int | None] = references("budgets", on_delete="SET NULL")

    service: Mapped[Service | None] = relationship(lazy="joined")
    staff: Mapped[Staff | None] = relationship(lazy="joined")
    room: Mapped[Room | None] = relationship(lazy="joined")

    __table_args__ = (
        Index("ix_appointments_customer_start", "customer_id", "starts_at"),
        Index("ix_appointments_staff_start", "staff_id", "starts_at"),
        Index("ix_appointments_start", "starts_at"),
        # Bookings and visits by status over a time range (segments), read from the index alone.
        Index("ix_appointments_status_start", "status", "starts_at", "customer_id"),
        # Who booked a service (segments), read from the index alone.
        Index("ix_appointments_service_status", "service_id", "status", "customer_id"),
        # Each customer's days of completed appointments in order, read from the index alone:
        # services.care.insights merges them with the sales' days without sorting.
        Index("ix_appointments_visit_day", "status", "customer_id", text("date(starts_at)"),
              "starts_at"),
    )

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)
