"""Checking the amounts a service is given.

Money is whole cents: a float (12.5 cents, or 12.0 meant as euros) or a bool is refused, never
rounded; a discount is an exact number from 0 to 100 (a Decimal or an int), never a float,
a NaN or an infinity. A refusal is a ValidationError naming the field, as every service gives.
"""

from __future__ import annotations

import numbers
from decimal import Decimal

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError
from salon_desk.services.money import HUNDRED
from salon_desk.services.texts import Text


def _refuse(field: str, source: str, **values) -> Exception:
    return ValidationError({field: Text(source, **values)})


def _whole(value: object) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def checked_cents(value: object, field: str = "amount") -> int:
    """``value`` if it is an amount of money in whole cents (an int); a ValidationError on
    ``field`` otherwise."""
    if not _whole(value):
        raise _refuse(field, msg.MONEY_WHOLE_CENTS, value=repr(value))
    return int(value)


def checked_whole(value: object, field: str) -> int:
    """``value`` if it is a whole number (points, a quantity); a ValidationError otherwise."""
    if not _whole(value):
        raise _refuse(field, msg.WHOLE_NUMBER, value=repr(value))
    return int(value)


def checked_percent(value: object, field: str = "discount") -> Decimal:
    """``value`` as a Decimal if it is a finite Decimal or an int from 0 to 100; a
    ValidationError on ``field`` otherwise."""
    if not (_whole(value) or isinstance(value, Decimal)):
        raise _refuse(field, msg.DISCOUNT_KIND, value=repr(value))
    pct = Decimal(value)
    if not pct.is_finite():
        raise _refuse(field, msg.DISCOUNT_NUMBER)
    if not Decimal(0) <= pct <= HUNDRED:
        raise _refuse(field, msg.DISCOUNT_RANGE)
    return pct
