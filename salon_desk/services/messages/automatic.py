"""Automatic messages: appointment reminders, birthday and anniversary greetings, queued when due.

``queue_automatic`` runs before each sending (every minute while the app is open, and in
``salon-desk send-due``). It queues:

- a reminder for each pending or confirmed appointment starting within reminders.hours_before
  hours, by reminders.channel, with the reminders' template (its built-in one when
  reminders.template_id is 0);
- a birthday greeting on the customer's birthday (the 28th of February for the 29th in other
  years) and an anniversary greeting on the day of the record's anniversary date, by
  birthday.channel, due at GREETING_HOUR in the morning.

Each goes only to whom audience.decide allows (active, not blocked, an address for the channel,
the record's switch on, consent given), with the words templates.render fills in. Each message
carries a dedupe key ("reminder:<appointment>:<channel>", "birthday:<customer>:<year>:<channel>",
"anniversary:<customer>:<year>:<channel>"), unique in the table: running it again, or from the
app and the command line at once, or from two desks on a salon server, queues nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import extract, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from salon_desk.models import (
    ACTIVE_STATUSES,
    Appointment,
    Customer,
    Message,
    MessageKind,
    MessageStatus,
    MessageTemplate,
    utcnow,
)
from salon_desk.services import settings
from salon_desk.services.messages import audience, templates
from salon_desk.services.messages.sender import CHANNELS
from salon_desk.services.messages.smtp import letter_language

GREETING_HOUR = 10  # local time: a greeting queued at midnight waits for the morning


def queue_automatic(session: Session, now: dt.datetime | None = None) -> int:
    """Queue the reminders and greetings due at ``now`` (the present when None) that are not
    queued yet; how many were queued."""
    now = now or utcnow()
    queued = 0
    if settings.get(session, settings.REMINDERS_ENABLED):
        queued += _reminders(session, now)
    if settings.get(session, settings.BIRTHDAY_ENABLED):
        queued += _greetings(session, now, MessageKind.BIRTHDAY.value)
    if settings.get(session, settings.ANNIVERSARY_ENABLED):
        queued += _greetings(session, now, MessageKind.ANNIVERSARY.value)
    return queued


def _template(session: Session, kind: str, channel: str, chosen: int) -> MessageTemplate | None:
    """The template chosen in the settings, else the first active one of that kind and channel
    (the built-in one); None for a channel the app does not send by itself (WhatsApp)."""
    if channel not in CHANNELS:
        return None
    if chosen:
        found = session.get(MessageTemplate, chosen)
        if found is not None:
            return found
    return session.scalar(select(MessageTemplate).where(
        MessageTemplate.kind == kind, MessageTemplate.channel == channel,
        MessageTemplate.active.is_(True)).order_by(MessageTemplate.id).limit(1))


def _queued_keys(session: Session, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        found.update(session.scalars(select(Message.dedupe_key).where(
            Message.dedupe_key.in_(keys[start:start + 500]))))
    return found


def _queue(session: Session, customer_id: int, recipient: str, rendered, *, channel: str,
           category: str, kind: str, key: str, due: dt.datetime, template_id: int) -> int:
    """Queue one message unless its dedupe key is taken; 1 when queued, else 0. On a server
    another desk may queue the same key between our look and our insert: the insert then
    waits for that desk's commit and is refused by the unique key, which undoes only this
    message (its savepoint) instead of failing the whole run."""
    try:
        with session.begin_nested():
            session.add(Message(
                customer_id=customer_id, channel=channel, category=category, kind=kind,
                subject=rendered.subject if channel == "email" else "", body=rendered.body,
                html=rendered.html if channel == "email" else None, recipient=recipient,
                status=MessageStatus.QUEUED.value, due_at=due, at=due, dedupe_key=key,
                template_id=template_id))
    except IntegrityError:
        if session.scalar(select(Message.id).where(Message.dedupe_key == key)) is None:
            raise  # refused for another reason
        return 0
    return 1


def _reminders(session: Session, now: dt.datetime) -> int:
    channel = settings.get(session, settings.REMINDERS_CHANNEL)
    template = _template(session, MessageKind.REMINDER.value, channel,
                         settings.get(session, settings.REMINDERS_TEMPLATE))
    if template is None:
        return 0
    until = now + dt.timedelta(hours=settings.get(session, settings.REMINDERS_HOURS_BEFORE))
    coming = session.execute(
        select(Appointment.id, Appointment.customer_id)
        .where(Appointment.status.in_(ACTIVE_STATUSES), Appointment.starts_at > now,
               Appointment.starts_at <= until, Appointment.customer_id.is_not(None))
        .order_by(Appointment.starts_at, Appointment.id)).all()
    keys = {appointment: f"reminder:{appointment}:{channel}" for appointment, _ in coming}
    done = _queued_keys(session, keys.values())
    coming = [(a, c) for a, c in coming if keys[a] not in done]
    if not coming:
        return 0
    allowed = dict(audience.decide(session, channel, template.category,
                                   {c for _a, c in coming}, kind="reminder").eligible)
    language = letter_language(session)
    subject, body = templates.template_text(session, template.id, language)
    queued = 0
    for appointment, customer in coming:
        if customer not in allowed:
            continue
        rendered = templates.render(session, subject, body, [customer], language=language,
                                    appointment_id=appointment)[customer]
        queued += _queue(session, customer, allowed[customer], rendered, channel=channel,
                         category=template.category, kind=MessageKind.REMINDER.value,
                         key=keys[appointment], due=now, template_id=template.id)
    return queued


def _celebrating(session: Session, kind: str, day: dt.date) -> list[int]:
    """The customers whose birthday (or anniversary) is on ``day``."""
    if kind == MessageKind.BIRTHDAY.value:
        month, mday = Customer.birth_month, Customer.birth_day
    else:
        month, mday = extract("month", Customer.anniversary), extract("day", Customer.anniversary)
    days = [day.day]
    if (day.month, day.day) == (2, 28) and not _leap(day.year):
        days.append(29)  # born on the 29th of February: greeted on the 28th in other years
    stmt = select(Customer.id).where(month == day.month, mday.in_(days),
                                     Customer.merged_into_id.is_(None))
    if kind == MessageKind.ANNIVERSARY.value:
        stmt = stmt.where(extract("year", Customer.anniversary) < day.year)
    return list(session.scalars(stmt.order_by(Customer.id)))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _greetings(session: Session, now: dt.datetime, kind: str) -> int:
    channel = settings.get(session, settings.BIRTHDAY_CHANNEL)
    chosen = settings.get(session, settings.BIRTHDAY_TEMPLATE) if kind == "birthday" else 0
    template = _template(session, kind, channel, chosen)
    local = now.astimezone()
    if template is None:
        return 0
    keys = {c: f"{kind}:{c}:{local.year}:{channel}"
            for c in _celebrating(session, kind, local.date())}
    done = _queued_keys(session, keys.values())
    wanted = [c for c, key in keys.items() if key not in done]
    if not wanted:
        return 0
    eligible = audience.decide(session, channel, template.category, wanted, kind=kind).eligible
    if not eligible:
        return 0
    language = letter_language(session)
    subject, body = templates.template_text(session, template.id, language)
    rendered = templates.render(session, subject, body, [c for c, _r in eligible],
                                language=language)
    morning = local.replace(hour=GREETING_HOUR, minute=0, second=0, microsecond=0)
    due = max(now, morning.astimezone(dt.UTC))
    return sum(_queue(session, customer, recipient, rendered[customer], channel=channel,
                      category=template.category, kind=kind, key=keys[customer], due=due,
                      template_id=template.id)
               for customer, recipient in eligible)
