"""Printing settings (taxes, footer, logo, receipt printer, policy texts) and the salon logo file.

The logo is copied next to the database (``branding/`` folder) so the database and its files
move together; the setting keeps only the file name. On a salon server it is kept in the
database with the attached documents (``document_files``, services.care.documents): every desk
prints the same logo and a backup (pg_dump) holds it; each desk reads it from a copy in its
cache folder, written again when missing or changed.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy.orm import Session

from salon_desk.services import error_texts as msg
from salon_desk.services.care.documents import file_content, folder_for, on_server, put_file
from salon_desk.services.errors import ValidationError
from salon_desk.services.settings import Option, get, set_value
from salon_desk.services.texts import Text

PRICES_INCLUDE_TAX = Option("printing.prices_include_tax", bool, True,
                            "Prices include tax")
TAX_RATES = Option("printing.tax_rates", str, "21, 10, 4, 0", "Tax rates in use (%)")
DEFAULT_TAX_RATE = Option("printing.default_tax_rate", Decimal, Decimal(21),
                          "Tax rate for items without their own (%)")
TAX_LABEL = Option("printing.tax_label", str, "VAT", "Name of the tax on documents")
TICKET_FOOTER = Option("printing.ticket_footer", str, "Thank you for your visit!",
                       "Ticket footer text")
LOGO_FILE = Option("printing.logo_file", str, "", "Logo")
RECEIPT_PRINTER = Option("printing.receipt_printer", str, "", "Receipt printer")
RECEIPT_LAYOUT = Option("printing.receipt_layout", str, "80mm", "Default ticket layout")
PAPER_SIZE = Option("printing.paper_size", str, "A4", "Paper size for full pages")
DATE_FORMAT = Option("printing.date_format", str, "%d/%m/%Y", "Date format")
CANCELLATION_POLICY = Option(
    "printing.cancellation_policy", str,
    "If you cannot come, please let us know at least 24 hours in advance so that we can offer "
    "your time to another customer. Appointments cancelled later, or missed, may be charged.",
    "Cancellation policy")
BUDGET_CONDITIONS = Option(
    "printing.budget_conditions", str,
    "Prices include taxes. This quote is valid until the date shown above. Treatments are "
    "scheduled once the quote is accepted; results may vary from person to person.",
    "Budget conditions")

TICKET_LAYOUTS = ("80mm", "58mm", "a4", "letter")
PAPER_SIZES = ("A4", "Letter")
# The texts shipped as defaults, printed in the interface language until the salon changes them.
SHIPPED_TEXTS = {option.key: option.default for option in (
    TAX_LABEL, TICKET_FOOTER, CANCELLATION_POLICY, BUDGET_CONDITIONS)}
LOGO_MAX_PIXELS = 600
LOGO_NAME = re.compile(r"^logo-(?P<digest>[0-9a-f]{16})\.png$")


def parse_tax_rates(text: str) -> list[Decimal]:
    """"21, 10, 4.5" -> [21, 10, 4.5] (commas or semicolons between rates, a dot for
    decimals); raises ValidationError on anything that is not a rate."""
    rates: list[Decimal] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip().rstrip("%").strip().replace(" ", "")
        if not part:
            continue
        try:
            rate = Decimal(part.replace(",", "."))
        except InvalidOperation:
            raise ValidationError({"tax_rates": Text(msg.TAX_RATE_NOT_NUMBER, text=part)}) from None
        if not Decimal(0) <= rate < Decimal(100):
            raise ValidationError({"tax_rates": Text(msg.TAX_RATE_RANGE)})
        if rate not in rates:
            rates.append(rate)
    return rates


def database_folder(session: Session) -> Path:
    """The folder of the database file this session reads (where the logo is kept)."""
    from salon_desk.paths import data_dir

    name = session.get_bind().url.database
    if not name or name == ":memory:":
        return data_dir()
    return Path(name).resolve().parent


def branding_dir(session: Session) -> Path:
    path = database_folder(session) / "branding"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_logo(session: Session, source: str | Path | None) -> str:
    """Copy the chosen image into the data folder as a PNG and remember it; None removes it.

    The copy is shrunk to at most 600 px on its longest side: plenty for a printed logo and it
    keeps every PDF small and quick to build.
    """
    if not source:
        set_value(session, LOGO_FILE, "")
        return ""
    try:
        with Image.open(source) as img:
            img = ImageOps.exif_transpose(img)
            img.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS), Image.Resampling.LANCZOS)
            if img.mode not in ("RGB", "RGBA", "L", "LA"):
                img = img.convert("RGBA")
            out = io.BytesIO()
            img.save(out, "PNG", optimize=True)
    except (UnidentifiedImageError, OSError) as exc:
        raise ValidationError({"logo": Text(msg.LOGO_UNREADABLE)}) from exc
    data = out.getvalue()
    name = f"logo-{hashlib.sha256(data).hexdigest()[:16]}.png"
    if on_server(session):
        put_file(session, name, data)
    else:
        target = branding_dir(session) / name
        if not target.exists():
            target.write_bytes(data)
    set_value(session, LOGO_FILE, name)
    return name


def logo_path(session: Session) -> Path | None:
    """The stored logo file, or None when there is none (or it went missing)."""
    name = get(session, LOGO_FILE)
    if not name:
        return None
    if on_server(session):
        return _server_logo(session, name)
    path = Path(name) if Path(name).is_absolute() else database_folder(session) / "branding" / name
    return path if path.is_file() else None


def _server_logo(session: Session, name: str) -> Path | None:
    """The server's logo as a file in this computer's cache of the server's files; None when
    the setting names no logo of ours or the server has lost it."""
    found = LOGO_NAME.match(name)
    if found is None:
        return None
    path = folder_for(session) / name
    if not path.is_symlink() and path.is_file() and hashlib.sha256(
            path.read_bytes()).hexdigest()[:16] == found["digest"]:
        return path
    content = file_content(session, name)
    if content is None:
        return None
    fd, incoming = tempfile.mkstemp(prefix=".incoming-", dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    os.replace(incoming, path)  # replaces a symlink or a damaged copy, never follows it
    return path
