"""Message templates and their fields, filled in for each customer.

A template has a text per language (subject and body; an SMS has no subject). Fields are
written in braces, ``{first_name}``; a brace meant as text is doubled (``{{``). Filling them in
reads what the fields need for every customer at once, in SQL, a chunk of customers a query:
names and birthdays, the next appointment (or a given one), points, debt and voucher sessions
left. A value a customer lacks never shows as a raw placeholder: it is left out, and a line
that had one and is left holding only punctuation is dropped ("({appointment_service})" with no
appointment), so "Hello {first_name} {last_name}," reads "Hello Ana,". An unknown field is a
ValidationError before anything is queued.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field

from babel.dates import format_date, format_time
from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from salon_desk.models import (
    ACTIVE_STATUSES,
    Appointment,
    Customer,
    Debt,
    MessageTemplate,
    MessageTemplateText,
    PointsEntry,
    Service,
    Staff,
    Voucher,
    utcnow,
)
from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.errors import NotFound, ValidationError, get_or_not_found
from salon_desk.services.money import format_money, locale_name
from salon_desk.services.texts import Text

LANGUAGES = ("en", "es")  # the languages the app speaks, templates have a text in each
CHANNELS = ("email", "sms", "whatsapp")
CATEGORIES = ("appointments", "marketing")
KINDS = ("manual", "reminder", "birthday", "anniversary")
CHUNK = 5000  # customers read per query
WHOLE_TABLE_FROM = 20_000  # more customers than this: whole tables read, not IN lists

FIELDS: dict[str, str] = {
    "first_name": msg.FIELD_FIRST_NAME,
    "last_name": msg.FIELD_LAST_NAME,
    "salon_name": msg.FIELD_SALON_NAME,
    "salon_phone": msg.FIELD_SALON_PHONE,
    "appointment_date": msg.FIELD_APPOINTMENT_DATE,
    "appointment_time": msg.FIELD_APPOINTMENT_TIME,
    "appointment_service": msg.FIELD_APPOINTMENT_SERVICE,
    "appointment_staff": msg.FIELD_APPOINTMENT_STAFF,
    "points": msg.FIELD_POINTS,
    "debt": msg.FIELD_DEBT,
    "voucher_sessions": msg.FIELD_VOUCHER_SESSIONS,
    "birthday": msg.FIELD_BIRTHDAY,
}
APPOINTMENT_FIELDS = ("appointment_date", "appointment_time", "appointment_service",
                      "appointment_staff")
# The built-in templates the migration seeds (models/migrations/versions/0008_outbox.py).
BUILT_IN = {("reminder", "sms"): 1, ("reminder", "email"): 2, ("birthday", "email"): 3,
            ("birthday", "sms"): 4, ("anniversary", "email"): 5}
# Dates as each language writes them in a message; others take their locale's long date.
DAY_PATTERNS = {"en": "EEEE d MMMM", "es": "EEEE, d 'de' MMMM"}
BIRTHDAY_PATTERNS = {"en": "d MMMM", "es": "d 'de' MMMM"}

Piece = tuple[str, str | None]  # literal text, then the field after it (None at the end)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str

    @property
    def html(self) -> str:
        """The body as HTML: paragraphs at blank lines, line breaks kept, text escaped."""
        text = _PARAGRAPH_BREAK.sub("</p><p>", html.escape(self.body.strip(), quote=False))
        return f"<p>{text.replace(chr(10), '<br>')}</p>" if text else ""


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")


@dataclass
class TemplateData:
    name: str
    channel: str
    category: str
    kind: str = "manual"
    active: bool = True
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # language: (subject, body)
    id: int | None = None


@dataclass
class TemplateRow:
    id: int
    name: str
    channel: str
    category: str
    kind: str
    active: bool
    languages: list[str]

    @property
    def built_in(self) -> bool:
        return self.id in BUILT_IN.values()


# --------------------------------------------------------------------------- the text's fields
def _parse(text: str, where: str) -> list[list[Piece]]:
    """The text as lines of pieces; ValidationError (under ``where``) for an unknown field or
    a brace left open."""
    lines: list[list[Piece]] = []
    for line in text.split("\n"):
        try:
            parsed = list(string.Formatter().parse(line))
        except ValueError:
            raise ValidationError({where: Text(msg.TEMPLATE_BRACE, example="{first_name}")}
                                  ) from None
        pieces: list[Piece] = []
        for literal, name, spec, conversion in parsed:
            if name is not None and (name not in FIELDS or spec or conversion):
                raise ValidationError({where: Text(
                    msg.TEMPLATE_UNKNOWN_FIELD, field="{" + (name or "") + "}",
                    known=", ".join("{" + f + "}" for f in FIELDS))})
            pieces.append((literal, name))
        lines.append(pieces)
    return lines


def check(subject: str, body: str) -> set[str]:
    """The fields the subject and body use; ValidationError if one is unknown."""
    used = set()
    for text, where in ((subject, "subject"), (body, "body")):
        for line in _parse(text or "", where):
            used.update(name for _literal, name in line if name)
    return used


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE = re.compile(r"[ \t]+([,.;:!?)\]])")


def _fill(lines: list[list[Piece]], values: dict[str, str]) -> str:
    out = []
    for pieces in lines:
        text = "".join(literal + (values.get(name, "") if name else "")
                       for literal, name in pieces)
        if any(name and not values.get(name) for _literal, name in pieces):
            text = _SPACE_BEFORE.sub(r"\1", _SPACES.sub(" ", _EMPTY_BRACKETS.sub("", text)))
            text = text.strip()
            if not any(ch.isalnum() for ch in text):
                continue  # only what surrounded the missing value was left
        out.append(text)
    return "\n".join(out)


# ---------------------------------------------------------------------------- reading values
@dataclass
class _Context:
    language: str
    locale: str
    currency: str
    now: dt.datetime


def resolve_language(session: Session, language: str = "") -> str:
    """The language to write in: the one asked, else the salon's setting, else English."""
    chosen = (language or settings.get(session, settings.SALON_LANGUAGE) or "en").lower()
    chosen = chosen.replace("-", "_").split("_")[0]
    return chosen if chosen in LANGUAGES else "en"


