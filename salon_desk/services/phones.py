"""Phone numbers: parsed with phonenumbers, stored as E.164, shown formatted.

An extension stays with its number, as a receptionist dials it: "912345678 ext 12" is stored
"+34912345678 ext. 12" (E.164 and phonenumbers' own wording of an extension, which it reads
back) and shown "+34 912 34 56 78 ext. 12". A number with letters in it ("6I2 345 678",
"612345678 (mother)") is refused rather than read without them: the letters may stand for a
digit, and what is left would be another person's number.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from salon_desk.services import error_texts as msg
from salon_desk.services.texts import Text

_JUNK = re.compile(r"[^\d+]")
# Anything but digits and the punctuation numbers are written with.
NOT_PLAIN = re.compile(r"[^\d\s+\-().\/\u00a0]")
_LETTER = re.compile(r"[^\W\d_]")
# An extension at the end: "ext 12", "ext. 12", "x12", "#12", "anexo 12"... (searched from
# the end, so a long cell cannot make it slow).
_EXTENSION = re.compile(r"(?:\b(?:ext(?:ension|n)?|extensi[oó]n|anexo|int(?:erno)?|poste|"
                        r"durchwahl|dw)|x|#)\.?:?\s*(?P<ext>\d{1,7})\s*$", re.IGNORECASE)
_LONGEST = 60  # characters: far more than any number written with its extension


class PhoneError(ValueError):
    pass


def _parse(raw: str, country: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(raw, country)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def normalise_phone(raw: str | None, default_country: str = "ES") -> str | None:
    """E.164 for a number typed in any formatting, or None when empty.

    A number that starts with a country code but has no "+" (``34 612 345 678``, or ``0034...``)
    is recognised when it is not a valid number of the default country as it stands.
    Raises PhoneError with a readable message when it is not a phone number.
    """
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    if text.endswith(".0") and text[:-2].isdigit():  # spreadsheets hand numbers over as floats
        text = text[:-2]
    if len(text) > _LONGEST:
        raise PhoneError(Text(msg.PHONE_NOT_VALID, text=text[:_LONGEST] + "…",
                              country=default_country.upper()))
    if NOT_PLAIN.search(text):
        extension = _EXTENSION.search(text)
        number = text[:extension.start()].rstrip(" ,;") if extension else ""
        if extension and number and not NOT_PLAIN.search(number):
            return f"{normalise_phone(number, default_country)} ext. {extension.group('ext')}"
        if _LETTER.search(text) or "#" in text:
            raise PhoneError(Text(msg.PHONE_LETTERS, text=text))
    compact = _JUNK.sub("", text)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    candidates = [compact] if compact.startswith("+") else [compact, "+" + compact]
    for candidate in candidates:
        number = _parse(candidate, default_country.upper() if default_country else None)
        if number is not None:
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    digits = re.sub(r"\D", "", text)
    if not digits:
        raise PhoneError(Text(msg.PHONE_NOT_NUMBER, text=text))
    raise PhoneError(Text(msg.PHONE_NOT_VALID, text=text, country=default_country.upper()))


def format_phone(value: str | None) -> str:
    """International format for display ("+34 612 34 56 78"); unparseable text as it is."""
    if not value:
        return ""
    if not value.startswith("+"):
        return value
    try:
        number = phonenumbers.parse(value, None)
    except NumberParseException:
        return value
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
