"""Search and list figures for a 100,000-customer salon.

    .venv/bin/python benchmarks/bench_search.py [--customers 100000] [--db PATH]

Prints: time to create the demo database; search latency (median, p95) over a few hundred
realistic queries through the service the customer list uses (ids in list order + the first
page of rows); time to show the first page of the list (the Qt item model, offscreen).
Targets: search median < 5 ms, p95 < 20 ms; first page < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from salon_desk.models import Customer
from salon_desk.models.db import Database
from salon_desk.services.demo.salon import build_demo
from salon_desk.services.jobs import run
from salon_desk.services.search.lookup import CustomerFilter, fetch_rows, search_ids

PAGE = 50


def realistic_queries(db: Database, n: int, seed: int = 3) -> list[str]:
    """What a receptionist types: name fragments, surnames, phone pieces, emails, IDs."""
    rng = random.Random(seed)
    with db.session() as session:
        sample = session.execute(
            select(Customer.id, Customer.first_name, Customer.last_name, Customer.email,
                   Customer.mobile).where(Customer.id % 97 == 0)).all()
    queries = []
    for _ in range(n):
        cid, first, last, email, mobile = rng.choice(sample)
        kind = rng.random()
        if kind < 0.25:
            queries.append(last.split()[0][: rng.randint(3, 8)])
        elif kind < 0.40:
            queries.append(f"{first[: rng.randint(2, 6)]} {last[:3]}")
        elif kind < 0.50:
            queries.append(first[:1] if rng.random() < 0.5 else first[:2])
        elif kind < 0.70 and mobile:
            digits = mobile[-9:]
            start = rng.randint(0, 4)
            frag = digits[start: start + rng.randint(4, 7)]
            queries.append(" ".join([frag[:3], frag[3:]]) if rng.random() < 0.5 else frag)
        elif kind < 0.85 and email:
            queries.append(email.split("@")[0][: rng.randint(4, 10)])
        elif kind < 0.92:
            queries.append(str(cid))
        else:
            queries.append(last.lower()[: rng.randint(3, 6)])
    return queries


def bench_search(db: Database, queries: list[str]) -> list[float]:
    times = []
    with db.session() as session:
        search_ids(session, CustomerFilter(text="warm"))  # warm the cache
        for q in queries:
            t0 = time.perf_counter()
            ids = search_ids(session, CustomerFilter(text=q))
            fetch_rows(session, ids[:PAGE])
            times.append((time.perf_counter() - t0) * 1000)
    return times


def bench_first_page(db: Database, repeats: int = 7) -> tuple[float, float]:
    """Median ms for the list model to answer its first page (count + first rows, all
    columns), as the Customers page does on opening: (sorted by name, sorted by last visit)."""
    from PySide6.QtWidgets import QApplication

    from salon_desk.ui.customer_list_model import CustomerListModel

    QApplication.instance() or QApplication([])
    results = []
    for sort_column in (None, "last_visit"):
        times = []
        for _ in range(repeats):
            model = CustomerListModel(db)
            t0 = time.perf_counter()
            if sort_column:
                model.sort_key = sort_column
            model.set_filter(CustomerFilter())
            for row in range(min(30, model.rowCount())):
                for col in range(model.columnCount()):
                    model.data(model.index(row, col))
            times.append((time.perf_counter() - t0) * 1000)
        results.append(statistics.median(times))
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse this demo database instead of building")
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    if args.db and args.db.exists():
        db = Database(args.db)
        print(f"database: {args.db} (reused)")
    else:
        path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
        db = Database(path)
        t0 = time.perf_counter()
        with db.transaction() as session:
            run(build_demo(session, customers=args.customers))
        print(f"create demo database ({args.customers:,} customers): "
              f"{time.perf_counter() - t0:.1f} s")
    queries = realistic_queries(db, args.queries)
    times = bench_search(db, queries)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"search ({len(times)} queries, ids + first {PAGE} rows): "
          f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.1f} ms "
          f"(targets: median < 5 ms, p95 < 20 ms)")
    by_name, by_visit = bench_first_page(db)
    print(f"first page of the list (count + first 30 rows, all columns): {by_name:.1f} ms "
          f"sorted by name, {by_visit:.1f} ms sorted by last visit (target < 200 ms)")

if __name__ == "__main__":
    main()
