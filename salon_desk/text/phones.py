"""What Salon Desk reads of the phone library below its services: the digits the search index
holds for a number, and the number-type test the import's fast path runs.

The one place that calls phonenumbers' private functions (underscore names, no promise between
releases): tests/test_phone_library.py calls exactly these, so an upgrade that changes them
fails there first. services.phones parses what people type (with its error messages).
"""

from __future__ import annotations

import functools
import re

_NON_DIGIT = re.compile(r"\D+")


def phone_digits(e164_or_raw: str | None) -> list[str]:
    """Digit strings a fragment of this phone may be typed from: international and national."""
    if not e164_or_raw:
        return []
    digits = _NON_DIGIT.sub("", e164_or_raw)
    out = [digits] if digits else []
    if e164_or_raw.startswith("+"):
        import phonenumbers  # here: searching (and a quick command line) never needs it

        try:
            number = phonenumbers.parse(e164_or_raw, None)
        except phonenumbers.NumberParseException:
            return out
        national = _NON_DIGIT.sub(
            "", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        if national and national not in out:
            out.append(national)
    return out


def number_kind(nsn: str, meta):
    """The PhoneNumberType of a national number in a region's metadata (phonenumbers'
    PhoneMetadata), as phonenumbers' number_type decides it, without parsing: UNKNOWN when the
    region has no such number. The usual mobile and fixed-line ranges are tried first (a
    salon's numbers are nearly all one of them)."""
    kinds, _matches, number_type = _private()
    if not _matching(nsn, meta.general_desc):
        return kinds.UNKNOWN
    if _matching(nsn, meta.mobile):
        return kinds.MOBILE
    if _matching(nsn, meta.fixed_line):
        return kinds.FIXED_LINE
    return number_type(nsn, meta)


# id(PhoneNumberDesc) -> (the desc, its possible lengths, its pattern's fullmatch or None)
_DESCS: dict[int, tuple[object, frozenset[int], object]] = {}


def _matching(nsn: str, desc) -> bool:
    """phonenumbers' _is_number_matching_desc, with the desc's pattern compiled once (the
    library looks it up in re's cache for every number: a third of an import's phone time)."""
    if desc is None:
        return False
    known = _DESCS.get(id(desc))
    if known is None or known[0] is not desc:
        pattern = desc.national_number_pattern
        known = _DESCS[id(desc)] = (desc, frozenset(desc.possible_length or ()),
                                    re.compile(pattern).fullmatch if pattern else None)
    _desc, lengths, fullmatch = known
    if lengths and len(nsn) not in lengths:
        return False
    return fullmatch is not None and fullmatch(nsn) is not None


@functools.cache
def _private():
    """The library's private functions used here, imported when first needed."""
    from phonenumbers import PhoneNumberType
    from phonenumbers.phonenumberutil import _is_number_matching_desc, _number_type_helper

    return PhoneNumberType, _is_number_matching_desc, _number_type_helper
