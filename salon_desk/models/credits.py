"""What a customer holds: session vouchers, prepaid discount cards, loyalty cards and points."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, references, utcnow
from salon_desk.models.catalog import Service


class Voucher(Timestamps, Base):
    """Credit for a number of sessions (e.g. "10 laser sessions")."""

    __tablename__ = "vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    name: Mapped[str] = mapped_column(String(120))
    service_id: Mapped[int | None] = references("services", on_delete="SET NULL")
    purchased_on: Mapped[dt.date]
    expires_on: Mapped[dt.date | None]
    sessions_bought: Mapped[int]
    sessions_used: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(default=False)
    cancelled_at: Mapped[dt.datetime | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")

    service: Mapped[Service | None] = relationship()

    @property
    def sessions_left(self) -> int:
        return self.sessions_bought - self.sessions_used


class VoucherUse(Base):
    """A session of a voucher used without a sale (given without charging anything).

    A session paid for in a sale is that sale's voucher payment; together they are the
    voucher's history of sessions.
    """

    __tablename__ = "voucher_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = references("vouchers", on_delete="CASCADE", index=True)
    used_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    service_id: Mapped[int | None] = references("services", on_delete="SET NULL")
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    note: Mapped[str] = mapped_column(Text, default="")


prepaid_type_services = Table(
    "prepaid_type_services",
    Base.metadata,
    Column("type_id", ForeignKey("prepaid_card_types.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("services.id", ondelete="CASCADE"), primary_key=True),
)


class PrepaidCardType(Base):
    """E.g. "Member C": value 4,000, sold for 3,500, valid 6 months."""

    __tablename__ = "prepaid_card_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    value_cents: Mapped[int]
    price_cents: Mapped[int]
    validity_months: Mapped[int] = mapped_column(default=6)
    any_service: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)

    services: Mapped[list[Service]] = relationship(secondary=prepaid_type_services)


class PrepaidCard(Timestamps, Base):
    __tablename__ = "prepaid_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    type_id: Mapped[int] = references("prepaid_card_types", on_delete="RESTRICT")
    purchased_on: Mapped[dt.date]
    expires_on: Mapped[dt.date]
    value_cents: Mapped[int]
    used_cents: Mapped[int] = mapped_column(default=0)
    cancelled: Mapped[bool] = mapped_column(default=False)
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")

    card_type: Mapped[PrepaidCardType] = relationship(lazy="joined")

    @property
    def remaining_cents(self) -> int:
        return self.value_cents - self.used_cents


class LoyaltyCard(Timestamps, Base):
    __tablename__ = "loyalty_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    purchased_on: Mapped[dt.date]
    description: Mapped[str] = mapped_column(Text, default="")
    value_cents: Mapped[int] = mapped_column(default=0)
    used_cents: Mapped[int] = mapped_column(default=0)
    service_discount_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    product_discount_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    expires_on: Mapped[dt.date | None]
    cancelled: Mapped[bool] = mapped_column(default=False)

    @property
    def remaining_cents(self) -> int:
        return self.value_cents - self.used_cents


class PointsAction(enum.StrEnum):
    EARNED = "earned"
    ADDED = "added"
    REDEEMED = "redeemed"
    ADJUSTED = "adjusted"
    EXPIRED = "expired"


class PointsEntry(Base):
    """One movement in the customer's points ledger; the running total is kept per row."""

    __tablename__ = "points_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    points: Mapped[int]  # signed
    action: Mapped[str] = mapped_column(String(12))
    balance: Mapped[int]  # running total after this entry
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    reason: Mapped[str] = mapped_column(Text, default="")
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")

    __table_args__ = (Index("ix_points_customer_at", "customer_id", "at", "id"),)
