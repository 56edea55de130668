"""Small helpers shared by the visit and money widgets: currency, amounts typed in, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.ui import formatting
from salon_desk.ui.widgets.money_edit import MoneyEdit as BaseMoneyEdit


def tr(text: str) -> str:
    return QCoreApplication.translate("Visits", text)


def trn(text: str, n: int) -> str:
    """A text that counts ("%n session(s)"), with the plural form for n."""
    return QCoreApplication.translate("Visits", text, None, n)


def currency(db: Database) -> str:
    with db.session() as session:
        return settings.get(session, settings.CURRENCY)


def money(cents: int | None, code: str) -> str:
    return formatting.money(cents, code)


class MoneyEdit(BaseMoneyEdit):
    """An amount typed with two decimals, read and set in integer cents (never a float);
    ``maximum_cents`` caps what it returns. ``valueChanged`` follows every edit."""

    valueChanged = Signal()

    def __init__(self, code: str = "EUR", parent: QWidget | None = None,
                 maximum_cents: int | None = None) -> None:
        super().__init__(parent, suffix=formatting.currency_symbol(code))
        self.maximum_cents = maximum_cents
        self.setMinimumWidth(100)
        self.textChanged.connect(self._text_changed)

    def _text_changed(self, _text: str) -> None:
        self.valueChanged.emit()

    def cents(self) -> int:
        try:
            value = super().cents()
        except ValueError:
            return 0
        if self.maximum_cents is not None:
            value = min(value, self.maximum_cents)
        return value


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def date_format() -> str:
    """The locale's short date with a four-digit year, for date editors."""
    import re

    from PySide6.QtCore import QLocale

    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "dd/MM/yyyy"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def date_edit(parent: QWidget | None, day: dt.date | None = None):
    """A date editor with a calendar pop-up in the locale's format."""
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit
