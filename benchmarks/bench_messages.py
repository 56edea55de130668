"""Message figures for a 100,000-customer demo salon.

    .venv/bin/python benchmarks/bench_messages.py [--db PATH] [--customers 100000] [--runs 3]

With ``--db`` an existing demo database is used (build one once with ``salon-desk --db PATH demo
--customers 100000``, a few minutes; it is left as it was: every queueing is rolled back);
without it one is built in a temporary folder. Times, after one warm-up:

- the composer's preview: how many of everyone may receive a marketing email, and how many are
  left out for each reason (audience.count). Target: under 1 s.
- queueing a newsletter to everyone: consent, switches, status and address decided for each
  customer, the fields filled in, one message written for each one allowed
  (queue.queue_messages, then rolled back). Target: under 10 s. Then the same with every
  customer allowed (all made active, with an email, switch and consent, in the transaction
  rolled back after): 100,000 messages written.

Prints the median and the slowest of ``--runs`` runs next to the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo_salon import run_on_demo
from sqlalchemy import func, select, text

from salon_desk.models import Customer
from salon_desk.models.db import Database
from salon_desk.services.messages import audience, queue

NEWSLETTER = queue.Compose(
    "email", "marketing", subject="News from {salon_name}, {first_name}",
    body="Hello {first_name},\n\nThis month every colour comes with a free treatment.\n\n"
         "You have {points} points.\n\n{salon_name} · {salon_phone}")
PREVIEW_TARGET_S = 1.0
QUEUE_TARGET_S = 10.0


def timed(fn, runs: int) -> tuple[float, float, object]:
    """Median and slowest seconds of ``runs`` runs after a warm-up, and the last result."""
    fn()
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def _queue_rolled_back(db: Database, everyone_allowed: bool = False) -> queue.QueueResult:
    with db.session() as session:
        try:
            if everyone_allowed:
                _allow_everyone(session)
            start = time.perf_counter()
            result = queue.queue_messages(session, NEWSLETTER)
            result.seconds = time.perf_counter() - start
            return result
        finally:
            session.rollback()


def _allow_everyone(session) -> None:
    """The worst case, in the transaction rolled back after: every customer active, with an
    email, the marketing switch on and marketing consent by email (a message for each)."""
    session.execute(text(
        "UPDATE customers SET active = 1, blocked = 0, notify_marketing = 1, "
        "email = coalesce(nullif(email, ''), 'c' || id || '@example.com')"))
    session.execute(text("DELETE FROM customer_consents WHERE category = 'marketing' "
                         "AND channel = 'email'"))
    session.execute(text(
        "INSERT INTO customer_consents (customer_id, category, channel, granted, changed_at) "
        "SELECT id, 'marketing', 'email', 1, CURRENT_TIMESTAMP FROM customers"))


def _queue_timed(db: Database, runs: int, everyone_allowed: bool
                 ) -> tuple[float, float, queue.QueueResult]:
    """Median and slowest seconds of queue_messages alone (not the setting up)."""
    _queue_rolled_back(db, everyone_allowed)
    results = [_queue_rolled_back(db, everyone_allowed) for _ in range(runs)]
    times = [r.seconds for r in results]
    return statistics.median(times), max(times), results[-1]


def _line(name: str, median: float, slowest: float, target: float, what: str) -> bool:
    ok = median < target
    print(f"{name:<44} {median:>7.2f} s (slowest {slowest:.2f} s)  target < {target:g} s  "
          f"{'ok' if ok else 'OVER'}   {what}")
    return ok


def run(db: Database, runs: int) -> int:
    with db.session() as session:
        customers = session.scalar(select(func.count()).select_from(Customer)
                                   .where(Customer.merged_into_id.is_(None)))
        print(f"{customers:,} customers")
        med, worst, (n, reasons) = timed(
            lambda: audience.count(session, "email", "marketing"), runs)
    ok = _line("preview count (email, marketing, everyone)", med, worst, PREVIEW_TARGET_S,
               f"{n:,} would receive it; left out: "
               + ", ".join(f"{code} {k:,}" for code, k in reasons.most_common()))
    for everyone_allowed, name in ((False, "queue a newsletter to everyone"),
                                   (True, "the same, every customer allowed")):
        med, worst, result = _queue_timed(db, runs, everyone_allowed)
        ok &= _line(name, med, worst, QUEUE_TARGET_S,
                    f"{result.queued:,} queued, {len(result.excluded):,} left out")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="an existing demo database")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    return run_on_demo(args, lambda db: run(db, args.runs))


if __name__ == "__main__":
    raise SystemExit(main())
