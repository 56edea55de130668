"""Subcommands of the foundation: demo, search (backup and restore: cli.backups)."""

from __future__ import annotations

import time

from salon_desk.cli.common import open_db
# cmd_search without SQLAlchemy when the file allows it
from salon_desk.cli.quick_search import print_rows, quick_search


def register(sub) -> None:
    p = sub.add_parser("demo", help="fill an empty database with a synthetic demo salon")
    p.add_argument("--customers", type=int, default=2000, metavar="N",
                   help="how many customers (default 2000)")
    p.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("search", help="find customers as the list does (close matches, one "
                       "typo away, after the others when they are fewer than a handful)")
    p.add_argument("text", help="name, any fragment of a phone, email or ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search, quick=quick_search)


def cmd_demo(args) -> int:
    from salon_desk.cli.jobs import run_job
    from salon_desk.services.demo.salon import write_demo

    db = open_db(args, create=True)
    start = time.perf_counter()
    n = run_job(write_demo(db, customers=args.customers, seed=args.seed), counting="customers")
    print(f"Demo salon with {n:,} customers written to {db.location} "
          f"in {time.perf_counter() - start:.1f} s")
    return 0


def cmd_search(args) -> int:
    from salon_desk.services.search.lookup import search

    db = open_db(args)
    with db.session() as session:
        rows = search(session, args.text, limit=args.limit)
    print_rows(rows, args.json)
    return 0

