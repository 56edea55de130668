"""What every printed document shares: the embedded font, money and date formats, the salon's
header, paragraph styles, images and the "Page x of y" footer.

Money and numbers are written as on screen (services.money): in the locale made of the interface
language and the salon's country, with the salon's currency ("1.234,50 €" in Spanish in Spain,
"£1,234.50" in English in the UK). Printed labels, and the texts of the printing settings while
they are left as shipped (the tax name, the ticket's thank-you line...), are in the interface
language: the UI hands its translator and language to ``set_translator``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from salon_desk.paths import resource
from salon_desk.services import money as money_formats
from salon_desk.services import settings
from salon_desk.services.printing import options
from salon_desk.services.texts import english, stored_text

FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC = (
    "SalonSans", "SalonSans-Bold", "SalonSans-Oblique", "SalonSans-BoldOblique")
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
              FONT_ITALIC: "DejaVuSans-Oblique.ttf", FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}

INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#bdbdbd")
SHADE = colors.HexColor("#f2f2f2")
ACCENT = colors.HexColor("#5b3a6e")
ALERT = colors.HexColor("#b71c1c")
ALERT_BG = colors.HexColor("#fdecea")

PAGE_SIZES = {"a4": A4, "letter": LETTER}

# ---------------------------------------------------------------- translation of printed labels
def _untranslated(text: str) -> str:
    return text


def _english() -> str:
    return money_formats.DEFAULT_LANGUAGE


_translator: Callable[[str], str] = _untranslated
_language: Callable[[], str] = _english
_messages: Callable[[object], str] = str


def set_translator(func: Callable[[str], str] | None,
                   language: Callable[[], str] | None = None,
                   messages: Callable[[object], str] | None = None) -> None:
    """Let the UI translate printed labels (it passes QCoreApplication.translate), tell the
    language they are in (for the money and number formats) and translate the names the app
    writes itself (services.texts; the UI passes ui.texts.message_text)."""
    global _translator
    _translator = func or _untranslated
    _set_hooks(language, messages)


def _set_hooks(language: Callable[[], str] | None,
               messages: Callable[[object], str] | None) -> None:
    global _language, _messages
    _language = language or _english
    _messages = messages or str


def _plural_english(text: str, n: int) -> str:
    return english(text, n)


_plural: Callable[[str, int], str] = _plural_english


def set_plural_translator(func: Callable[[str, int], str] | None) -> None:
    """Let the UI translate printed texts that count ("%n sale(s)") with their plural forms."""
    global _plural
    _plural = func or _plural_english


def _n(text: str, n: int) -> str:
    """A printed text that counts, in the plural form for n: _n("%n sale(s)", 2)."""
    return _plural(text, n)


def message(text: object) -> str:
    """A message or name from the services (services.texts.Text) in the interface language."""
    return _messages(text)


def item_name(stored: str | None) -> str:
    """A name the app stored ('Prepaid card "Member C"') in the interface language; what a
    person typed, as typed."""
    return _messages(stored_text(stored))


def _(text: str) -> str:
    return _translator(text)


def shipped_text(option: settings.Option) -> str:
    """A printing setting's text in the interface language while it is the one shipped (the
    tax name "VAT", the ticket's thank-you line...); what the salon wrote, as written."""
    return _(options.SHIPPED_TEXTS[option.key])


# ---------------------------------------------------------------------------------- fonts
@functools.cache
def register_fonts() -> str:
    """Register the shipped DejaVu Sans family once per process; returns the family name."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    return FONT


def printable(text: str) -> str:
    """The text without characters the font cannot draw (emoji), so no empty boxes print."""
    register_fonts()
    glyphs = pdfmetrics.getFont(FONT).face.charToGlyph
    return "".join(ch for ch in text if ord(ch) in glyphs or ch in "\n\t").strip()


# --------------------------------------------------------------------------------- money
NBSP = "\u00a0"
_last_locale = money_formats.DEFAULT_LANGUAGE  # of the document being made


@dataclass(frozen=True)
class Money:
    """Formats integer cents as the locale writes money: ``Money("EUR", "es_ES")(123450) ==
    "1.234,50\u00a0€"`` (services.money, the same format as on screen)."""

    currency: str = "EUR"
    locale: str = money_formats.DEFAULT_LANGUAGE

    def __call__(self, cents: int, signed: bool = False) -> str:
        return money_formats.format_money(cents, self.currency, self.locale, signed)


def document_locale(country: str | None) -> str:
    """The locale of printed numbers: the interface language and the salon's country."""
    return money_formats.locale_name(_language(), country)


