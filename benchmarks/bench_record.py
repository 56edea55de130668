"""Opening the record of a customer with years of history, and switching between its tabs.

    .venv/bin/python benchmarks/bench_record.py [--customers 2000] [--appointments 1000]
                                                 [--sales 1000] [--rounds 3]

Builds a demo salon (``--customers``, with its demo history) and adds one customer with
``--appointments`` appointments and ``--sales`` sales (two lines and a payment each, a points
movement each, a few debts, vouchers and budgets), written with Core bulk inserts. Then, with the
real record window (offscreen), times:
- showing the record: building the window until the first tab is painted;
- switching to each tab the first time (its ``load`` runs);
- switching again after a change marks every tab stale (each tab reloads).
Targets: first tab under 150 ms, any tab switch under 100 ms: the median of ``--rounds`` windows
after a first "cold" one (shown apart: it also imports the tab modules and compiles queries).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, insert, select

from salon_desk.models import (
    Appointment,
    Budget,
    BudgetLine,
    Debt,
    Payment,
    PointsEntry,
    Sale,
    SaleLine,
    Service,
    Staff,
    Voucher,
)
from salon_desk.models.db import Database
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.demo.salon import build_demo
from salon_desk.services.jobs import run

FIRST_TAB_MS = 150
SWITCH_MS = 100


def add_heavy_customer(db: Database, appointments: int, sales: int, seed: int = 3) -> int:
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    with db.transaction() as session:
        cid = create_customer(session, CustomerData(first_name="Heavy", last_name="History",
                                                    allergies="Latex allergy")).id
        services = session.execute(select(Service.id, Service.name, Service.price_cents,
                                          Service.duration_minutes)).all()
        staff = list(session.scalars(select(Staff.id)))
        next_sale = (session.scalar(select(func.max(Sale.id))) or 0) + 1
        conn = session.connection()
        appts, sale_rows, lines, payments, points = [], [], [], [], []
        balance = 0
        start = now - dt.timedelta(days=10 * 365)
        step = (now - start) / max(1, sales)
        for k in range(sales):
            sid = next_sale + k
            at = start + step * k
            total = 0
            for pos in range(2):
                svc = rng.choice(services)
                total += svc.price_cents
                lines.append({"sale_id": sid, "position": pos, "kind": "service",
                              "service_id": svc.id, "description": svc.name, "quantity": 1,
                              "unit_price_cents": svc.price_cents, "discount_percent": 0,
                              "tax_rate": 21, "amount_cents": svc.price_cents,
                              "staff_id": rng.choice(staff)})
            sale_rows.append({"id": sid, "ticket_number": f"BENCH-{sid:07d}", "customer_id": cid,
                              "sold_at": at, "comments": "", "total_cents": total,
                              "paid_cents": total, "points_earned": total // 100,
                              "cancelled": False, "created_at": at, "updated_at": at})
            payments.append({"sale_id": sid, "method": rng.choice(["cash", "card"]),
                             "amount_cents": total, "paid_at": at})
            balance += total // 100
            points.append({"customer_id": cid, "at": at, "points": total // 100,
                           "action": "earned", "balance": balance, "reason": "Ticket",
                           "sale_id": sid})
        for k in range(appointments):
            svc = rng.choice(services)
            when = start + (now - start) * k / appointments + dt.timedelta(days=60)
            status = "completed" if when < now else rng.choice(["pending", "confirmed"])
            appts.append({"customer_id": cid, "service_id": svc.id, "staff_id": rng.choice(staff),
                          "starts_at": when, "duration_minutes": svc.duration_minutes,
                          "status": status, "price_cents": svc.price_cents, "notes": "",
                          "sale_id": next_sale + k if k < sales and status == "completed"
                          else None, "created_at": now, "updated_at": now})
        for table, rows in ((Sale, sale_rows), (SaleLine, lines), (Payment, payments),
                            (PointsEntry, points), (Appointment, appts)):
            conn.execute(insert(table.__table__), rows)
        conn.execute(insert(Debt.__table__), [
            {"customer_id": cid, "sale_id": next_sale + k, "incurred_at": now,
             "initial_cents": 5000, "remaining_cents": 2500 if k < 3 else 0, "description": "",
             "created_at": now, "updated_at": now} for k in range(20)])
        conn.execute(insert(Voucher.__table__), [
            {"customer_id": cid, "name": f"Voucher {k}", "purchased_on": now.date(),
             "sessions_bought": 5, "sessions_used": k % 5, "description": "",
             "cancelled": False, "created_at": now, "updated_at": now} for k in range(10)])
        budget_ids = []
        for k in range(20):
            budget_ids.append(conn.execute(insert(Budget.__table__).values(
                code=f"BENCH-{k}", customer_id=cid, issued_on=now.date(), description="Bench",
                conditions="", total_cents=10000, status="open", created_at=now,
                updated_at=now)).inserted_primary_key[0])
        conn.execute(insert(BudgetLine.__table__), [
            {"budget_id": b, "position": 0, "kind": "service", "service_id": services[0].id,
             "description": "x", "quantity": 1, "unit_price_cents": 10000,
             "discount_percent": 0, "amount_cents": 10000} for b in budget_ids])
    return cid


def ms(seconds: float) -> float:
    return seconds * 1000


def measure(app: QApplication, db: Database, cid: int) -> dict[str, float]:
    from salon_desk.ui import composition
    from salon_desk.ui.record.window import RecordWindow

    times: dict[str, float] = {}
    t = time.perf_counter()
    window = RecordWindow(db, cid, tabs=composition.record_tabs(),
                          features=composition.record_window_features())
    window.resize(1280, 860)
    window.show()
    window.repaint()
    app.processEvents()
    times["first tab"] = ms(time.perf_counter() - t)
    tabs = window.tab_widget
    for rnd in ("", " (stale)"):
        for i in range(1, tabs.count()):
            name = type(tabs.widget(i)).__name__
            t = time.perf_counter()
            tabs.setCurrentIndex(i)
            tabs.currentWidget().repaint()
            app.processEvents()
            times[name + rnd] = ms(time.perf_counter() - t)
        tabs.setCurrentIndex(0)
        app.processEvents()
        window.refresh()  # what a change does: every tab stale again
        app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--appointments", type=int, default=1000)
    parser.add_argument("--sales", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-preload", action="store_true",
                        help="measure the first window without the app's start-up preload")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from salon_desk.ui.style import apply_style

    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite")
        t = time.perf_counter()
        with db.transaction() as session:
            run(build_demo(session, customers=args.customers))
        cid = add_heavy_customer(db, args.appointments, args.sales)
        print(f"Built {args.customers:,} demo customers and one with {args.appointments:,} "
              f"appointments and {args.sales:,} sales in {time.perf_counter() - t:.1f} s")
        # The first window of the process also pays for SQLAlchemy compiling each query once
        # (and, with --no-preload, for importing every tab's module): shown apart as "cold".
        if not args.no_preload:
            from salon_desk.ui.record.window import preload

            preload(db)  # what the app does once idle after start
        cold = measure(app, db, cid)
        rounds = [measure(app, db, cid) for _ in range(args.rounds)]
        db.dispose()
    failed = False
    print(f"{'step':<28}{'cold ms':>9}{'median ms':>11}{'max ms':>9}  target")
    for key in rounds[0]:
        values = [r[key] for r in rounds]
        target = FIRST_TAB_MS if key == "first tab" else SWITCH_MS
        median = statistics.median(values)
        ok = median < target
        failed |= not ok
        print(f"{key:<28}{cold[key]:>9.1f}{median:>11.1f}{max(values):>9.1f}  < {target} "
              f"{'ok' if ok else 'SLOW'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
