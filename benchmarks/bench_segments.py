"""Segment figures for a 100,000-customer demo salon.

    .venv/bin/python benchmarks/bench_segments.py [--db PATH] [--customers 100000] [--runs 5]
                                                  [--server]

With ``--db`` an existing demo database is used (build one once with ``salon-desk --db PATH demo
--customers 100000``, a few minutes); without it one is built in a temporary folder. For each
criterion alone, then five combinations of up to five criteria, times what the filter panel and
the list do: the count of matching customers, then the first page (the first 50 ids in list
order and their rows). Prints the median and the slowest of ``--runs`` runs (after one warm-up)
and the median CPU time. Target: each under 300 ms.

With ``--server`` the demo salon is also copied to a throwaway PostgreSQL server (started as the
tests start theirs, tests/pg_server.py: needs its binaries; as root the server runs as the
postgres user) by ``move-to`` (services.moving), and every case is timed there too, right after
SQLite's, so that both see the same load; each count must be the same on both. The CPU column
is this process's alone (a server's own work is not counted).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo_salon import run_on_demo
from sqlalchemy import select

from salon_desk.models import Badge, CustomerCategory, Package, Service, ServiceType
from salon_desk.models.db import Database
from salon_desk.services.jobs import run as run_job
from salon_desk.services.moving.copying import move_to_server
from salon_desk.services.search.lookup import fetch_rows
from salon_desk.services.segments import Criteria, count, ids
from salon_desk.services.segments.conditions import Moment

PAGE = 50
TARGET_MS = 300


def first_id(session, model) -> int:
    return session.scalar(select(model.id).order_by(model.id).limit(1))


def cases(session) -> list[tuple[str, Criteria]]:
    service, service_type = first_id(session, Service), first_id(session, ServiceType)
    badge, category = first_id(session, Badge), first_id(session, CustomerCategory)
    package = first_id(session, Package)
    today = dt.date.today()
    year_ago = today - dt.timedelta(days=365)
    alone = [
        ("gender", Criteria(genders=["female"])),
        ("badge any of", Criteria(badges_any=[badge, badge + 1])),
        ("badges all of", Criteria(badges_all=[badge, badge + 1])),
        ("badges none of", Criteria(badges_none=[badge])),
        ("category", Criteria(categories=[category])),
        ("inactive or blocked", Criteria(states=["inactive", "blocked"])),
        ("age 30-45", Criteria(age_min=30, age_max=45)),
        ("birthday in March", Criteria(birthday_months=[3])),
        ("birthday within 30 days", Criteria(birthday_within_days=30)),
        ("customer since (a year)", Criteria(since_from=year_ago, since_to=today)),
        ("referral source", Criteria(referral_sources=["instagram"])),
        ("city", Criteria(cities=["madrid"])),
        ("postcode prefix", Criteria(postcodes=["28"])),
        ("service booked", Criteria(services=[service])),
        ("service type booked", Criteria(service_types=[service_type])),
        ("service never booked", Criteria(unused_services=[service])),
        ("service type never booked", Criteria(unused_service_types=[service_type])),
        ("package bought", Criteria(packages=[package])),
        ("package with sessions left", Criteria(package_sessions_left=True)),
        ("booked in a month", Criteria(booked_from=today - dt.timedelta(days=30),
                                       booked_to=today)),
        ("active booking next 30 days", Criteria(booked_from=today, booking_statuses=["active"],
                                                 booked_to=today + dt.timedelta(days=30))),
        ("no-show in a year", Criteria(booked_from=year_ago, booking_statuses=["no_show"])),
        ("visited within 60 days", Criteria(visited_within_days=60)),
        ("not visited for 180 days", Criteria(not_visited_for_days=180)),
        ("at risk", Criteria(at_risk=True)),
        ("3+ visits in a year", Criteria(visits_min=3, visits_from=year_ago)),
        ("at most 1 visit", Criteria(visits_max=1)),
        ("spent 200+ in a year", Criteria(spent_min=20000, spent_from=year_ago)),
        ("spent at most 50", Criteria(spent_max=5000)),
        ("average ticket 60+", Criteria(average_ticket_min=6000)),
        ("has a debt", Criteria(has_debt=True)),
        ("credit with balance", Criteria(credits=["voucher", "prepaid", "loyalty"])),
        ("points 100+", Criteria(points_min=100)),
        ("subscribed to marketing", Criteria(subscribed=["marketing"])),
        ("marketing consent by email", Criteria(consents=["marketing:email"])),
        ("has an email", Criteria(has_email=True)),
        ("no mobile", Criteria(has_mobile=False)),
    ]
    combined = [
        ("women, 30-45, colour type, no facial, marketing", Criteria(
            genders=["female"], age_min=30, age_max=45, service_types=[service_type],
            unused_services=[service + 1], subscribed=["marketing"])),
        ("badge, spent 200+, not visited 90, has email", Criteria(
            badges_any=[badge], spent_min=20000, not_visited_for_days=90, has_email=True)),
        ("at risk, 3+ visits, marketing consent, mobile", Criteria(
            at_risk=True, visits_min=3, consents=["marketing:sms"], has_mobile=True)),
        ("package left, active, birthday month, credit, points", Criteria(
            package_sessions_left=True, states=["active"], birthday_months=[today.month],
            credits=["voucher"], points_min=1)),
        ("booked month, service, no debt, category, avg ticket", Criteria(
            booked_from=today - dt.timedelta(days=30), booked_to=today, services=[service],
            has_debt=False, categories=[category], average_ticket_min=3000)),
    ]
    return [(f"alone: {n}", c) for n, c in alone] + [(f"combo: {n}", c) for n, c in combined]


def timed(fn, runs: int) -> tuple[float, float, float, object]:
    """Median and slowest wall-clock ms, median CPU ms (the figure that does not depend on what
    else the machine runs), and the result."""
    fn()  # warm-up: SQLite's page cache, SQLAlchemy's statement cache
    walls, cpus, result = [], [], None
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus), result


def measure(session, criteria: Criteria, runs: int, at: Moment) -> tuple[int, tuple, tuple]:
    """The count, and the count's and the first page's timings (median, max, CPU), as at
    that moment (both engines count the visits up to the same one)."""
    *count_ms, found = timed(lambda: count(session, criteria, at=at), runs)
    *page_ms, _ = timed(
        lambda: fetch_rows(session, ids(session, criteria, limit=PAGE, at=at)), runs)
    return found, tuple(count_ms), tuple(page_ms)


def figures(count_ms: tuple, page_ms: tuple) -> str:
    over = "" if max(count_ms[0], page_ms[0]) < TARGET_MS else "  over"
    return ("{:>11.0f} {:>6.0f} {:>6.0f}  ".format(*count_ms)
            + "{:>16.0f} {:>6.0f} {:>6.0f}".format(*page_ms) + over)


def run(db: Database, runs: int, server: Database | None = None) -> int:
    """Every case on ``db``, and on ``server`` just after when given; 1 if a count differs."""
    slow = {"SQLite": 0, "server": 0}
    differ = 0
    at = Moment.current()
    with db.session() as session, (server.session() if server else nullcontext()) as other:
        print(f"load average at the start: {os.getloadavg()[0]:.1f}")
        print(f"{'criteria':<56} {'found':>7} {'':<7} {'count ms: median max cpu':>25}  "
              f"{'first page ms: median max cpu':>30}")
        for name, criteria in cases(session):
            found, count_ms, page_ms = measure(session, criteria, runs, at)
            line = figures(count_ms, page_ms)
            slow["SQLite"] += line.endswith("over")
            print(f"{name:<56.56} {found:>7,} {'SQLite':<7} {line}")
            if other is not None:
                found_there, count_ms, page_ms = measure(other, criteria, runs, at)
                line = figures(count_ms, page_ms)
                slow["server"] += line.endswith("over")
                differ += found_there != found
                mark = "" if found_there == found else f"  FOUND {found_there:,}"
                print(f"{'':<56} {'':>7} {'server':<7} {line}{mark}")
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    for engine, over in slow.items():
        if engine == "SQLite" or server is not None:
            print(f"{engine}: " + (f"{over} with a median over {TARGET_MS} ms" if over
                                   else f"every median under {TARGET_MS} ms"))
    if differ:
        print(f"{differ} counts differ between SQLite and the server")
    return int(differ > 0)


@contextmanager
def on_a_server(source: Path) -> Iterator[Database]:
    """A copy of the salon file ``source`` on a throwaway PostgreSQL server, made by move-to."""
    from tests.pg_server import PgServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("--server: no PostgreSQL server binaries found")
    server = PgServer(bin_dir)
    server.start()
    try:
        url = server.new_database(empty=True)
        start = time.perf_counter()
        run_job(move_to_server(source, url))
        seconds = time.perf_counter() - start
        db = Database(url)
        try:
            with db.engine.connect() as conn:
                version = conn.exec_driver_sql("SHOW server_version").scalar()
            print(f"copied to a throwaway PostgreSQL {version} server by move-to in "
                  f"{seconds:.0f} s")
            yield db
        finally:
            db.dispose()
    finally:
        server.stop()


def run_here_and_there(db: Database, runs: int, with_server: bool) -> int:
    if not with_server:
        return run(db, runs)
    with on_a_server(db.path) as server:
        return run(db, runs, server)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="an existing demo database")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--server", action="store_true",
                        help="also on a copy of the salon on a throwaway PostgreSQL server")
    args = parser.parse_args()
    return run_on_demo(args, lambda db: run_here_and_there(db, args.runs, args.server))


if __name__ == "__main__":
    raise SystemExit(main())
