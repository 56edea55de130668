"""The customer's upcoming appointments on one sheet, with the salon's contact and its
cancellation policy: handed over at the desk or sent as a PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Appointment, AppointmentStatus, Customer, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.phones import format_phone
from salon_desk.services.printing import common
from salon_desk.services.printing.common import (
    ACCENT,
    FONT,
    RULE,
    SHADE,
    PrintContext,
    _,
    esc,
    styles,
)

UPCOMING = (AppointmentStatus.PENDING.value, AppointmentStatus.CONFIRMED.value)


def weekday(day: dt.date) -> str:
    names = (_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"),
             _("Saturday"), _("Sunday"))
    return names[day.weekday()]


def duration(minutes: int) -> str:
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours} h {rest:02d} min"
    return f"{hours} h" if hours else f"{rest} min"


@dataclass
class UpcomingAppointment:
    starts_at: dt.datetime
    minutes: int
    service: str
    staff: str
    room: str
    status: str
    price_cents: int
    notes: str = ""


def upcoming_appointments(session: Session, customer_id: int,
                          since: dt.datetime | None = None,
                          limit: int | None = None) -> list[UpcomingAppointment]:
    """Pending and confirmed appointments from now on, soonest first."""
    query = (select(Appointment)
             .where(Appointment.customer_id == customer_id,
                    Appointment.starts_at >= (since or utcnow()),
                    Appointment.status.in_(UPCOMING))
             .order_by(Appointment.starts_at, Appointment.id))
    if limit:
        query = query.limit(limit)
    return [UpcomingAppointment(
        starts_at=a.starts_at, minutes=a.duration_minutes,
        service=a.service.name if a.service else _("Appointment"),
        staff=a.staff.name if a.staff else "", room=a.room.name if a.room else "",
        status=a.status, price_cents=a.price_cents, notes=a.notes or "")
        for a in session.scalars(query).unique()]


def appointments_table(rows: list[UpcomingAppointment], ctx: PrintContext, width: float,
                       size: float = 9.0, show_price: bool = False) -> Table:
    st = styles(size)
    header = [_("Date"), _("Time"), _("Service"), _("With"), _("Duration")]
    if show_price:
        header.append(_("Price"))
    cells: list[list] = [[Paragraph(esc(h), st["th"]) for h in header]]
    for a in rows:
        local = a.starts_at.astimezone()
        service = esc(a.service)
        if a.notes:
            service += f'<br/><font color="#6b6b6b" size="{size * 0.85:.1f}">{esc(a.notes)}</font>'
        row = [f"{weekday(local.date())} {ctx.date(local)}", ctx.time(local),
               Paragraph(service, st["body"]), a.staff, duration(a.minutes)]
        if show_price:
            row.append(ctx.money(a.price_cents) if a.price_cents else "")
        cells.append(row)
    fixed = [40 * mm, 14 * mm, 0, 28 * mm, 22 * mm] + ([22 * mm] if show_price else [])
    widths = [w or width - sum(fixed) for w in fixed]
    table = Table(cells, colWidths=widths, repeatRows=1)
    commands = [("FONT", (0, 1), (-1, -1), FONT, size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if show_price:
        commands.append(("ALIGN", (-1, 1), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def boxed(title: str, body: list, width: float, size: float = 9.0) -> KeepTogether:
    """A titled panel with a coloured rule on its left, kept on one page."""
    st = styles(size)
    inner = [Paragraph(f"<b>{esc(title)}</b>", st["body"]), Spacer(1, 2), *body]
    table = Table([[inner]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([table])


def appointments_pdf(session: Session, customer_id: int, ctx: PrintContext | None = None,
                     show_price: bool = False) -> bytes:
    """PDF bytes of a customer's upcoming appointments."""
    common.register_fonts()
    customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    ctx = ctx or common.load_context(session)
    rows = upcoming_appointments(session, customer_id)
    st = styles(9.0)
    width = common.content_width(ctx.pagesize)
    story = common.page_header(ctx, width, _("Your appointments"),
                               [(_("Customer"), customer.full_name),
                                (_("Date"), ctx.date(ctx.printed_at))])
    story.append(Spacer(1, 7 * mm))
    name = customer.first_name or customer.full_name
    if rows:
        story.append(Paragraph(esc(_("Dear {name}, these are your upcoming appointments at "
                                     "{salon}:").format(name=name, salon=ctx.salon.name)),
                               st["body"]))
        story += [Spacer(1, 4 * mm), appointments_table(rows, ctx, width, show_price=show_price)]
    else:
        story.append(Paragraph(esc(_("Dear {name}, you have no upcoming appointments at "
                                     "{salon}.").format(name=name, salon=ctx.salon.name)),
                               st["body"]))
    story.append(Spacer(1, 8 * mm))
    salon = ctx.salon
    contact = [Paragraph(esc(line), st["body"]) for line in
               (salon.name, salon.address, format_phone(salon.phone) or salon.phone,
                salon.email, salon.website) if line]
    story.append(boxed(_("How to reach us"), contact, width))
    if ctx.cancellation_policy:
        story += [Spacer(1, 5 * mm), boxed(_("Cancellation policy"),
                                           [Paragraph(esc(ctx.cancellation_policy),
                                                      st["body"])], width)]
    title = _("Appointments of {name}").format(name=customer.full_name)
    return common.build_pages(ctx, title, story, subject=title)


def write_pdf(session: Session, customer_id: int, path: str | Path, **options) -> Path:
    return common.write_pdf(path, appointments_pdf(session, customer_id, **options))
