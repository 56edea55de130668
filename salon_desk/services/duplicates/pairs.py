"""Pairs staff said are not the same person: remembered and never proposed again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Customer, DismissedPair
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError, get_or_not_found
from salon_desk.services.texts import Text


def _ordered(first_id: int, second_id: int) -> tuple[int, int]:
    if first_id == second_id:
        raise ValidationError({"customers": Text(msg.TWO_DIFFERENT_CUSTOMERS)})
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def dismiss_pair(session: Session, first_id: int, second_id: int, by: str = "",
                 reason: str = "") -> bool:
    """Remember that these two are different people. False if it was already known."""
    a, b = _ordered(int(first_id), int(second_id))
    for cid in (a, b):
        get_or_not_found(session, Customer, cid, msg.CUSTOMER_NOT_FOUND)
    if session.get(DismissedPair, (a, b)) is not None:
        return False
    session.add(DismissedPair(first_id=a, second_id=b, dismissed_by=by, reason=reason.strip()))
    session.flush()
    return True


def dismiss_group(session: Session, ids: list[int], by: str = "", reason: str = "") -> int:
    """Every pair of a group dismissed at once ("none of these are the same person")."""
    ids = sorted(set(ids))
    return sum(dismiss_pair(session, a, b, by, reason)
               for i, a in enumerate(ids) for b in ids[i + 1:])


def forget_dismissal(session: Session, first_id: int, second_id: int) -> bool:
    """Let the scan propose this pair again."""
    row = session.get(DismissedPair, _ordered(int(first_id), int(second_id)))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def dismissed_pairs(session: Session) -> list[tuple[int, int]]:
    return [(a, b) for a, b in session.execute(
        select(DismissedPair.first_id, DismissedPair.second_id)
        .order_by(DismissedPair.first_id, DismissedPair.second_id))]
