"""The salon's employees (therapists, stylists, receptionists) and rooms or stations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from salon_desk.models.base import Base, Timestamps


class Staff(Timestamps, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))  # shown name, e.g. "Laura"
    role: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    colour: Mapped[str] = mapped_column(String(9), default="#8e24aa")
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
    # Signing in (services.signin): the role that says what they may do, argon2 hashes of the
    # PIN and password (never the secrets), and the lock after repeated failures.
    access_role: Mapped[str] = mapped_column(String(20), default="reception")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    failed_signins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()


class Room(Base):
    """A room, cabin or station where services are given."""

    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