def percent(value: Decimal | float | str, locale: str | None = None) -> str:
    """21 -> "21 %" (Spanish) or "21%" (English), 10.50 -> "10,5 %" (trailing zeros dropped),
    in the locale of the document being made."""
    return money_formats.format_percent_value(value, locale or _last_locale)


def split_tax(gross_cents: int, rate: Decimal, included: bool) -> tuple[int, int]:
    """(base, tax) in cents for an amount at a tax rate, rounding half up to the cent.

    When prices include tax the base is ``gross / (1 + rate)``; otherwise the amount is the
    base and the tax is added on top.
    """
    rate = Decimal(rate) / 100
    if included:
        base = (Decimal(gross_cents) / (1 + rate)).quantize(Decimal(1), ROUND_HALF_UP)
        return int(base), gross_cents - int(base)
    tax = (Decimal(gross_cents) * rate).quantize(Decimal(1), ROUND_HALF_UP)
    return gross_cents, int(tax)


@dataclass
class PricedLine:
    """A line of a ticket or a budget as printed: what, how many, at what price, the discount,
    the amount after it and the tax rate it carries."""

    description: str
    quantity: int
    unit_cents: int
    discount_percent: Decimal
    amount_cents: int
    tax_rate: Decimal

    @property
    def gross_cents(self) -> int:
        return self.quantity * self.unit_cents

    @property
    def discount_cents(self) -> int:
        return self.gross_cents - self.amount_cents


# --------------------------------------------------------------------------- salon context
@dataclass
class Salon:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    tax_id: str = ""
    logo: Path | None = None

    def contact_line(self) -> str:
        return "  ·  ".join(p for p in (self.phone, self.email, self.website) if p)


@dataclass
class PrintContext:
    """Settings every document needs, read once at the start of a document."""

    salon: Salon
    money: Money
    locale: str = money_formats.DEFAULT_LANGUAGE
    date_format: str = "%d/%m/%Y"
    tax_label: str = "VAT"
    prices_include_tax: bool = True
    default_tax_rate: Decimal = Decimal(21)
    paper: str = "a4"
    ticket_footer: str = ""
    cancellation_policy: str = ""
    budget_conditions: str = ""
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())

    def date(self, value: dt.date | dt.datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            value = value.astimezone()
        return value.strftime(self.date_format)

    def time(self, value: dt.datetime | None) -> str:
        return value.astimezone().strftime("%H:%M") if value else ""

    def datetime(self, value: dt.datetime | None) -> str:
        return f"{self.date(value)} {self.time(value)}" if value else ""

    def number(self, value: int | Decimal, signed: bool = False) -> str:
        return money_formats.format_number(value, self.locale, signed)

    def percent(self, value: Decimal | float | str) -> str:
        return percent(value, self.locale)

    @property
    def pagesize(self) -> tuple[float, float]:
        return PAGE_SIZES.get(self.paper.lower(), A4)


def load_context(session: Session) -> PrintContext:
    global _last_locale
    get = functools.partial(settings.get, session)
    salon = Salon(name=get(settings.SALON_NAME), address=get(settings.SALON_ADDRESS),
                  phone=get(settings.SALON_PHONE), email=get(settings.SALON_EMAIL),
                  website=get(settings.SALON_WEBSITE), tax_id=get(settings.SALON_TAX_ID),
                  logo=options.logo_path(session))
    locale = _last_locale = document_locale(get(settings.DEFAULT_COUNTRY))

    def text(option: settings.Option) -> str:
        value = get(option)
        return shipped_text(option) if value == option.default else value

    return PrintContext(
        salon=salon, money=Money(get(settings.CURRENCY) or "EUR", locale), locale=locale,
        date_format=get(options.DATE_FORMAT) or "%d/%m/%Y",
        tax_label=text(options.TAX_LABEL) or shipped_text(options.TAX_LABEL),
        prices_include_tax=get(options.PRICES_INCLUDE_TAX),
        default_tax_rate=get(options.DEFAULT_TAX_RATE), paper=get(options.PAPER_SIZE),
        ticket_footer=text(options.TICKET_FOOTER),
        cancellation_policy=text(options.CANCELLATION_POLICY),
        budget_conditions=text(options.BUDGET_CONDITIONS))


# -------------------------------------------------------------------------------- styles
@functools.cache
def styles(size: float = 9.0) -> dict[str, ParagraphStyle]:
    """Paragraph styles for a base font size (9 pt on pages, smaller on receipt rolls)."""
    register_fonts()
    lead = size * 1.28
    base = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=lead, textColor=INK)
    make = functools.partial(ParagraphStyle, parent=base)
    return {
        "body": base,
        "bold": make("bold", fontName=FONT_BOLD),
        "right": make("right", alignment=TA_RIGHT),
        "center": make("center", alignment=TA_CENTER),
        "small": make("small", fontSize=size * 0.85, leading=size * 1.1),
        "muted": make("muted", fontSize=size * 0.85, leading=size * 1.1, textColor=MUTED),
        "muted_center": make("muted_center", fontSize=size * 0.85, leading=size * 1.1,
                             textColor=MUTED, alignment=TA_CENTER),
        "title": make("title", fontName=FONT_BOLD, fontSize=size * 1.9, leading=size * 2.3,
                      textColor=ACCENT),
        "salon": make("salon", fontName=FONT_BOLD, fontSize=size * 1.45, leading=size * 1.8),
        "salon_center": make("salon_center", fontName=FONT_BOLD, fontSize=size * 1.35,
                             leading=size * 1.7, alignment=TA_CENTER),
        "h2": make("h2", fontName=FONT_BOLD, fontSize=size * 1.25, leading=size * 1.6,
                   textColor=ACCENT, spaceBefore=size * 1.3, spaceAfter=size * 0.45),
        "th": make("th", fontName=FONT_BOLD, fontSize=size * 0.9, leading=size * 1.15),
        "alert": make("alert", textColor=ALERT, fontName=FONT_BOLD),
        "total": make("total", fontName=FONT_BOLD, fontSize=size * 1.35, leading=size * 1.7),
        "left": make("left", alignment=TA_LEFT),
    }


