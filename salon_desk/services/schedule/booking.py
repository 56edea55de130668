"""What the receptionist must see before confirming a booking."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Customer, Note
from salon_desk.services import error_texts as msg
from salon_desk.services.sales.debts import owed_cents
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.care.patch_tests import patch_test_warning
from salon_desk.services.texts import Amount, Text


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def booking_warnings(session: Session, customer_id: int | None, service_id: int | None,
                     when: dt.datetime | dt.date) -> list[Text]:
    """Warnings for booking this service for this customer at that time, most serious first:
    blocked, allergies and clinical information, a missing or expired patch test, money owed,
    the customer's notes and pinned consultation notes (Texts the interface translates)."""
    warnings: list[Text] = []
    customer = (get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
                if customer_id else None)
    if customer is not None and customer.blocked:
        warnings.append(Text(msg.WARN_BLOCKED_BECAUSE, reason=customer.blocked_reason)
                        if customer.blocked_reason else Text(msg.WARN_BLOCKED))
    if customer is not None and customer.allergies.strip():
        warnings.append(Text(msg.WARN_ALLERGIES, text=_short(customer.allergies)))
    if service_id:
        day = when.astimezone().date() if isinstance(when, dt.datetime) else when
        warning = patch_test_warning(session, customer_id, service_id, day)
        if warning:
            warnings.append(warning)
    if customer is not None:
        owed = owed_cents(session, customer.id)
        if owed:
            warnings.append(Text(msg.WARN_OWES, amount=Amount(owed)))
        if customer.notes.strip():
            warnings.append(Text(msg.WARN_NOTE, text=_short(customer.notes)))
        for text in session.scalars(select(Note.text).where(
                Note.customer_id == customer.id, Note.pinned.is_(True))
                .order_by(Note.created_at.desc()).limit(3)):
            if text and text.strip():
                warnings.append(Text(msg.WARN_PINNED_NOTE, text=_short(text)))
    return warnings
