"""Reading one cell as a person would: phones, dates, booleans, genders, percentages.

Every parser takes the raw cell (str, int, float, bool, date or datetime, as the readers give
them) and returns the value to store, or raises ``Unreadable`` with the reason. Blank cells and
placeholders ("---", "N/A", "null"...) are ``None`` before any parser sees them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from decimal import Decimal, InvalidOperation

from email_validator import EmailNotValidError, validate_email

from salon_desk.models.search_index import fold
from salon_desk.services.phones import PhoneError


class Unreadable(ValueError):
    """The value cannot be understood; the message says why."""


PLACEHOLDERS = {
    "-", "--", "---", "----", "—", "–", "n/a", "n.a.", "n/d", "s/d", "null", "none", "nil",
    "(none)", "(blank)", "(empty)", "#n/a", "?", ".", "0/0/00", "0/0/0000", "00/00/0000",
    "00/00/00", "0000-00-00", "00.00.0000", "00-00-0000", "not set", "sin datos", "nessuno",
}
MULTI_SEPARATOR = " ::: "  # Google Contacts puts several values in one cell this way
_NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")


_PLACEHOLDER_MAX = max(len(p) for p in PLACEHOLDERS)


def cell_text(value: object) -> str | None:
    """The cell as trimmed text, or None when blank or a placeholder."""
    if value.__class__ is str:  # the common case first, as cheaply as possible
        text = value.strip()
        if not text or (len(text) <= _PLACEHOLDER_MAX and text.casefold() in PLACEHOLDERS):
            return None
        if text[0] == "'" and _NEUTRALISED.match(text):
            text = text[1:]
        return text
    if value is None:
        return None
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value).strip()
    if not text or text.casefold() in PLACEHOLDERS:
        return None
    if _NEUTRALISED.match(text):  # an export of ours kept this from becoming a formula
        text = text[1:]
    return text


def split_multi(text: str) -> list[str]:
    return [p.strip() for p in text.split(MULTI_SEPARATOR) if p.strip()]


# --- phones and emails ---------------------------------------------------------------------

def parse_phone(value: object, country: str) -> str:
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    try:
        return phone_reader(country).normalise(text)
    except PhoneError as exc:
        raise Unreadable(str(exc)) from None


@functools.lru_cache(maxsize=32)
def phone_reader(country: str):
    from salon_desk.services.importing.phone_reader import PhoneReader

    return PhoneReader(country)


_SIMPLE_EMAIL = re.compile(
    r"^(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$"
)
_SPECIAL_DOMAINS = ("arpa", "invalid", "local", "localhost", "onion", "test", "internal")


def parse_email(value: object) -> str:
    """The email as the customer form would store it (email_validator's normalised form)."""
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    if text.lower().startswith("mailto:"):
        text = text[7:]
    match = _SIMPLE_EMAIL.match(text)
    # Plain ASCII addresses are checked here (email_validator would give the same answer, only
    # slower); everything else goes through email_validator.
    if match and len(text) <= 254 and match.group(1).rsplit(".", 1)[-1].lower() not in (
            _SPECIAL_DOMAINS):
        local, _, domain = text.rpartition("@")
        return f"{local}@{domain.lower()}"
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise Unreadable(f"not a valid email ({exc})") from None


# --- words: booleans, statuses, genders -----------------------------------------------------

def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w✓✔✗♀♂]+", " ", fold(text)).split())


TRUE_WORDS = {
    "yes", "y", "true", "t", "1", "x", "si", "s", "oui", "o", "ja", "j", "sim", "vero", "v",
    "verdadero", "verdadeiro", "wahr", "on", "checked", "✓", "✔", "subscribed", "opted in",
    "opt in", "accepted", "granted", "accepts", "agree", "agreed", "1 0",
}
FALSE_WORDS = {
    "no", "n", "false", "f", "0", "non", "nein", "nao", "falso", "falsch", "off", "unchecked",
    "✗", "unsubscribed", "opted out", "opt out", "not subscribed", "never subscribed",
    "declined", "denied", "refused", "0 0",
}


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    word = _words(text)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise Unreadable("not yes or no")


ACTIVE_WORDS = {"active", "activo", "activa", "attivo", "attiva", "actif", "aktiv", "ativo",
                "ativa", "enabled", "current", "alta", "de alta"}
INACTIVE_WORDS = {"inactive", "inactivo", "inactiva", "inattivo", "inattiva", "inactif",
                  "inaktiv", "inativo", "inativa", "archived", "archivado",
                  "archiviato", "archive", "archiviert", "arquivado", "disabled", "deleted",
                  "baja", "de baja", "desactivado", "former"}


