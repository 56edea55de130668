"""Helpers shared by the care tabs: translation, reads and writes with errors shown, texts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from salon_desk.models import Staff
from salon_desk.models.db import Database
from salon_desk.services.sales import catalog
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.saving import run_write
from salon_desk.ui.i18n import translator


tr = translator("Care")


def write(parent: QWidget | None, db: Database, title: str,
          work: Callable[[Any], Any]) -> tuple[bool, Any]:
    """Run ``work(session)`` in one transaction; a SalonError is shown as it is.

    Returns (ok, what work returned)."""
    outcome = run_write(parent, db, title, work)
    return outcome.ok, outcome.value


def delete_confirmed(parent: QWidget, db: Database, title: str, question: str,
                     work: Callable[[Any], Any]) -> bool:
    """Ask ``question``; on yes, run ``work(session)`` as write() does. True once deleted."""
    if not dialogs.confirm(parent, title, question, tr("Delete")):
        return False
    return write(parent, db, title, work)[0]


def read(db: Database, work: Callable[[Any], Any]) -> Any:
    with db.session() as session:
        return work(session)


def staff_choices(db: Database) -> list[tuple[int, str]]:
    return read(db, lambda s: [(x.id, x.name) for x in catalog.list_items(s, Staff, True)])


def appointment_text(at: dt.datetime | None, service: str = "", staff: str = "",
                     with_time: bool = False) -> str:
    """An appointment as the lists show it: "5 Aug 2026 · Full colour"."""
    if at is None:
        return ""
    when = formatting.datetime(at) if with_time else formatting.date(at)
    return " · ".join(p for p in (when, service, staff) if p)


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label
