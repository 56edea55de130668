"""A handful of visits for every demo customer outside the rich subset of demo_visits.

Every demo customer who shows a last visit has the visits behind it: completed appointments,
each charged on its own ticket paid by card or cash, with the till movement and the points it
earned; the last one ends at the customer's last visit. How many visits (mostly two to five)
and how often (a customer's own rhythm, from monthly to yearly) vary per customer, so the
at-risk filter and the insights have something to say about anyone. Customers the generator
gave no last visit stay "no visits yet".

A 100,000-customer demo has well over 100,000 of these visits, so they are kept lean: one
service (sometimes a product too) per ticket, no debts or credits, and rows written as tuples
already in their stored form (each column type's own bind processor, applied once per distinct
value) straight to the driver's executemany. Visits take a free slot of a member of staff who gives
the service, on their day or up to three days earlier. When the schedule is full (demos far
bigger than six staff can serve, like the 100,000-customer benchmark) an earlier visit is left
out, and a last visit is booked on top of another rather than given to invented staff.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from salon_desk.models import (
    Appointment,
    CashMovement,
    Customer,
    Payment,
    PointsEntry,
    Sale,
    SaleLine,
)
from salon_desk.models.opening import driver_sql
from salon_desk.services.money import line_amount, points_for

VISITS = [1, 2, 3, 4, 5, 6, 8]
VISIT_WEIGHTS = list(itertools.accumulate([14, 20, 20, 16, 13, 9, 8]))  # cumulative
INTERVALS = [28, 35, 42, 60, 90, 120, 180, 365]  # a customer's usual days between visits
TYPE_WEIGHTS = {"Hair": 40, "Nails": 20, "Colour": 12, "Face": 12, "Body": 8, "Waxing": 8}
EARLIER_DAYS = 3  # a visit whose day is full moves at most this many days earlier
PRODUCT_SHARE = 0.1
POINTS_PER_UNIT = Decimal(1)
CHUNK = 20_000  # visits written per round


@dataclass(slots=True)
class _Visit:
    sale_id: int
    appointment_id: int
    customer_id: int
    service: object  # demo_visits._Svc
    staff_id: int
    room_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    discount: Decimal
    product: tuple | None  # (id, name, price cents)
    method: str
    points: int  # earned on this ticket
    balance: int  # the customer's points after it
    total: int
    tendered: int | None


class _Writer:
    """INSERT of positional rows holding ``columns`` in stored form; every other column of the
    table gets its scalar default (so a column added later needs no change here)."""

    def __init__(self, conn: Connection, table: Table, columns: list[str]) -> None:
        self.conn = conn
        fixed = {}
        for column in table.c:
            if column.name in columns:
                continue
            if column.default is not None and column.default.is_scalar:
                fixed[column.name] = stored(conn, column)(column.default.arg)
            elif not (column.nullable or column.server_default is not None):
                raise ValueError(f"{table.name}.{column.name} needs a value")
        self.fixed = tuple(fixed.values())
        names = ", ".join([*columns, *fixed])
        marks = ", ".join("?" * (len(columns) + len(fixed)))
        self.sql = driver_sql(conn, f"INSERT INTO {table.name} ({names}) VALUES ({marks})")

    def write(self, rows: Iterable[tuple]) -> None:
        fixed = self.fixed
        batch = [row + fixed for row in rows] if fixed else list(rows)
        if batch:
            self.conn.exec_driver_sql(self.sql, batch)


def stored(conn: Connection, column) -> Callable[[object], object]:
    """The column's bind processor, remembered per value (times and amounts repeat)."""
    process = column.type.bind_processor(conn.dialect)
    if process is None:
        return lambda value: value
    memo: dict = {}

    def convert(value):
        if value is None:
            return None
        try:
            return memo[value]
        except KeyError:
            result = memo[value] = process(value)
            return result

    return convert


