"""One customer in the comparable form the matcher works on, built from a plain row."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from salon_desk.services.duplicates.normalise import (
    email_key,
    first_forms,
    name_tokens,
    phone_key,
    postcode_key,
    street_key,
)
from salon_desk.text.fold import fold_words

# Names and cities repeat a lot: fold each spelling once.
_fold_name = lru_cache(maxsize=200_000)(fold_words)

# The columns read for every customer, in this order (see scan.read_people).
COLUMNS = (
    "id", "first_name", "last_name", "email", "mobile", "phone", "gender",
    "birth_year", "birth_month", "birth_day", "street", "postcode", "city", "region",
)


class Person:
    """A customer's names, birth date, phones, email and address, normalised for comparing."""

    __slots__ = (
        "city",
        "day",
        "email",
        "email_domain",
        "email_local",
        "first",
        "forms",
        "gender",
        "id",
        "last",
        "last_tokens",
        "month",
        "name",
        "number",
        "phones",
        "postcode",
        "region",
        "street",
        "swapped",
        "year",
    )

    def __init__(self, row: Sequence) -> None:
        (cid, first, last, email, mobile, phone, gender, year, month, day, street, postcode,
         city) = row[:13]
        region = row[13] if len(row) > 13 else None
        self.id: int = cid
        self.first = _fold_name(first)
        self.last = _fold_name(last)
        self.forms = first_forms(self.first)
        self.last_tokens = name_tokens(self.last)
        # "last first" and "first last": the two ways the name is compared while blocking.
        self.name = f"{self.last} {self.first}".strip()
        self.swapped = f"{self.first} {self.last}".strip()
        self.gender = gender if gender in ("female", "male") else ""
        self.year = year or 0
        self.month = month or 0
        self.day = day or 0
        keys = {k for k in (phone_key(mobile), phone_key(phone)) if k}
        self.phones = frozenset(keys)
        self.email = email_key(email)
        if self.email:
            self.email_local, _, self.email_domain = self.email.partition("@")
        else:
            self.email_local = self.email_domain = ""
        self.street, self.number = street_key(street)
        self.postcode = postcode_key(postcode)
        self.city = _fold_name(city)
        self.region = _fold_name(region)

    def __repr__(self) -> str:
        return f"Person({self.id}, {self.swapped!r})"
