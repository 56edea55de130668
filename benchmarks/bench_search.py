"""Search and list figures for a 100,000-customer salon.

    .venv/bin/python benchmarks/bench_search.py [--customers 100000] [--db PATH]
    .venv/bin/python benchmarks/bench_search.py --db postgresql://user@host/salon --from PATH

Prints: time to create the demo database; search latency (median, p95) over a few hundred
realistic queries through the service the customer list uses (ids in list order + the first
page of rows), and through the search box's (matches, close matches, first 50 rows); time to
show the first page of the list (the Qt item model, offscreen).
Targets: search median < 5 ms, p95 < 20 ms; first page < 200 ms; `salon-desk search TEXT` as a
whole process (an exact text, and a typo listing close matches) < 0.5 s on a file, < 1 s on a
salon server.

On a salon server (``--db postgresql://...``, an empty database), ``--from`` names a SQLite
demo database whose customers are copied to the server and indexed there, so that both engines
are measured on the same customers with the same queries; the script then also checks that
every query finds the same first 50 customers on both.
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
from salon_desk.models.opening import server_url
from salon_desk.models.search_index import mark_index_format, rebuild_index
from salon_desk.services.demo.salon import build_demo
from salon_desk.services.jobs import run
from salon_desk.services.search.lookup import CustomerFilter, fetch_rows, search, search_ids

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


def bench_search_box(db: Database, queries: list[str]) -> list[float]:
    """What the search box and `salon-desk search` run: matches, close matches, 50 rows."""
    times = []
    with db.session() as session:
        search(session, "warm")
        for q in queries:
            t0 = time.perf_counter()
            search(session, q)
            times.append((time.perf_counter() - t0) * 1000)
    return times


def copy_customers(source: Database, target: Database) -> int:
    """The source's customers (the columns both have; no staff, category or history) into an
    empty server database, then its search index built there."""
    from sqlalchemy import inspect, text

    table = Customer.__table__
    with source.engine.connect() as conn:
        present = {c["name"] for c in inspect(conn).get_columns("customers")}
        columns = [c for c in table.c if c.name in present
                   and c.name not in ("preferred_staff_id", "category_id", "merged_into_id")]
        rows = [dict(r._mapping) for r in conn.execute(select(*columns))]
        merged = [{"i": i, "m": m} for i, m in conn.execute(
            select(table.c.id, table.c.merged_into_id)
            .where(table.c.merged_into_id.is_not(None)))]
    with target.engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(table.insert(), rows[start:start + 5000])
        if merged:
            conn.execute(text("UPDATE customers SET merged_into_id = :m WHERE id = :i"), merged)
        conn.execute(text("SELECT setval(pg_get_serial_sequence('customers', 'id'), "
                          "(SELECT max(id) FROM customers))"))
        rebuild_index(conn)
        mark_index_format(conn)
    with target.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return len(rows)


def differing(first: Database, second: Database, queries: list[str]) -> list[str]:
    """The queries whose first 50 results (close matches included) differ between two
    databases holding the same customers."""
    found = []
    with first.session() as one, second.session() as other:
        for q in queries:
            if ([(r.id, r.close) for r in search(one, q)]
                    != [(r.id, r.close) for r in search(other, q)]):
                found.append(q)
    return found


def summary(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[int(len(times) * 0.95) - 1]
    return (f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, "
            f"max {times[-1]:.1f} ms")


def open_or_build(args) -> tuple[Database, Database | None]:
    """The database to measure, and the SQLite one its customers were copied from."""
    if server_url(args.db):
        db = Database(args.db)
        with db.session() as session:
            empty = session.scalar(select(Customer.id).limit(1)) is None
        if not empty:
            print(f"database: {db.location} (reused)")
            return db, Database(args.source) if args.source else None
        if args.source:
            source = Database(args.source)
            t0 = time.perf_counter()
            copied = copy_customers(source, db)
            print(f"copy {copied:,} customers from {args.source} and index them: "
                  f"{time.perf_counter() - t0:.1f} s")
            return db, source
    elif args.db and Path(args.db).exists():
        print(f"database: {args.db} (reused)")
        return Database(Path(args.db)), None
    else:
        db = Database(Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "bench.sqlite")
    t0 = time.perf_counter()
    with db.transaction() as session:
        run(build_demo(session, customers=args.customers))
    print(f"create demo database ({args.customers:,} customers): "
          f"{time.perf_counter() - t0:.1f} s")
    return db, None


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
    parser.add_argument("--db", help="reuse this demo database instead of building (a path, "
                                     "or a postgresql:// address)")
    parser.add_argument("--from", dest="source", type=Path,
                        help="a SQLite demo database whose customers fill an empty server one")
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    db, source = open_or_build(args)
    queries = realistic_queries(db, args.queries)
    print(f"search ({len(queries)} queries, ids + first {PAGE} rows): "
          f"{summary(bench_search(db, queries))} (targets: median < 5 ms, p95 < 20 ms)")
    print(f"search box ({len(queries)} queries, matches + close matches + first {PAGE} rows): "
          f"{summary(bench_search_box(db, queries))}")
    if source is not None:
        print(f"queries whose first {PAGE} results differ from {source.location}'s: "
              f"{len(differing(source, db, queries))} of {len(queries)}")
    by_name, by_visit = bench_first_page(db)
    print(f"first page of the list (count + first 30 rows, all columns): {by_name:.1f} ms "
          f"sorted by name, {by_visit:.1f} ms sorted by last visit (target < 200 ms)")
    bench_command_line(db)


def bench_command_line(db: Database) -> None:
    """`salon-desk search TEXT` as a whole process, as bench_search_typos.py measures it."""
    from bench_search_typos import whole_process

    target = "1 s" if db.path is None else "0.5 s"
    db.dispose()
    for text in ("garcia", "abrue"):  # "abrue": no Abrue, close matches (Abreu)
        low, median, cpu = whole_process(db.address, text)
        print(f"`salon-desk search {text}`, whole process: min {low:.2f} s, median "
              f"{median:.2f} s (CPU {cpu:.2f} s) (target < {target})")


if __name__ == "__main__":
    main()