def parse_status(value: object) -> bool:
    """True for an active customer."""
    if isinstance(value, bool):
        return value
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    word = _words(text)
    if word in ACTIVE_WORDS or word in TRUE_WORDS:
        return True
    if word in INACTIVE_WORDS or word in FALSE_WORDS:
        return False
    raise Unreadable("not Active or Inactive")


GENDER_WORDS = {
    "female": {"female", "f", "woman", "w", "women", "mujer", "femenino", "femenina", "fem",
               "femme", "feminin", "feminine", "donna", "femmina", "femminile", "weiblich",
               "frau", "feminino", "feminina", "mulher", "mrs", "ms", "miss", "sra", "srta",
               "mme", "mlle", "sig ra", "signora", "girl", "lady", "she her", "madame",
               "senhora", "dona", "♀"},
    "male": {"male", "man", "men", "hombre", "h", "masculino", "masc", "homme", "masculin",
             "uomo", "maschio", "maschile", "mannlich", "maennlich", "mann", "herr", "homem",
             "mr", "sr", "sig", "signore", "signor", "monsieur", "senhor", "m", "boy", "he him",
             "masculine", "♂"},
    "other": {"other", "otro", "otra", "autre", "altro", "altra", "divers", "d", "outro",
              "outra", "andere", "anderes", "non binary", "nonbinary", "nb", "enby",
              "no binario", "no binaria", "non binario", "non binaria", "non binaire",
              "nicht binar", "nichtbinar", "nao binario", "nao binaria", "x", "diverse",
              "they them", "mx", "genderqueer", "genderfluid", "gender fluid", "agender"},
    "unspecified": {"unspecified", "unknown", "not specified", "prefer not to say",
                    "not stated", "no especificado", "sin especificar", "desconocido",
                    "prefiero no decirlo", "non specificato", "sconosciuto",
                    "preferisco non dirlo", "non precise", "non specifie", "inconnu",
                    "non renseigne", "unbekannt", "keine angabe", "nicht angegeben",
                    "ohne angabe", "nao especificado", "nao informado", "desconhecido",
                    "prefiro nao dizer", "u", "ns", "nc", "n s"},
}
_GENDER_LOOKUP = {w: g for g, words in GENDER_WORDS.items() for w in words}
# What a gender cell may hold besides letters: abbreviation dots (Sig.ra, Mrs.), pronoun and
# compound separators (she/her, non-binary), brackets. Anything else ("X?", "F*") says the
# writer was unsure or meant something else, so it is not guessed from the letters.
_GENDER_TEXT = re.compile(r"^(?:[^\W\d_]|[\s./\-(),'’]|[♀♂])+$")


def parse_gender(value: object, m_is_female: bool = False) -> str:
    """Female / male / other / unspecified. ``m_is_female``: Spanish files' H/M (hombre/mujer)."""
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    word = _words(text) if _GENDER_TEXT.match(text) else ""
    if word == "m" and m_is_female:
        return "female"
    if word in _GENDER_LOOKUP:
        return _GENDER_LOOKUP[word]
    raise Unreadable("not a gender (female, male, other)")


SPANISH_SPEAKING = {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO",
                    "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR"}


def m_means_female(values: list[object], country: str) -> bool:
    """Whether a file's "M" means mujer: it uses H for hombre, or is Spanish without F."""
    seen = {_words(t) for v in set(values) if (t := cell_text(v))}
    if "h" in seen and "m" in seen and "f" not in seen:
        return True
    return "m" in seen and "f" not in seen and "h" not in seen and country in SPANISH_SPEAKING


# --- numbers ---------------------------------------------------------------------------------

def parse_decimal(value: object) -> Decimal:
    """A number written with either decimal separator, currency signs and spaces ignored."""
    if isinstance(value, bool):
        raise Unreadable("not a number")
    if isinstance(value, int | float):
        return Decimal(str(value))
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    cleaned = re.sub(r"[^\d,.\-]", "", text.replace("\u2212", "-"))
    if not re.search(r"\d", cleaned):
        raise Unreadable("not a number")
    if "," in cleaned and "." in cleaned:
        # The separator that comes last is the decimal one: 1.234,56 or 1,234.56
        thousands = "." if cleaned.rfind(",") > cleaned.rfind(".") else ","
        cleaned = cleaned.replace(thousands, "").replace(",", ".")
    elif cleaned.count(",") == 1 and not re.search(r",\d{3}$", cleaned):
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise Unreadable("not a number") from None


