"""Printing figures: how long a ticket and a 10-page record summary take to make.

    .venv/bin/python benchmarks/bench_printing.py [--runs 50]

Builds a small salon in a temporary database (with a logo; a sale with a few lines; a
customer with a photo and enough history for a 10-page summary), times the first ticket of
the process (it loads the fonts, once per process), then times each document N times and prints median and p95 against the targets:
ticket (80 mm roll and A4) median < 50 ms; 10-page record summary median < 500 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pypdf
from printing_data import make_sale, png_bytes, rich_customer

from salon_desk.models.db import Database
from salon_desk.services import printing
from salon_desk.services.demo.salon import setup_salon
from salon_desk.services.printing.options import store_logo

TARGETS = {"ticket 80 mm": 0.050, "ticket A4": 0.050, "record summary": 0.500}


def timed(func, runs: int) -> tuple[float, float, bytes]:
    func()  # warm-up
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data = func()
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite")
        logo = Path(folder) / "logo.png"
        logo.write_bytes(png_bytes((600, 240)))
        with db.transaction() as session:
            setup_salon(session)
            store_logo(session, logo)
            customer_id = rich_customer(session, first_name="Ирина", last_name="Παπαδοπούλου",
                                        sales=400, notes=12)
            sale_id = make_sale(session, customer_id, "T-BENCH-1", dt.datetime.now(dt.UTC),
                                [("Balayage", 1, 12000, 10, 21), ("Women's cut", 1, 3800, 0, 21),
                                 ("Argan oil 50 ml", 2, 1990, 0, 10)],
                                [("card", 10000, None), ("cash", 3580, 5000)], points=135).id
        failed = False
        with db.session() as session:
            start = time.perf_counter()
            printing.render(session, "ticket", sale_id, layout="80mm")
            print(f"first ticket of the process (loads the fonts): "
                  f"{(time.perf_counter() - start) * 1000:.0f} ms")
            jobs = {
                "ticket 80 mm": lambda: printing.render(session, "ticket", sale_id,
                                                        layout="80mm"),
                "ticket A4": lambda: printing.render(session, "ticket", sale_id, layout="a4"),
                "record summary": lambda: printing.render(session, "summary", customer_id),
            }
            for name, job in jobs.items():
                runs = args.runs if name.startswith("ticket") else max(args.runs // 5, 5)
                median, p95, data = timed(job, runs)
                pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
                target = TARGETS[name]
                ok = median < target
                failed |= not ok
                print(f"{name:<16} {pages:>2} page(s)  median {median * 1000:7.1f} ms  "
                      f"p95 {p95 * 1000:7.1f} ms  target < {target * 1000:.0f} ms  "
                      f"{'OK' if ok else 'SLOW'}  ({len(data) / 1024:.0f} KB, {runs} runs)")
        db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
