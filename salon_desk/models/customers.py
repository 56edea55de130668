"""The customer and what describes them: categories, badges, consent, photo and signature."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, Timestamps, owned_rows, references, utcnow


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class ConsentCategory(enum.StrEnum):
    APPOINTMENTS = "appointments"  # transactional
    MARKETING = "marketing"


class Channel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"
    WHATSAPP = "whatsapp"


customer_badges = Table(
    "customer_badges",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("badge_id", ForeignKey("badges.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_customer_badges_badge_id", "badge_id"),
)


class CustomerCategory(Base):
    __tablename__ = "customer_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#607d8b")


class Badge(Base):
    __tablename__ = "badges"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#607d8b")
    # A short glyph drawn inside the coloured disc (an emoji or one or two letters).
    icon: Mapped[str] = mapped_column(String(16), default="")
    # Built-in badges have a stable key so code can refer to them (e.g. "new_customer").
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    builtin: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class Customer(Timestamps, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Basic information
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(150), default="")
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    mobile: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    phone: Mapped[str | None] = mapped_column(String(40))  # landline, E.164 when parseable
    gender: Mapped[str] = mapped_column(String(12), default=Gender.UNSPECIFIED.value)
    birth_year: Mapped[int | None]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]
    anniversary: Mapped[dt.date | None]
    # Address
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166 alpha-2
    # Preferences and notes
    preferred_staff_id: Mapped[int | None] = references("staff", on_delete="SET NULL")
    referral_source: Mapped[str | None] = mapped_column(String(100))
    external_id: Mapped[str | None] = mapped_column(String(64), index=True)
    customer_since: Mapped[dt.date | None]
    category_id: Mapped[int | None] = references("customer_categories", on_delete="SET NULL",
                                                 index=True)
    discount_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, default="")
    allergies: Mapped[str] = mapped_column(Text, default="")  # allergies and clinical information
    # Settings
    active: Mapped[bool] = mapped_column(default=True, index=True)
    blocked: Mapped[bool] = mapped_column(default=False)
    blocked_reason: Mapped[str] = mapped_column(Text, default="")
    # Communication preferences
    privacy_accepted_at: Mapped[dt.datetime | None]
    notify_reminders: Mapped[bool] = mapped_column(default=True)
    notify_birthday: Mapped[bool] = mapped_column(default=True)
    notify_marketing: Mapped[bool] = mapped_column(default=False)
    # Kept up to date by the services that record visits; lets the list sort by it in SQL.
    last_visit_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    # Free reminder: positive, the salon owes the customer; negative, the customer owes.
    balance_cents: Mapped[int] = mapped_column(default=0)
    # A merged-away customer stays as a tombstone pointing to the record it was merged into.
    merged_into_id: Mapped[int | None] = references("customers", on_delete="SET NULL", index=True)
    # Folded (lower-case, no accents) "last first" used to sort the list by name in SQL.
    sort_name: Mapped[str] = mapped_column(String(260), default="")
    # Raised by every save of the row (the ORM's version counter; the bulk changes raise it
    # too): a form saves only over the version it opened (services.customers.conflicts), so two
    # desks editing one customer never overwrite each other unseen.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    category: Mapped[CustomerCategory | None] = relationship(lazy="joined")
    badges: Mapped[list[Badge]] = relationship(secondary=customer_badges, order_by=Badge.position)
    consents: Mapped[list[CustomerConsent]] = owned_rows("customer")
    media: Mapped[CustomerMedia | None] = owned_rows("customer", uselist=False)

    __table_args__ = (
        Index("ix_customers_sort_name", "sort_name", "id"),
        Index("ix_customers_birthday", "birth_month", "birth_day"),
        # A salon server's list order: sort_name COLLATE "C" (byte order, as SQLite), live
        # customers only (migration 0014).
        Index("ix_customers_name_order", "sort_name", "id",
              postgresql_where=text("merged_into_id IS NULL")).ddl_if(dialect="postgresql"),
    )
    __mapper_args__ = {"version_id_col": version}

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p).strip()

    @property
    def birth_date(self) -> dt.date | None:
        """The full birth date, when the year is known."""
        if self.birth_year and self.birth_month and self.birth_day:
            return dt.date(self.birth_year, self.birth_month, self.birth_day)
        return None


class CustomerMedia(Base):
    """Photo thumbnail and privacy signature, kept out of the customers table so lists stay lean."""

    __tablename__ = "customer_media"

    customer_id: Mapped[int] = references("customers", on_delete="CASCADE", primary_key=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)  # JPEG thumbnail
    photo_updated_at: Mapped[dt.datetime | None]
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG
    signature_at: Mapped[dt.datetime | None]

    customer: Mapped[Customer] = relationship(back_populates="media")


class CustomerConsent(Base):
    """Current state of one cell of the consent matrix (category x channel)."""

    __tablename__ = "customer_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = references("customers", on_delete="CASCADE")
    category: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    granted: Mapped[bool]
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="consents")

    __table_args__ = (UniqueConstraint("customer_id", "category", "channel"),)


class ConsentEvent(Base):
    """Every change of consent, never rewritten: the history behind the matrix."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = references("customers", on_delete="CASCADE", index=True)
    category: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    granted: Mapped[bool]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(80), default="form")
