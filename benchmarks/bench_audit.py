"""What the audit trail costs: a customer save with and without the audit hook, on a trail of
``--rows`` rows, and the global audit view's queries on that trail.

    .venv/bin/python benchmarks/bench_audit.py [--rows 100000] [--saves 60] [--db FILE]

Without ``--db`` it builds a salon (the demo's set-up, ``--customers`` customers saved through
the app's own ``create_customer``), then grows the trail to ``--rows`` rows with the rows real
saves write (each a customer's changed fields, values before and after, chained), spread over
those customers and a few staff members. With ``--db`` it runs on a copy of that file as it is.

A save is ``update_customer`` changing the surname, in its own write transaction (BEGIN
IMMEDIATE, commit with synchronous=FULL), as the customer form saves. The hook is taken off and
put back between rounds so that both kinds of save see the same disk and the same cache; the
figures are medians. Targets: a save costs less than 5 ms more with the audit; a page of the
global view (200 rows, with or without a filter), its count and its filter choices each under
100 ms on 100,000 rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from salon_desk.models import Customer
from salon_desk.models.audit import AuditEntry
from salon_desk.models.db import Database
from salon_desk.services import audit
from salon_desk.services.customers.records import CustomerData, create_customer, update_customer
from salon_desk.services.demo.salon import setup_salon

SAVE_EXTRA_MS = 5.0
QUERY_MS = 100.0
_WHO = ["owner", "Laura", "Sara", "Marta", "Iria"]
_FIELDS = ["last_name", "mobile", "email", "notes", "allergies", "city", "category_id"]


def build(db: Database, customers: int, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with db.transaction() as session:
        setup_salon(session)
    with db.transaction() as session:
        ids = [create_customer(session, CustomerData(first_name=f"Name{i}",
                                                     last_name=f"Surname{i}")).id
               for i in range(customers)]
    with db.session() as session:
        have = session.scalar(select(func.count()).select_from(AuditEntry))
    batch = 5000
    while have < rows:
        changes = []
        for _ in range(min(batch, rows - have)):
            cid = rng.choice(ids)
            fields = rng.sample(_FIELDS, rng.randint(1, 3))
            values = {f: [f"old {f} {rng.randint(0, 999)}", f"new {f} {rng.randint(0, 999)}"]
                      for f in fields}
            changes.append(audit.Change(
                audit.UPDATE, "customers", cid, cid, ",".join(fields), changes=values,
                at=dt.datetime.now(dt.UTC), by=(None, rng.choice(_WHO))))
        with db.transaction() as session:
            audit.write(session.connection(), changes)
        have += len(changes)


def _save_ms(db: Database, cid: int, n: int) -> float:
    start = time.perf_counter()
    with db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Ana", last_name=f"Pazos {n}"))
    return (time.perf_counter() - start) * 1000


def time_saves(db: Database, saves: int) -> tuple[list[float], list[float]]:
    with db.transaction() as session:
        cid = create_customer(session, CustomerData(first_name="Ana", last_name="Pazos")).id
    with_audit, without = [], []
    for n in range(6):  # warm up both paths
        _save_ms(db, cid, n)
    for n in range(saves):
        on = n % 2 == 0
        if not on:
            event.remove(Session, "after_flush", audit._after_flush)
        try:
            (with_audit if on else without).append(_save_ms(db, cid, 100 + n))
        finally:
            if not on:
                event.listen(Session, "after_flush", audit._after_flush)
    return with_audit, without


def _query_ms(db: Database, work) -> float:
    times = []
    for _ in range(5):
        with db.session() as session:
            start = time.perf_counter()
            work(session)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def time_view(db: Database) -> dict[str, float]:
    with db.session() as session:
        cid = session.scalar(select(Customer.id).order_by(Customer.id).limit(1))
        deep = session.scalar(select(func.max(AuditEntry.id))) // 2
    rare = audit.Filter(who="Iria", action="update")
    today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return {
        "first page, no filter": _query_ms(db, lambda s: audit.search(s, audit.Filter(),
                                                                      limit=200)),
        "page half-way down": _query_ms(db, lambda s: audit.search(s, audit.Filter(),
                                                                   below=deep, limit=200)),
        "first page, who + action": _query_ms(db, lambda s: audit.search(s, rare, limit=200)),
        "first page, one customer": _query_ms(db, lambda s: audit.search(
            s, audit.Filter(customer_id=cid), limit=200)),
        "first page, since today": _query_ms(db, lambda s: audit.search(
            s, audit.Filter(since=today), limit=200)),
        "count, no filter": _query_ms(db, lambda s: audit.count(s, audit.Filter())),
        "count, who + action": _query_ms(db, lambda s: audit.count(s, rare)),
        "filter choices": _query_ms(db, audit.choices),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--db", type=Path, help="run on a copy of this database")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        if args.db:
            shutil.copyfile(args.db, path)
        db = Database(path)
        try:
            if not args.db:
                start = time.perf_counter()
                build(db, args.customers, args.rows)
                print(f"built {args.customers:,} customers and the trail in "
                      f"{time.perf_counter() - start:.0f} s")
            return report(db, args.saves)
        finally:
            db.dispose()


def report(db: Database, saves: int) -> int:
    with db.session() as session:
        rows = session.scalar(select(func.count()).select_from(AuditEntry))
    with_audit, without = time_saves(db, saves)
    on, off = statistics.median(with_audit), statistics.median(without)
    print(f"audit trail: {rows:,} rows")
    print(f"customer save, median of {len(without)}: {off:.2f} ms without the audit, "
          f"{on:.2f} ms with it: {on - off:+.2f} ms (target < {SAVE_EXTRA_MS:.0f} ms more)")
    ok = on - off < SAVE_EXTRA_MS
    for name, ms in time_view(db).items():
        print(f"global view, {name}: {ms:.1f} ms (target < {QUERY_MS:.0f} ms)")
        ok = ok and ms < QUERY_MS
    start = time.perf_counter()
    with db.session() as session:
        broken = audit.verify(session)
    print(f"verify the whole chain: {time.perf_counter() - start:.1f} s "
          f"({'holds' if broken is None else f'broken at row {broken}'}; off the UI thread)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
