"""What two customers have in common, as the yes/no features the calibrated model weighs.

Every field the record has takes part: first and last names (nicknames, compound names and
surnames, typos, transpositions, first and last swapped), birth date (exact, partial, a typo,
conflicting), phones, email, address and postcode, gender. A few features combine two facts,
because a shared phone or email means little when the first names or birth dates differ
(family members), and the model is linear in its features.
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

FEATURES = (
    "first_same", "first_part", "first_close", "first_diff",
    "last_same", "last_shared", "last_close", "last_diff",
    "names_swapped",
    "birth_same", "birth_partial", "birth_close", "birth_diff",
    "phone_same", "phone_diff",
    "email_same", "email_close", "email_diff",
    "address_same", "postcode_same", "address_diff",
    "gender_diff",
    # When the first names clearly differ, shared facts say "same household", not "same
    # person": they get weights of their own instead of the ones above.
    "first_diff_birth", "first_diff_phone", "first_diff_email", "first_diff_address",
    "contact_birth_diff",
)
F = {name: i for i, name in enumerate(FEATURES)}

MISSING, DIFF, CLOSE, SHARED, PART, SAME = -1, 0, 1, 2, 3, 4
_FIRST_INDEX = {SAME: F["first_same"], PART: F["first_part"], CLOSE: F["first_close"],
                DIFF: F["first_diff"]}
_LAST_INDEX = {SAME: F["last_same"], SHARED: F["last_shared"], CLOSE: F["last_close"],
               DIFF: F["last_diff"]}

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
            sl = last_level(x.last_tokens, name_tokens(y.first))
            if sf >= CLOSE and sl >= CLOSE and sf + sl > best[0] + best[1]:
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


def address_level(a: Person, b: Person) -> int:
    """SAME: same street and number; PART: same postcode (or street without a number);
    DIFF: different postcodes, cities or buildings."""
    pc_both = bool(a.postcode and b.postcode)
    if pc_both and a.postcode != b.postcode:
        return DIFF
    if not pc_both and a.city and b.city and a.city != b.city and _jw(a.city, b.city) < 0.9:
        return DIFF
    if a.street and b.street:
        same_street = a.street == b.street or _jw(a.street, b.street) >= 0.9
        if same_street:
            if a.number and b.number:
                return SAME if a.number == b.number else DIFF
            return PART
        if a.number and b.number and a.number != b.number:
            return DIFF
    return PART if pc_both else MISSING


Evidence = tuple[list[int], list[int], list[int], str | None]


def evidence(a: Person, b: Person) -> Evidence:
    """Everything but the names: (features that always count, features counted when the
    first names agree, their household versions when the first names differ, match type
    or None when it depends on the names). Cheap, so a pair can be dropped before the
    names are compared."""
    common: list[int] = []
    normal: list[int] = []
    house: list[int] = []
    bl = birth_level(a, b)
    _birth_evidence(bl, common, normal, house)
    phone_same = _phone_evidence(a, b, common, normal, house)
    el = email_level(a, b)
    _contact_evidence(el, CLOSE, ("email_same", "first_diff_email", "email_close", "email_diff"),
                      common, normal, house)
    al = address_level(a, b)
    _contact_evidence(al, PART, ("address_same", "first_diff_address", "postcode_same",
                                 "address_diff"), common, normal, house)
    if a.gender and b.gender and a.gender != b.gender:
        common.append(F["gender_diff"])
    if (phone_same or el == SAME) and bl == DIFF:
        common.append(F["contact_birth_diff"])
    return common, normal, house, _match_type(bl, phone_same, el, al)


def _birth_evidence(bl: int, common: list[int], normal: list[int], house: list[int]) -> None:
    if bl == SAME or bl == PART:
        normal.append(F["birth_same"] if bl == SAME else F["birth_partial"])
        house.append(F["first_diff_birth"])
    elif bl == CLOSE:
        common.append(F["birth_close"])
    elif bl == DIFF:
        common.append(F["birth_diff"])


def _phone_evidence(a: Person, b: Person, common: list[int], normal: list[int],
                    house: list[int]) -> bool:
    """Adds the phone features; True when the two share a number."""
    if not (a.phones and b.phones):
        return False
    if a.phones.isdisjoint(b.phones):
        common.append(F["phone_diff"])
        return False
    normal.append(F["phone_same"])
    house.append(F["first_diff_phone"])
    return True


def _contact_evidence(level: int, weaker: int, features: tuple[str, str, str, str],
                      common: list[int], normal: list[int], house: list[int]) -> None:
    """The features of an email or address level: ``features`` names the one for the same
    value, its household version, the one for the ``weaker`` level (a close email, the same
    postcode) and the one for different values."""
    same, household, weaker_feature, different = features
    if level == SAME:
        normal.append(F[same])
        house.append(F[household])
    elif level == weaker:
        common.append(F[weaker_feature])
    elif level == DIFF:
        common.append(F[different])


def _match_type(bl: int, phone_same: bool, el: int, al: int) -> str | None:
    """The rule a pair matches by, strongest first; None when only the names can say."""
    if el == SAME and phone_same:
        return "email_phone"
    if el == SAME:
        return "email"
    if phone_same:
        return "phone"
    if bl == SAME or bl == PART:
        return "name_birth"
    if al == SAME:
        return "name_address"
    return None

def finish(a: Person, b: Person, ev: Evidence) -> tuple[list[int], str]:
    """Add the names to the evidence: the active feature indices and the match type."""
    common, normal, house, match = ev
    fl, ll, swapped = name_levels(a, b)
    active: list[int] = []
    if fl != MISSING:
        active.append(_FIRST_INDEX[fl])
    if ll != MISSING:
        active.append(_LAST_INDEX[ll])
    if swapped:
        active.append(F["names_swapped"])
    active.extend(common)
    # Different first names: what they share points to a relative, not the same person.
    active.extend(house if fl == DIFF else normal)
    if match is None:
        match = "name_swapped" if swapped else "name"
    return active, match


def compare(a: Person, b: Person) -> tuple[list[int], str]:
    """The indices of the features that hold for this pair, and its match type."""
    return finish(a, b, evidence(a, b))
