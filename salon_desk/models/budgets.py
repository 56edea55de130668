"""Budgets (quotes) handed to a customer, later turned into a sale or appointments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, owned_rows, references
from salon_desk.models.staff import Staff


class Budget(Timestamps, Base):
    __tablename__ = "budgets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    issued_on: Mapped[dt.date]
    valid_until: Mapped[dt.date | None]
    description: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    total_cents: Mapped[int] = mapped_column(default=0)
    # open, accepted (turned into a sale or appointments), rejected
    status: Mapped[str] = mapped_column(String(12), default="open")
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")

    staff: Mapped[Staff | None] = relationship(lazy="joined")
    lines: Mapped[list[BudgetLine]] = owned_rows("budget", order_by="BudgetLine.position")


class BudgetLine(Base):
    __tablename__ = "budget_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    budget_id: Mapped[int] = references("budgets", on_delete="CASCADE", index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(10))  # service, product, package
    service_id: Mapped[int | None] = references("services", on_delete="SET NULL")
    product_id: Mapped[int | None] = references("products", on_delete="SET NULL")
    package_id: Mapped[int | None] = references("packages", on_delete="SET NULL")
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price_cents: Mapped[int] = mapped_column(default=0)
    discount_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    amount_cents: Mapped[int] = mapped_column(default=0)

    budget: Mapped[Budget] = relationship(back_populates="lines")