def _day(day: dt.date, ctx: _Context, patterns: dict[str, str], default: str) -> str:
    return format_date(day, patterns.get(ctx.language, default), locale=ctx.locale)


def _chunks(ids: list[int]) -> Iterable[list[int] | None]:
    """The ids a query at a time; None (every row, the caller keeps the ids it wants) when
    they are so many that reading the whole table is quicker than long IN lists."""
    if len(ids) > WHOLE_TABLE_FROM:
        yield None
        return
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _among(column, chunk: list[int] | None):
    return true() if chunk is None else column.in_(chunk)


def _people(session: Session, ids: list[int], used: set[str],
            ctx: _Context) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = {}
    wanted = set(ids)
    for chunk in _chunks(ids):
        stmt = select(Customer.id, Customer.first_name, Customer.last_name, Customer.birth_month,
                      Customer.birth_day).where(_among(Customer.id, chunk))
        for cid, first, last, month, day in session.connection().execute(stmt).fetchall():
            if chunk is None and cid not in wanted:
                continue
            values = {"first_name": first or "", "last_name": last or ""}
            if "birthday" in used and month and day:
                values["birthday"] = _day(dt.date(2000, month, day), ctx, BIRTHDAY_PATTERNS,
                                          "long")
            found[cid] = values
    return found


def _appointment_values(when: dt.datetime, service: str | None, staff: str | None,
                        ctx: _Context) -> dict[str, str]:
    local = when.astimezone()
    return {"appointment_date": _day(local.date(), ctx, DAY_PATTERNS, "full"),
            "appointment_time": format_time(local.time(), "short", locale=ctx.locale),
            "appointment_service": service or "", "appointment_staff": staff or ""}


def _appointments(session: Session, ids: list[int], appointment_id: int | None,
                  ctx: _Context) -> dict[int, dict[str, str]]:
    """Each customer's next booked appointment (pending or confirmed, from now), or the one
    given for every customer it belongs to."""
    columns = (Appointment.customer_id, Appointment.starts_at, Service.name, Staff.name)
    joined = (select(*columns).outerjoin(Service, Service.id == Appointment.service_id)
              .outerjoin(Staff, Staff.id == Appointment.staff_id))
    found: dict[int, dict[str, str]] = {}
    wanted = set(ids)
    for chunk in _chunks(ids):
        if appointment_id is not None:
            stmt = joined.where(Appointment.id == appointment_id,
                                _among(Appointment.customer_id, chunk))
        else:
            rank = func.row_number().over(partition_by=Appointment.customer_id,
                                          order_by=(Appointment.starts_at, Appointment.id))
            inner = (select(Appointment.id, rank.label("rank"))
                     .where(_among(Appointment.customer_id, chunk),
                            Appointment.status.in_(ACTIVE_STATUSES),
                            Appointment.starts_at >= ctx.now).subquery())
            stmt = joined.join(inner, and_(inner.c.id == Appointment.id, inner.c.rank == 1))
        for cid, when, service, staff in session.execute(stmt).fetchall():
            if cid in wanted:
                found[cid] = _appointment_values(when, service, staff, ctx)
    return found


