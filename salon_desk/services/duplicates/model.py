"""The Fellegi-Sunter model: comparison levels per field, match weights learnt from the
database being scanned, and term-frequency adjustments.

A pair of customers is described by one comparison level per field (``COMPARISONS``): the
same, close (a typo by Jaro-Winkler or one edit), a nickname or part of the name, different,
or missing on either side. Each level has two probabilities: ``m``, how often a pair that IS
one person shows it, and ``u``, how often a pair that is not does. The pair's match weight is
the sum over the fields of ln(m/u) (a missing value weighs nothing), plus a term-frequency
adjustment when the agreeing value is a rare or a common one, plus the prior log-odds.

``learn`` estimates m, and how many candidates are duplicates, by expectation-maximisation on
the database's own candidate pairs (the pairs the blocking proposes), starting from, and
pulled towards, the project's priors (``weights.PRIOR_M``); u comes from random pairs of the
same database (random_pairs.py, ``with_random_u``), and the prior from the chance that two
random customers are one person. A database too small to learn from (MIN_CUSTOMERS,
MIN_LEARN) keeps the priors (``default_model``).

The family and namesake guards are levels: a shared phone, email, address or birth date when
the first names clearly differ counts as a "household" level of its own, with its own m and u.
See docs/duplicates.md for a worked example.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from salon_desk.services.duplicates import random_pairs, weights
from salon_desk.services.duplicates.features import (
    CLOSE,
    DIFF,
    HOUSE,
    MISSING,
    PART,
    SAME,
    SHARED,
    birth_level,
    email_level,
    name_levels,
)
from salon_desk.services.duplicates.records import Person

LEVEL_NAMES = {MISSING: "missing", DIFF: "different", CLOSE: "close", SHARED: "shared",
               PART: "part", SAME: "same", HOUSE: "household"}
# The fields compared, and the levels each can take (MISSING is always possible and weighs 0).
COMPARISONS: dict[str, tuple[int, ...]] = {
    "first": (SAME, PART, CLOSE, DIFF),
    "last": (SAME, SHARED, CLOSE, DIFF),
    "swapped": (SAME, DIFF),  # SAME: first and last name read the other way round
    "birth": (SAME, PART, CLOSE, DIFF, HOUSE),
    "phone": (SAME, DIFF, HOUSE),
    "email": (SAME, CLOSE, DIFF, HOUSE),
    "street": (SAME, PART, CLOSE, SHARED, DIFF, HOUSE),
    "postcode": (SAME, CLOSE, DIFF),
    "city": (SAME, CLOSE, DIFF),
    "region": (SAME, DIFF),
    "gender": (SAME, DIFF),
}
FIELDS = tuple(COMPARISONS)
FIRST, LAST, SWAPPED = 0, 1, 2
NAME_FIELDS = (FIRST, LAST, SWAPPED)
# Fields whose exact agreement is adjusted by how common the agreeing value is.
TF_FIELDS = ("first", "last", "street")
TF_LIMIT = 2.5  # the most a term-frequency adjustment adds or takes (natural log)
TF_MIN_VALUES = 500  # fewer values than this say too little about how common one is
OFFSET = 1  # level code -1..5 -> list index 0..6
# A field that follows another (random_pairs.GIVEN) is weighed by its u among pairs that
# share the other's value when the pair's values of it are the same or close.
ALIKE = (SAME, CLOSE)

_jw = JaroWinkler.normalized_similarity
_lev = Levenshtein.distance
_osa = OSA.distance


def _close_text(x: str, y: str) -> bool:
    return _jw(x, y) >= 0.9 or (min(len(x), len(y)) >= 4 and _lev(x, y) <= 1)


def _words_within(x: str, y: str) -> bool:
    """Every word of the street with fewer words is (close to) a word of the other: a
    second address line left out on one card ("plant road" / "plant road findon")."""
    xs, ys = x.split(), y.split()
    if len(xs) > len(ys):
        xs, ys = ys, xs
    return all(any(w == v or (len(w) > 2 and _close_text(w, v)) for v in ys) for w in xs)


def _same_street(x: str, y: str) -> bool:
    if _close_text(x, y):
        return True
    if x.count(" ") != y.count(" ") and _jw(x.replace(" ", ""), y.replace(" ", "")) >= 0.92:
        return True  # "plant road" / "plantroad"
    return x[0] in y and _words_within(x, y)


def street_level(a: Person, b: Person) -> int:
    """SAME: street and number; CLOSE: the same number on a street spelt close, whose words
    are in the other (a second line left out) or written together; PART: the same street, a number missing; SHARED: the
    same street, another number (neighbours, or a slip); DIFF: another street."""
    if not a.street or not b.street:
        return MISSING
    if not (a.street == b.street or _same_street(a.street, b.street)):
        return DIFF
    if not (a.number and b.number):
        return PART
    if a.number != b.number:
        return SHARED
    return SAME if a.street == b.street else CLOSE


def _plain_level(x: str, y: str) -> int:
    if not x or not y:
        return MISSING
    if x == y:
        return SAME
    return CLOSE if _close_text(x, y) else DIFF


def postcode_level(a: Person, b: Person) -> int:
    if not a.postcode or not b.postcode:
        return MISSING
    if a.postcode == b.postcode:
        return SAME
    # One character typed wrong, or two typed the other way round (2295 / 2259).
    return CLOSE if len(a.postcode) == len(b.postcode) and _osa(a.postcode, b.postcode) <= 1 \
        else DIFF


def _phone_level(a: Person, b: Person) -> int:
    if not a.phones or not b.phones:
        return MISSING
    return DIFF if a.phones.isdisjoint(b.phones) else SAME


def _same_or_diff(x: str, y: str) -> int:
    if not x or not y:
        return MISSING
    return SAME if x == y else DIFF


def other_levels(a: Person, b: Person) -> list[int]:
    """The levels of every field but the names (FIRST, LAST, SWAPPED left as MISSING);
    household levels are set by ``with_names`` once the first names are known."""
    return [MISSING, MISSING, MISSING, birth_level(a, b), _phone_level(a, b), email_level(a, b),
            street_level(a, b), postcode_level(a, b), _plain_level(a.city, b.city),
            _same_or_diff(a.region, b.region), _same_or_diff(a.gender, b.gender)]


_HOUSEHOLD = (3, 4, 5, 6)  # birth, phone, email, street


def with_names(a: Person, b: Person, levels: list[int]) -> tuple[int, ...]:
    fl, ll, swapped = name_levels(a, b)
    levels[FIRST], levels[LAST] = fl, ll
    if a.first and a.last and b.first and b.last:
        levels[SWAPPED] = SAME if swapped else DIFF
    if fl == DIFF:
        # The family guard: what relatives share says "same household", not "same person".
        for k in _HOUSEHOLD:
            if levels[k] == SAME or (k == 3 and levels[k] == PART):
                levels[k] = HOUSE
    elif levels[3] == DIFF or levels[10] == DIFF or ll == SHARED or (
            fl == MISSING and ll not in (SAME, CLOSE)):
        # The namesake guard: the same first name but another birth date (a mother and
        # the daughter named after her), another gender, another second surname, or no
        # first name and no surname in common: shared contacts say "same household" too.
        for k in _HOUSEHOLD[1:]:
            if levels[k] == SAME:
                levels[k] = HOUSE
    return tuple(levels)


def comparison(a: Person, b: Person) -> tuple[int, ...]:
    return with_names(a, b, other_levels(a, b))


def match_type(levels: Sequence[int]) -> str:
    """The rule the pair matches by, strongest first (features.MATCH_TYPES)."""
    phone, email = levels[4] == SAME, levels[5] == SAME
    if phone and email:
        return "email_phone"
    if email:
        return "email"
    if phone:
        return "phone"
    if levels[3] in (SAME, PART):
        return "name_birth"
    if levels[6] == SAME:
        return "name_address"
    return "name_swapped" if levels[SWAPPED] == SAME else "name"


# --- term frequencies -------------------------------------------------------------------

def tf_value(field: str, p: Person) -> str:
    if field == "first":
        return p.first
    if field == "last":
        return p.last
    return f"{p.street} {p.number}" if p.street else ""


@dataclass
class TermFrequencies:
    """For each TF field: ln(Σ f² / f(value)) per value, clamped to ±TF_LIMIT: how much
    more (or less) an exact agreement on this value says than an average one."""
    adjust: dict[str, dict[str, float]]

    @classmethod
    def of(cls, people: Sequence[Person]) -> TermFrequencies:
        adjust: dict[str, dict[str, float]] = {}
        for name in TF_FIELDS:
            counts = Counter(v for v in (tf_value(name, p) for p in people) if v)
            total = sum(counts.values())
            if total < TF_MIN_VALUES:
                adjust[name] = {}
                continue
            expected = sum(c * c for c in counts.values()) / (total * total)
            adjust[name] = {v: max(-TF_LIMIT, min(TF_LIMIT, math.log(expected * total / c)))
                             for v, c in counts.items()}
        return cls(adjust)

    def bonus(self, a: Person, b: Person, levels: Sequence[int],
              skip: tuple[int, ...] = ()) -> float:
        z = 0.0
        for k, name in ((FIRST, "first"), (LAST, "last"), (6, "street")):
            if levels[k] == SAME and k not in skip:
                value = tf_value(name, a)
                if value == tf_value(name, b):
                    z += self.adjust[name].get(value, 0.0)
        return z


NO_TF = TermFrequencies({f: {} for f in TF_FIELDS})


# --- the model ----------------------------------------------------------------------------

@dataclass
class Model:
    """m and u per field and level, and the prior probability that a pair is one person
    (of two random customers once learnt; of a candidate pair in the priors and while EM
    runs). ``weight[k][level + OFFSET]`` is ln(m/u) (0 for a missing value)."""
    m: dict[str, dict[int, float]]
    u: dict[str, dict[int, float]]
    prior: float
    tf: TermFrequencies = field(default_factory=lambda: NO_TF)
    learnt_from: int = 0  # candidate pairs the EM ran on (0: the priors)
    # u of a field among pairs that agree on the field it follows (random_pairs.GIVEN)
    given: dict[str, dict[int, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.weight = []
        for name in FIELDS:
            row = [0.0] * (HOUSE + 1 + OFFSET)
            for level in COMPARISONS[name]:
                row[level + OFFSET] = math.log(self.m[name][level] / self.u[name][level])
            self.weight.append(row)
        self.bias = math.log(self.prior / (1.0 - self.prior))
        # For the bound before the names are compared: a shared value may still turn into
        # its household level (when the first names differ), so it counts at the larger.
        self.upper = [list(row) for row in self.weight]
        for k in _HOUSEHOLD:
            row = self.upper[k]
            for level in ((SAME, PART) if k == 3 else (SAME,)):
                row[level + OFFSET] = max(row[level + OFFSET], row[HOUSE + OFFSET])
        # The most the names can add when they are not written the same (the same name
        # weighs its SAME level and term-frequency bonus: name_bound).
        self.name_other = [max(v for lv, v in enumerate(self.weight[k]) if lv != SAME + OFFSET)
                           for k in NAME_FIELDS]
        self.swap_max = max(0.0, *self.weight[SWAPPED])
        # (field, the field it follows, ln(u / u given that one agrees) per level): added
        # when the followed field is the same.
        self.follows = []
        for name, u_given in self.given.items():
            row = [0.0] * (HOUSE + 1 + OFFSET)
            for level in COMPARISONS[name]:
                row[level + OFFSET] = math.log(self.u[name][level] / u_given[level])
            self.follows.append((FIELDS.index(name),
                                 FIELDS.index(random_pairs.FOLLOWS[name]), row))
        # Before the names are compared, the first name (when it follows the surname) may
        # add at most this much (name_bound); the other fields that follow the surname are
        # bounded by their own level (_bound_given).
        self.name_follows = sum(max(0.0, *row) for k, _parent, row in self.follows
                                if k in NAME_FIELDS)

    def _given(self, levels: Sequence[int], names: bool) -> float:
        return sum(row[levels[k] + OFFSET] for k, parent, row in self.follows
                   if levels[parent] in ALIKE and (names or parent not in NAME_FIELDS))

    def _bound_given(self, levels: Sequence[int]) -> float:
        """The most the fields other than the names that follow the surname can add, before
        the names are compared (the surname may or may not agree; a shared value may turn
        into its household level)."""
        bound = 0.0
        for k, parent, row in self.follows:
            if parent in NAME_FIELDS and k not in NAME_FIELDS:
                level = levels[k]
                most = row[level + OFFSET]
                if k in _HOUSEHOLD and level in (SAME, PART):
                    most = max(most, row[HOUSE + OFFSET])
                bound += max(0.0, most)
        return bound

    def z(self, levels: Sequence[int]) -> float:
        w = self.weight
        return self.bias + sum(w[k][lv + OFFSET] for k, lv in enumerate(levels)) + (
            self._given(levels, True) if self.follows else 0.0)

    def partial_z(self, levels: Sequence[int]) -> float:
        """The weights of the fields other than the names, with the prior: at most what
        they add once the names are compared."""
        w = self.upper
        return self.bias + sum(w[k][levels[k] + OFFSET] for k in range(3, len(FIELDS))) + (
            self._given(levels, False) + self._bound_given(levels) if self.follows else 0.0)

    def name_bound(self, a: Person, b: Person) -> float:
        """The most the names (and the term-frequency bonuses) of this pair can add,
        cheaply, before the names are compared."""
        w, tf = self.weight, self.tf.adjust
        bound = self.swap_max + self.name_follows
        for k, name in ((FIRST, "first"), (LAST, "last")):
            value = tf_value(name, a)
            same = w[k][SAME + OFFSET]
            if value and value == tf_value(name, b):
                bound += same + max(0.0, tf[name].get(value, 0.0))
            else:  # a nickname, a typo... weigh at most their level, with no bonus
                bound += max(self.name_other[k], same)
        street = tf_value("street", a)
        if street and street == tf_value("street", b):
            bound += max(0.0, tf["street"].get(street, 0.0))
        return bound

    def score(self, a: Person, b: Person) -> tuple[float, tuple[int, ...]]:
        levels = comparison(a, b)
        return sigmoid(self.z(levels) + self.tf_bonus(a, b, levels)), levels

    def tf_bonus(self, a: Person, b: Person, levels: Sequence[int]) -> float:
        """The term-frequency adjustments, but none on a field weighed by its u among
        pairs that share the field it follows: how often two people of one surname share
        a first name or an address is measured there, not derived from how common the
        first name or the street is."""
        skip = tuple(k for k, parent, _row in self.follows if levels[parent] == SAME)
        return self.tf.bonus(a, b, levels, skip)


def sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def _normalised(counts: dict[int, float]) -> dict[int, float]:
    total = sum(counts.values())
    return {level: c / total for level, c in counts.items()}


def default_model() -> Model:
    """The priors: used when the database is too small to learn from, and by the check
    while a customer is being entered."""
    return Model({f: _normalised(v) for f, v in weights.PRIOR_M.items()},
                 {f: _normalised(v) for f, v in weights.PRIOR_U.items()}, weights.PRIOR_MATCH)


def _estep(model: Model, items: list, m_counts: dict, u_counts: dict) -> tuple[float, float]:
    """Adds each pattern's expected counts to the two classes; returns (expected pairs that
    are one person, log-likelihood of the patterns)."""
    matched = loglik = 0.0
    for levels, count in items:
        z = model.z(levels)
        p = sigmoid(z)
        # ln(prior·m + (1-prior)·u) = ln((1-prior)·u) + ln(1 + e^z)
        unmatched = math.log(1.0 - model.prior) + sum(
            math.log(model.u[f][lv]) for f, lv in zip(FIELDS, levels, strict=True)
            if lv != MISSING)
        loglik += count * (unmatched + (z if z > 30 else math.log1p(math.exp(z))))
        matched += p * count
        for f, level in zip(FIELDS, levels, strict=True):
            if level != MISSING:
                m_counts[f][level] += p * count
                u_counts[f][level] += (1.0 - p) * count
    return matched, loglik


def em(patterns: Counter, start: Model, prior: Model, rounds: int = 30,
       strength: float = 20.0) -> Generator[int, None, tuple[Model, float]]:
    """Expectation-maximisation over the comparison patterns of the candidate pairs.

    Each round: the probability that each pattern is one person under the current m, u and
    share of duplicates (E), then m, u and that share re-estimated from those probabilities
    (M), with ``strength`` pseudo-pairs of the ``prior`` model's values added to each class
    (Dirichlet priors): a level the database barely shows keeps about its prior probability.
    Missing values take no part (they weigh nothing). Yields after each round (so a scan
    can be cancelled) and returns the model and the log-likelihood of the patterns under it.
    """
    model = start
    items = list(patterns.items())
    total = sum(patterns.values())
    loglik = -math.inf
    for done in range(rounds):
        yield done
        m_counts = {f: Counter() for f in FIELDS}
        u_counts = {f: Counter() for f in FIELDS}
        matched, loglik = _estep(model, items, m_counts, u_counts)
        # Plus one pseudo-pair per level: a level never seen in a class is rare there, not
        # impossible (its weight stays finite).
        m = {f: _normalised({lv: m_counts[f][lv] + strength * prior.m[f][lv] + 1.0
                             for lv in COMPARISONS[f]}) for f in FIELDS}
        u = {f: _normalised({lv: u_counts[f][lv] + strength * prior.u[f][lv] + 1.0
                             for lv in COMPARISONS[f]}) for f in FIELDS}
        share = min(0.999, max(1e-4, (matched + 1.0) / (total + 2.0)))
        model = Model(m, u, share, learnt_from=total)
    return model, loglik


def incoherent(model: Model) -> int:
    """How many fields say the wrong thing: agreeing on them weighs against being one
    person, or disagreeing weighs for it (a field the database never fills weighs nothing
    either way and is not counted)."""
    count = 0
    for row in model.weight:
        same, diff = row[SAME + OFFSET], row[DIFF + OFFSET]
        if max(abs(same), abs(diff)) > 0.01 and (same <= 0 or diff >= 0):
            count += 1
    return count


def neutral_start() -> Model:
    """A start that knows nothing of salons: agreeing is likelier for one person (m: 0.8
    on the same value), disagreeing for two (u: 0.8 on a different one)."""
    m, u = {}, {}
    for name, levels in COMPARISONS.items():
        m[name] = {lv: 0.8 if lv == SAME else 0.2 / (len(levels) - 1) for lv in levels}
        u[name] = {lv: 0.8 if lv == DIFF else 0.2 / (len(levels) - 1) for lv in levels}
    return Model(m, u, 0.1)


MIN_LEARN = 200  # candidate pairs below which the priors are kept
# Customers below which the priors are kept: random pairs of a few hundred people say too
# little about how rare agreeing on a birth date or a street is.
MIN_CUSTOMERS = 500
EM_SAMPLE = 30000  # candidate pairs the EM runs on, at most


def learn(people: Sequence[Person], pairs: Sequence[tuple[int, int]], seed: int = 1
          ) -> Generator[int, None, Model]:
    """The model of this database: m, u and the prior by EM on (a sample of) its candidate
    pairs, starting from the priors; term frequencies of its names and streets. Yields now
    and then (cancel) and returns the model."""
    start = default_model()
    start.tf = TermFrequencies.of(people)
    if len(pairs) < MIN_LEARN or len(people) < MIN_CUSTOMERS:
        return start
    sample = pairs
    if len(pairs) > EM_SAMPLE:
        sample = random.Random(seed).sample(list(pairs), EM_SAMPLE)
    patterns: Counter = Counter()
    for k in range(0, len(sample), 5000):
        yield 0
        patterns.update(comparison(people[i], people[j]) for i, j in sample[k:k + 5000])
    # Two starts, the salon's priors and a neutral one; EM finds a local optimum from each.
    # Kept: the one whose weights make sense (agreeing on a field is not evidence against
    # being one person) and, among those, the one that explains the pairs better. A
    # database with hardly any duplicates otherwise "learns" a class such as "same first
    # name", which explains its pairs well and is not what is asked.
    runs = []
    for begin in (start, neutral_start()):
        model, loglik = yield from em(patterns, begin, start)
        runs.append((incoherent(model), -loglik, model))
    fitted = min(runs, key=lambda run: run[:2])[2]
    model = yield from with_random_u(people, fitted, fitted.prior * len(pairs), seed)
    model.learnt_from = len(sample)
    model.tf = start.tf
    return model


def with_random_u(people: Sequence[Person], fitted: Model, matches: float, seed: int = 1
                  ) -> Generator[int, None, Model]:
    """The scoring model: m of ``fitted`` (EM on the candidate pairs), u of random pairs
    (random_pairs.py), and for prior the chance that two random customers are one person
    (``matches``: the duplicates EM expects among the candidates)."""
    n = len(people)
    share = min(0.5, max(matches / (n * (n - 1) / 2), 1e-12))
    u = yield from random_pairs.random_u(people, COMPARISONS, comparison, seed)
    u = random_pairs.without_duplicates(u, fitted.m, share)
    u = ordered(fitted.m, random_pairs.with_candidates(u, fitted.u))
    model = Model(fitted.m, u, share)
    sharing = {}
    for parent in random_pairs.GIVEN:
        yield 0
        sharing[parent] = random_pairs.sharing_pairs(people, parent, comparison, seed)
    # Which of the pairs sharing a surname are duplicates is judged by the model itself:
    # first without the u that follow the surname, then with them.
    for _round in range(GIVEN_ROUNDS):
        given = {}
        for parent, patterns in sharing.items():
            found = random_pairs.given_u(patterns, parent, lambda lv: sigmoid(model.z(lv)),
                                         COMPARISONS)
            given.update({f: ordered(fitted.m, {f: row})[f] for f, row in found.items()})
        model = Model(fitted.m, u, share, given=given)
    return model


GIVEN_ROUNDS = 2  # rounds of judging the pairs that share a surname (with_random_u)


_LESSER = (PART, CLOSE, SHARED)  # agreeing in part: never more evidence than agreeing


def ordered(m: dict[str, dict[int, float]], u: dict[str, dict[int, float]]
            ) -> dict[str, dict[int, float]]:
    """u with no partial agreement weighing more than the full one: a typo in a first
    name, a birth date with the year missing, the street without its number. Counted u
    can say otherwise (namesakes copy a name exactly and rarely with a typo; a missing
    year is rarer among random pairs than a shared date), but a slip in a value cannot be
    better evidence than the value itself."""
    out = {}
    for f, row in u.items():
        row = dict(row)
        for level in _LESSER:
            if level in row and SAME in row:
                row[level] = max(row[level], m[f][level] * row[SAME] / m[f][SAME])
        out[f] = _normalised(row)
    return out