def parse_percent(value: object) -> Decimal:
    """"10", "10 %", "10,5%", or an Excel percentage cell (0.1 shown as 10 %)."""
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    number = parse_decimal(value)
    if isinstance(value, float) and 0 < number < 1 and "%" not in text:
        number *= 100  # a cell formatted as percentage holds the fraction
    if not Decimal(0) <= number <= Decimal(100):
        raise Unreadable("a discount must be between 0 and 100 %")
    return number.quantize(Decimal("0.01")).normalize() if number % 1 else Decimal(int(number))


def parse_money_cents(value: object) -> int:
    return int((parse_decimal(value) * 100).quantize(Decimal(1)))


def parse_int(value: object) -> int:
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise Unreadable("not a whole number")
    return int(number)


# --- dates -----------------------------------------------------------------------------------

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
        raise Unreadable(f"there is no month {month}")
    days = calendar.monthrange(year if year else 2000, month)[1]
    if not 1 <= day <= days:
        raise Unreadable(f"day {day} does not exist in that month")
    return year, month, day


def date_parts(value: object, order: str | None) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a date written in any common way.

    ``order`` is the file's order for numeric dates: "dmy", "mdy" or "ymd"; None when the
    file gave no clue (then an ambiguous date like 05/06/1990 is Unreadable).
    """
    if isinstance(value, dt.datetime):
        return value.year, value.month, value.day
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            d = EXCEL_EPOCH + dt.timedelta(days=int(value))
            return d.year, d.month, d.day
        raise Unreadable("not a date")
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    text = _TIME_TAIL.sub("", text.strip())
    if m := _ISO_DATE.match(text):
        year = int(m.group(1))
        return _check(None if year in UNKNOWN_YEARS else year, int(m.group(2)), int(m.group(3)))
    if m := _NO_YEAR.match(text):
        return _check(None, int(m.group(1)), int(m.group(2)))
    if text.isdigit():
        if len(text) == 8:  # 19800517 or 17051980
            if 1800 < int(text[:4]) < 2200:
                return _check(int(text[:4]), int(text[4:6]), int(text[6:]))
            return date_parts(f"{text[:2]}/{text[2:4]}/{text[4:]}", order)
        if len(text) == 4 and 1800 < int(text) < 2200:
            raise Unreadable("only a year, without day and month")
        if 3 <= len(text) <= 6:
            return date_parts(float(text), order)  # an Excel serial number
        raise Unreadable("not a date")
    if m := _NUMERIC_DATE.match(text):
        a, b, c = m.group(1), m.group(2), m.group(3)
        if c is None:  # no year: 17/05, 05-17
            x, y = int(a), int(b)
            if len(a) > 2:
                raise Unreadable("not a date")
            if "-" in text and not (order == "dmy" and x <= 12 and y <= 12) or order == "ymd":
                month, day = (y, x) if x > 12 else (x, y)
            elif order == "mdy" or (order is None and y > 12):
                month, day = x, y
            elif order == "dmy" or (order is None and x > 12):
                month, day = y, x
            else:
                raise Unreadable("day and month cannot be told apart; choose the date order")
            return _check(None, month, day)
        if len(a) == 4:
            year = int(a)
            return _check(None if year in UNKNOWN_YEARS else year, int(b), int(c))
        x, y, year = int(a), int(b), _year(c)
        if order is None:
            if x > 12 and y <= 12:
                order = "dmy"
            elif y > 12 and x <= 12:
                order = "mdy"
            elif x == y:
                order = "dmy"
            else:
                raise Unreadable("day and month cannot be told apart; choose the date order")
        if order == "mdy":
            return _check(year, x, y)
        return _check(year, y, x)
    return _named_month_date(text)


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
            raise Unreadable("not a date")
    if month is None or not 1 <= len(numbers) <= 2:
        raise Unreadable("not a date")
    day_text = next((n for n in numbers if len(n) <= 2), None)
    year_text = next((n for n in numbers if n is not day_text), None)
    if day_text is None:
        raise Unreadable("not a date")
    year = _year(year_text) if year_text else None
    return _check(None if year in UNKNOWN_YEARS else year, month, int(day_text))


def parse_date(value: object, order: str | None) -> dt.date:
    year, month, day = date_parts(value, order)
    if year is None:
        raise Unreadable("the year is missing")
    return dt.date(year, month, day)


def parse_datetime(value: object, order: str | None) -> dt.datetime:
    """A date with an optional time; naive values are local time (as the user wrote them)."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, float) and not value.is_integer() and 1 <= value < 2958466:
        return dt.datetime.combine(EXCEL_EPOCH, dt.time()) + dt.timedelta(days=value)
    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    if (m := _ISO_DATE.match(text)) and m.group(4):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            raise Unreadable("not a date and time") from None
    day = parse_date(value, order)
    hour = minute = second = 0
    if m := _TIME_TAIL.search(text):
        hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if m.group(4):
            hour = hour % 12 + (12 if m.group(4).lower() == "pm" else 0)
        if hour > 23 or minute > 59 or second > 59:
            raise Unreadable("not a valid time")
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