def _sums(session: Session, ids: list[int], used: set[str], ctx: _Context
          ) -> dict[int, dict[str, str]]:
    """Points, debt and voucher sessions left; a customer without any has 0 of each."""
    zero = {"points": "0", "debt": format_money(0, ctx.currency, ctx.locale),
            "voucher_sessions": "0"}
    defaults = {name: value for name, value in zero.items() if name in used}
    found: dict[int, dict[str, str]] = {cid: dict(defaults) for cid in ids}
    today = ctx.now.astimezone().date()
    for chunk in _chunks(ids):
        for field_name, stmt in _sum_queries(chunk, used, today):
            for cid, value in session.execute(stmt).fetchall():
                if cid not in found:
                    continue
                found[cid][field_name] = (format_money(value, ctx.currency, ctx.locale)
                                          if field_name == "debt" else str(value or 0))
    return found


def _sum_queries(chunk: list[int] | None, used: set[str], today: dt.date) -> Iterable[tuple]:
    if "points" in used:
        rank = func.row_number().over(partition_by=PointsEntry.customer_id,
                                      order_by=(PointsEntry.at.desc(), PointsEntry.id.desc()))
        latest = (select(PointsEntry.customer_id, PointsEntry.balance, rank.label("rank"))
                  .where(_among(PointsEntry.customer_id, chunk)).subquery())
        yield "points", select(latest.c.customer_id, latest.c.balance).where(latest.c.rank == 1)
    if "debt" in used:
        yield "debt", (select(Debt.customer_id, func.sum(Debt.remaining_cents))
                       .where(_among(Debt.customer_id, chunk), Debt.remaining_cents > 0)
                       .group_by(Debt.customer_id))
    if "voucher_sessions" in used:
        left = Voucher.sessions_bought - Voucher.sessions_used
        yield "voucher_sessions", (
            select(Voucher.customer_id, func.sum(left))
            .where(_among(Voucher.customer_id, chunk), Voucher.cancelled.is_(False), left > 0,
                   or_(Voucher.expires_on.is_(None), Voucher.expires_on >= today))
            .group_by(Voucher.customer_id))


def _context(session: Session, language: str, now: dt.datetime | None) -> _Context:
    language = resolve_language(session, language)
    country = settings.get(session, settings.DEFAULT_COUNTRY)
    return _Context(language, locale_name(language, country),
                    settings.get(session, settings.CURRENCY), now or utcnow())


def _values(session: Session, ids: list[int], used: set[str], ctx: _Context,
            appointment_id: int | None) -> dict[int, dict[str, str]]:
    values = _people(session, ids, used, ctx)
    salon = {"salon_name": settings.get(session, settings.SALON_NAME),
             "salon_phone": settings.get(session, settings.SALON_PHONE)}
    appointments = (_appointments(session, ids, appointment_id, ctx)
                    if used & set(APPOINTMENT_FIELDS) else {})
    sums = (_sums(session, ids, used, ctx)
            if used & {"points", "debt", "voucher_sessions"} else {})
    for cid, mine in values.items():
        mine.update(salon)
        mine.update(appointments.get(cid, {}))
        mine.update(sums.get(cid, {}))
    return values


def render(session: Session, subject: str, body: str, customer_ids: list[int], *,
           language: str = "", appointment_id: int | None = None,
           now: dt.datetime | None = None) -> dict[int, Rendered]:
    """Subject and body with the fields of each customer filled in ({customer id: Rendered};
    an id that is no customer is left out). ``appointment_id``: the appointment the message is
    about (a reminder), instead of each customer's next one."""
    subject, body = subject or "", body or ""
    subject_lines, body_lines = _parse(subject, "subject"), _parse(body, "body")
    used = {name for lines in (subject_lines, body_lines) for line in lines
            for _literal, name in line if name}
    ctx = _context(session, language, now)
    values = _values(session, list(dict.fromkeys(customer_ids)), used, ctx, appointment_id)
    found = {}
    for cid, mine in values.items():
        if all(mine.get(name) for name in used):  # every value there: the text as it is
            found[cid] = Rendered(subject.format_map(mine).replace("\n", " ").strip(),
                                  body.format_map(mine))
        else:
            found[cid] = Rendered(_fill(subject_lines, mine).replace("\n", " ").strip(),
                                  _fill(body_lines, mine))
    return found


# ------------------------------------------------------------------------------ the templates
def _row(template: MessageTemplate, languages: list[str]) -> TemplateRow:
    return TemplateRow(template.id, template.name, template.channel, template.category,
                       template.kind, template.active, sorted(languages))


def list_templates(session: Session, channel: str | None = None,
                   kind: str | None = None) -> list[TemplateRow]:
    """Every template (of that channel and kind), by name, with the languages it has."""
    stmt = select(MessageTemplate).order_by(func.lower(MessageTemplate.name), MessageTemplate.id)
    if channel:
        stmt = stmt.where(MessageTemplate.channel == channel)
    if kind:
        stmt = stmt.where(MessageTemplate.kind == kind)
    languages: dict[int, list[str]] = {}
    for template_id, language in session.execute(
            select(MessageTemplateText.template_id, MessageTemplateText.language)):
        languages.setdefault(template_id, []).append(language)
    return [_row(t, languages.get(t.id, [])) for t in session.scalars(stmt)]


