"""What the charge and booking dialogs need to offer choices, read in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from salon_desk.models import Customer, Package, Product, Room, Service, Staff
from salon_desk.services import settings
from salon_desk.services.sales import debts
from salon_desk.services.sales import points
from salon_desk.services import error_texts as msg
from salon_desk.services.sales.catalog import list_items
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.sales.selling import payment_options


@dataclass
class CatalogueItem:
    id: int
    name: str
    price_cents: int
    minutes: int = 0  # services only


@dataclass
class SaleContext:
    currency: str
    customer_id: int | None = None
    customer_name: str = ""
    discount_percent: Decimal = Decimal(0)
    blocked: bool = False
    points: int = 0
    owed_cents: int = 0  # what the customer still owes on earlier debts
    point_value_cents: int = 5
    services: list[CatalogueItem] = field(default_factory=list)
    products: list[CatalogueItem] = field(default_factory=list)
    packages: list[CatalogueItem] = field(default_factory=list)
    staff: list[tuple[int, str]] = field(default_factory=list)
    rooms: list[tuple[int, str]] = field(default_factory=list)
    # method -> [(id, label)] of the customer's vouchers and cards usable today
    credits: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    loyalty_discounts: dict[int, tuple[Decimal, Decimal]] = field(default_factory=dict)

    def items(self, kind: str) -> list[CatalogueItem]:
        return {"service": self.services, "product": self.products,
                "package": self.packages}.get(kind, [])


def sale_context(session: Session, customer_id: int | None) -> SaleContext:
    from salon_desk.models import LoyaltyCard

    ctx = SaleContext(currency=settings.get(session, settings.CURRENCY),
                      point_value_cents=int(settings.get(session, settings.POINT_VALUE_CENTS)))
    if customer_id:
        customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
        ctx.customer_id = customer.id
        ctx.customer_name = customer.full_name
        ctx.discount_percent = Decimal(customer.discount_percent or 0)
        ctx.blocked = customer.blocked
        ctx.points = points.balance(session, customer_id)
        ctx.owed_cents = debts.owed_cents(session, customer_id)
        ctx.credits = payment_options(session, customer_id)
        for card_id, _label in ctx.credits["loyalty_card"]:
            card = session.get(LoyaltyCard, card_id)
            ctx.loyalty_discounts[card_id] = (Decimal(card.service_discount_percent or 0),
                                              Decimal(card.product_discount_percent or 0))
    ctx.services = [CatalogueItem(s.id, s.name, s.price_cents, s.duration_minutes)
                    for s in list_items(session, Service, active_only=True)]
    ctx.products = [CatalogueItem(p.id, p.name, p.price_cents)
                    for p in list_items(session, Product, active_only=True)]
    ctx.packages = [CatalogueItem(p.id, p.name, p.price_cents)
                    for p in list_items(session, Package, active_only=True)]
    ctx.staff = [(s.id, s.name) for s in list_items(session, Staff, active_only=True)]
    ctx.rooms = [(r.id, r.name) for r in list_items(session, Room, active_only=True)]
    return ctx
