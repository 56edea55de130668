"""At-risk / lapsed filter figures for a 100,000-customer salon.

    .venv/bin/python benchmarks/bench_at_risk.py [--customers 100000] [--visits 12]

Builds a database of customers (Core bulk insert, no search index: it plays no part here) with
about ``--visits`` completed appointments each on average, a sale for half of them, and a few
future bookings; then times ``insights.at_risk_ids`` for each kind and ``statuses_for`` for one
page of 50 rows (what the list shows). Target: the filter under 2 s on 100,000 customers, a
page of marks under 20 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from salon_desk.models import Appointment, Customer, Sale
from salon_desk.models.db import Database
from salon_desk.services.care.insights import at_risk_ids, statuses_for


def build(db: Database, customers: int, visits: int, seed: int = 5) -> tuple[int, int]:
    rng = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC)
    with db.transaction() as session:
        conn = session.connection()
        rows = [{"first_name": f"C{i}", "last_name": "Bench", "sort_name": f"bench c{i}",
                 "created_at": now, "updated_at": now} for i in range(customers)]
        for start in range(0, customers, 10000):
            conn.execute(insert(Customer.__table__), rows[start:start + 10000])
        appts, sales = [], []
        n_appts = 0
        for cid in range(1, customers + 1):
            gap = rng.choice([14, 21, 28, 35, 42, 60, 90, 120])
            count = max(0, int(rng.expovariate(1 / visits)))
            last = today - dt.timedelta(days=int(rng.expovariate(1 / 90)))
            for k in range(count):
                day = last - dt.timedelta(days=gap * k + rng.randint(-3, 3))
                appts.append({"customer_id": cid, "starts_at": dt.datetime.combine(
                    day, dt.time(10 + k % 8)), "status": "completed", "duration_minutes": 60,
                    "price_cents": 4000, "notes": "", "created_at": now, "updated_at": now})
                if k % 2 == 0:
                    sales.append({"ticket_number": f"B{cid}-{k}", "customer_id": cid,
                                  "sold_at": dt.datetime.combine(day, dt.time(12)),
                                  "total_cents": 4000, "paid_cents": 4000, "comments": "",
                                  "points_earned": 0, "cancelled": False, "created_at": now,
                                  "updated_at": now})
            if rng.random() < 0.05:
                appts.append({"customer_id": cid, "status": "confirmed",
                              "starts_at": now + dt.timedelta(days=rng.randint(1, 30)),
                              "duration_minutes": 60, "price_cents": 4000, "notes": "",
                              "created_at": now, "updated_at": now})
            if len(appts) > 50000:
                n_appts += len(appts)
                conn.execute(insert(Appointment.__table__), appts)
                conn.execute(insert(Sale.__table__), sales)
                appts, sales = [], []
        n_appts += len(appts)
        if appts:
            conn.execute(insert(Appointment.__table__), appts)
        if sales:
            conn.execute(insert(Sale.__table__), sales)
    return customers, n_appts


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite")
        start = time.perf_counter()
        n_customers, n_appts = build(db, args.customers, args.visits)
        print(f"built {n_customers:,} customers, {n_appts:,} appointments "
              f"in {time.perf_counter() - start:.1f} s")
        with db.session() as session:
            for kind in ("at_risk", "lapsed", "at_risk_or_lapsed"):
                seconds, ids = timed(lambda k=kind: at_risk_ids(session, k))
                print(f"at_risk_ids({kind!r}): {len(ids):,} customers in {seconds * 1000:.0f} ms")
            page = list(range(1, 51))
            seconds, marks = timed(lambda: statuses_for(session, page), repeat=20)
            print(f"statuses_for(50 ids): {seconds * 1000:.1f} ms ({len(marks)} with visits)")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
