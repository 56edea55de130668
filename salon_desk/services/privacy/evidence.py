"""What the salon can show about a customer's consents: every consent given or withdrawn (kept
even after the customer is forgotten), and the requests to be forgotten."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import ConsentEvent, ForgetRequest


@dataclass(frozen=True)
class ConsentRow:
    at: dt.datetime
    category: str
    channel: str
    granted: bool
    source: str


@dataclass(frozen=True)
class ForgetRow:
    asked_by: str
    asked_at: dt.datetime
    done_by: str
    done_at: dt.datetime


def consent_history(session: Session, customer_id: int) -> list[ConsentRow]:
    events = session.scalars(select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id).order_by(ConsentEvent.at, ConsentEvent.id))
    return [ConsentRow(e.at, e.category, e.channel, e.granted, e.source) for e in events]


def forget_history(session: Session, customer_id: int) -> list[ForgetRow]:
    rows = session.scalars(select(ForgetRequest).where(
        ForgetRequest.customer_id == customer_id).order_by(ForgetRequest.done_at, ForgetRequest.id))
    return [ForgetRow(r.asked_by, r.asked_at, r.done_by, r.done_at) for r in rows]
