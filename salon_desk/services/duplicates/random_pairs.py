"""u-probabilities from random pairs of the database being scanned (model.learn uses them).

``u`` of a level is how often two people who are NOT one person show it. Counted on the
candidate pairs, it is distorted by the blocking (candidates share a surname's sound, a
birthday, a postcode...), so agreeing on those weighs next to nothing; counted on random
pairs it is what the level says about two customers taken at random. Random pairs are
almost never one person, so they need no labels.

Three corrections keep random-pair u honest where fields are not independent:

- **shared values**: a shared birth date, phone, email or street is the "same" level only
  when the first names do not differ (otherwise it is "household"); the chance of sharing
  the value is what two random people show, so "same" gets the u of sharing it at all;
- **levels next to the names** (household levels, first and last name swapped, the same
  mailbox at another provider) take their u among the candidate pairs: two random people
  hardly ever share a phone or a mailbox name, but two with one surname often do (a
  family, namesakes whose mailboxes are made of their names);
- **fields that follow another** (``GIVEN``: the first name, birth date and contacts given
  the surname, the town and region given the postcode) get a second u, counted on random
  pairs that agree on the other field, each as much as it looks like two people: families
  and namesakes make two people of one surname far likelier to share a first name, an
  address or a birth date (twins) than two random people, and the same postcode all but
  implies the same town. A database where two people of one surname share nothing (FEBRL)
  learns that, and a shared address there weighs for one person.

Every sample is seeded, so the same database gives the same model.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Generator, Hashable, Sequence
from itertools import accumulate

from salon_desk.services.duplicates.features import CLOSE, HOUSE, MISSING, SAME
from salon_desk.services.duplicates.records import Person

U_SAMPLE = 15000  # random pairs u is counted on
GIVEN_SAMPLE = 8000  # random pairs sharing a surname (a postcode) for the GIVEN u
MIN_GIVEN_PAIRS = 200  # fewer pairs share a surname (a postcode): no GIVEN u

# A field -> (its key, the fields that follow it): their u among pairs that share the key.
GIVEN: dict[str, tuple[Callable[[Person], str], tuple[str, ...]]] = {
    "last": (lambda p: p.last, ("first", "birth", "phone", "email", "street")),
    "postcode": (lambda p: p.postcode, ("city", "region")),
}
FOLLOWS = {child: parent for parent, (_key, children) in GIVEN.items() for child in children}


# The levels whose u is taken among the candidate pairs, where not only the household
# one: the same mailbox at another provider (made of the names, so namesakes share it),
# and for the birth date none (relatives of different surnames share an address and a
# phone, not a birth date: twins share their surname, and follow it, GIVEN).
FROM_CANDIDATES: dict[str, tuple[int, ...]] = {"email": (HOUSE, CLOSE), "birth": ()}


def _pick(rng: random.Random, n: int) -> tuple[int, int]:
    i = rng.randrange(n)
    j = rng.randrange(n - 1)
    return i, j + (j >= i)


def random_u(people: Sequence[Person], comparisons: dict[str, tuple[int, ...]],
             compare: Callable[[Person, Person], tuple[int, ...]], seed: int = 1,
             size: int = U_SAMPLE) -> Generator[int, None, dict[str, dict[int, float]]]:
    """u of every field and level, counted on ``size`` random pairs, plus one pseudo-pair
    per level (a level never seen is rare, not impossible). Yields now and then."""
    rng = random.Random(seed)
    fields = tuple(comparisons)
    counts = {f: Counter() for f in fields}
    for k in range(size):
        if k % 2500 == 0:
            yield k
        i, j = _pick(rng, len(people))
        for f, level in zip(fields, compare(people[i], people[j]), strict=True):
            counts[f][level] += 1
    u = {f: _normalised({lv: counts[f][lv] + 1.0 for lv in comparisons[f]}) for f in fields}
    for f, value in EXACT.items():
        _with_exact(u[f], shared_share(people, value))
    return u


# Fields whose "same" level is an exact shared value: its u is counted exactly, over every
# pair of customers, from how often each value repeats (a shared birth date is about one
# pair in 20,000: a sample would hardly see it).
EXACT: dict[str, Callable[[Person], Hashable]] = {
    "birth": lambda p: (p.year, p.month, p.day) if p.month and p.day else None,
    "phone": lambda p: p.phones or None,
    "email": lambda p: p.email or None,
    "street": lambda p: (p.street, p.number) if p.street else None,
    "postcode": lambda p: p.postcode or None,
    "city": lambda p: p.city or None,
    "region": lambda p: p.region or None,
    "gender": lambda p: p.gender or None,
}


def shared_share(people: Sequence[Person], value: Callable[[Person], Hashable]) -> float:
    """The share of the pairs of customers with a value (as compared: both have it) that
    share it exactly. A birth date without a year, a street without its number, shares
    nothing (their levels are not "same"); a set of phones shares any of them."""
    counts: Counter = Counter()
    filled = 0
    for p in people:
        v = value(p)
        if v is None:
            continue
        filled += 1
        if isinstance(v, frozenset):
            counts.update(v)
        elif all(v):
            counts[v] += 1
    pairs = filled * (filled - 1) / 2
    return sum(c * (c - 1) / 2 for c in counts.values()) / pairs if pairs else 0.0


def _with_exact(u: dict[int, float], same: float) -> None:
    """Puts the exact share of a shared value into ``u``: on "same", and on "household"
    (a shared value with first names that differ) in the proportion the sample saw."""
    sampled = u[SAME] + u.get(HOUSE, 0.0)
    house = u.get(HOUSE, 0.0) / sampled
    rest = (1.0 - same) / (1.0 - sampled)
    for level in u:
        u[level] *= rest
    u[SAME] = max(same, 1e-9) * (1.0 - house)
    if HOUSE in u:
        u[HOUSE] = max(same, 1e-9) * house


def without_duplicates(u: dict, m: dict, share: float) -> dict:
    """u of random pairs less the duplicates among them (``share`` of all pairs, showing
    m): rare among random pairs, but not among those that share a birth date (in a
    database where one customer in ten is entered twice, most pairs that share a birth
    date are one person). At most a tenth of what was counted is taken out."""
    return {f: _normalised({lv: max(v - share * m[f][lv], 0.1 * v) for lv, v in levels.items()})
            for f, levels in u.items()}


def _normalised(counts: dict[int, float]) -> dict[int, float]:
    total = sum(counts.values())
    return {level: c / total for level, c in counts.items()}


def with_candidates(u: dict, candidates: dict) -> dict:
    """Random-pair u with the corrections of the module's first two points: "same" takes
    the u of sharing the value at all, and the levels next to the names their u among the
    candidate pairs (``candidates``: the u EM found there)."""
    out = {f: dict(levels) for f, levels in u.items()}
    out["swapped"] = dict(candidates["swapped"])
    for f, levels in out.items():
        if HOUSE not in levels:
            continue
        levels[SAME] += levels[HOUSE]
        taken = {lv: candidates[f][lv] for lv in FROM_CANDIDATES.get(f, (HOUSE,))}
        rest = sum(v for lv, v in levels.items() if lv not in taken)
        share = (1.0 - sum(taken.values())) / rest
        out[f] = {lv: taken.get(lv, v * share) for lv, v in levels.items()}
    return out


def sharing_pairs(people: Sequence[Person], parent: str,
                  compare: Callable[[Person, Person], tuple[int, ...]], seed: int = 1,
                  size: int = GIVEN_SAMPLE) -> list[tuple[int, ...]]:
    """The levels of random pairs that share the key of ``parent`` (GIVEN): every such
    pair when there are at most ``size``; [] when fewer than MIN_GIVEN_PAIRS."""
    key_of = GIVEN[parent][0]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        key = key_of(p)
        if key:
            groups[key].append(i)
    shared = [members for members in groups.values() if len(members) > 1]
    sizes = [len(g) * (len(g) - 1) // 2 for g in shared]
    total = sum(sizes)
    if total < MIN_GIVEN_PAIRS:
        return []
    if total <= size:
        pairs = [(g[x], g[y]) for g in shared for x in range(len(g)) for y in range(x + 1, len(g))]
    else:
        rng = random.Random(seed)
        cumulative = list(accumulate(sizes))
        pairs = []
        for _ in range(size):
            g = shared[bisect_right(cumulative, rng.randrange(total))]
            x, y = _pick(rng, len(g))
            pairs.append((g[x], g[y]))
    return [compare(people[i], people[j]) for i, j in pairs]


def given_u(patterns: Sequence[tuple[int, ...]], parent: str,
            match: Callable[[tuple[int, ...]], float], comparisons: dict[str, tuple[int, ...]]
            ) -> dict[str, dict[int, float]]:
    """u of the fields that follow ``parent``, counted on the ``patterns`` of pairs that
    share its key (sharing_pairs). Among customers of one surname many pairs are
    duplicates: each pair counts as much as ``match`` (the probability, by its levels,
    that it is one person) says it is two people."""
    fields = tuple(comparisons)
    index = {f: fields.index(f) for f in GIVEN[parent][1]}
    counts = {f: Counter() for f in index}
    for levels in patterns:
        two = 1.0 - match(levels)
        for f, k in index.items():
            counts[f][levels[k]] += two
    out = {}
    for f in index:
        if sum(c for lv, c in counts[f].items() if lv != MISSING) >= 1.0:
            out[f] = _normalised({lv: counts[f][lv] + 1.0 for lv in comparisons[f]})
    return out
