"""Bringing names, phones, emails and addresses to comparable forms.

Everything here is folded as the search folds it (salon_desk.text.fold: lower case, accents
removed, Greek and Cyrillic letters written in Latin) and cut into words at punctuation
(fold_words), so "García-López", "GARCIA LOPEZ" and "garcia lopez" compare equal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from salon_desk.services.duplicates.nicknames import (
    CANONICAL,
    PARTICLES,
    canonical_names,
    expand_compound,
)
from salon_desk.text.fold import fold_words
from salon_desk.text.names import first_names

_NON_DIGIT = re.compile(r"\D+")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def name_tokens(folded: str) -> tuple[str, ...]:
    """The meaningful words of a folded name: particles (de, van, la...) left out."""
    words = folded.split()
    kept = tuple(w for w in words if w not in PARTICLES)
    return kept or tuple(words)


FirstForm = tuple[frozenset[str], ...]


@lru_cache(maxsize=65536)
def first_forms(folded_first: str) -> tuple[FirstForm, ...]:
    """Ways a first name may be read: per word, the canonical names it can stand for.

    "maite" gives the form of "maria teresa" as well as its own; "mari carmen" gives
    ({maria}, {carmen}).
    """
    tokens = name_tokens(folded_first)
    if not tokens:
        return ()
    options = [tokens]
    joined = "".join(tokens)
    for words in expand_compound(joined) if len(joined) > 1 else ():
        if words != tokens:
            options.append(words)
    return tuple(tuple(canonical_names(t) for t in option) for option in options)


def _token_match(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a.isdisjoint(b)


def _covers(small: FirstForm, big: FirstForm) -> bool:
    """Every word of ``small`` matches a different word of ``big``."""
    used: set[int] = set()
    for names in small:
        for j, other in enumerate(big):
            if j not in used and _token_match(names, other):
                used.add(j)
                break
        else:
            return False
    return True


def first_relation(a: tuple[FirstForm, ...], b: tuple[FirstForm, ...]) -> int:
    """2: the same first name (or a nickname of it); 1: one is part of the other
    (María / María José); 0: neither."""
    best = 0
    for fa in a:
        for fb in b:
            if len(fa) == len(fb):
                if _covers(fa, fb):
                    return 2
            elif len(fa) < len(fb):
                if _covers(fa, fb):
                    best = 1
            elif _covers(fb, fa):
                best = 1
    return best


@lru_cache(maxsize=1)
def known_first_names() -> frozenset[str]:
    """The shipped first names (salon_desk.text.names) and the nickname table's names."""
    return first_names().union(CANONICAL)


def different_names(a: str, b: str) -> bool:
    """Two spellings that are both real first names (and not nicknames of each other)."""
    known = known_first_names()
    return a != b and a in known and b in known and canonical_names(a).isdisjoint(
        canonical_names(b))


_PHONETIC_CODES = {
    **dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
    "l": "4", "m": "5", "n": "5", "r": "6",
}


@lru_cache(maxsize=131072)
def phonetic(word: str, length: int = 4) -> str:
    """A Soundex-like code that survives the spelling slips of the salon's languages.

    b/v, c/s/z, ll/l, silent h and vowels do not matter; the first letter is coded like the
    others ("Vázquez" and "Bázquez" agree) and a leading vowel is written as "0".
    """
    word = word.replace("ph", "f").replace("h", "").replace("w", "v").replace("y", "i")
    if not word:
        return ""
    out = ["0"] if word[0] in "aeiou" else []
    last = ""
    for ch in word:
        code = _PHONETIC_CODES.get(ch)
        if code and code != last:
            out.append(code)
            last = code
            if len(out) >= length:
                break
    return "".join(out)


def phone_key(raw: str | None) -> str | None:
    """The last nine digits: the same for "+34 612 345 678", "612345678" and "0034612345678",
    and for "+44 7911 123456" and "07911 123456". None for fewer than seven digits."""
    if not raw:
        return None
    digits = _NON_DIGIT.sub("", raw)
    if len(digits) < 7:
        return None
    key = digits[-9:]
    if len(set(key)) == 1:
        return None  # 000000000, 999999999: placeholders, not numbers
    return key


