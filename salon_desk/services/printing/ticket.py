"""The ticket (receipt) of a sale: on an 80 mm or 58 mm roll whose length follows the content,
or on an A4/Letter page.

The data is gathered first (``ticket_data``), then laid out; the sums on the ticket are made
from its lines, so subtotal, discounts, taxes and total always add up on paper.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Customer, PointsEntry, Sale
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.printing import common
from salon_desk.services.printing.common import (
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    PricedLine,
    PrintContext,
    Rule,
    _,
    esc,
    styles,
)

ROLL_WIDTHS = {"80mm": 80 * mm, "58mm": 58 * mm}
ROLL_MARGINS = {"80mm": 4 * mm, "58mm": 3 * mm}
ROLL_FONT = {"80mm": 8.0, "58mm": 7.0}


def payment_label(method: str) -> str:
    return {"cash": _("Cash"), "card": _("Card"), "transfer": _("Bank transfer"),
            "voucher": _("Voucher"), "prepaid": _("Prepaid card"),
            "loyalty_card": _("Loyalty card"), "points": _("Points")}.get(method, method.title())


@dataclass
class TicketLine(PricedLine):
    staff: str = ""


@dataclass
class TaxRow:
    rate: Decimal
    base_cents: int
    tax_cents: int


@dataclass
class TicketPayment:
    method: str
    amount_cents: int
    tendered_cents: int | None = None

    @property
    def change_cents(self) -> int:
        if self.method == "cash" and self.tendered_cents and self.tendered_cents > self.amount_cents:
            return self.tendered_cents - self.amount_cents
        return 0


@dataclass
class TicketData:
    number: str
    sold_at: dt.datetime
    staff: str
    customer: str
    lines: list[TicketLine]
    taxes: list[TaxRow]
    subtotal_cents: int
    discount_cents: int
    total_cents: int
    payments: list[TicketPayment] = field(default_factory=list)
    points_earned: int = 0
    points_balance: int | None = None
    comments: str = ""
    cancelled: bool = False
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""
    cancelled_by: str = ""

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def change_cents(self) -> int:
        return sum(p.change_cents for p in self.payments)

    @property
    def pending_cents(self) -> int:
        return max(self.total_cents - self.paid_cents, 0)


def ticket_data(session: Session, sale_id: int, ctx: PrintContext) -> TicketData:
    sale = get_or_not_found(session, Sale, sale_id, msg.SALE_NOT_FOUND)
    lines = [TicketLine(description=ln.description, quantity=ln.quantity,
                        unit_cents=ln.unit_price_cents,
                        discount_percent=Decimal(ln.discount_percent or 0),
                        amount_cents=ln.amount_cents, tax_rate=Decimal(ln.tax_rate or 0),
                        staff=ln.staff.name if ln.staff and ln.staff_id != sale.staff_id else "")
             for ln in sale.lines]
    taxes = _tax_rows(lines, ctx)
    amounts = sum(line.amount_cents for line in lines)
    if lines:
        total = amounts if ctx.prices_include_tax else amounts + sum(t.tax_cents for t in taxes)
    else:
        total = sale.total_cents
    customer = session.get(Customer, sale.customer_id) if sale.customer_id else None
    return TicketData(
        number=sale.ticket_number, sold_at=sale.sold_at,
        staff=sale.staff.name if sale.staff else "", customer=customer.full_name if customer else "",
        lines=lines, taxes=taxes, subtotal_cents=sum(line.gross_cents for line in lines),
        discount_cents=sum(line.discount_cents for line in lines), total_cents=total,
        payments=[TicketPayment(p.method, p.amount_cents, p.tendered_cents)
                  for p in sale.payments],
        points_earned=sale.points_earned,
        points_balance=_points_balance(session, sale, customer) if customer else None,
        comments=sale.comments or "",
        cancelled=sale.cancelled, cancelled_at=sale.cancelled_at,
        cancel_reason=sale.cancel_reason or "", cancelled_by=sale.cancelled_by or "")


def _tax_rows(lines: list[TicketLine], ctx: PrintContext) -> list[TaxRow]:
    """The tax of each rate, highest rate first."""
    by_rate: dict[Decimal, int] = defaultdict(int)
    for line in lines:
        by_rate[line.tax_rate.normalize()] += line.amount_cents
    return [TaxRow(rate, *common.split_tax(gross, rate, ctx.prices_include_tax))
            for rate, gross in sorted(by_rate.items(), reverse=True)]


def _points_balance(session: Session, sale: Sale, customer: Customer) -> int:
    """The customer's points balance after this sale (their current one for a sale that moved
    no points)."""
    balance = session.scalar(
        select(PointsEntry.balance).where(PointsEntry.sale_id == sale.id,
                                          PointsEntry.action != "adjusted")  # not a void's
        .order_by(PointsEntry.id.desc()).limit(1))
    if balance is None:
        balance = session.scalar(
            select(PointsEntry.balance).where(PointsEntry.customer_id == customer.id)
            .order_by(PointsEntry.at.desc(), PointsEntry.id.desc()).limit(1)) or 0
    return balance

# ---------------------------------------------------------------------------- pieces
def _tax_label(ctx: PrintContext, row: TaxRow) -> str:
    if ctx.prices_include_tax:
        return _("{tax} {rate} incl. on {base}").format(
            tax=ctx.tax_label, rate=ctx.percent(row.rate), base=ctx.money(row.base_cents))
    return _("{tax} {rate} on {base}").format(
        tax=ctx.tax_label, rate=ctx.percent(row.rate), base=ctx.money(row.base_cents))


def _summary_rows(data: TicketData, ctx: PrintContext) -> list[tuple[str, str, str]]:
    """(label, value, style) rows under the lines: totals, taxes, payments, points."""
    m = ctx.money
    rows: list[tuple[str, str, str]] = [(_("Subtotal"), m(data.subtotal_cents), "")]
    if data.discount_cents:
        rows.append((_("Discounts"), m(-data.discount_cents), ""))
    for row in data.taxes:
        rows.append((_tax_label(ctx, row), m(row.tax_cents), "muted"))
    rows.append((_("TOTAL"), m(data.total_cents), "total"))
    if data.payments:
        rows.append(("", "", "gap"))
        for p in data.payments:
            rows.append((payment_label(p.method), m(p.amount_cents), ""))
            if p.change_cents:
                rows.append((_("Cash tendered"), m(p.tendered_cents or 0), "muted"))
        if data.change_cents:
            rows.append((_("Change"), m(data.change_cents), "bold"))
    if data.pending_cents and not data.cancelled:
        rows.append((_("Pending payment"), m(data.pending_cents), "bold"))
    if data.points_balance is not None and (data.points_earned or data.points_balance):
        rows.append(("", "", "gap"))
        rows.append((_("Points earned"), ctx.number(data.points_earned, signed=True), ""))
        rows.append((_("Points balance"), ctx.number(data.points_balance), "bold"))
    return rows


def _summary_table(rows: list[tuple[str, str, str]], widths: list[float],
                   size: float) -> Table:
    st = styles(size)
    cells, commands = [], [
        ("FONT", (0, 0), (-1, -1), FONT, size), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i, (label, value, style) in enumerate(rows):
        if style == "gap":
            cells.append(["", ""])
            commands.append(("FONTSIZE", (0, i), (-1, i), size * 0.5))
            continue
        cells.append([Paragraph(esc(label), st["body"]) if len(label) > 28 else label, value])
        if style == "total":
            commands += [("FONT", (0, i), (-1, i), FONT_BOLD, size * 1.35),
                         ("LINEABOVE", (0, i), (-1, i), 0.8, common.INK),
                         ("TOPPADDING", (0, i), (-1, i), 3), ("BOTTOMPADDING", (0, i), (-1, i), 3)]
        elif style == "bold":
            commands.append(("FONT", (0, i), (-1, i), FONT_BOLD, size))
        elif style == "muted":
            commands += [("TEXTCOLOR", (0, i), (-1, i), MUTED),
                         ("FONTSIZE", (0, i), (-1, i), size * 0.9)]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle(commands))
    return table


def _cancelled_mark(size: float) -> Paragraph:
    return Paragraph(esc(_("CANCELLED")), styles(size)["alert"])


def _cancelled_note(data: TicketData, ctx: PrintContext, size: float) -> list[Paragraph]:
    """When and why the sale was cancelled, under the mark."""
    if not data.cancelled_at and not data.cancel_reason:
        return []
    text = _("Cancelled on {date}").format(date=ctx.datetime(data.cancelled_at)) \
        if data.cancelled_at else ""
    if data.cancel_reason:
        text = f"{text}: {data.cancel_reason}" if text else data.cancel_reason
    return [Paragraph(esc(text), styles(size)["small"])]


# ------------------------------------------------------------------------------ roll layout
def _roll_story(data: TicketData, ctx: PrintContext, layout: str, width: float) -> list:
    size = ROLL_FONT[layout]
    st = styles(size)
    m = ctx.money
    story = common.receipt_header(ctx, width, size)
    story.append(Rule(4, dashed=True))
    facts = [(_("Ticket"), data.number), (_("Date"), ctx.datetime(data.sold_at))]
    if data.staff:
        facts.append((_("Staff"), data.staff))
    if data.customer:
        facts.append((_("Customer"), data.customer))
    info = Table([[label, Paragraph(esc(value), st["right"])] for label, value in facts],
                 colWidths=[width * 0.32, width * 0.68])
    info.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT, size), ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(info)
    if data.cancelled:
        story += [Spacer(1, 2), _cancelled_mark(size * 1.4), *_cancelled_note(data, ctx, size)]
    story.append(Rule(4, dashed=True))

    widths = [width * 0.52, width * 0.18, width * 0.30]
    cells = [[_("Qty × Price"), _("Disc."), _("Amount")]]
    commands = [("FONT", (0, 0), (-1, 0), FONT_BOLD, size * 0.9),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ("FONT", (0, 1), (-1, -1), FONT, size)]
    for line in data.lines:
        row = len(cells)
        text = esc(common.item_name(line.description))
        if line.staff:
            text += f' <font color="#6b6b6b" size="{size * 0.85:.1f}">· {esc(line.staff)}</font>'
        cells.append([Paragraph(text, st["body"]), "", ""])
        cells.append([f"{line.quantity} × {m(line.unit_cents)}",
                      f"-{common.percent(line.discount_percent)}" if line.discount_percent
                      else "", m(line.amount_cents)])
        commands += [("SPAN", (0, row), (-1, row)), ("TOPPADDING", (0, row), (-1, row), 3),
                     ("TEXTCOLOR", (0, row + 1), (1, row + 1), MUTED)]
    lines = Table(cells, colWidths=widths, repeatRows=1)
    lines.setStyle(TableStyle(commands))
    story += [lines, Rule(4)]
    story.append(_summary_table(_summary_rows(data, ctx), [width * 0.62, width * 0.38], size))
    if data.comments:
        story += [Rule(4, dashed=True), Paragraph(esc(data.comments), st["small"])]
    if ctx.ticket_footer:
        story += [Spacer(1, 3 * mm), Paragraph(esc(ctx.ticket_footer), st["center"])]
    barcode = Code128(data.number, barWidth=0.7 if layout == "80mm" else 0.55,
                      barHeight=8 * mm, humanReadable=False, quiet=False)
    barcode.hAlign = "CENTER"
    story += [Spacer(1, 3 * mm), barcode]
    return story


def _roll_pdf(data: TicketData, ctx: PrintContext, layout: str) -> bytes:
    width = ROLL_WIDTHS[layout] - 2 * ROLL_MARGINS[layout]
    return roll_document(_roll_story(data, ctx, layout, width), ctx, layout,
                         _("Ticket {number}").format(number=data.number))


def roll_document(story: list, ctx: PrintContext, layout: str, title: str) -> bytes:
    """One page exactly as long as the content: measure the story, then build that page."""
    page_w, margin = ROLL_WIDTHS[layout], ROLL_MARGINS[layout]
    width = page_w - 2 * margin
    height = 0.0
    for flowable in story:
        _w, h = flowable.wrap(width, 10_000)
        height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    height += 2  # rounding slack so the last flowable never spills onto a second page
    top = bottom = 5 * mm
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=(page_w, height + top + bottom), leftMargin=margin,
                          rightMargin=margin, topMargin=top, bottomMargin=bottom,
                          title=title, author=ctx.salon.name, creator="Salon Desk")
    frame = Frame(margin, bottom, width, height, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="roll")
    doc.addPageTemplates([PageTemplate("roll", [frame])])
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------------------- page layout
def _page_pdf(data: TicketData, ctx: PrintContext, pagesize: tuple[float, float]) -> bytes:
    size = 9.0
    st = styles(size)
    m = ctx.money
    width = common.content_width(pagesize)
    facts = [(_("No."), data.number), (_("Date"), ctx.datetime(data.sold_at))]
    if data.staff:
        facts.append((_("Staff"), data.staff))
    story = common.page_header(ctx, width, _("Ticket"), facts, size)
    story.append(Spacer(1, 5 * mm))
    if data.customer:
        story.append(Paragraph(f'<font color="#6b6b6b">{esc(_("Customer"))}</font>  '
                               f'<b>{esc(data.customer)}</b>', st["body"]))
        story.append(Spacer(1, 3 * mm))
    if data.cancelled:
        story += [_cancelled_mark(size * 1.6), *_cancelled_note(data, ctx, size),
                  Spacer(1, 3 * mm)]
    header = [_("Qty"), _("Item"), _("Unit price"), _("Disc."), _("Tax"), _("Amount")]
    cells = []
    for line in data.lines:
        item = esc(common.item_name(line.description))
        if line.staff:
            item += f' <font color="#6b6b6b">· {esc(line.staff)}</font>'
        cells.append([str(line.quantity), Paragraph(item, st["body"]), m(line.unit_cents),
                      common.percent(line.discount_percent) if line.discount_percent else "",
                      common.percent(line.tax_rate), m(line.amount_cents)])
    table = common.lines_table(header, cells, [12 * mm, 0, 25 * mm, 16 * mm, 16 * mm, 26 * mm],
                               width, size)
    story += [table, Spacer(1, 4 * mm)]
    summary = _summary_table(_summary_rows(data, ctx), [60 * mm, 30 * mm], size)
    summary.hAlign = "RIGHT"
    story.append(KeepTogether([summary]))
    if data.comments:
        story += [Spacer(1, 5 * mm), Paragraph(f"<b>{esc(_('Comments'))}</b>", st["body"]),
                  Paragraph(esc(data.comments), st["body"])]
    if ctx.ticket_footer:
        story += [Spacer(1, 8 * mm), Paragraph(esc(ctx.ticket_footer), st["center"])]
    title = _("Ticket {number}").format(number=data.number)
    return common.build_pages(ctx, title, story, pagesize)


# ------------------------------------------------------------------------------- public
def sale_ticket_pdf(session: Session, sale_id: int, layout: str, ctx: PrintContext) -> bytes:
    """PDF bytes of a sale's ticket in ``layout`` (one of TICKET_LAYOUTS); the public entry,
    which also prints cancellations, is services.printing.tickets.ticket_pdf."""
    data = ticket_data(session, sale_id, ctx)
    if layout in ROLL_WIDTHS:
        return _roll_pdf(data, ctx, layout)
    return _page_pdf(data, ctx, common.PAGE_SIZES[layout])
