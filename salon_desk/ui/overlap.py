"""One customer booked twice at the same time: the warning, and booking anyway only on purpose.

The appointments service refuses an overlap of the customer's appointments (CustomerOverlap)
unless it is told to allow it; here the receptionist is asked first, with the appointments in
the way named, and "Book anyway" writes again with the overlap allowed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database
from salon_desk.services.schedule.appointments import Overlap
from salon_desk.services.errors import CustomerOverlap
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.saving import Outcome, reporting
from salon_desk.ui.texts import message_text
from salon_desk.ui.i18n import translator


_tr = translator("Overlap")


def _period(overlap: Overlap, with_day: bool = False) -> str:
    times = (f"{formatting.local(overlap.starts_at):%H:%M}–"
             f"{formatting.local(overlap.ends_at):%H:%M}")
    if with_day:
        return f"{formatting.date(formatting.local(overlap.starts_at).date())} {times}"
    return times


def overlap_warning(customer_name: str, overlaps: list[Overlap], with_day: bool = False) -> str:
    """What the receptionist reads: who is already booked, for what, and when booking both
    makes sense. ``with_day`` names the day of each (sessions booked over several days)."""
    what = []
    for o in overlaps:
        service = o.service_name or _tr("another appointment")
        if o.staff_name:
            what.append(_tr("{0} with {1}, {2}").format(service, o.staff_name,
                                                        _period(o, with_day)))
        else:
            what.append(_tr("{0}, {1}").format(service, _period(o, with_day)))
    if with_day:
        booked = _tr("{0} is already booked at the time of some of these sessions: {1}.")
    else:
        booked = _tr("{0} is already booked at this time: {1}.")
    return "\n".join([
        booked.format(customer_name, "; ".join(what)),
        _tr("Book both only on purpose, for example two services at once with two staff "
            "members."),
    ])


def ask_book_anyway(parent: QWidget | None, exc: CustomerOverlap, with_day: bool = False
                    ) -> bool:
    return dialogs.confirm(parent, _tr("Overlapping appointments"),
                           overlap_warning(exc.customer_name, exc.overlaps, with_day),
                           _tr("Book anyway"))


def run_booking(parent: QWidget | None, db: Database, title: str,
                work: Callable[[Any, bool], Any], with_day: bool = False) -> Outcome:
    """``work(session, allow_customer_overlap)`` in one transaction, first without allowing an
    overlap of the customer's appointments; if there is one, ask, and on "Book anyway" write
    again allowing it. Other errors are shown as ``saving.run_write`` shows them. ``with_day``:
    the question names the day of each appointment in the way (a budget's sessions)."""
    with reporting(parent, title) as outcome:
        try:
            with db.transaction() as session:
                outcome.value = work(session, False)
        except CustomerOverlap as exc:
            if not ask_book_anyway(parent, exc, with_day):
                outcome.ok = False
                outcome.error = message_text(str(exc))
                return outcome
            with db.transaction() as session:
                outcome.value = work(session, True)
    return outcome
