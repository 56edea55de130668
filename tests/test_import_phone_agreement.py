"""The import's fast phone reader against the phone service, on 50,000 generated numbers.

services.importing.phone_reader reads the common shapes of a country's numbers straight from the
phone library's patterns (text.phones.number_kind) and leaves the rest to
services.phones.normalise_phone. Whatever path a number takes, the import must store what the
customer form would store: the same E.164 (or the same refusal), the same mobile-or-landline
decision and the same digits in the search index.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest

from salon_desk.services.importing.phone_reader import PhoneReader
from salon_desk.services.phones import PhoneError, normalise_phone
from salon_desk.text.phones import phone_digits

COUNT = 50_000
MOBILE = {phonenumbers.PhoneNumberType.MOBILE,
          phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
# (default country, national number prefix, digits after it): the salon's own country most
FAMILIES = [("ES", "6", 8), ("ES", "7", 8), ("ES", "9", 8), ("ES", "8", 8), ("ES", "5", 8),
            ("ES", "1", 8), ("ES", "6", 7), ("ES", "6", 9), ("ES", "90", 7), ("ES", "0", 9),
            ("GB", "07", 9), ("GB", "020", 8), ("IT", "3", 9), ("IT", "06", 8),
            ("FR", "06", 8), ("DE", "0151", 8), ("PT", "9", 8), ("US", "", 10),
            ("MX", "55", 8), ("AR", "11", 8)]
CODES = ["34", "44", "33", "49", "39", "351", "1", "7", "52", "54", "376", "212", "380", "41",
         "31", "48", "40", "30", "55", "999", "0"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dress(rng: random.Random, digits: str) -> str:
    """The same digits as people write them."""
    shape = rng.randrange(9)
    if shape == 0:
        return " ".join(digits[i:i + 3] for i in range(0, len(digits), 3))
    if shape == 1:
        return ".".join(digits[i:i + 2] for i in range(0, len(digits), 2))
    if shape == 2:
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    if shape == 3:
        return digits + ".0"  # a spreadsheet number
    if shape == 4:
        return f"\u00a0{digits[:3]}\u00a0{digits[3:]} "
    if shape == 5:
        return digits[:3] + "/" + digits[3:]
    return digits


def _odd(rng: random.Random) -> str:
    """Numbers a file should not hold, and a few it may: extensions, letters, other digits."""
    base = "6" + _digits(rng, 8)
    return rng.choice([
        _digits(rng, rng.randint(1, 18)),
        "+" + _digits(rng, rng.randint(1, 17)),
        "00" + _digits(rng, rng.randint(1, 15)),
        f"{base} ext {rng.randint(1, 999)}",
        f"{base} x{rng.randint(1, 99)}",
        f"{base}#12",
        base.replace("1", "I"),
        f"{base} (madre)",
        "".join(chr(0x0660 + int(d)) for d in base),  # Arabic-Indic digits
        "".join(chr(0xFF10 + int(d)) for d in base),  # full-width digits
        f"+34 {base}",
        f"34{base}",
        f"0034 {base}",
        f"+340{base}",
        base + ".5",
        "-" + base,
        "++34" + base,
        "+ 34 " + base,
        "--",  # (blank cells never get here: the reader is given trimmed text)
    ])


def _samples(count: int) -> list[tuple[str, str]]:
    rng = random.Random(15)
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.65:
            country, prefix, size = rng.choice(FAMILIES)
            out.append((country, _dress(rng, prefix + _digits(rng, size))))
        elif roll < 0.85:
            code = rng.choice(CODES)
            national = _digits(rng, rng.randint(6, 11))
            written = (f"+{code}{national}" if rng.random() < 0.5
                       else f"+{code} {_dress(rng, national)}")
            out.append((rng.choice(["ES", "ES", "GB", "US"]), written))
        else:
            out.append((rng.choice(["ES", "ES", "ES", "IT", "MX"]), _odd(rng)))
    return out


@pytest.fixture(scope="module")
def samples() -> list[tuple[str, str]]:
    return _samples(COUNT)


def test_fast_reader_and_phone_service_agree_on_a_large_sample(samples):
    readers: dict[str, PhoneReader] = {}
    fast = valid = 0
    for country, text in samples:
        reader = readers.setdefault(country, PhoneReader(country))
        try:
            expected = normalise_phone(text, country)
        except PhoneError:
            expected = None
        before = len(reader.known)
        try:
            got = reader.normalise(text)
        except PhoneError:
            got = None
        fast += len(reader.known) > before
        # Already E.164 (an export of ours) is kept as written when the library does not know
        # the range: the one answer the reader gives on purpose where the service refuses.
        assert got == expected or (expected is None and got == text), (country, text)
        if expected:
            valid += 1
            number = phonenumbers.parse(expected, None)
            assert reader.is_mobile(got) == (phonenumbers.number_type(number) in MOBILE), (
                country, text)
            assert reader.digits(got) == phone_digits(got), (country, text)
    # The sample exercises both paths, with numbers that read and numbers that do not.
    assert fast > COUNT // 5 and valid > COUNT // 3 and COUNT - valid > COUNT // 10


def test_the_sample_holds_every_kind_of_number(samples):
    texts = [t for _c, t in samples]
    assert len(samples) == COUNT
    assert any(" ext " in t for t in texts) and any(t.endswith(".0") for t in texts)
    assert any(t.startswith("+") for t in texts) and any(t.startswith("00") for t in texts)
    assert any("\u0660" <= ch <= "\u0669" for t in texts for ch in t)