_DMY_HINT = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\.?(?:[ T,].*)?$")


def detect_date_order(values: list[object]) -> tuple[str | None, bool]:
    """The file's order for numeric dates, and whether it must be asked.

    Returns ("dmy"|"mdy", False) when some value settles it (a first part over 12 means day
    first), (None, True) when every numeric date could be read both ways, (None, False) when
    there are no such dates.
    """
    day_first = month_first = ambiguous = 0
    for value in {v for v in values if v.__class__ is str}:
        m = _DMY_HINT.match(value.strip())
        if not m:
            continue
        x, y = int(m.group(1)), int(m.group(2))
        if x > 12 >= y:
            day_first += 1
        elif y > 12 >= x:
            month_first += 1
        elif x != y and x <= 12 and y <= 12:
            ambiguous += 1
    if day_first or month_first:
        return ("dmy" if day_first >= month_first else "mdy"), False
    return None, ambiguous > 0


# --- countries and names ---------------------------------------------------------------------

COUNTRY_NAMES = {
    "ES": "spain espana espanha spagna espagne spanien esp",
    "GB": "united kingdom uk great britain england scotland wales reino unido regno unito "
          "royaume uni vereinigtes konigreich gbr",
    "FR": "france francia frankreich franca fra",
    "IT": "italy italia italie italien ita",
    "DE": "germany alemania germania allemagne deutschland alemanha deu",
    "PT": "portugal portogallo prt",
    "US": "united states usa united states of america estados unidos stati uniti etats unis "
          "vereinigte staaten eeuu ee uu",
    "IE": "ireland irlanda irlande irland irl",
    "NL": "netherlands holland paises bajos olanda pays bas niederlande paises baixos nld",
    "BE": "belgium belgica belgio belgique belgien bel",
    "CH": "switzerland suiza svizzera suisse schweiz suica che",
    "AT": "austria autriche osterreich aut",
    "PL": "poland polonia pologne polen polonia pol",
    "GR": "greece grecia grece griechenland grecia grc",
    "UA": "ukraine ucrania ucraina ukraine ucrania ukr",
    "MX": "mexico messico mexique mexiko mex",
    "AR": "argentina argentine argentinien arg",
    "CO": "colombia colombie kolumbien col",
    "BR": "brazil brasil brasile bresil brasilien bra",
    "MA": "morocco marruecos marocco maroc marokko marrocos mar",
    "RO": "romania rumania roumanie rumanien romenia rou",
    "AD": "andorra andorre and",
}
_MULTIWORD = [
    "united kingdom", "great britain", "reino unido", "regno unito", "royaume uni",
    "vereinigtes konigreich", "united states", "united states of america", "estados unidos",
    "stati uniti", "etats unis", "vereinigte staaten", "ee uu", "paises bajos", "pays bas",
    "paises baixos",
]
_COUNTRY_LOOKUP = {}
for _code, _names in COUNTRY_NAMES.items():
    for _phrase in _MULTIWORD:
        if _phrase in _names:
            _COUNTRY_LOOKUP[_phrase] = _code
    for _word in _names.split():
        _COUNTRY_LOOKUP.setdefault(_word, _code)


def parse_country(value: object) -> str:
    import phonenumbers

    text = cell_text(value)
    if text is None:
        raise Unreadable("empty")
    if len(text) == 2 and text.isalpha() and text.upper() in phonenumbers.SUPPORTED_REGIONS:
        return text.upper()
    key = _words(text)
    if key in _COUNTRY_LOOKUP:
        return _COUNTRY_LOOKUP[key]
    raise Unreadable("not a country (use the two-letter code: ES, GB, FR...)")


_PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von",
              "der", "den", "le", "du", "y", "e", "mc", "st", "san", "santa"}


def split_full_name(text: str) -> tuple[str, str]:
    """("Ana", "García López") from "Ana García López" or "García López, Ana"."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    parts = text.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    # Salutations are not names
    while len(parts) > 2 and _words(parts[0]) in ("mr", "mrs", "ms", "miss", "dr", "sr", "sra",
                                                   "srta", "mme", "mlle", "frau", "herr"):
        parts.pop(0)
    return parts[0], " ".join(parts[1:])
