"""Reading a date as a person would, in any of the ways spreadsheets and people write them.

A numeric date is read by its own shape when it has one (17/05/1990 can only be day first,
05/17/1990 only month first); an ambiguous one (05/06/1990) by the evidence of the other dates
of the file written the same way (``shapes``: the order found for each separator, so a column
mixing 17.05.1990 and 05/17/1990 reads 06.05.1970 day first and 04/03/1980 month first), else
by the order of the file or the one the user chose; failing all that it is Unreadable.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from salon_desk.services import error_texts as msg
from salon_desk.services.importing.values import Unreadable, cell_text
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold

MONTHS = {}
for _i, _names in enumerate([
    "january enero gennaio janvier januar janeiro jan ene gen janv jaen",
    "february febrero febbraio fevrier februar fevereiro feb febr fev fevr",
    "march marzo mars marz marco mar mrz",
    "april abril aprile avril apr abr avr",
    "may mayo maggio mai maio mag",
    "june junio giugno juin juni junho jun giu",
    "july julio luglio juillet juli julho jul lug juil",
    "august agosto aout aug ago",
    "september septiembre settembre septembre setembro sep sept set",
    "october octubre ottobre octobre oktober outubro oct okt ott out",
    "november noviembre novembre novembro nov",
    "december diciembre dicembre decembre dezember dezembro dec dic dez",
], start=1):
    for _name in _names.split():
        MONTHS[_name] = _i

EXCEL_EPOCH = dt.date(1899, 12, 30)
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})(?:[/.\-](\d{1,4}))?\.?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?"
                       r"(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$")
_NO_YEAR = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")
_TIME_TAIL = re.compile(r"[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm)?\s*"
                        r"(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)
# Years meaning "unknown" in other apps' exports (vCard/Apple 1604, Square 0000).
UNKNOWN_YEARS = {0, 1, 1604, 1900}


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        pivot = dt.date.today().year % 100
        year += 1900 if year > pivot else 2000
    return year


def _check(year: int | None, month: int, day: int) -> tuple[int | None, int, int]:
    if not 1 <= month <= 12:
        raise Unreadable(Text(msg.VALUE_NO_MONTH, month=month))
    days = calendar.monthrange(year if year else 2000, month)[1]
    if not 1 <= day <= days:
        raise Unreadable(Text(msg.VALUE_NO_DAY, day=day))
    return year, month, day


_NOT_DIGIT = re.compile(r"\D")


def _separator(text: str) -> str:
    m = _NOT_DIGIT.search(text)
    return m.group() if m else ""


def date_parts(value: object, order: str | None, shapes: dict[str, str] | None = None
               ) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a date written in any common way.

    ``order`` is the file's order for numeric dates: "dmy", "mdy" or "ymd"; None when the
    file gave no clue. ``shapes``: the order found for dates written with each separator.
    A date that reads only one way is read that way; an ambiguous one (05/06/1990) follows
    ``shapes``, then ``order``, and is Unreadable when neither says.
    """
    if isinstance(value, dt.date):  # a datetime too
        return value.year, value.month, value.day
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial_date(value)
    text = cell_text(value)
    if text is None:
        raise Unreadable(Text(msg.VALUE_EMPTY))
    text = _TIME_TAIL.sub("", text.strip())
    if m := _ISO_DATE.match(text):
        year = int(m.group(1))
        return _check(None if year in UNKNOWN_YEARS else year, int(m.group(2)), int(m.group(3)))
    if m := _NO_YEAR.match(text):
        return _check(None, int(m.group(1)), int(m.group(2)))
    if text.isdigit():
        return _digits_date(text, order, shapes)
    if m := _NUMERIC_DATE.match(text):
        chosen = shapes.get(_separator(text), order) if shapes else order
        a, b, c = m.group(1), m.group(2), m.group(3)
        if c is None:  # no year: 17/05, 05-17
            return _date_without_year(a, b, chosen, "-" in text)
        return _numeric_date(a, b, c, chosen)
    return _named_month_date(text)


def _serial_date(value: int | float) -> tuple[int, int, int]:
    """A spreadsheet's day number (days since 1899-12-30)."""
    if 1 <= value < 2958466:
        d = EXCEL_EPOCH + dt.timedelta(days=int(value))
        return d.year, d.month, d.day
    raise Unreadable(Text(msg.VALUE_NOT_DATE))