def esc(text: object) -> str:
    """Text made safe for a Paragraph (its markup is XML-like); newlines become breaks."""
    value = printable(str(text or ""))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\n", "<br/>")


# -------------------------------------------------------------------------------- images
@functools.lru_cache(maxsize=8)
def _image_file(path: str, mtime: float) -> ImageReader:
    return ImageReader(io.BytesIO(Path(path).read_bytes()))


def image_reader(source: Path | bytes | None) -> ImageReader | None:
    """A reader for a logo file (cached while the file is unchanged) or image bytes."""
    if source is None:
        return None
    try:
        if isinstance(source, bytes):
            return ImageReader(io.BytesIO(source))
        return _image_file(str(source), source.stat().st_mtime)
    except OSError:
        return None


class ImageBox(Flowable):
    """An image fitted into a box, keeping its proportions, aligned left, centre or right."""

    def __init__(self, reader: ImageReader, max_width: float, max_height: float,
                 align: str = "LEFT") -> None:
        super().__init__()
        iw, ih = reader.getSize()
        scale = min(max_width / iw, max_height / ih)
        self.reader, self.img_w, self.img_h = reader, iw * scale, ih * scale
        self.hAlign = align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.img_w, self.img_h

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.img_w, self.img_h, mask="auto")


# --------------------------------------------------------------------- page decoration
def numbered_canvas(ctx: PrintContext, title: str, margin: float) -> type[Canvas]:
    """A canvas class that writes "Page x of y", the print date and the document title at
    the foot of every page once the number of pages is known."""
    printed = _("Printed on {date}").format(date=ctx.datetime(ctx.printed_at))
    left = "  ·  ".join(p for p in (ctx.salon.name, title) if p)

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            y = margin * 0.55
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(margin, y + 10, width - margin, y + 10)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            page = _("Page {page} of {pages}").format(page=number, pages=total)
            right = f"{printed}   ·   {page}"
            room = width - 2 * margin - self.stringWidth(right, FONT, 7.5) - 12
            text = left
            while text and self.stringWidth(text, FONT, 7.5) > room:
                text = text[:-2] + "…" if len(text) > 2 else ""
            self.drawString(margin, y, text)
            self.drawRightString(width - margin, y, right)

    return _Canvas


def write_pdf(path: str | Path, data: bytes) -> Path:
    """Write PDF bytes to a file (atomically, so a reader never sees half a file; a failure
    leaves no ".part" file behind and says what went wrong: services.files)."""
    from salon_desk.services.files import written_whole

    with written_whole(path) as part:
        part.write_bytes(data)
    return Path(path)


MARGIN = 16 * mm


