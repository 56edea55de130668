"""Reading one cell as a person would: phones, dates, booleans, genders, percentages.

Every parser takes the raw cell (str, int, float, bool, date or datetime, as the readers give
them) and returns the value to store, or raises ``Unreadable`` with the reason. Blank cells and
placeholders ("---", "N/A", "null"...) are ``None`` before any parser sees them.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from decimal import Decimal, InvalidOperation

from email_validator import EmailNotValidError, validate_email

from salon_desk.services import error_texts as msg
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold


class Unreadable(ValueError):
    """The value cannot be understood; the message (a Text of the catalogue) says why."""


PLACEHOLDERS = {
    "-", "--", "---", "----", "—", "–", "n/a", "n.a.", "n/d", "s/d", "null", "none", "nil",
    "(none)", "(blank)", "(empty)", "#n/a", "?", ".", "0/0/00", "0/0/0000", "00/00/0000",
    "00/00/00", "0000-00-00", "00.00.0000", "00-00-0000", "not set", "sin datos", "nessuno",
}
MULTI_SEPARATOR = " ::: "  # Google Contacts puts several values in one cell this way
_NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")


_PLACEHOLDER_MAX = max(len(p) for p in PLACEHOLDERS)
# Characters that show nothing: format characters (zero-width space, joiners, direction marks,
# the BOM, the soft hyphen...) and the fillers that are letters only in name (Hangul fillers,
# the blank Braille pattern). A value made of them is blank; at its edges they are trimmed.
_INVISIBLE_RANGES = ((0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
                     (0x17B4, 0x17B5), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
                     (0x2060, 0x2064), (0x2066, 0x206F), (0x2800, 0x2800), (0x3164, 0x3164),
                     (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF9, 0xFFFB), (0x1BCA0, 0x1BCA3),
                     (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F))
INVISIBLE = frozenset(chr(c) for first, last in _INVISIBLE_RANGES
                      for c in range(first, last + 1))
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"  # what str.strip() removes
           + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000")
_BLANKS = "".join(sorted(INVISIBLE)) + _SPACES


def is_invisible(text: str) -> bool:
    """True for text with characters none of which shows (and not blank)."""
    return bool(text.strip()) and not text.strip(_BLANKS)


def cell_text(value: object) -> str | None:
    """The cell as trimmed text, or None when blank or a placeholder."""
    if value.__class__ is str:  # the common case first, as cheaply as possible
        text = value.strip()
        if text and (text[0] in INVISIBLE or text[-1] in INVISIBLE):
            text = text.strip(_BLANKS)
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
        text = str(value).strip(_BLANKS)
    if not text or text.casefold() in PLACEHOLDERS:
        return None
    if _NEUTRALISED.match(text):  # an export of ours kept this from becoming a formula
        text = text[1:]
    return text


def split_multi(text: str) -> list[str]:
    if MULTI_SEPARATOR not in text:  # nearly every cell: one value
        text = text.strip()
        return [text] if text else []
    return [p.strip() for p in text.split(MULTI_SEPARATOR) if p.strip()]


# --- phones and emails ---------------------------------------------------------------------

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
        raise Unreadable(Text(msg.VALUE_EMPTY))
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
    except EmailNotValidError:
        raise Unreadable(Text(msg.VALUE_NOT_EMAIL)) from None


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


def _yes_or_no(value: object, yes: set[str], no: set[str], refusal: str) -> bool:
    """True for a word of ``yes``, False for one of ``no`` (a bool is taken as it is); any other
    value is refused with the catalogue text ``refusal``."""
    if isinstance(value, bool):
        return value
    text = cell_text(value)
    if text is None:
        raise Unreadable(Text(msg.VALUE_EMPTY))
    word = _words(text)
    if word in yes:
        return True
    if word in no:
        return False
    raise Unreadable(Text(refusal))


def parse_bool(value: object) -> bool:
    return _yes_or_no(value, TRUE_WORDS, FALSE_WORDS, msg.VALUE_NOT_YES_NO)


ACTIVE_WORDS = {"active", "activo", "activa", "attivo", "attiva", "actif", "aktiv", "ativo",
                "ativa", "enabled", "current", "alta", "de alta"}
INACTIVE_WORDS = {"inactive", "inactivo", "inactiva", "inattivo", "inattiva", "inactif",
                  "inaktiv", "inativo", "inativa", "archived", "archivado",
                  "archiviato", "archive", "archiviert", "arquivado", "disabled", "deleted",
                  "baja", "de baja", "desactivado", "former"}


_ACTIVE = ACTIVE_WORDS | TRUE_WORDS
_INACTIVE = INACTIVE_WORDS | FALSE_WORDS


def parse_status(value: object) -> bool:
    """True for an active customer."""
    return _yes_or_no(value, _ACTIVE, _INACTIVE, msg.VALUE_NOT_STATUS)


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
        raise Unreadable(Text(msg.VALUE_EMPTY))
    word = _words(text) if _GENDER_TEXT.match(text) else ""
    if word == "m" and m_is_female:
        return "female"
    if word in _GENDER_LOOKUP:
        return _GENDER_LOOKUP[word]
    raise Unreadable(Text(msg.VALUE_NOT_GENDER))


SPANISH_SPEAKING = {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO",
                    "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR"}


def m_means_female(values: list[object], country: str) -> bool:
    """Whether a file's "M" means mujer: it uses H for hombre, or is Spanish without F."""
    seen = {_words(t) for v in set(values) if (t := cell_text(v))}
    if "h" in seen and "m" in seen and "f" not in seen:
        return True
    return "m" in seen and "f" not in seen and "h" not in seen and country in SPANISH_SPEAKING


