"""Comparison levels of names, birth dates and emails, and the match types shown.

Names are read every way a front desk writes them (nicknames, compound names and surnames,
typos, transpositions, first and last swapped, the whole name in the first-name field);
birth dates as exact, partial, a slip or conflicting. model.py adds the other fields and
turns the levels into weights.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, JaroWinkler

from salon_desk.services.duplicates.normalise import (
    different_names,
    first_forms,
    first_relation,
    name_tokens,
)
from salon_desk.services.duplicates.records import Person

MISSING, DIFF, CLOSE, SHARED, PART, SAME = -1, 0, 1, 2, 3, 4
HOUSE = 5  # a shared contact or birth date while the first names clearly differ (model.py)

# Match types, strongest first; the text is what the CLI prints and the UI translates.
MATCH_TYPES = {
    "email_phone": "same email and phone",
    "email": "same email",
    "phone": "same phone",
    "name_birth": "similar name and same birth date",
    "name_address": "similar name and same address",
    "name_swapped": "first and last name swapped",
    "name": "similar name",
}
MATCH_ORDER = {key: i for i, key in enumerate(MATCH_TYPES)}

_jw = JaroWinkler.normalized_similarity
_osa = OSA.distance


def _close_words(x: str, y: str) -> bool:
    """A typo, a transposition or a letter more or less apart."""
    if _jw(x, y) >= 0.9:
        return True
    shortest = min(len(x), len(y))
    if shortest >= 4 and _osa(x, y) <= 1:
        return True
    if shortest == 3 and len(x) == 3 and sorted(x) == sorted(y) and _osa(x, y) == 1:
        return True  # two letters of a short name typed the other way round (Aym / Amy)
    return shortest >= 8 and _osa(x, y) <= 2


def _close_names(x: str, y: str) -> bool:
    xs, ys = x.split(), y.split()
    if len(xs) > 1 and len(xs) == len(ys):
        return all(_close_words(a, b) for a, b in zip(xs, ys, strict=True))
    return _close_words(x, y)


def _gender_pair(x: str, y: str) -> bool:
    """Masculine and feminine forms of one name (Mario/Maria, Daniel/Daniela, Jean/Jeanne):
    close in spelling, but two people (siblings, twins), not a typo."""
    if len(x) > len(y):
        x, y = y, x
    if len(x) < 3:
        return False
    if len(y) == len(x):
        return x[:-1] == y[:-1] and {x[-1], y[-1]} in ({"a", "o"}, {"a", "e"}, {"a", "i"})
    return y in (x + "a", x + "e", x + "ne", x + "ina") or (x[-1] in "oe" and y == x[:-1] + "ina")


def first_level(a_first: str, a_forms, b_first: str, b_forms) -> int:
    if not a_first or not b_first:
        return MISSING
    if a_first == b_first:
        return SAME
    relation = first_relation(a_forms, b_forms)
    if relation == 2:
        return SAME
    if relation == 1:
        return PART
    a_word, b_word = a_first.split()[0], b_first.split()[0]
    if _gender_pair(a_word, b_word) or different_names(a_word, b_word):
        return DIFF
    return CLOSE if _close_names(a_first, b_first) else DIFF


def last_level(a_tokens: tuple[str, ...], b_tokens: tuple[str, ...]) -> int:
    if not a_tokens or not b_tokens:
        return MISSING
    if a_tokens == b_tokens:
        return SAME
    sa, sb = set(a_tokens), set(b_tokens)
    if sa <= sb or sb <= sa:
        # "Ariño" / "Ariño Salvà", "García" / "García López", "Schmidt" / "Müller-Schmidt":
        # one card left the second (or maiden) surname out. Nothing on either card
        # disagrees, so it weighs as the same surname; relatives sharing a phone are told
        # apart by their first names and birth dates (the household features), not here.
        return SAME
    short, long_ = (a_tokens, b_tokens) if len(a_tokens) <= len(b_tokens) else (
        b_tokens, a_tokens)
    matched = sum(1 for t in short if t in long_ or any(_close_words(t, u) for u in long_))
    if matched == len(short):
        return CLOSE
    if matched:
        return SHARED  # one surname in common, another different
    return CLOSE if _close_names(" ".join(a_tokens), " ".join(b_tokens)) else DIFF


def _split_levels(whole: Person, other: Person) -> tuple[int, int]:
    """Levels when ``whole`` has its full name in the first-name field ("Ana García", no
    last name): every split of its words into first and last is tried."""
    words = whole.first.split()
    best = (MISSING, MISSING)
    readings = [(other.first, other.forms, other.last_tokens)]
    if other.first:  # and the other record's names swapped
        readings.append((other.last, first_forms(other.last), name_tokens(other.first)))
    for k in range(1, len(words)):
        first = " ".join(words[:k])
        forms, last = first_forms(first), name_tokens(" ".join(words[k:]))
        for o_first, o_forms, o_last in readings:
            fl = first_level(first, forms, o_first, o_forms)
            ll = last_level(last, o_last)
            if fl + ll > best[0] + best[1]:
                best = (fl, ll)
    return best


def name_levels(a: Person, b: Person) -> tuple[int, int, bool]:
    """(first level, last level, swapped) for the better of the ways to read the names."""
    fl = first_level(a.first, a.forms, b.first, b.forms)
    ll = last_level(a.last_tokens, b.last_tokens)
    if fl >= PART and ll >= PART:
        return fl, ll, False
    if a.last != b.last and (not a.last or not b.last):
        whole, other = (a, b) if not a.last else (b, a)
        if " " in whole.first and other.last:
            sf, sl = _split_levels(whole, other)
            if sf >= CLOSE and sl >= CLOSE:
                return sf, sl, False
    if fl <= CLOSE and ll <= CLOSE and a.first and b.first and a.last and b.last:
        # First and last name the other way round in one of the two records.
        best = (fl, ll, False)
        for x, y in ((a, b), (b, a)):  # y is the swapped one: y.last holds its first name
            sf = first_level(x.first, x.forms, y.last, first_forms(y.last))
            if sf < CLOSE:
                continue
            sl = last_level(x.last_tokens, name_tokens(y.first))
            if sl >= CLOSE and sf + sl > best[0] + best[1]:
                best = (sf, sl, True)
        return best
    return fl, ll, False


def _one_digit_apart(x: int, y: int) -> bool:
    sx, sy = str(x), str(y)
    if len(sx) != len(sy):
        return len(sx) + len(sy) == 3 and (sx in sy)  # 3 / 13
    diffs = sum(1 for p, q in zip(sx, sy, strict=True) if p != q)
    return diffs == 1 or (diffs == 2 and sorted(sx) == sorted(sy))


def birth_level(a: Person, b: Person) -> int:
    if not (a.month and a.day and b.month and b.day):
        return MISSING
    if a.month == b.month and a.day == b.day:
        if not a.year or not b.year:
            return PART
        if a.year == b.year:
            return SAME
        return CLOSE if _one_digit_apart(a.year, b.year) else DIFF
    if a.year and b.year and a.year != b.year:
        return DIFF
    if a.month == b.day and a.day == b.month:
        return CLOSE  # day and month the other way round
    if a.month == b.month and _one_digit_apart(a.day, b.day):
        return CLOSE
    if a.day == b.day and _one_digit_apart(a.month, b.month):
        return CLOSE
    return DIFF


def email_level(a: Person, b: Person) -> int:
    if not a.email or not b.email:
        return MISSING
    if a.email == b.email:
        return SAME
    if a.email_local == b.email_local and len(a.email_local) >= 6:
        return CLOSE  # same mailbox name at another provider
    if a.email_domain == b.email_domain and len(a.email_local) >= 6 and _osa(
            a.email_local, b.email_local) <= 1:
        return CLOSE  # a typo
    return DIFF
