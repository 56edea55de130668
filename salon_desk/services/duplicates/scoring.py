"""From two customers to a probability, a confidence level and a match type (model.py)."""

from __future__ import annotations

import math

from salon_desk.services.duplicates import weights
from salon_desk.services.duplicates.model import (
    Model,
    default_model,
    match_type,
    other_levels,
    sigmoid,
    with_names,
)
from salon_desk.services.duplicates.records import Person

HIGH, MEDIUM, LOW = "high", "medium", "low"
_DEFAULT: list[Model] = []


def prior_model() -> Model:
    """The model of the priors, made once."""
    if not _DEFAULT:
        _DEFAULT.append(default_model())
    return _DEFAULT[0]


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


def score_pair(a: Person, b: Person, model: Model | None = None) -> tuple[float, str]:
    """(probability of the same person, match type key)."""
    model = model or prior_model()
    score, levels = model.score(a, b)
    return score, match_type(levels)


def score_if_above(a: Person, b: Person, floor: float, model: Model
                   ) -> tuple[float, str] | None:
    """Like score_pair, but None, cheaply, when the pair cannot reach the log-odds ``floor``
    whatever its names (most pairs a scan looks at)."""
    levels = other_levels(a, b)
    if model.partial_z(levels) + model.name_bound(a, b) < floor:
        return None
    full = with_names(a, b, levels)
    z = model.z(full) + model.tf_bonus(a, b, full)
    if z < floor:
        return None
    return sigmoid(z), match_type(full)
