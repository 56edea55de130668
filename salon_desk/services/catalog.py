"""The salon's lists: staff, rooms, service types, services, products, packages, categories,
badges. Small tables, edited in the settings dialog."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from salon_desk.models import (
    Badge,
    Customer,
    CustomerCategory,
    Package,
    Product,
    Room,
    Service,
    ServiceType,
    Staff,
    customer_badges,
)
from salon_desk.services.errors import NotFound, SalonError, ValidationError

M = TypeVar("M")

EDITABLE = {
    "staff": Staff,
    "rooms": Room,
    "service_types": ServiceType,
    "services": Service,
    "products": Product,
    "packages": Package,
    "categories": CustomerCategory,
    "badges": Badge,
}


def list_items(session: Session, model: type[M], active_only: bool = False) -> list[M]:
    stmt = select(model)
    if active_only and hasattr(model, "active"):
        stmt = stmt.where(model.active.is_(True))
    order = [getattr(model, "position")] if hasattr(model, "position") else []
    return list(session.scalars(stmt.order_by(*order, model.name, model.id)))


def save_item(session: Session, model: type[M], values: dict[str, Any], item_id: int | None = None
              ) -> M:
    """Create (item_id None) or update one row; names must be present and prices not negative."""
    name = str(values.get("name", "")).strip()
    if not name:
        raise ValidationError({"name": "A name is required"})
    values = {**values, "name": name}
    for key in ("price_cents", "duration_minutes", "value_cents"):
        if key in values and values[key] is not None and int(values[key]) < 0:
            raise ValidationError({key: "Must not be negative"})
    if item_id is None:
        item = model(**values)
        session.add(item)
    else:
        item = session.get(model, item_id)
        if item is None:
            raise NotFound(f"{model.__name__} {item_id} does not exist")
        for key, value in values.items():
            setattr(item, key, value)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError({"name": f'"{name}" already exists'}) from exc
    return item


def usage_count(session: Session, model: type, item_id: int) -> int:
    """How many customers use a category or badge (asked before deleting it)."""
    if model is CustomerCategory:
        return session.scalar(select(func.count()).where(Customer.category_id == item_id)) or 0
    if model is Badge:
        return session.scalar(
            select(func.count()).select_from(customer_badges).where(
                customer_badges.c.badge_id == item_id)) or 0
    return 0


def delete_item(session: Session, model: type, item_id: int) -> None:
    item = session.get(model, item_id)
    if item is None:
        raise NotFound(f"{model.__name__} {item_id} does not exist")
    if isinstance(item, Badge) and item.builtin:
        raise SalonError(f'"{item.name}" is a built-in badge and cannot be deleted')
    try:
        with session.begin_nested():
            session.delete(item)
            session.flush()
    except IntegrityError as exc:
        raise SalonError(
            f'"{item.name}" is still used elsewhere; make it inactive instead') from exc
