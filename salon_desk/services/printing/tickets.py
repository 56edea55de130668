"""A sale's ticket, or the ticket of its cancellation, in the receipt layout the salon chose.

The sale ticket is drawn by services.printing.ticket, the cancellation by
services.printing.cancellation (which reuses the ticket's roll layout); this module picks one,
so neither needs the other's entry point.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.errors import ValidationError
from salon_desk.services.printing import common
from salon_desk.services.printing.cancellation import cancellation_pdf
from salon_desk.services.printing.common import PrintContext
from salon_desk.services.printing.options import RECEIPT_LAYOUT, TICKET_LAYOUTS
from salon_desk.services.printing.ticket import sale_ticket_pdf
from salon_desk.services.texts import Text


def ticket_pdf(session: Session, sale_id: int, layout: str | None = None,
               ctx: PrintContext | None = None, cancellation: bool = False) -> bytes:
    """PDF bytes of a sale's ticket. ``layout``: "80mm", "58mm", "a4" or "letter"
    (default: the receipt layout chosen in the settings); ``cancellation``: the ticket of its
    cancellation instead (what was given back), for a cancelled sale."""
    common.register_fonts()
    ctx = ctx or common.load_context(session)
    layout = (layout or settings.get(session, RECEIPT_LAYOUT) or "80mm").lower()
    if layout not in TICKET_LAYOUTS:
        raise ValidationError({"layout": Text(msg.TICKET_LAYOUT_UNKNOWN, layout=repr(layout),
                                              layouts=", ".join(TICKET_LAYOUTS))})
    if cancellation:
        return cancellation_pdf(session, sale_id, layout, ctx)
    return sale_ticket_pdf(session, sale_id, layout, ctx)


def write_pdf(session: Session, sale_id: int, path: str | Path, **options) -> Path:
    return common.write_pdf(path, ticket_pdf(session, sale_id, **options))