# ------------------------------------------------------------------------------- headers
def page_header(ctx: PrintContext, width: float, title: str,
                facts: list[tuple[str, str]], size: float = 9.0) -> list[Flowable]:
    """The salon (logo, name, address, contact, tax ID) on the left and the document title
    with its key facts (number, date...) on the right, ruled off below."""
    from reportlab.platypus import Table, TableStyle

    st = styles(size)
    salon = ctx.salon
    left: list[Flowable] = [Paragraph(esc(salon.name), st["salon"])]
    for text in (salon.address, salon.contact_line()):
        if text:
            left.append(Paragraph(esc(text), st["small"]))
    if salon.tax_id:
        left.append(Paragraph(esc(_("Tax ID: {tax_id}").format(tax_id=salon.tax_id)),
                              st["small"]))
    right: list[Flowable] = [Paragraph(esc(title), ParagraphStyle(
        "doc_title", parent=st["title"], alignment=TA_RIGHT))]
    for label, value in facts:
        right.append(Paragraph(f'<font color="#6b6b6b">{esc(label)}</font>  {esc(value)}',
                               st["right"]))
    reader = image_reader(salon.logo)
    logo_w = 30 * mm if reader else 0
    cells = [[ImageBox(reader, logo_w - 4 * mm, 20 * mm) if reader else "", left, right]]
    right_w = min(75 * mm, width * 0.42)
    table = Table(cells, colWidths=[logo_w, width - logo_w - right_w, right_w])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
    ]))
    return [table]


def lines_table(header: list[str], rows: list[list], fixed: list[float], width: float,
                size: float = 9.0) -> Flowable:
    """The lines of a full-page ticket or budget: a shaded header row, repeated on each page,
    with the columns from the third on (prices, amounts) right-aligned. ``fixed`` gives the
    column widths, 0 for the one column that takes what is left of ``width``."""
    from reportlab.platypus import Table, TableStyle

    st = styles(size)
    th_right = st["th"].clone("th_right", alignment=2)
    cells = [[Paragraph(esc(h), th_right if i >= 2 else st["th"]) for i, h in enumerate(header)],
             *rows]
    table = Table(cells, colWidths=[w or width - sum(fixed) for w in fixed], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), FONT, size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def receipt_header(ctx: PrintContext, width: float, size: float) -> list[Flowable]:
    """Centred logo, salon name, address, contact and tax ID for a receipt roll."""
    st = styles(size)
    salon = ctx.salon
    out: list[Flowable] = []
    reader = image_reader(salon.logo)
    if reader:
        out.append(ImageBox(reader, width * 0.55, 16 * mm, align="CENTER"))
        out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(esc(salon.name), st["salon_center"]))
    for text in (salon.address, salon.phone, salon.email):
        if text:
            out.append(Paragraph(esc(text), st["muted_center"]))
    if salon.tax_id:
        out.append(Paragraph(esc(_("Tax ID: {tax_id}").format(tax_id=salon.tax_id)),
                             st["muted_center"]))
    return out


class Rule(Flowable):
    """A horizontal line across the frame, solid or dashed, with space around it."""

    def __init__(self, space: float = 3.0, dashed: bool = False, colour=RULE,
                 thickness: float = 0.6) -> None:
        super().__init__()
        self.space, self.dashed, self.colour, self.thickness = space, dashed, colour, thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.space * 2

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        if self.dashed:
            self.canv.setDash(2, 1.5)
        self.canv.line(0, self.space, self.width, self.space)


# ------------------------------------------------------------------------ full-page build
TOP_MARGIN, BOTTOM_MARGIN = 14 * mm, 20 * mm


def content_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN


def build_pages(ctx: PrintContext, title: str, story: list[Flowable],
                pagesize: tuple[float, float] | None = None, running_title: str = "",
                subject: str = "") -> bytes:
    """Lay a story out on A4/Letter pages with the numbered footer; ``running_title`` is
    written at the top of every page after the first."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    size = pagesize or ctx.pagesize
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=title,
                          author=ctx.salon.name, creator="Salon Desk", subject=subject)
    frame = Frame(MARGIN, BOTTOM_MARGIN, size[0] - 2 * MARGIN,
                  size[1] - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")

    def later(canvas: Canvas, _doc) -> None:
        if running_title and canvas.getPageNumber() > 1:
            canvas.saveState()
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN, size[1] - TOP_MARGIN * 0.6, running_title)
            canvas.restoreState()

    doc.addPageTemplates([PageTemplate("page", [frame], onPage=later)])
    doc.build(story, canvasmaker=numbered_canvas(ctx, title, MARGIN))
    return buf.getvalue()
