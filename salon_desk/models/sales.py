"""Sales (tickets), their lines and payments, debts and the cash movements behind them."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import CheckConstraint, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, owned_rows, references, utcnow
from salon_desk.models.catalog import Package, Product, Service
from salon_desk.models.staff import Staff


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    VOUCHER = "voucher"  # a session credit/voucher
    PREPAID = "prepaid"  # a prepaid discount card's value
    LOYALTY_CARD = "loyalty_card"
    POINTS = "points"


class LineKind(enum.StrEnum):
    SERVICE = "service"
    PRODUCT = "product"
    PACKAGE = "package"
    CARD = "card"  # a prepaid or loyalty card sold to the customer


class Sale(Timestamps, Base):
    __tablename__ = "sales"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="SET NULL")
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    sold_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    comments: Mapped[str] = mapped_column(Text, default="")
    total_cents: Mapped[int] = mapped_column(default=0)  # after discounts, tax included
    paid_cents: Mapped[int] = mapped_column(default=0)
    points_earned: Mapped[int] = mapped_column(default=0)
    cancelled: Mapped[bool] = mapped_column(default=False)  # voided: kept, left out of totals
    cancelled_at: Mapped[dt.datetime | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    cancelled_by: Mapped[str] = mapped_column(String(120), default="")  # a staff member's name

    staff: Mapped[Staff | None] = relationship(lazy="joined")
    lines: Mapped[list[SaleLine]] = owned_rows("sale", order_by="SaleLine.position")
    payments: Mapped[list[Payment]] = owned_rows("sale", order_by="Payment.id")

    __table_args__ = (
        Index("ix_sales_customer_sold", "customer_id", "sold_at"),
        # Visits and spending over a time range (segments), read from the index alone.
        Index("ix_sales_sold_customer", "sold_at", "customer_id", "cancelled", "total_cents"),
        # Each customer's days of sales in order, read from the index alone (as the above).
        Index("ix_sales_visit_day", "cancelled", "customer_id", text("date(sold_at)"), "sold_at"),
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = references("sales", on_delete="CASCADE", index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(10))
    service_id: Mapped[int | None] = references("services", on_delete="SET NULL")
    product_id: Mapped[int | None] = references("products", on_delete="SET NULL")
    package_id: Mapped[int | None] = references("packages", on_delete="SET NULL")
    description: Mapped[str] = mapped_column(String(200))  # item name at the time of sale
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price_cents: Mapped[int] = mapped_column(default=0)  # tax included
    discount_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal(0))
    amount_cents: Mapped[int] = mapped_column(default=0)  # quantity x price less discount
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    appointment_id: Mapped[int | None] = references("appointments", on_delete="SET NULL")

    sale: Mapped[Sale] = relationship(back_populates="lines")
    staff: Mapped[Staff | None] = relationship(lazy="joined")
    service: Mapped[Service | None] = relationship()
    product: Mapped[Product | None] = relationship()
    package: Mapped[Package | None] = relationship()

    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = references("sales", on_delete="CASCADE", index=True)
    method: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int]
    tendered_cents: Mapped[int | None]  # cash handed over, for the change on the ticket
    reference_id: Mapped[int | None]  # voucher / card id when paid with one
    paid_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    sale: Mapped[Sale] = relationship(back_populates="payments")


class Debt(Timestamps, Base):
    """What is still owed on a sale."""

    __tablename__ = "debts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")
    incurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    initial_cents: Mapped[int]
    remaining_cents: Mapped[int]
    description: Mapped[str] = mapped_column(Text, default="")

    payments: Mapped[list[DebtPayment]] = owned_rows("debt", order_by="DebtPayment.id")

    __table_args__ = (CheckConstraint("remaining_cents >= 0", name="remaining_positive"),)


class DebtPayment(Base):
    __tablename__ = "debt_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    debt_id: Mapped[int] = references("debts", on_delete="CASCADE", index=True)
    amount_cents: Mapped[int]
    method: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    paid_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")

    debt: Mapped[Debt] = relationship(back_populates="payments")


class CashMovement(Base):
    """Money in or out of the till (sale payments, debt payments, manual movements)."""

    __tablename__ = "cash_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    amount_cents: Mapped[int]  # positive in, negative out
    method: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    customer_id: Mapped[int | None] = references("customers", on_delete="SET NULL", index=True)
    sale_id: Mapped[int | None] = references("sales", on_delete="SET NULL")
    debt_payment_id: Mapped[int | None] = references("debt_payments", on_delete="SET NULL")
    staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
