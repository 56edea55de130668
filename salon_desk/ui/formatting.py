"""How values are shown: money, dates (local time), genders, statuses, consent cells."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

# Currencies whose symbol goes before the amount in everyday use.
_PREFIX_SYMBOLS = {"GBP": "£", "USD": "$", "CAD": "CA$", "AUD": "A$", "MXN": "MX$", "JPY": "¥",
                   "INR": "₹", "BRL": "R$"}
_SUFFIX_SYMBOLS = {"EUR": "€", "PLN": "zł", "CHF": "CHF", "SEK": "kr", "NOK": "kr", "DKK": "kr",
                   "CZK": "Kč", "HUF": "Ft", "RON": "lei", "UAH": "₴", "TRY": "₺"}
CURRENCIES = sorted({*_PREFIX_SYMBOLS, *_SUFFIX_SYMBOLS})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Format", text)


def money(cents: int | None, currency: str = "EUR") -> str:
    """An amount in cents shown with the currency symbol, e.g. "38.50 €" or "£38.50"."""
    cents = int(cents or 0)
    locale = QLocale()
    units, rest = divmod(abs(cents), 100)
    number = f"{locale.toString(units)}{locale.decimalPoint()}{rest:02d}"
    sign = "-" if cents < 0 else ""
    code = (currency or "").upper()
    if code in _PREFIX_SYMBOLS:
        return f"{sign}{_PREFIX_SYMBOLS[code]}{number}"
    return f"{sign}{number} {_SUFFIX_SYMBOLS.get(code, code)}".strip()


def cents_to_text(cents: int | None) -> str:
    """Cents as a plain editable decimal, e.g. 3850 -> "38.50"."""
    cents = int(cents or 0)
    return f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def text_to_cents(text: str) -> int:
    """What a user typed as an amount ("38,5", "38.50", "1.234,50") in cents; ValueError if not."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if not value:
        return 0
    if "," in value and "." in value:  # the last separator is the decimal one
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    else:
        value = value.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d{0,2})?", value):
        raise ValueError(text)
    return int((Decimal(value) * 100).to_integral_value())


def _short_date_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    # Short formats like "M/d/yy" are ambiguous for birth dates: always show four digits.
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def date_format() -> str:
    """The Qt display format for dates (date edits use the same as lists)."""
    return _short_date_format(QLocale())


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = local(value).date()
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _short_date_format(locale))


def local(value: dt.datetime) -> dt.datetime:
    """A stored (UTC) time in the computer's local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    when = local(value)
    return f"{date(when.date())} {when:%H:%M}"


def day_month(month: int, day: int) -> str:
    """ "12 March" in the user's language, for birthdays without a year."""
    locale = QLocale()
    return f"{day} {locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)}"


def gender_labels() -> dict[str, str]:
    return {"female": _tr("Female"), "male": _tr("Male"), "other": _tr("Other"),
            "unspecified": _tr("Unspecified")}


def status(active: bool, blocked: bool) -> str:
    if blocked:
        return _tr("Blocked")
    return _tr("Active") if active else _tr("Inactive")


def consent_categories() -> dict[str, str]:
    return {"appointments": _tr("Appointment information"),
            "marketing": _tr("Promotions and offers")}


def channels() -> dict[str, str]:
    return {"email": _tr("Email"), "sms": _tr("SMS"), "whatsapp": _tr("WhatsApp")}


def percent(value: Decimal | int | None) -> str:
    value = Decimal(value or 0).normalize()
    text = format(value, "f")
    return f"{text.replace('.', QLocale().decimalPoint())} %"
