"""How well and how fast the duplicate finder works.

    .venv/bin/python benchmarks/bench_duplicates.py [--people 10000] [--customers 100000]
                                                    [--inject 3000] [--db PATH]

1. Precision and recall on the labelled evaluation set kept in the tests
   (tests/data/duplicates_eval.json), on a bigger fresh set (another seed), and on that set
   with every phone and email removed: for the pairs scored high, medium (the precision of
   each is what the level promises: high at least 98 % right, medium at least 85 %), high
   and medium together, and for the groups the scan shows.
   Targets (high + medium): precision > 0.98, recall > 0.95.
2. The whole scan of a demo salon of 100,000 customers (made once with the demo builder)
   into which a few thousand realistic duplicates of existing customers are written:
   the time it takes (target < 30 s) and how many of the written duplicates it finds.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import duplicates_eval

from salon_desk.services.duplicates import weights
from salon_desk.services.duplicates.records import Person
from salon_desk.services.duplicates.scan import find_pairs, group_pairs, run_scan


def _drain(gen):
    while True:
        try:
            next(gen)
        except StopIteration as done:
            return done.value


def evaluate(records: list[dict]) -> dict[str, tuple[int, float, float]]:
    """{level: (pairs, precision, recall)} for the pairs and for the groups."""
    truth = duplicates_eval.true_pairs(records)
    people = [Person(row) for row in duplicates_eval.rows(records)]
    every = _drain(find_pairs(people, min_score=0.0))
    pairs = [p for p in every if p.score >= weights.THRESHOLD_LOW]
    high, medium = weights.THRESHOLD_HIGH, weights.THRESHOLD_MEDIUM

    def figures(found: set[tuple[int, int]]) -> tuple[int, float, float]:
        right = len(found & truth)
        return len(found), right / max(len(found), 1), right / max(len(truth), 1)

    out = {
        "high": figures({(p.first_id, p.second_id) for p in pairs if p.score >= high}),
        "medium": figures({(p.first_id, p.second_id) for p in pairs
                           if medium <= p.score < high}),
        "high+medium": figures({(p.first_id, p.second_id) for p in pairs
                                if p.score >= medium}),
    }
    grouped = set()
    for group in group_pairs(pairs):
        if group.confidence != "low":
            grouped.update(itertools.combinations(sorted(group.customers), 2))
    out["groups (high+medium)"] = figures(grouped)
    out["_truth"] = (len(truth), 0.0, 0.0)
    # Calibration: in each score band, the mean score against the share really the same.
    bands: dict[int, list[float]] = {}
    for p in every:
        band = bands.setdefault(min(int(p.score * 10), 9), [0, 0, 0.0])
        band[0] += (p.first_id, p.second_id) in truth
        band[1] += 1
        band[2] += p.score
    out["_bands"] = bands
    return out


def print_figures(title: str, records: list[dict]) -> None:
    start = time.perf_counter()
    figures = evaluate(records)
    truth = figures.pop("_truth")[0]
    bands = figures.pop("_bands")
    print(f"\n{title}: {len(records):,} records, {truth:,} duplicate pairs "
          f"({time.perf_counter() - start:.1f} s)")
    print(f"  {'level':<22}{'pairs':>7}{'precision':>11}{'recall':>9}")
    for level, (n, precision, recall) in figures.items():
        print(f"  {level:<22}{n:>7,}{precision:>11.4f}{recall:>9.4f}")
    print(f"  thresholds: high >= {weights.THRESHOLD_HIGH}, medium >= "
          f"{weights.THRESHOLD_MEDIUM} (promised: high >= 98 % right, medium >= 85 %)")
    print("  calibration: score band, pairs compared, mean score, share really the same")
    for k in sorted(bands):
        same, n, total = bands[k]
        print(f"    {k / 10:.1f}-{(k + 1) / 10:.1f} {n:>9,} {total / n:>8.3f} {same / n:>8.3f}")


def build_demo_db(path: Path, customers: int) -> None:
    from salon_desk.models.db import Database
    from salon_desk.services.demo.salon import build_demo
    from salon_desk.services.jobs import run

    db = Database(path)
    with db.transaction() as session:
        run(build_demo(session, customers=customers, seed=7))
    db.dispose()


def inject_duplicates(path: Path, count: int, seed: int = 5) -> set[tuple[int, int]]:
    """Write ``count`` corrupted copies of random customers; returns the (original, copy)
    id pairs."""
    from sqlalchemy import insert, select

    from salon_desk.models import Customer
    from salon_desk.models.db import Database
    from salon_desk.models.search_index import sort_name, write_index

    db = Database(path)
    gen = duplicates_eval.Generator(seed)
    rng = random.Random(seed)
    fields = duplicates_eval.FIELDS
    table = Customer.__table__
    pairs = set()
    with db.transaction() as session:
        ids = list(session.scalars(select(Customer.id).where(Customer.merged_into_id.is_(None))))
        chosen = sorted(rng.sample(ids, count))
        originals = session.execute(
            select(table.c.id, table.c.country, *(table.c[f] for f in fields))
            .where(table.c.id.in_(chosen))).mappings().all()
        for row in originals:
            base = dict(row)
            base["country"] = base["country"] if base["country"] in gen.pools else "ES"
            rec, _changes = gen.duplicate(base)
            values = {f: rec[f] for f in fields}
            values["first_name"] = values["first_name"] or ""
            values["last_name"] = values["last_name"] or ""
            values["sort_name"] = sort_name(values["first_name"], values["last_name"])
            values["country"] = row["country"]
            new_id = session.execute(insert(table).values(**values)).inserted_primary_key[0]
            pairs.add((row["id"], new_id))
        conn = session.connection()
        new_ids = [b for _a, b in pairs]
        write_index(conn, list(conn.execute(select(table).where(table.c.id.in_(new_ids)))))
    db.dispose()
    return pairs


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_scan(db_path: Path, injected: set[tuple[int, int]]) -> None:
    from salon_desk.models.db import Database

    db = Database(db_path)
    before = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    result = run_scan(db.session, db.transaction)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = _peak_rss_mb()
    grouped: dict[str, set[tuple[int, int]]] = {"high": set(), "medium": set(), "low": set()}
    for group in result.groups:
        grouped[group.confidence].update(itertools.combinations(sorted(group.customers), 2))
    strong = grouped["high"] | grouped["medium"]
    found = len(injected & strong)
    print(f"\nScan of {result.customers:,} customers: {seconds:.1f} s ({cpu:.1f} s CPU; "
          f"{result.compared:,} pairs looked at), {len(result.groups):,} groups")
    for level in ("high", "medium", "low"):
        count = sum(1 for g in result.groups if g.confidence == level)
        print(f"  {level:<7} {count:>6,} groups")
    print(f"  written duplicates found high+medium: {found:,}/{len(injected):,} "
          f"= {found / max(len(injected), 1):.4f} (low: "
          f"{len(injected & grouped['low']):,})")
    other = len(strong - injected)
    print(f"  other high+medium pairs (the demo's own look-alikes): {other:,}")
    print(f"  memory: {before:,.0f} MB before the scan, peak {peak:,.0f} MB "
          f"(resident set of the process)")
    print(f"  target < 30 s: {'met' if seconds < 30 else 'NOT met'}")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10000, help="size of the fresh set")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--customers", type=int, default=100000)
    parser.add_argument("--inject", type=int, default=3000)
    parser.add_argument("--db", type=Path,
                        help="a demo database to copy (made with `salon-desk demo`) instead of "
                        "building one")
    parser.add_argument("--skip-scan", action="store_true")
    args = parser.parse_args()
    print_figures("Evaluation set kept in the tests", duplicates_eval.load_fixture())
    fresh = duplicates_eval.generate(args.people, args.seed)
    print_figures(f"Fresh set (seed {args.seed})", fresh)
    for rec in fresh:
        rec["email"] = rec["mobile"] = rec["phone"] = None
    print_figures("The same without phones and emails (an old system's export)", fresh)
    if args.skip_scan:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        if args.db:
            shutil.copy(args.db, path)
        else:
            start = time.perf_counter()
            build_demo_db(path, args.customers)
            print(f"\n(demo salon of {args.customers:,} built in "
                  f"{time.perf_counter() - start:.0f} s)")
        injected = inject_duplicates(path, args.inject)
        bench_scan(path, injected)


if __name__ == "__main__":
    main()