class LightHistory:
    """Builds the light visits on a demo_visits builder (its schedule, ids and catalogue)."""

    def __init__(self, builder, rng: random.Random, type_staff: dict[str, list[str]],
                 type_rooms: dict[str, list[str]]) -> None:
        self.b, self.rng = builder, rng
        self.visits: list[_Visit] = []
        self.customers: list[tuple[int, dt.datetime, dt.date]] = []  # id, last visit, since
        self.overbooked = 0
        b = builder
        self.slots = b._slot_count()
        self.types = [t for t in b.by_type if b.by_type[t]]
        self.type_weights = list(itertools.accumulate(TYPE_WEIGHTS.get(t, 5)
                                                      for t in self.types))
        self.type_staff = {t: ([b.staff[n] for n in names if n in b.staff] or b.staff_ids)
                           for t, names in type_staff.items()}
        self.type_rooms = {t: [b.rooms[n] for n in names if n in b.rooms]
                           for t, names in type_rooms.items()}
        self.times: dict[tuple[dt.date, int], dt.datetime] = {}
        self.amounts: dict[tuple[int, Decimal], int] = {}
        self.points: dict[int, int] = {}
        self.full: dict[tuple[int, dt.date], int] = {}  # the shortest run of slots that failed

    # --- one customer ------------------------------------------------------------------------
    def customer(self, cid: int, discount: Decimal, since: dt.date,
                 last_visit: dt.datetime | None) -> None:
        if last_visit is None or not self.types:
            return
        rng, b = self.rng, self.b
        last_day = min(last_visit.date(), b.today - dt.timedelta(days=1))
        since = min(since, last_day)
        interval = rng.choice(INTERVALS)
        days = [last_day]
        for _ in range(rng.choices(VISITS, cum_weights=VISIT_WEIGHTS)[0] - 1):
            day = days[-1] - dt.timedelta(days=interval + rng.randint(-interval // 5,
                                                                     interval // 5))
            if day < since:
                break
            days.append(day)
        favourite = rng.choices(self.types, cum_weights=self.type_weights)[0]
        balance, end = 0, None
        for n, day in enumerate(reversed(days), start=1 - len(days)):
            type_name = favourite if rng.random() < 0.75 else rng.choice(self.types)
            svc = rng.choice(b.by_type[type_name])
            placed = self._place(day, svc, since, on_top=n == 0)
            if placed is None:
                continue
            staff_id, day, slot, room = placed
            starts = self._when(day, slot)
            end = starts + dt.timedelta(minutes=svc.minutes)
            total = self._amount(svc.price, discount)
            product = None
            if b.products and rng.random() < PRODUCT_SHARE:
                pid, name, price, _tax = rng.choice(b.products)
                product = (pid, name, price)
                total += self._amount(price, discount)
            method = "card" if rng.random() < 0.6 else "cash"
            tendered = -(-total // 500) * 500 if method == "cash" and rng.random() < 0.5 else None
            points = self._points(total)
            balance += points
            self.visits.append(_Visit(
                b.next_id(Sale.__table__), b.next_id(Appointment.__table__), cid, svc,
                staff_id, room, starts, end, discount, product, method, points, balance, total,
                tendered))
        self.customers.append((cid, end, since))

    def _amount(self, price: int, discount: Decimal) -> int:
        key = (price, discount)
        if (amount := self.amounts.get(key)) is None:
            amount = self.amounts[key] = line_amount(1, price, discount)
        return amount

    def _points(self, total: int) -> int:
        if (points := self.points.get(total)) is None:
            points = self.points[total] = points_for(total, POINTS_PER_UNIT)
        return points

    def _when(self, day: dt.date, slot: int) -> dt.datetime:
        key = (day, slot)
        if (at := self.times.get(key)) is None:
            at = self.times[key] = self.b.when(day, slot)
        return at

    def _place(self, day: dt.date, svc, since: dt.date, on_top: bool
               ) -> tuple[int, dt.date, int, int | None] | None:
        """(staff, day, first slot, room): the first free slot from a random start, on the day
        or up to EARLIER_DAYS before it (not before the customer joined); else on top of the
        day's schedule when ``on_top``, or None."""
        rng, busy, full = self.rng, self.b.busy, self.full
        need = min(self.slots, max(1, -(-svc.minutes // self.b.slot)))
        top = self.slots - need
        staff = self.type_staff.get(svc.type_name) or self.b.staff_ids
        if len(staff) > 1 and rng.random() < 0.5:
            staff = staff[::-1]
        for back in range(EARLIER_DAYS + 1):
            when = day - dt.timedelta(days=back)
            if when < since:
                break
            for staff_id in staff:
                key = (staff_id, when)
                taken = busy[key]
                if len(taken) + need > self.slots or need >= full.get(key, need + 1):
                    continue
                start = rng.randint(0, top)
                for first in (*range(start, top + 1), *range(start)):
                    wanted = range(first, first + need)
                    if taken.isdisjoint(wanted):
                        taken.update(wanted)
                        return staff_id, when, first, self._room(svc, when, wanted)
                full[key] = need  # the day only fills up: this length will never fit again
        if not on_top:
            return None
        self.overbooked += 1
        return staff[0], day, rng.randint(0, top), None

    def _room(self, svc, day: dt.date, wanted: range) -> int | None:
        for rid in self.type_rooms.get(svc.type_name, ()):
            taken = self.b.busy[("room", rid, day)]
            if taken.isdisjoint(wanted):
                taken.update(wanted)
                return rid
        return None

    # --- writing -----------------------------------------------------------------------------
    def sales(self) -> list[tuple[dt.datetime, int]]:
        """(sold at, sale id) of every light ticket, for numbering them with the others."""
        return [(v.ends_at, v.sale_id) for v in self.visits]

    def write(self, conn: Connection, tickets: dict[int, str]) -> None:
        """Insert the visits (after the rich history, whose ids come first) and set the
        customers' last visit and first date to match them."""
        now = self.b.now
        sales = _Writer(conn, Sale.__table__, [
            "id", "ticket_number", "customer_id", "staff_id", "sold_at", "comments",
            "total_cents", "paid_cents", "points_earned", "cancelled", "created_at",
            "updated_at"])
        appointments = _Writer(conn, Appointment.__table__, [
            "id", "customer_id", "service_id", "staff_id", "room_id", "starts_at",
            "duration_minutes", "status", "price_cents", "notes", "sale_id", "budget_id",
            "created_at", "updated_at"])
        lines = _Writer(conn, SaleLine.__table__, [
            "id", "sale_id", "position", "kind", "service_id", "product_id", "package_id",
            "description", "quantity", "unit_price_cents", "discount_percent", "tax_rate",
            "amount_cents", "staff_id", "appointment_id"])
        payments = _Writer(conn, Payment.__table__, [
            "id", "sale_id", "method", "amount_cents", "tendered_cents", "reference_id",
            "paid_at"])
        cash = _Writer(conn, CashMovement.__table__, [
            "id", "at", "amount_cents", "method", "description", "customer_id", "sale_id",
            "debt_payment_id", "staff_id"])
        points = _Writer(conn, PointsEntry.__table__, [
            "id", "customer_id", "at", "points", "action", "balance", "staff_id", "reason",
            "sale_id"])
        at = stored(conn, Sale.__table__.c.sold_at)
        pct = stored(conn, SaleLine.__table__.c.discount_percent)
        tax = stored(conn, SaleLine.__table__.c.tax_rate)(Decimal(21))
        created = at(now)
        b = self.b
        for i in range(0, len(self.visits), CHUNK):
            chunk = self.visits[i:i + CHUNK]
            sale_rows, appt_rows, line_rows, pay_rows, cash_rows, points_rows = (
                [], [], [], [], [], [])
            for v in chunk:
                ticket, end, svc = tickets[v.sale_id], at(v.ends_at), v.service
                sale_rows.append((v.sale_id, ticket, v.customer_id, v.staff_id, end, "",
                                  v.total, v.total, v.points, False, end, end))
                appt_rows.append((v.appointment_id, v.customer_id, svc.id, v.staff_id,
                                  v.room_id, at(v.starts_at), svc.minutes, "completed",
                                  svc.price, "", v.sale_id, None, created, created))
                discount = pct(v.discount)
                line_rows.append((b.next_id(SaleLine.__table__), v.sale_id, 0, "service",
                                  svc.id, None, None, svc.name, 1, svc.price, discount, tax,
                                  self._amount(svc.price, v.discount), v.staff_id,
                                  v.appointment_id))
                if v.product:
                    pid, name, price = v.product
                    line_rows.append((b.next_id(SaleLine.__table__), v.sale_id, 1, "product",
                                      None, pid, None, name, 1, price, discount, tax,
                                      self._amount(price, v.discount), None, None))
                pay_rows.append((b.next_id(Payment.__table__), v.sale_id, v.method, v.total,
                                 v.tendered, None, end))
                text = f"Ticket {ticket}"
                cash_rows.append((b.next_id(CashMovement.__table__), end, v.total, v.method,
                                  text, v.customer_id, v.sale_id, None, None))
                if v.points:
                    points_rows.append((b.next_id(PointsEntry.__table__), v.customer_id, end,
                                        v.points, "earned", v.balance, None, text, v.sale_id))
            sales.write(sale_rows)
            appointments.write(appt_rows)
            lines.write(line_rows)
            payments.write(pay_rows)
            cash.write(cash_rows)
            points.write(points_rows)
        table = Customer.__table__
        visit_at = stored(conn, table.c.last_visit_at)
        since = stored(conn, table.c.customer_since)
        if self.customers:
            conn.exec_driver_sql(driver_sql(
                conn, "UPDATE customers SET last_visit_at = ?, customer_since = ? WHERE id = ?"),
                [(visit_at(last), since(first), cid) for cid, last, first in self.customers])

