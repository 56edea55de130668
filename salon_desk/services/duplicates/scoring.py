"""From features to a calibrated probability, a confidence level and a match type."""

from __future__ import annotations

import math
from collections.abc import Sequence

from salon_desk.services.duplicates import weights
from salon_desk.services.duplicates.features import FEATURES, compare, evidence, finish
from salon_desk.services.duplicates.records import Person

HIGH, MEDIUM, LOW = "high", "medium", "low"
_W = [weights.WEIGHTS.get(name, 0.0) for name in FEATURES]
# The most the names can add: lets a pair be dropped on its other fields alone.
_NAME_MAX = (
    max(0.0, *(weights.WEIGHTS.get(f"first_{k}", 0.0) for k in ("same", "part", "close", "diff")))
    + max(0.0, *(weights.WEIGHTS.get(f"last_{k}", 0.0)
                 for k in ("same", "shared", "close", "diff")))
    + max(0.0, weights.WEIGHTS.get("names_swapped", 0.0))
)


def probability(active: Sequence[int]) -> float:
    """The estimated probability that the two records are the same person."""
    z = weights.BIAS
    for i in active:
        z += _W[i]
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def confidence(score: float) -> str | None:
    """high, medium or low; None below the lowest level worth showing."""
    if score >= weights.THRESHOLD_HIGH:
        return HIGH
    if score >= weights.THRESHOLD_MEDIUM:
        return MEDIUM
    if score >= weights.THRESHOLD_LOW:
        return LOW
    return None


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def score_pair(a: Person, b: Person) -> tuple[float, str]:
    """(probability of the same person, match type key)."""
    active, match = compare(a, b)
    return probability(active), match


def score_if_above(a: Person, b: Person, floor: float) -> tuple[float, str] | None:
    """Like score_pair, but None, cheaply, when the pair cannot reach ``floor`` whatever
    its names (most pairs a scan looks at)."""
    ev = evidence(a, b)
    common, normal, house, _match = ev
    z = weights.BIAS + _NAME_MAX
    for i in common:
        z += _W[i]
    z += max(sum(_W[i] for i in normal), sum(_W[i] for i in house))
    if z < floor:
        return None
    active, match = finish(a, b, ev)
    return probability(active), match
