"""The duplicate scan over the whole database, and grouping the pairs it finds.

``scan_duplicates(open_session)`` is a generator (for ui.tasks.BackgroundTask): it yields
``(done, total)`` while it reads, normalises, blocks and compares, and returns a ScanResult.
Customers are read with one plain SQL query into column tuples; only candidate pairs from
the blocking keys are compared (see blocking.py); pairs staff dismissed are left out. The
model learnt on the way is kept for the check while a customer is entered (learnt.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from salon_desk.models.store_errors import DatabaseError
from salon_desk.services import jobs
from salon_desk.services.duplicates import learnt, weights
from salon_desk.services.duplicates.blocking import candidate_pairs
from salon_desk.services.duplicates.features import MATCH_ORDER, MATCH_TYPES
from salon_desk.services.duplicates.model import Model, learn
from salon_desk.services.duplicates.records import COLUMNS, Person
from salon_desk.services.duplicates.scoring import (
    HIGH,
    LOW,
    MEDIUM,
    confidence,
    logit,
    score_if_above,
)

LEVEL_ORDER = {HIGH: 0, MEDIUM: 1, LOW: 2}
_READ_SQL = (f"SELECT {', '.join(COLUMNS)} FROM customers "
             "WHERE merged_into_id IS NULL ORDER BY id")


@dataclass(frozen=True)
class ScoredPair:
    first_id: int
    second_id: int
    score: float  # estimated probability of the same person
    match: str  # key of features.MATCH_TYPES

    @property
    def confidence(self) -> str | None:
        return confidence(self.score)


@dataclass
class DuplicateGroup:
    customers: list[int]
    match: str  # key of features.MATCH_TYPES
    confidence: str  # high, medium, low
    score: float  # the weakest link holding the group together
    pairs: list[ScoredPair] = field(default_factory=list)

    @property
    def match_text(self) -> str:
        return MATCH_TYPES[self.match]

    def as_json(self) -> dict:
        return {"customers": self.customers, "match": self.match_text,
                "confidence": self.confidence, "score": round(self.score, 3)}


@dataclass
class ScanResult:
    groups: list[DuplicateGroup]
    customers: int
    compared: int
    seconds: float
    learnt: bool = False  # the model was learnt from this database (not the priors)
    stored: bool = False  # ...and kept for the check while a customer is entered


def read_people(session: Session) -> list[tuple]:
    return list(session.connection().exec_driver_sql(_READ_SQL))


def read_dismissed(session: Session) -> set[tuple[int, int]]:
    rows = session.execute(text("SELECT first_id, second_id FROM dismissed_pairs"))
    return {(a, b) for a, b in rows}


def find_pairs(
    people: list[Person], dismissed: set[tuple[int, int]] | None = None,
    min_score: float | None = None, stats: dict | None = None, model: Model | None = None,
) -> Generator[tuple[int, int], None, list[ScoredPair]]:
    """Learn the model of these people (unless given one) and score every candidate pair;
    yields progress as (steps done, steps) and returns the pairs scoring at least
    ``min_score`` (the low threshold by default), best first."""
    floor = weights.THRESHOLD_LOW if min_score is None else min_score
    floor_z = logit(floor) if floor > 0 else float("-inf")
    dismissed = dismissed or set()
    state = [0, 1]
    candidates: list[tuple[int, int]] = []
    for pair in candidate_pairs(people, state):
        if pair is None:
            yield state[0], 2 * state[1]
            continue
        candidates.append(pair)
    blocks = state[1]
    if model is None:
        learning = learn(people, candidates)
        try:
            while True:
                next(learning)
                yield blocks, 2 * blocks
        except StopIteration as learnt:
            model = learnt.value
    if stats is not None:
        stats["compared"] = len(candidates)
        stats["model"] = model
    yield blocks + blocks // 5, 2 * blocks
    found: list[ScoredPair] = []
    step = max(1, len(candidates) // 20)
    for k, (i, j) in enumerate(candidates):
        if k % step == 0:
            yield blocks + blocks // 5 + int(0.8 * blocks * k / len(candidates)), 2 * blocks
        a, b = people[i], people[j]
        scored = score_if_above(a, b, floor_z, model)
        if scored is None:
            continue
        score, match = scored
        if score >= floor:
            lo, hi = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if (lo, hi) not in dismissed:
                found.append(ScoredPair(lo, hi, score, match))
    found.sort(key=lambda p: (-p.score, p.first_id, p.second_id))
    return found


def group_pairs(
    pairs: Iterable[ScoredPair], dismissed: set[tuple[int, int]] | None = None
) -> list[DuplicateGroup]:
    """Groups from pairs: union-find over the high and medium pairs (strongest first, never
    joining two records staff said are different people); each low pair not already inside
    a group stays a group of its own."""
    dismissed = dismissed or set()
    pairs = sorted(pairs, key=lambda p: (-p.score, p.first_id, p.second_id))
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    edges: dict[int, list[ScoredPair]] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    lows: list[ScoredPair] = []
    for p in pairs:
        if p.score < weights.THRESHOLD_MEDIUM:
            lows.append(p)
            continue
        ra, rb = root(p.first_id), root(p.second_id)
        if ra == rb:
            edges[ra].append(p)
            continue
        ma, mb = members.get(ra, [ra]), members.get(rb, [rb])
        if any((min(x, y), max(x, y)) in dismissed for x in ma for y in mb):
            continue
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        parent[rb] = ra
        members[ra] = ma + mb
        members.pop(rb, None)
        edges[ra] = edges.pop(ra, []) + edges.pop(rb, []) + [p]
    groups: list[DuplicateGroup] = []
    for r, ids in members.items():
        links = edges[r]
        spanning = _spanning_scores(ids, links)
        best = min(links, key=lambda p: (-p.score, MATCH_ORDER[p.match]))
        score = min(spanning)
        groups.append(DuplicateGroup(sorted(ids), best.match, confidence(score) or LOW, score,
                                     sorted(links, key=lambda p: -p.score)))
    for p in lows:
        if root(p.first_id) == root(p.second_id):
            continue
        groups.append(DuplicateGroup([p.first_id, p.second_id], p.match, LOW, p.score, [p]))
    groups.sort(key=lambda g: (LEVEL_ORDER[g.confidence], -g.score, g.customers))
    return groups


def _spanning_scores(ids: list[int], links: list[ScoredPair]) -> list[float]:
    """Scores of a maximum spanning tree of the group (Kruskal on its own pairs)."""
    parent = {i: i for i in ids}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    used = []
    for p in sorted(links, key=lambda p: -p.score):
        ra, rb = root(p.first_id), root(p.second_id)
        if ra != rb:
            parent[rb] = ra
            used.append(p.score)
    return used or [0.0]


def scan_duplicates(
    open_session: Callable[[], Session],
    write: Callable[[], AbstractContextManager[Session]] | None = None,
) -> Generator[tuple[int, int], None, ScanResult]:
    """The whole scan, for BackgroundTask: yields (done, total) out of 100 and returns the
    groups, strongest first. With ``write`` (Database.transaction), a model learnt from
    the database is stored for the check while a customer is entered (learnt.py), once the
    scan is done: a scan cancelled on the way writes nothing."""
    start = time.perf_counter()
    yield 0, 100
    with open_session() as session:
        rows = read_people(session)
        dismissed = read_dismissed(session)
    yield 3, 100
    people: list[Person] = []
    n = len(rows)
    for k in range(0, n, 4000):
        people.extend(Person(row) for row in rows[k:k + 4000])
        yield 3 + int(27 * min(k + 4000, n) / max(n, 1)), 100
    del rows
    stats: dict = {}
    finder = find_pairs(people, dismissed, stats=stats)
    try:
        while True:
            done, total = next(finder)
            yield 30 + int(65 * done / max(total, 1)), 100
    except StopIteration as finished:
        pairs = finished.value
    groups = group_pairs(pairs, dismissed)
    model = stats["model"]
    result = ScanResult(groups, len(people), stats.get("compared", 0), 0.0,
                        learnt=model.learnt_from > 0)
    if write is not None and result.learnt:
        yield 99, 100
        result.stored = _store(write, model, len(people))
    yield 100, 100
    result.seconds = time.perf_counter() - start
    return result


def _store(write: Callable[[], AbstractContextManager[Session]], model: Model,
           customers: int) -> bool:
    """Keeps the model; False when the database cannot be written now (another program
    holds it, a read-only file): the check keeps the model it had."""
    try:
        with write() as session:
            learnt.store(session, model, customers)
    except DatabaseError:
        return False
    return True


def run_scan(open_session: Callable[[], Session],
             write: Callable[[], AbstractContextManager[Session]] | None = None) -> ScanResult:
    """The scan without progress reports (command line, tests)."""
    return jobs.run(scan_duplicates(open_session, write))
