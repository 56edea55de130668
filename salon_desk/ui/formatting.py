"""How values are shown: money, dates (local time), genders, statuses, consent cells."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from salon_desk.models.db import Database
from salon_desk.services import money as _money
from salon_desk.ui.i18n import interface_language, translator

# The currencies offered in the settings (any ISO 4217 code may be typed).
CURRENCIES = ["AUD", "BRL", "CAD", "CHF", "CZK", "DKK", "EUR", "GBP", "HUF", "INR", "JPY", "MXN",
              "NOK", "PLN", "RON", "SEK", "TRY", "UAH", "USD"]


_tr = translator("Format")


def number_locale() -> str:
    """The locale of amounts and numbers on screen: the interface language with the salon's
    country (see services.money), the same one printed documents use."""
    return _money.locale_name(interface_language(), _money.salon_country())


def salon_currency(db: Database) -> str:
    """The salon's currency code as the settings hold it ("EUR")."""
    from salon_desk.services import settings

    with db.session() as session:
        return settings.get(session, settings.CURRENCY)


def money(cents: int | None, currency: str | None = None, signed: bool = False) -> str:
    """An amount in cents as the salon's locale writes money: "38,50 €" in Spanish in Spain,
    "£38.50" in English in the UK. ``currency`` defaults to the salon's."""
    return _money.format_money(cents, currency, number_locale(), signed)


def number(value: int | Decimal, signed: bool = False) -> str:
    """A count or quantity with the locale's grouping ("1.234" in Spanish)."""
    return _money.format_number(value, number_locale(), signed)


def cents_to_text(cents: int | None) -> str:
    """Cents as an editable amount with the locale's decimal separator: 3850 -> "38,50"
    (Spanish) or "38.50" (English)."""
    return _money.amount_text(cents, number_locale())


def currency_symbol(currency: str | None = None) -> str:
    """"€", "£", "US$"... as the locale writes the currency (the salon's by default)."""
    return _money.currency_symbol(currency, number_locale())


def text_to_cents(text: str) -> int:
    """What a user typed as an amount ("38,5", "38.50", "1.234,50") in cents; ValueError if not.
    Both separators are read in every language: the last one is the decimal separator."""
    value = "".join(text.split()).replace("\u202f", "")
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
    """21 -> "21 %" in Spanish, "21%" in English; 10.5 -> "10,5 %"."""
    return _money.format_percent_value(value, number_locale())
