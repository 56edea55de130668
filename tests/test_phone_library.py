"""The phone library's private functions Salon Desk relies on, pinned.

salon_desk.text.phones is the one module that calls phonenumbers' underscore functions (the
import's fast path, services.importing.phone_reader, decides a number's type with them). They
carry no promise between releases: these tests call exactly those functions and compare them
with the library's public answers, so an upgrade that removes or changes them fails here, by
name, before an import reads a number wrongly.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneMetadata, PhoneNumberType

from salon_desk.text.phones import _private, number_kind

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ("ES", "GB", "FR", "DE", "IT", "PT", "NL", "PL", "RO", "GR", "UA", "US", "MX", "BR",
           "AR", "MA", "AD", "CH")
MOBILE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _examples():
    for region in REGIONS:
        for kind in vars(PhoneNumberType).values():
            if isinstance(kind, int) and kind != PhoneNumberType.UNKNOWN:
                number = phonenumbers.example_number_for_type(region, kind)
                if number is not None:
                    yield region, phonenumbers.national_significant_number(number), number


EXAMPLES = list(_examples())


def test_the_phone_library_is_the_pinned_one():
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = [d for d in pins["project"]["dependencies"] if d.startswith("phonenumbers")]
    assert pinned == [f"phonenumbers=={phonenumbers.__version__}"], (
        "phonenumbers is not the pinned version: re-run tests/test_phone_library.py and the "
        "import tests against the new one before changing the pin")


def test_only_text_phones_calls_private_functions_of_the_phone_library():
    private = re.compile(r"phonenumbers[\w.]*\s+import\s+[^\n]*\b_\w|phonenumbers(\.\w+)*\._\w")
    allowed = ROOT / "salon_desk" / "text" / "phones.py"
    users = [path.relative_to(ROOT).as_posix() for path in (ROOT / "salon_desk").rglob("*.py")
             if path != allowed and private.search(path.read_text(encoding="utf-8"))]
    assert users == []
    assert private.search(allowed.read_text(encoding="utf-8"))


def test_the_private_functions_exist_with_the_signatures_used():
    kinds, matches, number_type = _private()
    assert kinds is PhoneNumberType
    meta = PhoneMetadata.metadata_for_region("ES")
    assert matches("612345678", meta.general_desc) is True
    assert matches("612345678", meta.mobile) is True
    assert matches("612345678", meta.fixed_line) is False
    assert matches("12345", meta.general_desc) is False
    assert number_type("912345678", meta) == PhoneNumberType.FIXED_LINE
    assert number_type("900123456", meta) == PhoneNumberType.TOLL_FREE
    assert number_type("12345", meta) == PhoneNumberType.UNKNOWN


@pytest.mark.parametrize(("region", "nsn", "number"), EXAMPLES,
                         ids=[f"{r}-{n}" for r, n, _ in EXAMPLES])
def test_the_private_functions_agree_with_the_public_ones(region, nsn, number):
    """Every example number of the salon's countries, every type: the private test of a
    national number against its region's patterns gives what the public parser gives."""
    _kinds, matches, number_type = _private()
    meta = PhoneMetadata.metadata_for_region(region)
    assert matches(nsn, meta.general_desc) == phonenumbers.is_valid_number_for_region(
        number, region)
    assert number_type(nsn, meta) == phonenumbers.number_type(number)
    kind = number_kind(nsn, meta)
    assert (kind != PhoneNumberType.UNKNOWN) == phonenumbers.is_valid_number(number)
    assert (kind in MOBILE) == (phonenumbers.number_type(number) in MOBILE)


def test_number_kind_knows_no_number_outside_the_patterns():
    meta = PhoneMetadata.metadata_for_region("ES")
    assert number_kind("612345678", meta) == PhoneNumberType.MOBILE
    assert number_kind("912345678", meta) == PhoneNumberType.FIXED_LINE
    assert number_kind("900123456", meta) == PhoneNumberType.TOLL_FREE
    assert number_kind("112345678", meta) == PhoneNumberType.UNKNOWN
    assert len(EXAMPLES) > 100
