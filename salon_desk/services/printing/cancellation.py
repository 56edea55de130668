"""The cancellation ticket of a cancelled (voided) sale: which ticket it cancels, when, why and by
whom, the items cancelled, and what was given back (money out of the till by method, voucher
sessions, card value and points) or closed (the debt it left).

Printed like the ticket itself (a roll whose length follows the content, or a page), from what
the cancellation recorded: the till's negative movements and the points ledger of the sale.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import CashMovement, Debt, DebtPayment, Payment, PointsEntry
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError
from salon_desk.services.printing import common
from salon_desk.services.printing.common import (
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    PrintContext,
    Rule,
    _,
    esc,
    styles,
)
from salon_desk.services.printing.ticket import (
    ROLL_FONT,
    ROLL_MARGINS,
    ROLL_WIDTHS,
    TicketData,
    _summary_table,
    payment_label,
    roll_document,
    ticket_data,
)
from salon_desk.services.texts import Text


@dataclass
class CancellationData:
    ticket: TicketData
    refunds: list[tuple[str, int]] = field(default_factory=list)  # (method, cents) given back
    sessions_returned: int = 0
    prepaid_returned_cents: int = 0
    loyalty_returned_cents: int = 0
    points_returned: int = 0  # points the sale was paid with
    points_taken_back: int = 0  # points it had earned
    debt_closed_cents: int = 0


def cancellation_data(session: Session, sale_id: int, ctx: PrintContext) -> CancellationData:
    ticket = ticket_data(session, sale_id, ctx)
    if not ticket.cancelled:
        raise ValidationError({"sale": Text(msg.SALE_NOT_CANCELLED, ticket=ticket.number)})
    data = CancellationData(ticket)
    data.refunds = [(method, -int(total)) for method, total in session.execute(
        select(CashMovement.method, func.sum(CashMovement.amount_cents))
        .where(CashMovement.sale_id == sale_id, CashMovement.amount_cents < 0)
        .group_by(CashMovement.method).order_by(func.min(CashMovement.id)))]
    for method, count, total in session.execute(
            select(Payment.method, func.count(), func.sum(Payment.amount_cents))
            .where(Payment.sale_id == sale_id).group_by(Payment.method)):
        if method == "voucher":
            data.sessions_returned = int(count)
        elif method == "prepaid":
            data.prepaid_returned_cents = int(total)
        elif method == "loyalty_card":
            data.loyalty_returned_cents = int(total)
    for points in session.scalars(select(PointsEntry.points).where(
            PointsEntry.sale_id == sale_id, PointsEntry.action == "adjusted")):
        if points > 0:
            data.points_returned += points
        else:
            data.points_taken_back -= points
    for debt in session.scalars(select(Debt).where(Debt.sale_id == sale_id)):
        paid = session.scalar(select(func.coalesce(func.sum(DebtPayment.amount_cents), 0))
                              .where(DebtPayment.debt_id == debt.id)) or 0
        data.debt_closed_cents += max(0, debt.initial_cents - int(paid))
    return data


def _facts(data: CancellationData, ctx: PrintContext) -> list[tuple[str, str]]:
    t = data.ticket
    facts = [(_("Cancels ticket"), t.number), (_("Ticket date"), ctx.datetime(t.sold_at))]
    if t.cancelled_at:
        facts.append((_("Cancelled on"), ctx.datetime(t.cancelled_at)))
    if t.cancelled_by:
        facts.append((_("Cancelled by"), t.cancelled_by))
    if t.customer:
        facts.append((_("Customer"), t.customer))
    return facts


def _summary_rows(data: CancellationData, ctx: PrintContext) -> list[tuple[str, str, str]]:
    m = ctx.money
    rows = [(_("Total cancelled"), m(-data.ticket.total_cents), "total")]
    given: list[tuple[str, str, str]] = []
    for method, cents in data.refunds:
        given.append((_("Given back: {method}").format(method=payment_label(method)),
                      m(-cents), ""))
    if data.sessions_returned:
        given.append((_("Voucher sessions given back"), str(data.sessions_returned), ""))
    if data.prepaid_returned_cents:
        given.append((_("Given back to the prepaid card"), m(data.prepaid_returned_cents), ""))
    if data.loyalty_returned_cents:
        given.append((_("Given back to the loyalty card"), m(data.loyalty_returned_cents), ""))
    if data.points_returned:
        given.append((_("Points given back"), f"+{data.points_returned}", ""))
    if data.points_taken_back:
        given.append((_("Points earned taken back"), f"-{data.points_taken_back}", ""))
    if data.debt_closed_cents:
        given.append((_("Debt closed (no longer owed)"), m(data.debt_closed_cents), "bold"))
    if given:
        rows += [("", "", "gap"), *given]
    return rows


def _reason(data: CancellationData, size: float) -> Paragraph:
    return Paragraph(f"<b>{esc(_('Reason'))}:</b> {esc(data.ticket.cancel_reason)}",
                     styles(size)["body"])


def _roll_story(data: CancellationData, ctx: PrintContext, layout: str, width: float) -> list:
    size = ROLL_FONT[layout]
    st = styles(size)
    m = ctx.money
    story = common.receipt_header(ctx, width, size)
    story += [Rule(4, dashed=True), Paragraph(esc(_("CANCELLATION")), common.styles(size * 1.5)
                                              ["alert"]), Spacer(1, 2)]
    info = Table([[label, Paragraph(esc(value), st["right"])]
                  for label, value in _facts(data, ctx)],
                 colWidths=[width * 0.38, width * 0.62])
    info.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT, size), ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [info, Spacer(1, 2), _reason(data, size), Rule(4, dashed=True)]
    cells = [[_("Items cancelled"), _("Amount")]]
    commands = [("FONT", (0, 0), (-1, 0), FONT_BOLD, size * 0.9),
                ("FONT", (0, 1), (-1, -1), FONT, size), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]
    for line in data.ticket.lines:
        name = esc(common.item_name(line.description))
        text = name if line.quantity == 1 else f"{line.quantity} × {name}"
        cells.append([Paragraph(text, st["body"]), m(-line.amount_cents)])
    lines = Table(cells, colWidths=[width * 0.68, width * 0.32], repeatRows=1)
    lines.setStyle(TableStyle(commands))
    story += [lines, Rule(4)]
    story.append(_summary_table(_summary_rows(data, ctx), [width * 0.64, width * 0.36], size))
    story += [Spacer(1, 3 * mm), Paragraph(esc(_("This receipt cancels ticket {number}.").format(
        number=data.ticket.number)), st["muted_center"])]
    return story


def _page_pdf(data: CancellationData, ctx: PrintContext, pagesize: tuple[float, float]) -> bytes:
    size = 9.0
    m = ctx.money
    width = common.content_width(pagesize)
    story = common.page_header(ctx, width, _("Cancellation"), _facts(data, ctx), size)
    story += [Spacer(1, 5 * mm), _reason(data, size), Spacer(1, 4 * mm)]
    cells = [[str(line.quantity), Paragraph(esc(common.item_name(line.description)),
                                            styles(size)["body"]),
              m(-line.amount_cents)] for line in data.ticket.lines]
    story += [common.lines_table([_("Qty"), _("Items cancelled"), _("Amount")], cells,
                                 [12 * mm, 0, 30 * mm], width, size), Spacer(1, 4 * mm)]
    summary = _summary_table(_summary_rows(data, ctx), [70 * mm, 30 * mm], size)
    summary.hAlign = "RIGHT"
    story.append(KeepTogether([summary]))
    title = _("Cancellation of ticket {number}").format(number=data.ticket.number)
    return common.build_pages(ctx, title, story, pagesize)


def cancellation_pdf(session: Session, sale_id: int, layout: str, ctx: PrintContext) -> bytes:
    """PDF bytes of a cancelled sale's cancellation ticket in a ticket layout."""
    data = cancellation_data(session, sale_id, ctx)
    if layout in ROLL_WIDTHS:
        width = ROLL_WIDTHS[layout] - 2 * ROLL_MARGINS[layout]
        title = _("Cancellation of ticket {number}").format(number=data.ticket.number)
        return roll_document(_roll_story(data, ctx, layout, width), ctx, layout, title)
    return _page_pdf(data, ctx, common.PAGE_SIZES[layout])
