"""Dates between Python and Qt, and the date editor every form uses."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QWidget


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def date_format() -> str:
    """The locale's short date with a four-digit year, for date editors."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "dd/MM/yyyy"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def date_edit(parent: QWidget | None, day: dt.date | None = None) -> QDateEdit:
    """A date editor with a calendar pop-up in the locale's format."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit
