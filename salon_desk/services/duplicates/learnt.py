"""The model a scan learnt, kept for the check while a customer is being entered.

A scan that learnt its model from the database (model.learn: enough customers and candidate
pairs) stores it in the settings table under ``duplicates.model``: m, u, the u of the fields
that follow another (random_pairs.GIVEN), the prior, the date and how many customers and
candidate pairs it was learnt from. ``load`` gives it back to lookup.find_matches; until a
scan has learnt one, the check scores with the priors (model.default_model). The term
frequencies (a table of every name and street) are not kept: the check scores without them.

It is written with a plain statement, not through settings.set_value: it is what a scan
found, not a setting someone changed, so it needs no permission and leaves no audit row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from salon_desk.models import Setting
from salon_desk.services.duplicates.model import COMPARISONS, Model

KEY = "duplicates.model"
FORMAT = 1  # bumped when the stored shape changes; another shape is not used


def _table(probabilities: dict[str, dict[int, float]]) -> dict[str, dict[str, float]]:
    return {f: {str(level): p for level, p in levels.items()} for f, levels in
            probabilities.items()}


def _levels(table: dict[str, dict[str, float]]) -> dict[str, dict[int, float]]:
    return {f: {int(level): p for level, p in levels.items()} for f, levels in table.items()}


def as_json(model: Model, customers: int, when: dt.date) -> dict:
    return {"format": FORMAT, "learnt_on": when.isoformat(), "customers": customers,
            "pairs": model.learnt_from, "prior": model.prior, "m": _table(model.m),
            "u": _table(model.u), "given": _table(model.given)}


def store(session: Session, model: Model, customers: int, when: dt.date | None = None) -> None:
    """Keep ``model`` (learnt from ``customers`` customers) as this database's model."""
    table = Setting.__table__
    session.execute(delete(table).where(table.c.key == KEY))
    session.execute(insert(table).values(
        key=KEY, value=as_json(model, customers, when or dt.date.today())))


def stored(session: Session) -> dict | None:
    """The stored model as it is kept (with its date), or None."""
    row = session.get(Setting, KEY)
    value = row.value if row is not None else None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        return None
    return value


def load(session: Session) -> Model | None:
    """The model the last scan learnt for this database, or None (then: the priors)."""
    value = stored(session)
    if value is None:
        return None
    m, u = _levels(value["m"]), _levels(value["u"])
    if any(set(m.get(f, ())) != set(levels) or set(u.get(f, ())) != set(levels)
           for f, levels in COMPARISONS.items()):
        return None  # learnt with other comparison levels
    return Model(m, u, value["prior"], learnt_from=value["pairs"],
                 given=_levels(value["given"]))
