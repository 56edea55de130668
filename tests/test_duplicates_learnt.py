"""u from random pairs, and the model a scan learns kept for the check while a customer is
entered: stored with its date when the scan ends, never by a scan cancelled on the way,
used by the check instead of the priors."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from duplicates_eval import generate, load_fixture, rows
from sqlalchemy import func, select
from test_duplicates_scan import _load

from salon_desk.models.audit import AuditEntry
from salon_desk.services.customers.records import CustomerData, possible_duplicates
from salon_desk.services.duplicates import learnt
from salon_desk.services.duplicates.blocking import candidate_pairs
from salon_desk.services.duplicates.features import HOUSE, SAME
from salon_desk.services.duplicates.model import Model, comparison, learn, other_levels
from salon_desk.services.duplicates.records import Person
from salon_desk.services.duplicates.scan import run_scan, scan_duplicates

pytestmark = pytest.mark.any_engine

LEARNING = 62  # the scan's progress while it learns (blocking done, scoring not begun)


def _drain(gen):
    while True:
        try:
            next(gen)
        except StopIteration as done:
            return done.value


def _without_contacts(people: int, seed: int) -> list[Person]:
    records = generate(people, seed)
    for rec in records:
        rec["email"] = rec["mobile"] = rec["phone"] = None
    return [Person(r) for r in rows(records)]


@pytest.fixture(scope="module")
def old_export():
    """An old system's export (no phone, no email) and the model learnt from it."""
    people = _without_contacts(500, 77)
    pairs = [p for p in candidate_pairs(people) if p is not None]
    return people, pairs, _drain(learn(people, pairs))


def test_u_comes_from_random_pairs_not_from_the_candidates(old_export):
    """Candidate pairs often share a surname (the blocking asks for it), random pairs
    hardly ever: u of "same surname" is the share of random pairs, so agreeing on the
    surname weighs as much as it says about two customers taken at random."""
    people, pairs, model = old_export
    last = 1
    among_candidates = sum(comparison(people[i], people[j])[last] == SAME
                           for i, j in pairs) / len(pairs)
    rng = random.Random(5)
    sample = [rng.sample(range(len(people)), 2) for _ in range(20000)]
    among_random = sum(comparison(people[i], people[j])[last] == SAME
                       for i, j in sample) / len(sample)
    assert among_candidates > 0.3
    assert among_random < 0.02
    assert abs(model.u["last"][SAME] - among_random) < 0.5 * among_random + 0.002
    # Seeded: the same database gives the same model.
    again = _drain(learn(people, pairs))
    assert again.u == model.u and again.given == model.given and again.prior == model.prior


def _learning_steps(gen) -> int:
    """Advances the scan into its learning and returns how many steps it took."""
    seen = steps = 0
    while seen < 5:
        done, _total = next(gen)
        steps += 1
        seen += done == LEARNING
    return steps


def test_a_scan_cancelled_while_learning_writes_nothing(db):
    _load(db, load_fixture()[:700])
    gen = scan_duplicates(db.session, db.transaction)
    assert _learning_steps(gen) > 5
    gen.close()
    with db.session() as session:
        assert learnt.stored(session) is None
    # The same scan left to finish does keep its model.
    assert run_scan(db.session, db.transaction).stored
    with db.session() as session:
        assert learnt.stored(session) is not None


def test_a_scan_keeps_the_model_it_learnt_with_its_date(db):
    _load(db, load_fixture()[:700])
    with db.session() as session:
        audit_rows = session.scalar(select(func.count()).select_from(AuditEntry))
    result = run_scan(db.session, db.transaction)
    assert result.learnt and result.stored
    with db.session() as session:
        kept = learnt.stored(session)
        model = learnt.load(session)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_rows
    assert kept["learnt_on"] == dt.date.today().isoformat()
    assert kept["customers"] == 700 and kept["pairs"] > 200
    assert model is not None and model.learnt_from == kept["pairs"]
    assert 0.0 < model.prior < 0.01  # the chance that two random customers are one person
    # A scan without a way to write (the priors' case aside) leaves the stored one as it is.
    assert not run_scan(db.session).stored


def test_the_entry_check_uses_the_model_the_database_learnt(salon_db, make_customer, old_export):
    """An "Ana Ruiz" of the same postcode and town, nothing else known: the priors (a salon
    where relatives and namesakes live in one town) do not warn; the model learnt from a
    database where two people rarely share a full name and a postcode does."""
    existing = make_customer(first_name="Ana", last_name="Ruiz", postcode="28001",
                             city="Madrid")
    entered = CustomerData(first_name="Ana", last_name="Ruiz", postcode="28001", city="Madrid")
    with salon_db.session() as session:
        assert learnt.load(session) is None
        assert possible_duplicates(session, entered) == []
    people, _pairs, model = old_export
    with salon_db.transaction() as session:
        learnt.store(session, model, len(people))
    with salon_db.session() as session:
        kept = learnt.load(session)
        assert (kept.m, kept.u, kept.given, kept.prior) == (
            model.m, model.u, model.given, model.prior)
        assert possible_duplicates(session, entered) == [(existing, "similar name")]


def test_the_cheap_bound_never_drops_a_pair_that_would_score(old_export):
    """The scan drops a candidate when what its other fields and (at most) its names can add
    stays below the lowest level shown: with u given the surname, that bound must still be
    at least the full score of every pair, or pairs would be lost unseen."""
    people, pairs, learnt_here = old_export
    # And as a database without families would learn it (FEBRL): people of one surname
    # hardly ever share an address or a birth date, so sharing one weighs for.
    given = {f: dict(row) for f, row in learnt_here.given.items()}
    for f in ("street", "birth"):
        given[f][HOUSE] = given[f][SAME] = 1e-6
    without_families = Model(learnt_here.m, learnt_here.u, learnt_here.prior, given=given)
    without_families.tf = learnt_here.tf
    for model in (learnt_here, without_families):
        assert model.follows  # the u given the surname and the postcode are in play
        for i, j in pairs:
            a, b = people[i], people[j]
            levels = comparison(a, b)
            bound = model.partial_z(other_levels(a, b)) + model.name_bound(a, b)
            assert model.z(levels) + model.tf_bonus(a, b, levels) <= bound + 1e-9, (a, b)
