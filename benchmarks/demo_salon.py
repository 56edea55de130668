"""The demo database a benchmark runs on: the one given with --db (used as it is), or a new one
of --customers customers built in a temporary folder (a few minutes for 100,000)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salon_desk.models.db import Database


def run_on_demo(args: argparse.Namespace, run: Callable[[Database], int]) -> int:
    """``run(db)`` on the demo database of ``args.db`` or a new one of ``args.customers``."""
    if args.db:
        db = Database(args.db)
        try:
            return run(db)
        finally:
            db.dispose()
    from salon_desk.services.demo.salon import write_demo
    from salon_desk.services.jobs import run as run_job

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite")
        start = time.perf_counter()
        run_job(write_demo(db, customers=args.customers))
        print(f"built {args.customers:,} demo customers in {time.perf_counter() - start:.0f} s")
        try:
            return run(db)
        finally:
            db.dispose()
