"""The retention review: customers with no visit for N years (a setting), listed for the owner
to forget or keep. A customer kept is listed again once N more years pass without a visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from salon_desk.models import Customer, ForgetRequest, RetentionKept
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.settings import Option

RETENTION_YEARS = Option("privacy.retention_years", int, 5,
                         "Review customers with no visit for (years)")


@dataclass(frozen=True)
class ReviewRow:
    customer_id: int
    name: str
    last_visit: dt.datetime | None  # None: never came
    since: dt.datetime  # the record's creation


def cutoff(years: int, now: dt.datetime | None = None) -> dt.datetime:
    now = now or dt.datetime.now(dt.UTC)
    try:
        return now.replace(year=now.year - max(years, 1))
    except ValueError:  # 29 February
        return now.replace(year=now.year - max(years, 1), day=28)


def due_for_review(session: Session, years: int, now: dt.datetime | None = None,
                   limit: int = 5000) -> list[ReviewRow]:
    """Live records whose last visit (or, never having come, whose creation) is older than
    ``years``, neither forgotten nor kept within that time; oldest first."""
    before = cutoff(years, now)
    last = func.coalesce(Customer.last_visit_at, Customer.created_at)
    forgotten = exists().where(ForgetRequest.customer_id == Customer.id)
    kept = exists().where(and_(RetentionKept.customer_id == Customer.id,
                               RetentionKept.kept_at >= before))
    rows = session.execute(
        select(Customer.id, Customer.first_name, Customer.last_name, Customer.last_visit_at,
               Customer.created_at)
        .where(Customer.merged_into_id.is_(None), last < before, ~forgotten, ~kept)
        .order_by(last, Customer.id).limit(limit))
    return [ReviewRow(cid, f"{first} {last_name}".strip(), visit, created)
            for cid, first, last_name, visit, created in rows]


def keep_customer(session: Session, customer_id: int, reason: str = "") -> None:
    """The owner keeps this customer past the retention period (for now)."""
    permissions.require(permissions.FORGET_CUSTOMER)
    get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    row = session.get(RetentionKept, customer_id)
    if row is None:
        row = RetentionKept(customer_id=customer_id)
        session.add(row)
    row.kept_at = dt.datetime.now(dt.UTC)
    row.kept_by = permissions.acting_as()
    row.reason = reason.strip()