_PLUS_TAG = re.compile(r"\+.*$")
_GMAIL = frozenset(("gmail.com", "googlemail.com"))


def email_key(raw: str | None) -> str | None:
    """Lower case; for Gmail dots and "+tags" in the local part do not count."""
    if not raw or "@" not in raw:
        return None
    local, _, domain = raw.strip().lower().rpartition("@")
    local = _PLUS_TAG.sub("", local)
    if domain in _GMAIL:
        local = local.replace(".", "")
        domain = "gmail.com"
    if not local or not domain:
        return None
    return f"{local}@{domain}"


# Street words written many ways, to one spelling each.
_STREET_WORDS = {
    "c": "calle", "cl": "calle", "cll": "calle", "call": "calle", "calle": "calle",
    "av": "avenida", "avd": "avenida", "avda": "avenida", "avenida": "avenida",
    "pza": "plaza", "pl": "plaza", "plz": "plaza", "plaza": "plaza", "pz": "plaza",
    "po": "paseo", "pso": "paseo", "pº": "paseo", "paseo": "paseo", "ps": "paseo",
    "ctra": "carretera", "crta": "carretera", "carretera": "carretera",
    "trav": "travesia", "trv": "travesia", "travesia": "travesia",
    "rda": "ronda", "ronda": "ronda", "gta": "glorieta", "glorieta": "glorieta",
    "urb": "urbanizacion", "urbanizacion": "urbanizacion", "cmno": "camino", "camino": "camino",
    "st": "street", "str": "strasse", "strasse": "strasse", "street": "street",
    "rd": "road", "road": "road", "ave": "avenue", "avenue": "avenue", "ln": "lane",
    "lane": "lane", "drive": "drive", "sq": "square", "square": "square",
    "blvd": "boulevard", "bd": "boulevard", "boulevard": "boulevard", "bld": "boulevard",
    "r": "rua", "rua": "rua", "v": "via", "via": "via", "vle": "viale", "viale": "viale",
    "p": "piazza", "pzza": "piazza", "piazza": "piazza", "ul": "ulica", "ulica": "ulica",
    "al": "aleja", "aleja": "aleja", "os": "osiedle", "osiedle": "osiedle",
    "pt": "place", "place": "place", "imp": "impasse", "impasse": "impasse", "ch": "chemin",
    "chemin": "chemin", "rte": "route", "route": "route", "fg": "faubourg",
}
# Words that say where in the building, not which building: left out.
_BUILDING_WORDS = frozenset(
    ["n", "no", "num", "numero", "nº", "piso", "planta", "pta", "puerta", "esc", "escalera", "bajo", "bj", "izq", "izda", "izquierda", "dcha", "der", "derecha", "dr", "flat", "apt", "apartment", "apto", "unit", "floor", "piano", "int", "interno", "etage", "bis", "bloque", "portal", "casa", "lok", "mieszkanie"]
)
_SPLIT_STREET = re.compile(r"(\d+)([a-z]+)")


_STREET_PARTICLES = frozenset(
    ["de", "del", "la", "las", "los", "el", "da", "das", "do", "dos", "di", "della", "du",
     "des", "der"])


def street_key(raw: str | None) -> tuple[str, str]:
    """(street words, house number) with abbreviations written out, flat details and
    particles after the first word dropped: "C/ Mayor, 12, 3º izq." and "Calle Mayor 12" both
    give ("calle mayor", "12")."""
    text = fold_words(raw)
    if not text:
        return "", ""
    text = _SPLIT_STREET.sub(r"\1 \2", text)
    words: list[str] = []
    number = ""
    for w in text.split():
        if w.isdigit():
            if not number:
                number = w.lstrip("0") or "0"
            continue
        if w in _BUILDING_WORDS or len(w) == 1 and w not in _STREET_WORDS:
            continue
        if words and w in _STREET_PARTICLES:
            continue  # "Avenida de la Constitución" is written "Avda. Constitución" too
        words.append(_STREET_WORDS.get(w, w))
    return " ".join(words), number


def postcode_key(raw: str | None) -> str:
    """Letters and digits only, upper case ("w4 9ep" -> "W49EP", "1439-150" -> "1439150")."""
    if not raw:
        return ""
    return _NON_ALNUM.sub("", raw).upper()
