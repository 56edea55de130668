"""Reading many phone numbers fast, with exactly the answers of services.phones.

An import normalises tens of thousands of numbers. For the common cases (a national number of a
region whose numbers need no trunk-prefix juggling, or "+CC..." of a country code with one
region) the number is checked directly against the phone library's metadata for its region
(the same pattern test phonenumbers' is_valid_number runs, text.phones.number_kind), skipping
the general parser.
Anything else goes through services.phones.normalise_phone. Tests compare both paths.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberType

from salon_desk.services.phones import NOT_PLAIN, PhoneError, normalise_phone
from salon_desk.text.phones import number_kind, phone_digits

_JUNK = re.compile(r"[^\d+]")
_MOBILE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


class PhoneReader:
    """Normalises numbers for one default country; remembers what the index needs."""

    def __init__(self, country: str) -> None:
        self.country = country.upper()
        self.meta = PhoneMetadata.metadata_for_region(self.country)
        self.simple_national = (self.meta is not None and self.meta.national_prefix is None
                                and self.meta.national_prefix_for_parsing is None)
        # e164 -> (is mobile, digit strings for the search index) for the fast path's numbers
        self.known: dict[str, tuple[bool, list[str]]] = {}

    def _fast(self, compact: str) -> str | None:
        if compact.startswith("00"):
            compact = "+" + compact[2:]
        if compact.startswith("+"):
            found = _international(compact[1:])
        elif self.simple_national and compact.isascii() and compact.isdigit():
            found = self.meta, compact
        else:
            found = None
        if found is None:
            return None
        meta, nsn = found
        kind = number_kind(nsn, meta)
        if kind == PhoneNumberType.UNKNOWN:
            return None
        e164 = f"+{meta.country_code}{nsn}"
        # Without a national prefix the national form is the bare national number.
        national = nsn if meta.national_prefix is None else None
        self.known[e164] = (kind in _MOBILE,
                            [e164[1:], national] if national else phone_digits(e164))
        return e164

    def normalise(self, text: str) -> str:
        """E.164, or PhoneError (the same answers as services.phones.normalise_phone)."""
        if text.isascii() and text.isdigit():  # bare digits, the commonest shape: no cleaning
            fast = self._fast(text) if len(text) <= 60 else None
        else:
            compact = _JUNK.sub("", text)
            if text.endswith(".0") and text[:-2].isdigit():
                compact = compact[:-1]  # "612345678.0" from a spreadsheet number
            # Letters, an extension, "#": the phone service decides (never the digits alone).
            fast = (self._fast(compact) if compact and len(text) <= 60
                    and not NOT_PLAIN.search(text) else None)
        if fast is not None:
            return fast
        try:
            result = normalise_phone(text, self.country)
        except PhoneError:
            if _E164.match(text) and _possible(text):
                # Already E.164 (an export of ours): kept as written, even when the phone
                # library does not know the number range.
                return text
            raise
        assert result is not None
        return result

    def is_mobile(self, e164: str) -> bool:
        if e164 in self.known:
            return self.known[e164][0]
        try:
            number = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.number_type(number) in _MOBILE

    def digits(self, e164: str | None) -> list[str]:
        """text.phones.phone_digits, without parsing again the numbers read here."""
        if not e164:
            return []
        known = self.known.get(e164)
        return list(known[1]) if known else phone_digits(e164)


def _international(digits: str) -> tuple[PhoneMetadata, str] | None:
    """The region's metadata and the national number of "+<digits>", when its country code
    belongs to one region that needs no trunk-prefix juggling; None for the phone service."""
    # No country code starts with 0 ("+0629..." is not Indonesia's +62), and digits of other
    # scripts are the phone service's to read.
    if not (digits.isascii() and digits.isdigit()) or digits[0] == "0":
        return None
    key = digits[:3]  # all the country code can be
    found = _BY_CODE.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = _BY_CODE[key] = _code_region(key)
    if found is None:
        return None
    size, meta = found
    nsn = digits[size:]
    if meta.national_prefix and nsn.startswith(meta.national_prefix):
        return None
    return meta, nsn


_BY_CODE: dict[str, tuple[int, PhoneMetadata] | None] = {}  # first three digits -> _code_region
_UNSEEN = object()


def _code_region(digits: str) -> tuple[int, PhoneMetadata] | None:
    """The length of the country code that ``digits`` start with and the metadata of its one
    region; None when the code has several regions, none, or is not a region's."""
    for size in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size] or 0))
        if regions:
            break
    else:
        return None
    if len(regions) != 1 or regions[0] == "001":
        return None
    meta = PhoneMetadata.metadata_for_region(regions[0])
    return None if meta is None else (size, meta)


def _possible(text: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False
