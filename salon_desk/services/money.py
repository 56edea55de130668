"""Money arithmetic in integer cents, and the one rounding rule the whole till uses.

Rounding rule: a percentage of an amount (a discount) is computed exactly as a Decimal and then
rounded to the nearest cent, halves away from zero ("half-up": 12.5 cents becomes 13 cents of
discount). The line amount is the gross amount less that rounded discount, so the discount and
the amount shown on a ticket always add up to the gross amount.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)


def percent_of(cents: int, percent: Decimal | int | str) -> int:
    """``percent`` % of ``cents``, rounded half-up to a whole cent."""
    exact = Decimal(cents) * Decimal(str(percent)) / HUNDRED
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_gross(quantity: int, unit_price_cents: int) -> int:
    return int(quantity) * int(unit_price_cents)


def line_discount(quantity: int, unit_price_cents: int, discount_percent: Decimal) -> int:
    return percent_of(line_gross(quantity, unit_price_cents), discount_percent)


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
    """Cents from a typed amount ("12", "12.5", "12,50"); ValueError when it is not money."""
    cleaned = text.strip().replace(" ", "")
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