# --- numbers ---------------------------------------------------------------------------------

_NUMBER_JUNK = re.compile(r"[^\d,.\-]")
_DIGIT = re.compile(r"\d")
# Shapes that tell a file's decimal separator: "10,5", "1.234,56", "1.234.567" say comma;
# "10.5", "1,234.56", "1,234,567" say point. "1.234" and "1,234" alone say nothing.
_COMMA_SHAPES = re.compile(r"^-?(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+|"
                           r"\d{1,3}(?:\.\d{3}){2,})$")
_POINT_SHAPES = re.compile(r"^-?(?:\d+\.(?:\d{1,2}|\d{4,})|\d{1,3}(?:,\d{3})+\.\d+|"
                           r"\d{1,3}(?:,\d{3}){2,})$")
MAX_DIGITS = 30  # more digits than any amount, count or customer number has


def decimal_comma(values: list[object]) -> bool | None:
    """Whether the file writes numbers with a decimal comma (True), a decimal point (False),
    or says nothing either way (None), from the shapes of its written numbers."""
    comma = point = 0
    for value in {v for v in values if v.__class__ is str}:
        text = _NUMBER_JUNK.sub("", value.replace("\u2212", "-"))
        if _COMMA_SHAPES.match(text):
            comma += 1
        elif _POINT_SHAPES.match(text):
            point += 1
    if comma == point:
        return None
    return comma > point


def parse_decimal(value: object, comma: bool | None = None) -> Decimal:
    """A number written with either decimal separator, currency signs and spaces ignored.

    ``comma``: the file's convention (decimal_comma), which settles only what reads both
    ways: "1.234" and "1,234" (one separator, three digits after it). Without it a comma
    there is a thousands separator and a point a decimal one, as before.
    """
    if isinstance(value, bool):
        raise Unreadable(Text(msg.VALUE_NOT_NUMBER))
    if isinstance(value, int | float):
        number = Decimal(str(value))
        if not number.is_finite():
            raise Unreadable(Text(msg.VALUE_NOT_NUMBER))
        return number
    text = cell_text(value)
    if text is None:
        raise Unreadable(Text(msg.VALUE_EMPTY))
    cleaned = _NUMBER_JUNK.sub("", text.replace("\u2212", "-"))
    if not _DIGIT.search(cleaned) or len(cleaned) > MAX_DIGITS + 10:
        raise Unreadable(Text(msg.VALUE_NOT_NUMBER))
    commas, points = cleaned.count(","), cleaned.count(".")
    if commas and points:
        # The separator that comes last is the decimal one: 1.234,56 or 1,234.56
        thousands = "." if cleaned.rfind(",") > cleaned.rfind(".") else ","
        cleaned = cleaned.replace(thousands, "").replace(",", ".")
    elif commas > 1 or points > 1:  # 1.234.567 or 1,234,567: thousands only
        cleaned = cleaned.replace(",", "").replace(".", "")
    elif commas or points:
        separator = "," if commas else "."
        whole, _, fraction = cleaned.partition(separator)
        if len(fraction) == 3 and whole.lstrip("-"):  # 1.234 or 1,234: the file decides
            decimal = separator == "." if comma is None else (separator == ",") == comma
        else:
            decimal = True
        cleaned = f"{whole}.{fraction}" if decimal else whole + fraction
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise Unreadable(Text(msg.VALUE_NOT_NUMBER)) from None


def parse_percent(value: object, comma: bool | None = None) -> Decimal:
    """"10", "10 %", "10,5%", or an Excel percentage cell (0.1 shown as 10 %)."""
    text = cell_text(value)
    if text is None:
        raise Unreadable(Text(msg.VALUE_EMPTY))
    number = parse_decimal(value, comma)
    if isinstance(value, float) and 0 < number < 1 and "%" not in text:
        number *= 100  # a cell formatted as percentage holds the fraction
    if not Decimal(0) <= number <= Decimal(100):
        raise Unreadable(Text(msg.VALUE_DISCOUNT_RANGE))
    return number.quantize(Decimal("0.01")).normalize() if number % 1 else Decimal(int(number))


def parse_int(value: object, comma: bool | None = None) -> int:
    number = parse_decimal(value, comma)
    if number != number.to_integral_value():
        raise Unreadable(Text(msg.VALUE_NOT_WHOLE))
    return int(number)


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
        raise Unreadable(Text(msg.VALUE_EMPTY))
    if len(text) == 2 and text.isalpha() and text.upper() in phonenumbers.SUPPORTED_REGIONS:
        return text.upper()
    key = _words(text)
    if key in _COUNTRY_LOOKUP:
        return _COUNTRY_LOOKUP[key]
    raise Unreadable(Text(msg.VALUE_NOT_COUNTRY))


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

