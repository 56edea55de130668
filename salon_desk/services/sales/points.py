"""The loyalty points ledger: every movement kept, each row with the running total after it.

Signs by action: earned and added are gains, redeemed and expired are losses, adjusted is a
correction either way. The balance can never go below zero. Points are earned on sales by the
``points.per_currency_unit`` setting (see services.sales) and spent as a payment method at
``points.value_cents`` each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import Customer, PointsAction, PointsEntry, Staff, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services import settings
from salon_desk.services.errors import ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_whole
from salon_desk.services.texts import Text

GAINS = {PointsAction.EARNED.value, PointsAction.ADDED.value}
LOSSES = {PointsAction.REDEEMED.value, PointsAction.EXPIRED.value}
ACTIONS = [a.value for a in PointsAction]


@dataclass
class PointsRow:
    id: int
    at: dt.datetime
    points: int
    action: str
    balance: int
    staff_name: str
    reason: str
    sale_id: int | None
    ticket_number: str | None


def balance(session: Session, customer_id: int) -> int:
    """The customer's points now (the running total of the latest entry)."""
    value = session.scalar(
        select(PointsEntry.balance).where(PointsEntry.customer_id == customer_id)
        .order_by(PointsEntry.at.desc(), PointsEntry.id.desc()).limit(1))
    return int(value or 0)


def record(
    session: Session, customer_id: int, points: int, action: str, reason: str = "",
    staff_id: int | None = None, sale_id: int | None = None, at: dt.datetime | None = None,
) -> PointsEntry:
    """Add one movement to the ledger. ``points`` is signed; its sign must suit the action."""
    if action not in ACTIONS:
        raise ValidationError({"action": Text(msg.POINTS_UNKNOWN_ACTION, action=repr(action))})
    points = checked_whole(points, "points")
    if points == 0:
        raise ValidationError({"points": Text(msg.POINTS_NOT_ZERO)})
    if action in GAINS and points < 0:
        raise ValidationError({"points": Text(msg.POINTS_MUST_BE_POSITIVE, action=action)})
    if action in LOSSES and points > 0:
        points = -points  # "redeem 50" means -50
    get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    current = balance(session, customer_id)
    if current + points < 0:
        raise ValidationError({"points": Text(msg.POINTS_TOO_FEW, n=current, taken=-points)})
    entry = PointsEntry(customer_id=customer_id, at=at or utcnow(), points=points, action=action,
                        balance=current + points, staff_id=staff_id, reason=reason.strip(),
                        sale_id=sale_id)
    session.add(entry)
    session.flush()
    return entry


def add_points(session: Session, customer_id: int, points: int, reason: str = "",
               staff_id: int | None = None) -> PointsEntry:
    """Points given by hand (a gift, a campaign)."""
    permissions.require(permissions.CHARGE)
    return record(session, customer_id, abs(checked_whole(points, "points")), PointsAction.ADDED.value, reason, staff_id)


def remove_points(session: Session, customer_id: int, points: int, reason: str = "",
                  staff_id: int | None = None, action: str = PointsAction.ADJUSTED.value
                  ) -> PointsEntry:
    """Points taken by hand: a correction (adjusted), a gift handed over (redeemed), expiry."""
    permissions.require(permissions.CHARGE)
    return record(session, customer_id, -abs(checked_whole(points, "points")), action, reason, staff_id)


def earn_for_sale(session: Session, customer_id: int, points: int, sale_id: int,
                  ticket_number: str, at: dt.datetime | None = None,
                  staff_id: int | None = None) -> PointsEntry | None:
    if points <= 0:
        return None
    return record(session, customer_id, points, PointsAction.EARNED.value,
                  str(Text(msg.TICKET, ticket=ticket_number)), staff_id=staff_id, sale_id=sale_id,
                  at=at)


def point_value_cents(session: Session) -> int:
    return int(settings.get(session, settings.POINT_VALUE_CENTS))


def search(
    session: Session, customer_id: int, date_from: dt.date | None = None,
    date_to: dt.date | None = None, action: str | None = None, points: int | None = None,
) -> list[PointsRow]:
    """The ledger, oldest first, filtered by a local date range, an action and/or a points value
    (matched whatever its sign)."""
    from salon_desk.models import Sale

    stmt = (
        select(PointsEntry.id, PointsEntry.at, PointsEntry.points, PointsEntry.action,
               PointsEntry.balance, func.coalesce(Staff.name, ""), PointsEntry.reason,
               PointsEntry.sale_id, Sale.ticket_number)
        .outerjoin(Staff, Staff.id == PointsEntry.staff_id)
        .outerjoin(Sale, Sale.id == PointsEntry.sale_id)
        .where(PointsEntry.customer_id == customer_id)
    )
    if date_from is not None:
        stmt = stmt.where(PointsEntry.at >= local_midnight(date_from))
    if date_to is not None:
        stmt = stmt.where(PointsEntry.at < local_midnight(date_to + dt.timedelta(days=1)))
    if action:
        stmt = stmt.where(PointsEntry.action == action)
    if points is not None:
        stmt = stmt.where(func.abs(PointsEntry.points) == abs(int(points)))
    stmt = stmt.order_by(PointsEntry.at, PointsEntry.id)
    return [PointsRow(*row) for row in session.execute(stmt)]


def last_movement(session: Session, customer_id: int) -> PointsRow | None:
    rows = session.execute(
        select(PointsEntry.id, PointsEntry.at, PointsEntry.points, PointsEntry.action,
               PointsEntry.balance, func.coalesce(Staff.name, ""), PointsEntry.reason,
               PointsEntry.sale_id)
        .outerjoin(Staff, Staff.id == PointsEntry.staff_id)
        .where(PointsEntry.customer_id == customer_id)
        .order_by(PointsEntry.at.desc(), PointsEntry.id.desc()).limit(1)).first()
    return PointsRow(*rows, None) if rows else None


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of a local calendar day, as an aware datetime (stored columns are UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone()
