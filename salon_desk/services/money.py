"""Money in integer cents: the one rounding rule the whole till uses, and the one way amounts,
numbers and percentages are written, on screen and on paper alike.

Rounding rule: a percentage of an amount (a discount) is computed exactly as a Decimal and then
rounded to the nearest cent, halves away from zero ("half-up": 12.5 cents becomes 13 cents of
discount). The line amount is the gross amount less that rounded discount, so the discount and
the amount shown on a ticket always add up to the gross amount.

Formats come from CLDR through Babel, for a locale made of the interface language and the salon's
country (``locale_name("es", "ES") == "es_ES"``: "1.234,50 €"; ``("en", "GB")``: "£1,234.50").
The interface (ui.formatting) and the printed documents (services.printing) both call the
``format_*`` functions below, so a Spanish screen and a Spanish ticket agree.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale, localedata
from babel.numbers import (
    format_currency,
    format_decimal,
    format_percent,
    get_currency_symbol,
    get_decimal_symbol,
)

HUNDRED = Decimal(100)


def percent_of(cents: int, percent: Decimal | int | str) -> int:
    """``percent`` % of ``cents``, rounded half-up to a whole cent."""
    exact = Decimal(cents) * Decimal(str(percent)) / HUNDRED
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_gross(quantity: int, unit_price_cents: int) -> int:
    return int(quantity) * int(unit_price_cents)


def line_amount(quantity: int, unit_price_cents: int, discount_percent: Decimal) -> int:
    """What a sale or budget line costs: quantity x unit price less the rounded discount."""
    gross = line_gross(quantity, unit_price_cents)
    return gross - percent_of(gross, discount_percent)


def points_for(cents: int, points_per_unit: Decimal) -> int:
    """Loyalty points earned by spending ``cents``: whole points, fractions dropped."""
    if cents <= 0:
        return 0
    exact = Decimal(cents) / HUNDRED * Decimal(str(points_per_unit))
    return int(exact.quantize(Decimal(1), rounding=ROUND_FLOOR))


def cents_text(cents: int) -> str:
    """Plain "1234.50" text for messages raised by services (the UI formats with the locale)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(int(cents)), 100)
    return f"{sign}{whole}.{part:02d}"


def parse_cents(text: str) -> int:
    """Cents from a typed amount ("12", "12.5", "12,50", "1.234,50", "1 234,50"), whatever the
    locale: the last "," or "." is the decimal separator when both appear. ValueError when it
    is not money."""
    cleaned = "".join(text.split()).replace("\u202f", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(
            ".") else cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except ArithmeticError as exc:
        raise ValueError(f'"{text}" is not an amount') from exc
    return int((value * HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------------------ formatting
DEFAULT_LANGUAGE = "en"
DEFAULT_CURRENCY = "EUR"


class _Salon:
    """The salon's country and currency, as the app last read them from its settings."""

    country: str | None = None
    currency: str = DEFAULT_CURRENCY


def set_salon(country: str | None, currency: str | None = None) -> None:
    """Remember the salon's country and currency (the app calls this when it opens a database
    and when the settings change); amounts on screen follow them."""
    _Salon.country = (country or "").upper() or None
    _Salon.currency = (currency or DEFAULT_CURRENCY).upper()


def salon_country() -> str | None:
    return _Salon.country


@lru_cache(maxsize=128)
def locale_name(language: str | None, country: str | None) -> str:
    """The CLDR locale for an interface language and the salon's country: "es" + "ES" ->
    "es_ES", "en" + "GB" -> "en_GB"; a pair CLDR does not know keeps the language ("es" + "GB"
    -> "es"), an unknown language is English."""
    language = (language or DEFAULT_LANGUAGE).replace("-", "_").split("_")[0].lower()
    if not language.isalpha() or not localedata.exists(language):
        language = DEFAULT_LANGUAGE
    if country and country.isalpha():
        candidate = f"{language}_{country.upper()}"
        if localedata.exists(candidate):
            return candidate
    return language


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def _amount(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


@lru_cache(maxsize=4096)
def format_money(cents: int | None, currency: str | None = None, locale: str = DEFAULT_LANGUAGE,
                 signed: bool = False) -> str:
    """An amount in cents as the locale writes money: "85,50 €" (es_ES), "£85.50" (en_GB),
    "-1.234,50 €"; always with two decimals, as amounts are kept. ``signed`` adds "+" to a
    positive amount."""
    code = (currency or _Salon.currency or DEFAULT_CURRENCY).upper()
    loc = _locale(locale)
    text = format_currency(_amount(cents), code, locale=loc, currency_digits=False)
    if signed and int(cents or 0) > 0:
        text = loc.number_symbols["latn"]["plusSign"] + text
    return text


def format_number(value: int | Decimal, locale: str = DEFAULT_LANGUAGE,
                  signed: bool = False) -> str:
    """A count or quantity with the locale's grouping: 1234 -> "1.234" (es_ES) or "1,234"."""
    loc = _locale(locale)
    text = format_decimal(value, locale=loc, decimal_quantization=False)
    if signed and value > 0:
        text = loc.number_symbols["latn"]["plusSign"] + text
    return text


def format_percent_value(value: Decimal | int | str | None, locale: str = DEFAULT_LANGUAGE) -> str:
    """A percentage given in percent (21, 10.5) as the locale writes it: "21 %" (es), "21%"
    (en), "10,5 %"; trailing zeros dropped."""
    number = Decimal(str(value or 0)).normalize() / 100
    return format_percent(number, locale=_locale(locale), decimal_quantization=False)


def currency_symbol(currency: str | None = None, locale: str = DEFAULT_LANGUAGE) -> str:
    return get_currency_symbol((currency or _Salon.currency).upper(), locale=_locale(locale))


def decimal_symbol(locale: str = DEFAULT_LANGUAGE) -> str:
    return get_decimal_symbol(_locale(locale))


def amount_text(cents: int | None, locale: str = DEFAULT_LANGUAGE) -> str:
    """Cents as an editable amount, without grouping or symbol: 3850 -> "38,50" (es) or
    "38.50" (en); ``parse_cents`` reads it back."""
    return cents_text(int(cents or 0)).replace(".", decimal_symbol(locale))
