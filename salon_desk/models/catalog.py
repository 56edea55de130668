"""What the salon sells: services (with their types), products and packages."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, owned_rows, references


class ServiceType(Base):
    __tablename__ = "service_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#26a69a")


class Service(Timestamps, Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    service_type_id: Mapped[int | None] = references("service_types", on_delete="SET NULL")
    duration_minutes: Mapped[int] = mapped_column(default=30)
    price_cents: Mapped[int] = mapped_column(default=0)  # tax included
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal(21))  # percent
    requires_patch_test: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    description: Mapped[str] = mapped_column(Text, default="")

    service_type: Mapped[ServiceType | None] = relationship(lazy="joined")

    __table_args__ = (CheckConstraint("price_cents >= 0", name="price_positive"),)


class Product(Timestamps, Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    brand: Mapped[str] = mapped_column(String(80), default="")
    barcode: Mapped[str | None] = mapped_column(String(40), index=True)
    price_cents: Mapped[int] = mapped_column(default=0)  # tax included
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal(21))
    stock: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (CheckConstraint("price_cents >= 0", name="price_positive"),)


class Package(Timestamps, Base):
    """A bundle sold at one price, e.g. "5 massages" or "Bridal day"."""

    __tablename__ = "packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    price_cents: Mapped[int] = mapped_column(default=0)
    validity_days: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)
    description: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[PackageItem]] = owned_rows("package")


class PackageItem(Base):
    __tablename__ = "package_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = references("packages", on_delete="CASCADE")
    service_id: Mapped[int | None] = references("services", on_delete="RESTRICT")
    product_id: Mapped[int | None] = references("products", on_delete="RESTRICT")
    quantity: Mapped[int] = mapped_column(default=1)

    package: Mapped[Package] = relationship(back_populates="items")
    service: Mapped[Service | None] = relationship()
    product: Mapped[Product | None] = relationship()