def _digits_date(text: str, order: str | None, shapes: dict[str, str] | None
                 ) -> tuple[int | None, int, int]:
    """Digits only: 19800517, 17051980 or a serial number (a year alone is not a date)."""
    if len(text) == 8:  # 19800517 or 17051980
        if 1800 < int(text[:4]) < 2200:
            return _check(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date_parts(f"{text[:2]}/{text[2:4]}/{text[4:]}", order, shapes)
    if len(text) == 4 and 1800 < int(text) < 2200:
        raise Unreadable(Text(msg.VALUE_ONLY_YEAR))
    if 3 <= len(text) <= 6:
        return date_parts(float(text), order)  # an Excel serial number
    raise Unreadable(Text(msg.VALUE_NOT_DATE))


def _date_without_year(a: str, b: str, chosen: str | None, dashed: bool
                       ) -> tuple[None, int, int]:
    x, y = int(a), int(b)
    if len(a) > 2:
        raise Unreadable(Text(msg.VALUE_NOT_DATE))
    if x > 12 >= y:
        month, day = y, x
    elif y > 12 >= x or chosen in ("mdy", "ymd") or (chosen is None and dashed):
        month, day = x, y
    elif chosen == "dmy" or x == y:
        month, day = y, x
    else:
        raise Unreadable(Text(msg.VALUE_DATE_AMBIGUOUS))
    return _check(None, month, day)


def _numeric_date(a: str, b: str, c: str, chosen: str | None) -> tuple[int | None, int, int]:
    """Three numbers: year first, or day and month in the order they can only be read in,
    else in the file's order."""
    if len(a) == 4:
        year = int(a)
        return _check(None if year in UNKNOWN_YEARS else year, int(b), int(c))
    x, y, year = int(a), int(b), _year(c)
    if x > 12 >= y:  # only day first makes sense, whatever the rest of the file does
        chosen = "dmy"
    elif y > 12 >= x:
        chosen = "mdy"
    elif x == y:
        chosen = "dmy"
    elif chosen is None:
        raise Unreadable(Text(msg.VALUE_DATE_AMBIGUOUS))
    if chosen == "mdy":
        return _check(year, x, y)
    return _check(year, y, x)


def _named_month_date(text: str) -> tuple[int | None, int, int]:
    words = re.findall(r"[^\W\d_]+|\d+", fold(text))
    words = [w for w in words if w not in ("de", "del", "of", "the", "le", "el", "st", "nd",
                                           "rd", "th", "er", "o", "ro")]
    month = None
    numbers = []
    for w in words:
        if w.isdigit():
            numbers.append(w)
        elif w in MONTHS and month is None:
            month = MONTHS[w]
        elif w[:3] in MONTHS and month is None and len(w) > 3:
            month = MONTHS[w[:3]]
        elif w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday",
                   "wednesday", "thursday", "friday", "saturday", "sunday"):
            continue
        else:
            raise Unreadable(Text(msg.VALUE_NOT_DATE))
    if month is None or not 1 <= len(numbers) <= 2:
        raise Unreadable(Text(msg.VALUE_NOT_DATE))
    day_text = next((n for n in numbers if len(n) <= 2), None)
    year_text = next((n for n in numbers if n is not day_text), None)
    if day_text is None:
        raise Unreadable(Text(msg.VALUE_NOT_DATE))
    year = _year(year_text) if year_text else None
    return _check(None if year in UNKNOWN_YEARS else year, month, int(day_text))


def parse_date(value: object, order: str | None, shapes: dict[str, str] | None = None
               ) -> dt.date:
    year, month, day = date_parts(value, order, shapes)
    if year is None:
        raise Unreadable(Text(msg.VALUE_NO_YEAR))
    return dt.date(year, month, day)


def parse_datetime(value: object, order: str | None, shapes: dict[str, str] | None = None
                   ) -> dt.datetime:
    """A date with an optional time; naive values are local time (as the user wrote them)."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, float) and not value.is_integer() and 1 <= value < 2958466:
        return dt.datetime.combine(EXCEL_EPOCH, dt.time()) + dt.timedelta(days=value)
    text = cell_text(value)
    if text is None:
        raise Unreadable(Text(msg.VALUE_EMPTY))
    if (m := _ISO_DATE.match(text)) and m.group(4):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            raise Unreadable(Text(msg.VALUE_NOT_DATETIME)) from None
    day = parse_date(value, order, shapes)
    hour = minute = second = 0
    if m := _TIME_TAIL.search(text):
        hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if m.group(4):
            hour = hour % 12 + (12 if m.group(4).lower() == "pm" else 0)
        if hour > 23 or minute > 59 or second > 59:
            raise Unreadable(Text(msg.VALUE_NOT_TIME))
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


_DMY_HINT = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})(?:[/.\-](\d{2}|\d{4}))?\.?(?:[ T,].*)?$")


def _evidence(values: list[object]) -> tuple[dict[str, list[int]], int]:
    """Per separator: [day-first dates, month-first dates]; and how many read both ways."""
    found: dict[str, list[int]] = {}
    ambiguous = 0
    for value in {v for v in values if v.__class__ is str}:
        m = _DMY_HINT.match(value.strip())
        if not m:
            continue
        x, y = int(m.group(1)), int(m.group(3))
        counts = found.setdefault(m.group(2), [0, 0])
        if x > 12 >= y:
            counts[0] += 1
        elif y > 12 >= x:
            counts[1] += 1
        elif x != y and x <= 12 and y <= 12:
            ambiguous += 1
    return found, ambiguous


def detect_date_order(values: list[object], evidence=None) -> tuple[str | None, bool]:
    """The file's order for numeric dates, and whether it must be asked.

    Returns ("dmy"|"mdy", False) when some value settles it (a first part over 12 means day
    first), (None, True) when every numeric date could be read both ways, (None, False) when
    there are no such dates. ``evidence``: what _evidence found, when already known.
    """
    found, ambiguous = evidence or _evidence(values)
    day_first = sum(c[0] for c in found.values())
    month_first = sum(c[1] for c in found.values())
    if day_first or month_first:
        return ("dmy" if day_first >= month_first else "mdy"), False
    return None, ambiguous > 0


def detect_date_orders(values: list[object]) -> tuple[str | None, bool, dict[str, str]]:
    """detect_date_order and detect_date_shapes, from one look at the values."""
    evidence = _evidence(values)
    return (*detect_date_order(values, evidence), detect_date_shapes(values, evidence))


def detect_date_shapes(values: list[object], evidence=None) -> dict[str, str]:
    """The order the file's dates show for each separator ("/", ".", "-") that has evidence."""
    found, _ambiguous = evidence or _evidence(values)
    return {sep: "dmy" if day >= month else "mdy" for sep, (day, month) in found.items()
            if day or month}
