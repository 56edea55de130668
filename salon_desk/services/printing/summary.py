"""The record summary: who the customer is (photo, contact, badges, allergies), their consent,
then each part of the record in a section with its totals (debts, upcoming appointments, patch
tests, sales with who did the services, credits, points, budgets, notes, the list of documents);
"Page x of y" and the print date at the foot of every page. A section that runs onto the next
page repeats its title and column headings there.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from salon_desk.services.printing import common
from salon_desk.services.printing.appointments import duration, weekday
from salon_desk.services.printing.common import (
    ALERT,
    ALERT_BG,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    PrintContext,
    _,
    _n,
    esc,
    styles,
)
from salon_desk.services.printing.summary_data import (
    CONSENT_COLUMNS,
    CONSENT_ROWS,
    SummaryData,
    summary_data,
)

SIZE = 8.5
GRANTED = colors.HexColor("#2e7d32")


class BadgeChips(Flowable):
    """Badges as coloured rounded labels, wrapped onto as many lines as needed."""

    def __init__(self, badges: list[tuple[str, str]], size: float = 7.5) -> None:
        super().__init__()
        self.badges = [(common.printable(name), colour) for name, colour in badges]
        self.size = size
        self.pad, self.gap, self.line_h = 4.0, 4.0, size + 6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.places: list[tuple[float, float, float, str, str]] = []
        x, y = 0.0, 0.0
        for name, colour in self.badges:
            w = stringWidth(name, FONT_BOLD, self.size) + 2 * self.pad
            if x and x + w > avail_width:
                x, y = 0.0, y + self.line_h + 2
            self.places.append((x, y, w, name, colour))
            x += w + self.gap
        self.height = (y + self.line_h) if self.badges else 0
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for x, y, w, name, colour in self.places:
            top = self.height - y
            try:
                fill = colors.HexColor(colour)
            except (ValueError, TypeError):
                fill = MUTED
            canvas.setFillColor(fill)
            canvas.roundRect(x, top - self.line_h, w, self.line_h, 3, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(FONT_BOLD, self.size)
            canvas.drawString(x + self.pad, top - self.line_h + 3.2, name)


# ------------------------------------------------------------------------------ header
def _fact_value(ctx: PrintContext, value) -> str:
    import datetime as dt
    from decimal import Decimal

    if isinstance(value, (dt.date, dt.datetime)):
        return ctx.date(value)
    if isinstance(value, Decimal):
        return common.percent(value)
    return str(value)


def _header(data: SummaryData, ctx: PrintContext, width: float) -> list:
    st = styles(SIZE)
    story = common.page_header(ctx, width, _("Record summary"),
                               [(_("Date"), ctx.date(ctx.printed_at))], SIZE)
    story.append(Spacer(1, 5 * mm))
    photo_w = 28 * mm
    reader = common.image_reader(data.photo) if data.photo else None
    photo = common.ImageBox(reader, photo_w - 4 * mm, 32 * mm) if reader else ""
    middle: list = [Paragraph(esc(data.name), st["salon"])]
    for label, value in data.contact:
        middle.append(Paragraph(f'<font color="#6b6b6b">{esc(label)}</font>  {esc(value)}',
                                st["body"]))
    if data.badges:
        middle += [Spacer(1, 3), BadgeChips([(b.name, b.colour) for b in data.badges])]
    facts = Table([[label, _fact_value(ctx, value)] for label, value in data.facts],
                  colWidths=[26 * mm, 30 * mm])
    facts.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, SIZE * 0.9), ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]))
    left_w = photo_w if reader else 0
    top = Table([[photo, middle, facts]], colWidths=[left_w, width - left_w - 58 * mm, 58 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (1, 0), 6)]))
    story += [top, Spacer(1, 4 * mm)]
    if data.blocked_reason:
        story += [_alert_box(_("Blocked"), data.blocked_reason, width), Spacer(1, 2 * mm)]
    if data.allergies:
        story += [_alert_box("⚠ " + _("Allergies and clinical information"), data.allergies,
                             width), Spacer(1, 2 * mm)]
    if data.customer_notes:
        box = Table([[Paragraph(f"<b>{esc(_('Notes on file'))}</b><br/>"
                                f"{esc(data.customer_notes)}", st["body"])]], colWidths=[width])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        story += [box, Spacer(1, 2 * mm)]
    story.append(_consents(data, ctx, width))
    return story


def _alert_box(title: str, text: str, width: float) -> Table:
    st = styles(SIZE)
    box = Table([[Paragraph(f'{esc(title)}<br/><font name="{FONT}">{esc(text)}</font>',
                            st["alert"])]],
                colWidths=[width])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG), ("BOX", (0, 0), (-1, -1), 0.8, ALERT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ALERT), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def _consents(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    st = styles(SIZE)
    names = {"appointments": _("Appointments"), "marketing": _("Marketing"),
             "email": _("Email"), "sms": _("SMS"), "whatsapp": _("WhatsApp")}
    cells = [[_("Consent"), *[names.get(c, c) for c in CONSENT_COLUMNS]]]
    commands = [("FONT", (0, 0), (-1, -1), FONT, SIZE * 0.9),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, SIZE * 0.9),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for r, category in enumerate(CONSENT_ROWS, start=1):
        row = [names.get(category, category)]
        for c, channel in enumerate(CONSENT_COLUMNS, start=1):
            state = data.consents.get((category, channel))
            if state is None:
                row.append("—")
                commands.append(("TEXTCOLOR", (c, r), (c, r), MUTED))
            else:
                row.append(("✓ " + _("Yes")) if state[0] else ("✗ " + _("No")))
                commands.append(("TEXTCOLOR", (c, r), (c, r), GRANTED if state[0] else ALERT))
        cells.append(row)
    matrix = Table(cells, colWidths=[30 * mm] + [22 * mm] * len(CONSENT_COLUMNS))
    matrix.setStyle(TableStyle(commands))
    if data.privacy_accepted_at:
        privacy = _("Privacy policy accepted on {date}").format(
            date=ctx.date(data.privacy_accepted_at))
        style = st["body"]
    else:
        privacy, style = _("Privacy policy not accepted yet"), st["alert"]
    side = Paragraph(esc(privacy), style)
    outer = Table([[matrix, side]], colWidths=[width * 0.62, width * 0.38])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


# ----------------------------------------------------------------------------- sections
def section(title: str, summary: str, header: list[str], rows: list[list],
            widths: list[float], total: list | None = None, right: tuple[int, ...] = (),
            empty: str = "") -> Table:
    """One part of the record as a table: a title row and column headings (both repeated
    on every page the section runs onto), the rows and a bold total row."""
    st = styles(SIZE)
    ncols = len(widths)
    head = f'{esc(title)}<font name="{FONT}" size="{SIZE * 0.9:.1f}" color="#6b6b6b">' \
           f'{"   " + esc(summary) if summary else ""}</font>'
    cells: list[list] = [[Paragraph(head, st["h2"])] + [""] * (ncols - 1), header]
    commands = [
        ("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 1), (-1, -1), FONT, SIZE),
        ("FONT", (0, 1), (-1, 1), FONT_BOLD, SIZE * 0.9), ("BACKGROUND", (0, 1), (-1, 1), SHADE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2.2),
        ("TOPPADDING", (0, 0), (-1, 0), 9), ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("LEFTPADDING", (0, 0), (-1, 0), 0)]
    for col in right:
        commands.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    if rows:
        cells += rows
        commands.append(("LINEBELOW", (0, 2), (-1, len(cells) - 1), 0.25, RULE))
    else:
        cells.append([empty or _("Nothing to show.")] + [""] * (ncols - 1))
        commands += [("SPAN", (0, 2), (-1, 2)), ("TEXTCOLOR", (0, 2), (-1, 2), MUTED)]
    if total and rows:
        cells.append(total)
        r = len(cells) - 1
        commands += [("FONT", (0, r), (-1, r), FONT_BOLD, SIZE),
                     ("LINEABOVE", (0, r), (-1, r), 0.8, INK)]
    last = len(cells) - 1
    # never leave the headings alone at the foot of a page, nor the total alone on the next
    commands += [("NOSPLIT", (0, 0), (-1, min(3, last))),
                 ("NOSPLIT", (0, max(2, last - 2)), (-1, last))]
    table = Table(cells, colWidths=widths, repeatRows=2, splitByRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _fit(text: str, width: float, size: float = SIZE) -> str:
    """Text cut with an ellipsis to fit one line of a column (keeps long lists tidy)."""
    text = common.printable(text)
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:max(len(text) - max(len(text) // 8, 1), 0)]
    return text.rstrip(", ") + "…"


def _cols(width: float, fixed: list[float]) -> list[float]:
    return [w or width - sum(fixed) for w in fixed]


def _sections(data: SummaryData, ctx: PrintContext, width: float) -> list:
    return [section_of(data, ctx, width) for section_of in (
        _debts, _appointments, _patch_tests, _sales, _credits, _points, _budgets, _notes,
        _documents)]


def _debts(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    """Pending debts."""
    m = ctx.money
    widths = _cols(width, [24 * mm, 0, 28 * mm, 28 * mm])
    pending = sum(d.remaining_cents for d in data.debts)
    return section(
        _("Pending debts"), m(pending) if data.debts else "",
        [_("Date"), _("Description"), _("Amount"), _("Pending")],
        [[ctx.date(d.incurred_at), _fit(d.description, widths[1] - 8), m(d.initial_cents),
          m(d.remaining_cents)] for d in data.debts], widths,
        total=[_("Total pending"), "", m(sum(d.initial_cents for d in data.debts)), m(pending)],
        right=(2, 3), empty=_("No pending debts."))


def _appointments(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    """Upcoming appointments."""
    m = ctx.money
    widths = _cols(width, [38 * mm, 13 * mm, 0, 26 * mm, 20 * mm, 22 * mm])
    price = sum(a.price_cents for a in data.appointments)
    return section(
        _("Upcoming appointments"), str(len(data.appointments)) if data.appointments else "",
        [_("Date"), _("Time"), _("Service"), _("With"), _("Duration"), _("Price")],
        [[f"{weekday(a.starts_at.astimezone().date())} {ctx.date(a.starts_at)}",
          ctx.time(a.starts_at), _fit(a.service, widths[2] - 8), _fit(a.staff, widths[3] - 8),
          duration(a.minutes), m(a.price_cents) if a.price_cents else ""]
         for a in data.appointments], widths,
        total=[_n("%n appointment(s)", len(data.appointments)), "", "", "",
               duration(sum(a.minutes for a in data.appointments)), m(price)],
        right=(5,), empty=_("No upcoming appointments."))


def _sales(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    """Sales; Staff is who did the services, not who charged."""
    m = ctx.money
    widths = _cols(width, [22 * mm, 28 * mm, 0, 22 * mm, 24 * mm])
    live = [s for s in data.sales if not s.cancelled]
    shown = len(data.sales)
    summary = (_("last {shown} of {count}").format(shown=shown, count=data.sales_total_count)
               if shown < data.sales_total_count else str(shown) if shown else "")
    rows = []
    for s in data.sales:
        items = s.items + (f" ({_('cancelled')})" if s.cancelled else "")
        rows.append([ctx.date(s.sold_at), _fit(s.number, widths[1] - 6),
                     _fit(items, widths[2] - 8), _fit(s.staff, widths[3] - 8),
                     m(s.total_cents)])
    return section(
        _("Sales"), summary, [_("Date"), _("Ticket"), _("Items"), _("Staff"), _("Total")],
        rows, widths, total=[_n("%n sale(s)", len(live)), "", "", "",
                             m(sum(s.total_cents for s in live))],
        right=(4,), empty=_("No sales yet."))


def _credit_balance(c, ctx: PrintContext) -> str:
    if c.kind == "voucher":
        return _n("{left} of %n session(s) left", c.sessions_bought).format(
            left=c.sessions_left)
    balance = _("{amount} left").format(amount=ctx.money(c.remaining_cents))
    if c.discounts:
        names = {"services": _("services"), "products": _("products")}
        balance += " · " + ", ".join(f"{names.get(k, k)} -{common.percent(v)}"
                                     for k, v in c.discounts)
    return balance


def _credits(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    """Credits and cards."""
    widths = _cols(width, [26 * mm, 0, 64 * mm, 22 * mm])
    kinds = {"voucher": _("Voucher"), "prepaid": _("Prepaid card"),
             "loyalty": _("Loyalty card")}
    rows = [[kinds[c.kind], _fit(c.name, widths[1] - 8),
             _fit(_credit_balance(c, ctx), widths[2] - 8),
             ctx.date(c.expires_on) if c.expires_on else "—"] for c in data.credits]
    value = sum(c.remaining_cents for c in data.credits)
    sessions = sum(c.sessions_left for c in data.credits)
    return section(
        _("Credits and cards"), "", [_("Kind"), _("Name"), _("Balance"), _("Expires")], rows,
        widths, total=[_("Total"), "", _n("{amount} and %n session(s)", sessions).format(
            amount=ctx.money(value)), ""],
        empty=_("No vouchers or cards."))


def _points(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    widths = _cols(width, [24 * mm, 26 * mm, 18 * mm, 20 * mm, 0])
    worth = ctx.money(data.points_balance * data.point_value_cents)
    actions = {"earned": _("Earned"), "added": _("Added"), "redeemed": _("Redeemed"),
               "adjusted": _("Adjusted"), "expired": _("Expired")}
    return section(
        _("Points"), _("balance {points} (worth {amount})").format(
            points=data.points_balance, amount=worth),
        [_("Date"), _("Movement"), _("Points"), _("Balance"), _("Reason")],
        [[ctx.date(p.at), actions.get(p.action, p.action), f"{p.points:+d}", str(p.balance),
          _fit(p.reason, widths[4] - 8)] for p in data.points], widths,
        total=[_("Balance"), "", "", str(data.points_balance),
               _("worth {amount}").format(amount=worth)], right=(2, 3),
        empty=_("No points yet."))


def _notes(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    """Notes, pinned first."""
    st = styles(SIZE)
    widths = _cols(width, [22 * mm, 24 * mm, 0])
    rows = []
    for n in data.notes:
        text = ""
        if n.pinned:
            text += f'<font name="{FONT_BOLD}" color="#5b3a6e">{esc(_("Pinned"))}</font>  '
        if n.colour:
            text += f'<font name="{FONT_BOLD}">{esc(_("Colour"))}</font>  '
        text += esc(n.text)
        if n.formula:
            text += f'<br/><font color="#6b6b6b">{esc(n.formula)}</font>'
        rows.append([ctx.date(n.at), _fit(n.author, widths[1] - 8), Paragraph(text, st["body"])])
    return section(_("Notes"), str(len(data.notes)) if data.notes else "",
                   [_("Date"), _("By"), _("Note")], rows, widths, empty=_("No notes."))

def _patch_tests(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    widths = _cols(width, [22 * mm, 0, 24 * mm, 22 * mm, 38 * mm])
    results = {"pass": _("Passed"), "fail": _("Failed"), "pending": _("Pending")}
    rows = []
    for t in data.patch_tests:
        until = ctx.date(t.valid_until) if t.valid_until else "—"
        if t.expired:
            until += f" ({_('expired')})"
        rows.append([ctx.date(t.tested_on), _fit(t.tested, widths[1] - 8),
                     _fit(t.staff, widths[2] - 8), results.get(t.result, t.result), until])
    table = section(_("Patch tests"), str(len(rows)) if rows else "",
                    [_("Date"), _("Tested"), _("By"), _("Result"), _("Valid until")], rows,
                    widths, empty=_("No patch tests."))
    for r, t in enumerate(data.patch_tests, start=2):
        if t.result == "fail" or t.expired:
            table.setStyle(TableStyle([("TEXTCOLOR", (3, r), (4, r), common.ALERT)]))
    return table


def _budget_status(b, ctx: PrintContext) -> str:
    if b.status == "open" and b.valid_until:
        return _("Open until {date}").format(date=ctx.date(b.valid_until))
    if b.status == "expired":
        return _("Expired on {date}").format(date=ctx.date(b.valid_until))
    return {"open": _("Open"), "accepted": _("Accepted"),
            "rejected": _("Rejected")}.get(b.status, b.status)


def _budgets(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    m = ctx.money
    widths = _cols(width, [20 * mm, 22 * mm, 0, 22 * mm, 44 * mm, 22 * mm])
    rows = [[ctx.date(b.issued_on), _fit(b.code, widths[1] - 6),
             _fit(b.description or "—", widths[2] - 8), _fit(b.staff_name, widths[3] - 8),
             _fit(_budget_status(b, ctx), widths[4] - 8), m(b.total_cents)]
            for b in data.budgets]
    opened = sum(1 for b in data.budgets if b.status == "open")
    table = section(
        _("Budgets"), _("open: {count}, worth {amount}").format(
            count=opened, amount=m(data.budgets_open_cents)) if rows else "",
        [_("Date"), _("Code"), _("Description"), _("Staff"), _("Status"), _("Total")], rows,
        widths, total=[_("Open budgets"), "", "", "", "", m(data.budgets_open_cents)],
        right=(5,), empty=_("No budgets."))
    for r, b in enumerate(data.budgets, start=2):
        if b.status in ("expired", "rejected"):  # not open: greyed like on screen
            table.setStyle(TableStyle([("TEXTCOLOR", (0, r), (-1, r), MUTED)]))
    return table


def _documents(data: SummaryData, ctx: PrintContext, width: float) -> Table:
    widths = _cols(width, [22 * mm, 0, 34 * mm, 60 * mm])
    kinds = {"image": _("Image"), "pdf": _("PDF"), "text": _("Text document"),
             "sheet": _("Spreadsheet"), "video": _("Video"), "audio": _("Audio"),
             "file": _("File")}
    rows = [[ctx.date(d.document_date), _fit(d.title, widths[1] - 8),
             _fit(kinds.get(d.kind, d.kind), widths[2] - 8),
             _fit(d.original_name, widths[3] - 8)]
            for d in data.documents]
    return section(_("Documents"), str(len(rows)) if rows else "",
                   [_("Date"), _("Name"), _("Kind"), _("File")], rows, widths,
                   empty=_("No documents."))


def summary_pdf(session: Session, customer_id: int, ctx: PrintContext | None = None,
                sales_limit: int | None = None, notes_limit: int | None = None) -> bytes:
    """PDF bytes of a customer's record summary (``sales_limit``: only the latest sales)."""
    common.register_fonts()
    ctx = ctx or common.load_context(session)
    data = summary_data(session, customer_id, sales_limit=sales_limit, notes_limit=notes_limit)
    width = common.content_width(ctx.pagesize)
    story = _header(data, ctx, width) + _sections(data, ctx, width)
    title = _("Record summary of {name}").format(name=data.name)
    return common.build_pages(ctx, title, story, running_title=title, subject=title)


def write_pdf(session: Session, customer_id: int, path: str | Path, **options) -> Path:
    return common.write_pdf(path, summary_pdf(session, customer_id, **options))



