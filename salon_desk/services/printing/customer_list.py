"""A printed list of customers (the customer list's result, all or the ticked ones): name,
mobile and last visit, one line each, in the list's order."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Customer
from salon_desk.models.db import Database
from salon_desk.services.jobs import Job
from salon_desk.services.phones import format_phone
from salon_desk.services.printing import common
from salon_desk.services.printing.common import PrintContext, _

CHUNK = 5000  # ids per statement (SQLite limits the bound parameters)


def list_rows(session: Session, ids: list[int], ctx: PrintContext) -> list[list[str]]:
    """[name, mobile, last visit] of each customer, in the order of ``ids``; read by SQL,
    a chunk of ids at a time."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), CHUNK):
        for cid, first, last, mobile, visit in session.execute(
                select(Customer.id, Customer.first_name, Customer.last_name, Customer.mobile,
                       Customer.last_visit_at).where(Customer.id.in_(ids[start:start + CHUNK]))):
            name = " ".join(p for p in (first, last) if p)
            found[cid] = [name, format_phone(mobile) or mobile or "",
                          ctx.date(visit.astimezone()) if visit else ""]
    return [found[i] for i in ids if i in found]


def customer_list_pdf(session: Session, ids: list[int], ctx: PrintContext | None = None
                      ) -> bytes:
    """PDF bytes of the list of these customers."""
    common.register_fonts()
    ctx = ctx or common.load_context(session)
    rows = list_rows(session, ids, ctx)
    width = common.content_width(ctx.pagesize)
    title = _("Customer list")
    story = common.page_header(ctx, width, title,
                               [(_("Customers"), str(len(rows))),
                                (_("Date"), ctx.date(ctx.printed_at))])
    story.append(Spacer(1, 6 * mm))
    story.append(common.lines_table([_("Name"), _("Mobile"), _("Last visit")], rows,
                                    [0, 45 * mm, 30 * mm], width))
    return common.build_pages(ctx, title, story, subject=title)


def list_document(session: Session, _object_id: int, ids: list[int]) -> bytes:
    """``customer_list_pdf`` in the shape of the other documents (services.printing.render),
    for the print preview: the list names its customers in ``ids``, not by one id."""
    return customer_list_pdf(session, ids)


def write_pdf(session: Session, ids: list[int], path: str | Path, **options) -> Path:
    return common.write_pdf(path, customer_list_pdf(session, ids, **options))


def write_list(db: Database, ids: list[int], path: str | Path) -> Job[Path]:
    """``write_pdf`` in a session of its own, as a long job (services.jobs) for the UI to run
    off its thread."""
    yield 0, 0
    with db.session() as session:
        return write_pdf(session, ids, path)