def _validate(data: TemplateData) -> dict[str, tuple[str, str]]:
    errors = _name_errors(data)
    if data.channel not in CHANNELS:
        errors["channel"] = Text(msg.TEMPLATE_CHANNEL)
    if data.category not in CATEGORIES:
        errors["category"] = Text(msg.QUEUE_CATEGORY)
    if data.kind not in KINDS:
        errors["kind"] = Text(msg.TEMPLATE_KIND, kind=data.kind, known=", ".join(KINDS))
    texts = {lang: ((subject or "").strip(), (body or "").strip())
             for lang, (subject, body) in data.texts.items() if (body or "").strip()}
    for language, (subject, body) in texts.items():
        if language not in LANGUAGES:
            errors["texts"] = Text(msg.TEMPLATE_LANGUAGE, language=language,
                                   known=", ".join(LANGUAGES))
        elif len(subject) > 200:
            errors["subject"] = Text(msg.MESSAGE_SUBJECT_LONG)
        try:
            check(subject, body)
        except ValidationError as exc:
            errors.update(exc.errors)
    if not texts:
        errors["texts"] = Text(msg.TEMPLATE_NO_TEXT)
    if errors:
        raise ValidationError(errors)
    data.name = " ".join(data.name.split())
    return texts


def _name_errors(data: TemplateData) -> dict[str, str]:
    name = " ".join((data.name or "").split())
    if not name:
        return {"name": Text(msg.TEMPLATE_NAME_EMPTY)}
    if len(name) > 80:
        return {"name": Text(msg.TEMPLATE_NAME_LONG)}
    return {}


def save_template(session: Session, data: TemplateData) -> MessageTemplate:
    """Create the template, or update it when ``data.id`` is set; its texts are replaced by
    the ones given (a language left without a body is removed)."""
    texts = _validate(data)
    if data.id is None:
        template = MessageTemplate()
        session.add(template)
    else:
        template = get_or_not_found(session, MessageTemplate, data.id, msg.TEMPLATE_NOT_FOUND)
    template.name, template.channel, template.category = data.name, data.channel, data.category
    template.kind, template.active = data.kind, data.active
    session.flush()
    rows = {t.language: t for t in session.scalars(
        select(MessageTemplateText).where(MessageTemplateText.template_id == template.id))}
    for language, row in rows.items():
        if language not in texts:
            session.delete(row)
    for language, (subject, body) in texts.items():
        row = rows.get(language) or MessageTemplateText(template_id=template.id,
                                                        language=language)
        row.subject, row.body = subject, body
        session.add(row)
    session.flush()
    return template


def delete_template(session: Session, template_id: int) -> None:
    """Delete the template; messages made from it keep their text."""
    session.delete(get_or_not_found(session, MessageTemplate, template_id,
                                    msg.TEMPLATE_NOT_FOUND))
    session.flush()


def template_text(session: Session, template_id: int, language: str) -> tuple[str, str]:
    """(subject, body) in that language, else in English, else in any it has."""
    get_or_not_found(session, MessageTemplate, template_id, msg.TEMPLATE_NOT_FOUND)
    texts = {row.language: (row.subject, row.body) for row in session.scalars(
        select(MessageTemplateText).where(MessageTemplateText.template_id == template_id))}
    for wanted in (language, "en", *sorted(texts)):
        if wanted in texts:
            return texts[wanted]
    return "", ""


def template_by_name(session: Session, name: str) -> int:
    """The id of the template of that name (any case); NotFound listing the names otherwise."""
    folded = " ".join(name.split()).casefold()
    rows = list_templates(session)
    for row in rows:
        if row.name.casefold() == folded:
            return row.id
    raise NotFound(Text(msg.TEMPLATE_NAME_UNKNOWN, name=name,
                        known=", ".join(r.name for r in rows) or "-"))


def template_for(session: Session, kind: str, channel: str, template_id: int = 0) -> int | None:
    """The template an automatic message uses: the one chosen in the settings when it still
    exists, else the built-in one of that kind and channel, else any active one of them."""
    for candidate in (template_id, BUILT_IN.get((kind, channel))):
        if candidate and session.get(MessageTemplate, candidate) is not None:
            return candidate
    return session.scalar(select(MessageTemplate.id).where(
        MessageTemplate.kind == kind, MessageTemplate.channel == channel,
        MessageTemplate.active.is_(True)).order_by(MessageTemplate.id).limit(1))
