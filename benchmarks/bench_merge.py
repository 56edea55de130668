"""Merging many records into one: the time it takes and the texts it folds.

    .venv/bin/python benchmarks/bench_merge.py [--records 3000] [--seed 7]

Builds a demo salon of ``--records`` customers with their demo history (appointments, sales,
points, notes...) and merges all of them into the first one, as one merge: the proposal (the
value preselected for every field, the combined notes) and then the merge itself (everything
attached moved, the others made tombstones). The customers are the demo builder's, not data
made for the merge. Prints the time of each step and how many texts were folded (case and
accents removed) to choose the fields: that count grew with the square of the records (before
the fix, this script measured 73 million folds and 1,139 s for these 3,000 records, on a busy
2-core machine); the target is a few per record and field, and under 15 s in all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from salon_desk.models import Appointment, Customer, Sale
from salon_desk.models.db import Database
from salon_desk.services.merging import fields as merge_fields
from salon_desk.services.demo.salon import build_demo
from salon_desk.services.jobs import run
from salon_desk.services.merging.merge import merge_customers, propose


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    db = Database(folder / "merge.sqlite")
    start = time.perf_counter()
    with db.transaction() as session:
        run(build_demo(session, customers=args.records, seed=args.seed))
    print(f"Demo salon of {args.records:,} customers built in "
          f"{time.perf_counter() - start:.1f} s")
    with db.session() as session:
        ids = list(session.scalars(select(Customer.id).where(
            Customer.merged_into_id.is_(None)).order_by(Customer.id)))
        history = (session.scalar(select(func.count()).select_from(Appointment)) or 0,
                   session.scalar(select(func.count()).select_from(Sale)) or 0)
    print(f"Merging {len(ids):,} records ({history[0]:,} appointments, {history[1]:,} sales) "
          f"into #{ids[0]}")

    folds = 0
    real_fold = merge_fields.fold

    def counting(text: str) -> str:
        nonlocal folds
        folds += 1
        return real_fold(text)

    merge_fields.fold = counting
    try:
        start = time.perf_counter()
        with db.session() as session:
            proposal = propose(session, ids[0], ids[1:])
        proposed = time.perf_counter() - start
        proposal_folds = folds
        start = time.perf_counter()
        with db.transaction() as session:
            merge_customers(session, ids[0], ids[1:], by="benchmark")
        merged = time.perf_counter() - start
    finally:
        merge_fields.fold = real_fold
    fields = len(proposal.fields)
    print(f"Proposal (fields chosen, notes combined): {proposed:.2f} s, "
          f"{proposal_folds:,} texts folded ({proposal_folds / len(ids) / fields:.2f} per "
          f"record and field)")
    print(f"Merge (proposal again, history moved, tombstones): {merged:.2f} s")
    print(f"Total {proposed + merged:.1f} s (target < 15 s for 3,000 records)")
    db.dispose()


if __name__ == "__main__":
    main()
