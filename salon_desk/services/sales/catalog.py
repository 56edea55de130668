"""The salon's lists: staff, rooms, service types, services, products, packages, categories,
badges. Small tables, edited in the settings dialog."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from salon_desk.models import (Badge, CustomerCategory, Package, Product, Room, Service,
    ServiceType, Staff)
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import SalonError, ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_cents
from salon_desk.services.texts import Text

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


def _permission(model: type) -> str:
    """The owner's custom badges have a permission of their own; the rest is the settings."""
    return permissions.CUSTOM_BADGES if model is Badge else permissions.CHANGE_SETTINGS


def list_items(session: Session, model: type[M], active_only: bool = False) -> list[M]:
    stmt = select(model)
    if active_only and hasattr(model, "active"):
        stmt = stmt.where(model.active.is_(True))
    order = [model.position] if hasattr(model, "position") else []
    return list(session.scalars(stmt.order_by(*order, model.name, model.id)))


def save_item(session: Session, model: type[M], values: dict[str, Any], item_id: int | None = None
              ) -> M:
    """Create (item_id None) or update one row; names must be present and prices not negative."""
    permissions.require(_permission(model))
    name = str(values.get("name", "")).strip()
    if not name:
        raise ValidationError({"name": Text(msg.NAME_REQUIRED)})
    values = {**values, "name": name}
    for key in ("price_cents", "value_cents"):
        if values.get(key) is not None:
            checked_cents(values[key], key)
    for key in ("price_cents", "duration_minutes", "value_cents"):
        if key in values and values[key] is not None and int(values[key]) < 0:
            raise ValidationError({key: Text(msg.NOT_NEGATIVE)})
    if item_id is None:
        item = model(**values)
        session.add(item)
    else:
        item = get_or_not_found(session, model, item_id, msg.CATALOG_NOT_FOUND[model.__name__])
        for key, value in values.items():
            setattr(item, key, value)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError({"name": Text(msg.NAME_TAKEN, name=name)}) from exc
    return item


def delete_item(session: Session, model: type, item_id: int) -> None:
    permissions.require(_permission(model))
    item = get_or_not_found(session, model, item_id, msg.CATALOG_NOT_FOUND[model.__name__])
    if isinstance(item, Badge) and item.builtin:
        raise SalonError(Text(msg.BUILTIN_BADGE, name=item.name))
    try:
        with session.begin_nested():
            session.delete(item)
            session.flush()
    except IntegrityError as exc:
        raise SalonError(Text(msg.STILL_USED, name=item.name)) from exc


def usage_summary(session: Session, model: type, item_id: int) -> dict[str, int]:
    """Where a row is referred to, as {table name: rows}, for the question before deleting it.

    Found from the foreign keys of every table, so tables added later are counted too.
    """
    from salon_desk.models import Base

    target = model.__table__
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not target or table is target:
                continue
            n = session.scalar(select(func.count()).select_from(table).where(
                fk.parent == item_id)) or 0
            if n:
                counts[table.name] = counts.get(table.name, 0) + n
    return counts


def set_package_items(session: Session, package: Package,
                      items: list[tuple[int | None, int | None, int]]) -> None:
    """Replace what a package contains: (service_id, product_id, quantity) per line."""
    permissions.require(permissions.CHANGE_SETTINGS)
    from salon_desk.models import PackageItem

    lines = []
    for service_id, product_id, quantity in items:
        if (service_id is None) == (product_id is None):
            raise ValidationError({"items": Text(msg.PACKAGE_LINE_KIND)})
        if int(quantity) < 1:
            raise ValidationError({"items": Text(msg.PACKAGE_QUANTITY)})
        lines.append(PackageItem(service_id=service_id, product_id=product_id,
                                 quantity=int(quantity)))
    package.items = lines
    session.flush()
