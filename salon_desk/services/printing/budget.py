"""A budget (quote) to hand over: its code, dates, the customer, lines, totals with the tax
they include, the conditions and room for the customer's acceptance."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from salon_desk.models import Budget, Customer
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.phones import format_phone
from salon_desk.services.printing import common
from salon_desk.services.printing.appointments import boxed
from salon_desk.services.printing.common import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    PricedLine,
    PrintContext,
    _,
    esc,
    styles,
)

STATUS_LABELS = {"accepted": "Accepted", "rejected": "Rejected"}


@dataclass
class BudgetData:
    code: str
    issued_on: dt.date
    valid_until: dt.date | None
    customer: str
    customer_lines: list[str]
    staff: str
    description: str
    conditions: str
    status: str
    lines: list[PricedLine] = field(default_factory=list)
    total_cents: int = 0

    @property
    def subtotal_cents(self) -> int:
        return sum(line.gross_cents for line in self.lines)

    @property
    def discount_cents(self) -> int:
        return self.subtotal_cents - sum(line.amount_cents for line in self.lines)


def budget_data(session: Session, budget_id: int, ctx: PrintContext) -> BudgetData:
    budget = get_or_not_found(session, Budget, budget_id, msg.BUDGET_NOT_FOUND)
    customer = session.get(Customer, budget.customer_id) if budget.customer_id else None
    lines = [_priced_line(session, ln, ctx) for ln in budget.lines]
    total = budget.total_cents
    if lines:
        total = sum(line.amount_cents for line in lines)
        if not ctx.prices_include_tax:
            total += sum(t for _b, t in _taxes(lines, ctx).values())
    return BudgetData(
        code=budget.code, issued_on=budget.issued_on, valid_until=budget.valid_until,
        customer=customer.full_name if customer else "",
        customer_lines=_contact_lines(customer) if customer is not None else [],
        staff=budget.staff.name if budget.staff else "", description=budget.description or "",
        conditions=budget.conditions or ctx.budget_conditions, status=budget.status,
        lines=lines, total_cents=total)


def _contact_lines(customer: Customer) -> list[str]:
    """The customer's phone, email and address, those it has."""
    contact = [format_phone(customer.mobile) or format_phone(customer.phone),
               customer.email or "",
               ", ".join(p for p in (customer.street, " ".join(
                   p for p in (customer.postcode, customer.city) if p)) if p)]
    return [c for c in contact if c]


def _priced_line(session: Session, ln, ctx: PrintContext) -> PricedLine:
    """A budget line with the tax rate of its service or product (the salon's default for
    a line typed in)."""
    item = None
    if ln.service_id:
        from salon_desk.models import Service
        item = session.get(Service, ln.service_id)
    elif ln.product_id:
        from salon_desk.models import Product
        item = session.get(Product, ln.product_id)
    rate = Decimal(item.tax_rate) if item is not None else ctx.default_tax_rate
    return PricedLine(ln.description, ln.quantity, ln.unit_price_cents,
                      Decimal(ln.discount_percent or 0), ln.amount_cents, rate)

def _taxes(lines: list[PricedLine], ctx: PrintContext) -> dict[Decimal, tuple[int, int]]:
    gross: dict[Decimal, int] = defaultdict(int)
    for line in lines:
        gross[line.tax_rate.normalize()] += line.amount_cents
    return {rate: common.split_tax(amount, rate, ctx.prices_include_tax)
            for rate, amount in sorted(gross.items(), reverse=True)}


def budget_pdf(session: Session, budget_id: int, ctx: PrintContext | None = None) -> bytes:
    """PDF bytes of a budget (quote)."""
    common.register_fonts()
    ctx = ctx or common.load_context(session)
    data = budget_data(session, budget_id, ctx)
    size = 9.0
    st = styles(size)
    m = ctx.money
    width = common.content_width(ctx.pagesize)
    facts = [(_("No."), data.code), (_("Date"), ctx.date(data.issued_on))]
    if data.valid_until:
        facts.append((_("Valid until"), ctx.date(data.valid_until)))
    story = common.page_header(ctx, width, _("Budget"), facts, size)
    story.append(Spacer(1, 6 * mm))

    who = [Paragraph(f'<font color="#6b6b6b">{esc(_("For"))}</font>', st["small"]),
           Paragraph(f"<b>{esc(data.customer or '—')}</b>", st["body"])]
    who += [Paragraph(esc(line), st["small"]) for line in data.customer_lines]
    by: list = []
    if data.staff:
        by = [Paragraph(f'<font color="#6b6b6b">{esc(_("Prepared by"))}</font>', st["small"]),
              Paragraph(esc(data.staff), st["body"])]
    if data.status in STATUS_LABELS:
        by.append(Paragraph(esc(_(STATUS_LABELS[data.status])).upper(), st["alert"]))
    parties = Table([[who, by]], colWidths=[width * 0.6, width * 0.4])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [parties, Spacer(1, 5 * mm)]
    if data.description:
        story += [Paragraph(esc(data.description), st["body"]), Spacer(1, 4 * mm)]

    header = [_("Qty"), _("Treatment or product"), _("Unit price"), _("Disc."), _("Amount")]
    cells = [[str(line.quantity), Paragraph(esc(line.description), st["body"]),
              m(line.unit_cents),
              common.percent(line.discount_percent) if line.discount_percent else "",
              m(line.amount_cents)] for line in data.lines]
    table = common.lines_table(header, cells, [12 * mm, 0, 26 * mm, 16 * mm, 28 * mm], width,
                               size)
    story += [table, Spacer(1, 4 * mm)]

    rows: list[tuple[str, str]] = []
    if data.discount_cents:
        rows += [(_("Subtotal"), m(data.subtotal_cents)),
                 (_("Discounts"), m(-data.discount_cents))]
    word = _("incl.") if ctx.prices_include_tax else _("on")
    for rate, (base, tax) in _taxes(data.lines, ctx).items():
        rows.append((f"{ctx.tax_label} {common.percent(rate)} {word} {m(base)}", m(tax)))
    total_row = len(rows)
    rows.append((_("TOTAL"), m(data.total_cents)))
    totals = Table(rows, colWidths=[62 * mm, 30 * mm], hAlign="RIGHT")
    totals.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (-1, total_row - 1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("FONT", (0, total_row), (-1, total_row), FONT_BOLD, size * 1.35),
        ("TEXTCOLOR", (0, total_row), (-1, total_row), INK),
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, INK),
        ("TOPPADDING", (0, total_row), (-1, total_row), 4)]))
    story += [KeepTogether([totals]), Spacer(1, 8 * mm)]
    if data.conditions:
        story += [boxed(_("Conditions"), [Paragraph(esc(data.conditions), st["body"])], width),
                  Spacer(1, 10 * mm)]
    sign = Table([[_("Accepted by the customer (signature)"), "", _("Date")],
                  ["", "", ""]], colWidths=[width * 0.55, width * 0.1, width * 0.35],
                 rowHeights=[12, 16 * mm])
    sign.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size * 0.85), ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, 1), (0, 1), 0.6, RULE),
        ("LINEBELOW", (2, 1), (2, 1), 0.6, RULE)]))
    story.append(KeepTogether([sign]))
    title = _("Budget {code}").format(code=data.code)
    return common.build_pages(ctx, title, story, subject=title)


def write_pdf(session: Session, budget_id: int, path: str | Path, **options) -> Path:
    return common.write_pdf(path, budget_pdf(session, budget_id, **options))
