"""Printed documents made with ReportLab: tickets, record summaries, appointment summaries,
budgets and lists of customers. Each builder takes a Session and an id and returns PDF bytes;
no Qt here.

``render(session, kind, object_id, **options)`` picks the builder by kind ("ticket", "summary",
"appointments", "budget", "customer_list": its customers in the ``ids`` option); ``write_pdf(path, session, kind, object_id, **options)`` saves it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path

from sqlalchemy.orm import Session

KINDS = ("ticket", "summary", "appointments", "budget", "customer_list")


def builder(kind: str) -> Callable[..., bytes]:
    if kind == "ticket":
        from salon_desk.services.printing.tickets import ticket_pdf
        return ticket_pdf
    if kind == "summary":
        from salon_desk.services.printing.summary import summary_pdf
        return summary_pdf
    if kind == "appointments":
        from salon_desk.services.printing.appointments import appointments_pdf
        return appointments_pdf
    if kind == "budget":
        from salon_desk.services.printing.budget import budget_pdf
        return budget_pdf
    if kind == "customer_list":
        from salon_desk.services.printing.customer_list import list_document
        return list_document
    raise ValueError(f"Unknown document kind {kind!r}; use one of {', '.join(KINDS)}")


def render(session: Session, kind: str, object_id: int, **options) -> bytes:
    """PDF bytes of one document."""
    return builder(kind)(session, object_id, **options)


def write_pdf(path: str | Path, session: Session, kind: str, object_id: int,
              **options) -> Path:
    from salon_desk.services.printing.common import write_pdf as _write

    return _write(path, render(session, kind, object_id, **options))


def render_steps(session_factory: Callable[[], Session], kind: str, object_id: int,
                 **options) -> Generator[tuple[int, int, str], None, bytes]:
    """The same as render, as a generator for a background task: yields progress, returns
    the PDF bytes. Opens its own short session (``session_factory`` is e.g. ``db.session``)."""
    yield 0, 1, "Preparing the document…"
    with session_factory() as session:
        data = render(session, kind, object_id, **options)
    yield 1, 1, "Done"
    return data
