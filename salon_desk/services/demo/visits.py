"""Demo history about visits and money: appointments, sales with payments, debts, vouchers,
prepaid and loyalty cards, points ledgers and budgets.

Rich history goes to a subset (the first 400 customers and every 50th after them) so a demo of
100,000 customers stays quick; everything is written with Core bulk inserts and explicit ids.
Every other customer with a last visit gets a handful of plain visits (demo_light), so a last
visit always has its appointments and tickets behind it. Deterministic from ``rng``.
Customer 1 always has a long history and an open debt.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from salon_desk.models import (
    Appointment,
    Budget,
    BudgetLine,
    CashMovement,
    Customer,
    Debt,
    DebtPayment,
    LoyaltyCard,
    Package,
    Payment,
    PointsEntry,
    PrepaidCard,
    PrepaidCardType,
    Product,
    Room,
    Sale,
    SaleLine,
    Service,
    ServiceType,
    Staff,
    Voucher,
)
from salon_desk.services.schedule.appointments import opening_hours
from salon_desk.services.sales.credits import add_months
from salon_desk.services.demo.light import LightHistory
from salon_desk.services.demo.numbers import number_documents
from salon_desk.services.money import line_amount, points_for

RICH_FIRST = 400
RICH_EVERY = 50
# Which staff and rooms give each type of service (names from services.demo).
TYPE_STAFF = {"Hair": ["Laura", "Javier"], "Colour": ["Marta"], "Nails": ["Carmen"],
              "Face": ["Sofía"], "Body": ["Elena"], "Waxing": ["Sofía", "Elena"]}
TYPE_ROOMS = {"Hair": ["Chair 1", "Chair 2"], "Colour": ["Colour bar"], "Nails": ["Nail station"],
              "Face": ["Cabin 1", "Cabin 2"], "Body": ["Cabin 1", "Cabin 2"],
              "Waxing": ["Cabin 2", "Cabin 1"]}
PREPAID_TYPES = [("Member C", 4000, 3500, 6, None), ("Nails club", 6000, 5000, 3, "Nails")]
BUDGET_TEXTS = ["Bridal package with trial", "Laser, full legs", "Colour correction plan",
                "Skin renewal course", "Spa day for two"]
NOTES = ["", "", "", "", "", "Confirmed by SMS", "Prefers the quiet room",
         "Running late, called ahead", "First time with this service", "Booked by phone"]


@dataclass
class _Svc:
    id: int
    name: str
    minutes: int
    price: int
    type_name: str


@dataclass
class _Customer:
    id: int
    discount: Decimal
    preferred_staff: int | None
    since: dt.date
    points: int = 0
    last_visit: dt.datetime | None = None
    loyalty: tuple[int, Decimal, Decimal, dt.date] | None = None  # id, service %, product %
    vouchers: list[dict] = field(default_factory=list)
    prepaid: list[dict] = field(default_factory=list)


class _Builder:
    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session, self.rng = session, rng
        self.now = dt.datetime.now(dt.UTC)
        self.today = dt.date.today()
        self.opening, self.closing, self.slot = opening_hours(session)
        self.services = [_Svc(s.id, s.name, s.duration_minutes, s.price_cents,
                              t.name if t else "Hair")
                         for s, t in session.execute(
                             select(Service, ServiceType).outerjoin(
                                 ServiceType, ServiceType.id == Service.service_type_id)
                             .where(Service.active.is_(True)).order_by(Service.id))]
        self.by_type = defaultdict(list)
        for s in self.services:
            self.by_type[s.type_name].append(s)
        self.staff = {n: i for i, n in session.execute(select(Staff.id, Staff.name))}
        self.staff_ids = sorted(self.staff.values())
        self.rooms = {n: i for i, n in session.execute(select(Room.id, Room.name))}
        self.products = [(p.id, p.name, p.price_cents, p.tax_rate)
                         for p in session.scalars(select(Product).order_by(Product.id))]
        self.packages = list(session.scalars(select(Package).order_by(Package.id)))
        self.busy: dict[tuple, set[int]] = defaultdict(set)
        self.ids = {t: (session.scalar(select(func.max(t.c.id))) or 0) for t in (
            Appointment.__table__, Sale.__table__, SaleLine.__table__, Payment.__table__,
            Voucher.__table__, PrepaidCard.__table__, LoyaltyCard.__table__, Debt.__table__,
            DebtPayment.__table__, CashMovement.__table__, PointsEntry.__table__,
            Budget.__table__, BudgetLine.__table__)}
        self.rows: dict = defaultdict(list)
        self.prepaid_types = self._prepaid_types()
        self.loyalty_number = 0

    def next_id(self, table) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def _prepaid_types(self) -> list[tuple[int, int, int, int, set[int] | None, str]]:
        out = []
        for name, value, price, months, type_name in PREPAID_TYPES:
            card_type = self.session.scalar(select(PrepaidCardType).where(
                PrepaidCardType.name == name))
            if card_type is None:
                services = [s for s in self.session.scalars(select(Service))
                            if type_name and s.id in {x.id for x in self.by_type[type_name]}]
                card_type = PrepaidCardType(name=name, value_cents=value, price_cents=price,
                                            validity_months=months, any_service=not type_name,
                                            services=services)
                self.session.add(card_type)
                self.session.flush()
            allowed = ({s.id for s in card_type.services} if not card_type.any_service
                       else None)
            out.append((card_type.id, card_type.value_cents, card_type.price_cents,
                        card_type.validity_months, allowed, card_type.name))
        return out

    # --- the schedule -------------------------------------------------------------------------
    def _slot_count(self) -> int:
        span = (dt.datetime.combine(self.today, self.closing)
                - dt.datetime.combine(self.today, self.opening))
        return int(span.total_seconds() // 60 // self.slot)

    def place(self, day: dt.date, svc: _Svc, staff_pref: int | None, after: int | None = None
              ) -> tuple[int, int, int | None] | None:
        """A free (staff, first slot) for the service that day, and a free room if any."""
        need = max(1, -(-svc.minutes // self.slot))
        slots = self._slot_count()
        names = TYPE_STAFF.get(svc.type_name, [])
        staff_choices = [self.staff[n] for n in names if n in self.staff] or self.staff_ids
        if staff_pref in staff_choices and self.rng.random() < 0.8:
            staff_choices = [staff_pref, *staff_choices]
        for attempt in range(12):
            staff_id = staff_choices[min(attempt // 4, len(staff_choices) - 1)]
            start = after if after is not None and attempt == 0 else self.rng.randrange(
                0, max(1, slots - need))
            wanted = set(range(start, start + need))
            if start + need > slots or wanted & self.busy[(staff_id, day)]:
                continue
            room = None
            for room_name in TYPE_ROOMS.get(svc.type_name, []):
                rid = self.rooms.get(room_name)
                if rid is not None and not wanted & self.busy[("room", rid, day)]:
                    room = rid
                    break
            self.busy[(staff_id, day)] |= wanted
            if room is not None:
                self.busy[("room", room, day)] |= wanted
            return staff_id, start, room
        return None

    def when(self, day: dt.date, slot: int) -> dt.datetime:
        local = dt.datetime.combine(day, self.opening) + dt.timedelta(minutes=slot * self.slot)
        return local.astimezone().astimezone(dt.UTC)

    def appointment(self, c: _Customer, day: dt.date, svc: _Svc, status: str,
                    after: int | None = None) -> tuple[dict, int] | None:
        placed = self.place(day, svc, c.preferred_staff, after)
        if placed is None:
            return None
        staff_id, slot, room = placed
        row = {"id": self.next_id(Appointment.__table__), "customer_id": c.id,
               "service_id": svc.id, "staff_id": staff_id, "room_id": room,
               "starts_at": self.when(day, slot), "duration_minutes": svc.minutes,
               "status": status, "price_cents": svc.price, "notes": self.rng.choice(NOTES),
               "sale_id": None, "budget_id": None, "created_at": self.now, "updated_at": self.now}
        self.rows[Appointment].append(row)
        return row, slot + max(1, -(-svc.minutes // self.slot))

    # --- one customer -------------------------------------------------------------------------
    def customer(self, c: _Customer, visits: int, debt: bool) -> None:
        rng = self.rng
        favourite = rng.sample(sorted(self.by_type), k=rng.choice([1, 2, 2, 3]))
        days = self._visit_days(c, visits)
        voucher_at, prepaid_at = self._cards_and_purchases(c, days)
        last = len(days) - 1
        for n, day in enumerate(days):
            # customer 1's visits that leave a debt, a voucher, a card always take place
            certain = c.id == 1 and n in (last, voucher_at, prepaid_at)
            booked = self._visit(c, day, favourite, c.id == 1 and n == last, certain)
            if not booked:
                continue
            extra = []
            if n == voucher_at and self.packages:
                extra.append(("package", rng.choice(self.packages)))
            if n == prepaid_at:
                extra.append(("card", rng.choice(self.prepaid_types)))
            self.sale(c, booked, day, extra, debt and n == last)
        self._upcoming(c, favourite)
        if rng.random() < 0.06 or c.id == 1:
            self._budgets(c, favourite)

    def _visit_days(self, c: _Customer, visits: int) -> list[dt.date]:
        """The days of the customer's visits over the last three years (since they came)."""
        start = self.today - dt.timedelta(days=3 * 365)
        if c.id != 1:
            start = max(c.since, start)
        span = max(1, (self.today - start).days - 1)
        return sorted({start + dt.timedelta(days=self.rng.randrange(span))
                       for _ in range(visits)})

    def _cards_and_purchases(self, c: _Customer, days: list[dt.date]
                             ) -> tuple[int | None, int | None]:
        """A loyalty card for some customers; the visits (by number) at which a voucher
        package and a prepaid card are bought, if any."""
        rng = self.rng
        if rng.random() < 0.10 or c.id == 1:
            first = rng.randrange(len(days)) if days and c.id != 1 else max(0, len(days) - 12)
            self._loyalty_card(c, days[first] if days else self.today)
        voucher_at = rng.randrange(len(days)) if days and rng.random() < 0.12 else None
        prepaid_at = rng.randrange(len(days)) if days and rng.random() < 0.06 else None
        if c.id == 1 and days:  # one of each, still running
            voucher_at, prepaid_at = max(0, len(days) - 8), max(0, len(days) - 3)
            c.since = min(c.since, days[0])
        return voucher_at, prepaid_at

    def _visit(self, c: _Customer, day: dt.date, favourite: list[str], priciest: bool,
               certain: bool) -> list[dict]:
        """Books one visit's appointments; returns the ones to charge (none unless the visit
        took place)."""
        rng = self.rng
        svc = self._visit_service(c, day, favourite, priciest)
        roll = rng.random()
        status = "no_show" if roll < 0.04 else "cancelled" if roll < 0.08 else "completed"
        if certain:
            status = "completed"
        services = [svc]
        if status == "completed" and rng.random() < 0.2:
            services.append(rng.choice(self.services))
        booked, after = [], None
        for s in services:
            placed = self.appointment(c, day, s, status, after)
            if placed is not None:
                booked.append(placed[0])
                after = placed[1]
        return booked if status == "completed" else []

    def _visit_service(self, c: _Customer, day: dt.date, favourite: list[str],
                       priciest: bool) -> _Svc:
        """A service of a favourite type; the dearest one for customer 1's last visit; often
        the one a voucher still running pays for."""
        rng = self.rng
        svc = rng.choice(self.by_type[rng.choice(favourite)])
        if priciest:
            svc = max(self.services, key=lambda s: s.price)
        if c.vouchers and rng.random() < 0.7:
            live = [v for v in c.vouchers if v["left"] > 0 and (
                v["expires_on"] is None or v["expires_on"] >= day)]
            if live:
                svc = next(s for s in self.services if s.id == live[0]["service_id"])
        return svc

    def _upcoming(self, c: _Customer, favourite: list[str]) -> None:
        """Appointments to come in the next weeks."""
        rng = self.rng
        for k in range(rng.choice([0, 1, 1, 2]) if c.id != 1 else 2):
            day = self.today + dt.timedelta(days=rng.randint(0, 40) + 7 * k)
            svc = rng.choice(self.by_type[rng.choice(favourite)])
            self.appointment(c, day, svc, rng.choice(["pending", "confirmed", "confirmed"]))

    def _loyalty_card(self, c: _Customer, day: dt.date) -> None:
        self.loyalty_number += 1
        card_id = self.next_id(LoyaltyCard.__table__)
        svc_pct, prod_pct = Decimal(self.rng.choice([5, 10, 15])), Decimal(5)
        value = self.rng.choice([0, 0, 5000])
        self.rows[LoyaltyCard].append({
            "id": card_id, "customer_id": c.id, "number": f"L{self.loyalty_number:06d}",
            "purchased_on": day, "description": "Loyalty club", "value_cents": value,
            "used_cents": 0, "service_discount_percent": svc_pct,
            "product_discount_percent": prod_pct, "expires_on": add_months(day, 24),
            "cancelled": False, "created_at": self.now, "updated_at": self.now})
        c.loyalty = (card_id, svc_pct, prod_pct, day)

    def sale(self, c: _Customer, booked: list[dict], day: dt.date, extra: list, owe: bool
             ) -> None:
        rng = self.rng
        sale_id = self.next_id(Sale.__table__)
        end = max(a["starts_at"] + dt.timedelta(minutes=a["duration_minutes"]) for a in booked)
        lines = self._sale_lines(c, sale_id, booked, day, extra)
        total = sum(r["amount_cents"] for r in lines)
        payments = self._credit_payments(c, lines, day, sale_id, end)
        credit = sum(p["amount_cents"] for p in payments)
        owed = self._pay_the_rest(c, sale_id, total - credit, end, owe, payments)
        paid = sum(p["amount_cents"] for p in payments)
        earned = points_for(total - credit, Decimal(1))
        self.rows[Sale].append({
            "id": sale_id, "ticket_number": "", "customer_id": c.id,
            "staff_id": rng.choice(self.staff_ids), "sold_at": end, "comments": "",
            "total_cents": total, "paid_cents": paid, "points_earned": earned,
            "cancelled": False, "created_at": end, "updated_at": end})
        self.rows[SaleLine].extend(lines)
        self.rows[Payment].extend(payments)
        for p in payments:
            if p["method"] in ("cash", "card", "transfer"):
                self._cash(p["amount_cents"], p["method"], end, c.id, sale_id, None)
        if earned:
            self._points(c, earned, "earned", end, sale_id)
        if owed:
            self._debt(c, sale_id, owed, end)
        c.last_visit = end if c.last_visit is None else max(c.last_visit, end)

    def _sale_lines(self, c: _Customer, sale_id: int, booked: list[dict], day: dt.date,
                    extra: list) -> list[dict]:
        """The booked services (at the customer's or their loyalty card's discount), sometimes
        a product, and the package or prepaid card bought."""
        rng = self.rng
        card = c.loyalty if c.loyalty and c.loyalty[3] <= day else None
        svc_pct = max(c.discount, card[1] if card else Decimal(0))
        prod_pct = max(c.discount, card[2] if card else Decimal(0))
        lines = _SaleLines(self, sale_id)
        for a in booked:
            svc = next(s for s in self.services if s.id == a["service_id"])
            lines.add("service", svc.name, a["price_cents"], svc_pct, service_id=svc.id,
                      staff_id=a["staff_id"], appointment_id=a["id"])
            a["sale_id"] = sale_id
        if rng.random() < 0.25 and self.products:
            pid, name, price, _tax = rng.choice(self.products)
            lines.add("product", name, price, prod_pct, rng.choice([1, 1, 2]), product_id=pid)
        for kind, what in extra:
            if kind == "package":
                row = lines.add("package", what.name, what.price_cents, Decimal(0),
                                package_id=what.id)
                for item in what.items:
                    if item.service_id:
                        self._voucher(c, what, item.service_id, item.quantity, day, sale_id,
                                      row)
            else:
                type_id, value, price, months, allowed, name = what
                lines.add("card", f'Prepaid card "{name}"', price, Decimal(0))
                c.prepaid.append({"id": self.next_id(PrepaidCard.__table__), "type_id": type_id,
                                  "value": value, "used": 0, "allowed": allowed,
                                  "expires_on": add_months(day, months), "sale_id": sale_id,
                                  "purchased_on": day})
        return lines.rows

    def _pay_the_rest(self, c: _Customer, sale_id: int, left: int, at: dt.datetime, owe: bool,
                      payments: list[dict]) -> int:
        """Pays what credits left to pay (all of it, or part when the sale leaves a debt);
        returns what is owed."""
        rng = self.rng
        owed = 0
        if owe and left > 0:
            part = 0 if c.id == 1 else left * rng.choice([0, 0, 30, 50]) // 100
            owed = left - part
            left = part
        if left > 0:
            method = rng.choices(["card", "cash", "transfer"], [60, 35, 5])[0]
            tendered = None
            if method == "cash":
                tendered = -(-left // 500) * 500 if rng.random() < 0.6 else None
            payments.append(self._payment(sale_id, method, left, at, tendered))
        return owed

    def _payment(self, sale_id: int, method: str, amount: int, at: dt.datetime,
                 tendered: int | None = None, reference: int | None = None) -> dict:
        return {"id": self.next_id(Payment.__table__), "sale_id": sale_id, "method": method,
                "amount_cents": amount, "tendered_cents": tendered, "reference_id": reference,
                "paid_at": at}

    def _credit_payments(self, c: _Customer, lines: list[dict], day: dt.date, sale_id: int,
                         at: dt.datetime) -> list[dict]:
        """Vouchers, prepaid cards and points paying what they can of the sale."""
        total = sum(r["amount_cents"] for r in lines)
        payments = self._voucher_payments(c, lines, day, sale_id, at)
        payments += self._prepaid_payments(c, lines, day, sale_id, at)
        covered = sum(p["amount_cents"] for p in payments)
        if c.points >= 200 and self.rng.random() < 0.15 and total - covered >= 1000:
            payments.append(self._payment(sale_id, "points", 1000, at))
            self._points(c, -200, "redeemed", at, sale_id)
        for r in lines:
            r.pop("_paid", None)
        return payments

    def _voucher_payments(self, c: _Customer, lines: list[dict], day: dt.date, sale_id: int,
                          at: dt.datetime) -> list[dict]:
        """A session of a running voucher for each service line it covers (marked _paid)."""
        payments = []
        for r in lines:
            if r["kind"] != "service":
                continue
            v = next((v for v in c.vouchers if v["service_id"] == r["service_id"]
                      and v["left"] > 0 and v["bought_on"] < day
                      and (v["expires_on"] is None or v["expires_on"] >= day)), None)
            if v is None:
                continue
            v["left"] -= 1
            self.rows[Voucher][v["row"]]["sessions_used"] += 1
            payments.append(self._payment(sale_id, "voucher", r["amount_cents"], at,
                                          reference=v["id"]))
            r["_paid"] = True
        return payments

    def _prepaid_payments(self, c: _Customer, lines: list[dict], day: dt.date, sale_id: int,
                          at: dt.datetime) -> list[dict]:
        """Running prepaid cards paying the services no voucher paid, those they allow."""
        payments = []
        services_left = sum(r["amount_cents"] for r in lines
                            if r["kind"] == "service" and not r.get("_paid"))
        for card in c.prepaid:
            if not (card["purchased_on"] < day <= card["expires_on"]
                    and card["value"] > card["used"]):
                continue
            allowed = sum(r["amount_cents"] for r in lines if r["kind"] == "service"
                          and not r.get("_paid")
                          and (card["allowed"] is None or r["service_id"] in card["allowed"]))
            amount = min(allowed, card["value"] - card["used"], services_left)
            if amount > 0:
                card["used"] += amount
                services_left -= amount
                payments.append(self._payment(sale_id, "prepaid", amount, at,
                                              reference=card["id"]))
        return payments

    def _voucher(self, c: _Customer, package, service_id: int, sessions: int, day: dt.date,
                 sale_id: int, line: dict) -> None:
        vid = self.next_id(Voucher.__table__)
        expires = day + dt.timedelta(days=package.validity_days) if package.validity_days else None
        self.rows[Voucher].append({
            "id": vid, "customer_id": c.id, "name": package.name, "service_id": service_id,
            "purchased_on": day, "expires_on": expires, "sessions_bought": sessions,
            "sessions_used": 0, "description": "From a package", "cancelled": False,
            "sale_id": sale_id, "created_at": self.now, "updated_at": self.now})
        c.vouchers.append({"id": vid, "service_id": service_id, "left": sessions,
                           "expires_on": expires, "bought_on": day,
                           "row": len(self.rows[Voucher]) - 1})

    def _cash(self, amount: int, method: str, at: dt.datetime, customer_id: int,
              sale_id: int | None, debt_payment_id: int | None, text: str = "") -> None:
        self.rows[CashMovement].append({
            "id": self.next_id(CashMovement.__table__), "at": at, "amount_cents": amount,
            "method": method, "description": text, "customer_id": customer_id,
            "sale_id": sale_id, "debt_payment_id": debt_payment_id, "staff_id": None})

    def _points(self, c: _Customer, points: int, action: str, at: dt.datetime,
                sale_id: int | None, reason: str = "") -> None:
        c.points += points
        self.rows[PointsEntry].append({
            "id": self.next_id(PointsEntry.__table__), "customer_id": c.id, "at": at,
            "points": points, "action": action, "balance": c.points, "staff_id": None,
            "reason": reason, "sale_id": sale_id})

    def _debt(self, c: _Customer, sale_id: int, owed: int, at: dt.datetime) -> None:
        debt_id = self.next_id(Debt.__table__)
        remaining = owed
        if self.rng.random() < 0.4 or c.id == 1:  # partly paid since
            part = max(100, owed // 3 // 100 * 100)
            if part < owed:
                pay_at = at + dt.timedelta(days=self.rng.randint(1, 10))
                pay_at = min(pay_at, self.now)
                pid = self.next_id(DebtPayment.__table__)
                self.rows[DebtPayment].append({
                    "id": pid, "debt_id": debt_id, "amount_cents": part, "method": "cash",
                    "description": "Paid part at the desk", "paid_at": pay_at,
                    "staff_id": None})
                self._cash(part, "cash", pay_at, c.id, sale_id, pid, "Debt payment")
                remaining -= part
                sale = self.rows[Sale][-1]
                sale["paid_cents"] += part
        self.rows[Debt].append({
            "id": debt_id, "customer_id": c.id, "sale_id": sale_id, "incurred_at": at,
            "initial_cents": owed, "remaining_cents": remaining, "description": "Unpaid on ticket",
            "created_at": at, "updated_at": at})

    def _budgets(self, c: _Customer, favourite: list[str]) -> None:
        rng = self.rng
        for k in range(rng.choice([1, 1, 2])):
            bid = self.next_id(Budget.__table__)
            issued = self.today - dt.timedelta(days=rng.randint(0, 200))
            lines, total = [], 0
            for pos, svc in enumerate(rng.sample(self.by_type[rng.choice(favourite)],
                                                 k=1 + (rng.random() < 0.4))):
                qty = rng.choice([1, 3, 6])
                pct = Decimal(rng.choice([0, 5, 10]))
                amount = line_amount(qty, svc.price, pct)
                total += amount
                lines.append({"id": self.next_id(BudgetLine.__table__), "budget_id": bid,
                              "position": pos, "kind": "service", "service_id": svc.id,
                              "product_id": None, "package_id": None, "description": svc.name,
                              "quantity": qty, "unit_price_cents": svc.price,
                              "discount_percent": pct, "amount_cents": amount})
            status = "open" if (k == 0 and c.id == 1) else rng.choice(["open", "open",
                                                                        "rejected"])
            self.rows[Budget].append({
                "id": bid, "code": "", "customer_id": c.id,
                "staff_id": rng.choice(self.staff_ids), "issued_on": issued,
                "valid_until": issued + dt.timedelta(days=30),
                "description": rng.choice(BUDGET_TEXTS), "conditions": "Valid for 30 days.",
                "total_cents": total, "status": status, "sale_id": None,
                "created_at": self.now, "updated_at": self.now})
            self.rows[BudgetLine].extend(lines)

    # --- writing ------------------------------------------------------------------------------
    def write(self, customers: list[_Customer]) -> None:
        conn = self.session.connection()
        for c in customers:
            for card in c.prepaid:
                self.rows[PrepaidCard].append({
                    "id": card["id"], "customer_id": c.id, "type_id": card["type_id"],
                    "purchased_on": card["purchased_on"], "expires_on": card["expires_on"],
                    "value_cents": card["value"], "used_cents": card["used"], "cancelled": False,
                    "sale_id": card["sale_id"], "created_at": self.now, "updated_at": self.now})
        order = [Sale, Budget, BudgetLine, Appointment, SaleLine, Payment, Voucher, PrepaidCard,
                 LoyaltyCard, Debt, DebtPayment, CashMovement, PointsEntry]
        for model in order:
            rows = self.rows[model]
            for i in range(0, len(rows), 5000):
                conn.execute(insert(model.__table__), rows[i:i + 5000])
        # A customer whose visits were all cancelled or missed has no last visit either.
        visited = [{"cid": c.id, "at": c.last_visit, "since": c.since} for c in customers]
        if visited:
            table = Customer.__table__
            conn.execute(update(table).where(table.c.id == bindparam("cid")).values(
                last_visit_at=bindparam("at"), customer_since=bindparam("since")), visited)


class _SaleLines:
    """The lines of one demo sale, numbered in the order they are added."""

    def __init__(self, builder: _Builder, sale_id: int) -> None:
        self.builder, self.sale_id = builder, sale_id
        self.rows: list[dict] = []

    def add(self, kind: str, description: str, price: int, pct: Decimal, qty: int = 1,
            **ids) -> dict:
        row = {"id": self.builder.next_id(SaleLine.__table__), "sale_id": self.sale_id,
               "position": len(self.rows), "kind": kind, "service_id": None, "product_id": None,
               "package_id": None, "description": description, "quantity": qty,
               "unit_price_cents": price, "discount_percent": pct,
               "tax_rate": Decimal(21), "amount_cents": line_amount(qty, price, pct),
               "staff_id": None, "appointment_id": None, **ids}
        self.rows.append(row)
        return row


def rich_subset(customer_ids: list[int]) -> list[int]:
    return customer_ids[:RICH_FIRST] + customer_ids[RICH_FIRST::RICH_EVERY]


def build_demo_history(session: Session, customer_ids: list[int], rng: random.Random) -> None:
    """Visits and money for the demo customers (see the module docstring)."""
    builder = _Builder(session, rng)
    chosen = set(rich_subset(sorted(customer_ids)))
    wanted = set(customer_ids)
    customers, light = [], []
    for cid, discount, staff, since, last_visit in session.execute(
            select(Customer.id, Customer.discount_percent, Customer.preferred_staff_id,
                   Customer.customer_since, Customer.last_visit_at).order_by(Customer.id)):
        if cid not in wanted:
            continue
        if cid in chosen:
            customers.append(_Customer(cid, Decimal(discount or 0), staff,
                                       since or builder.today))
        elif last_visit is not None:
            light.append((cid, Decimal(discount or 0), since or builder.today, last_visit))
    for c in customers:
        visits = 40 if c.id == 1 else int(rng.choice([2, 3, 4, 6, 8, 10, 12, 15, 20, 25]))
        debt = c.id == 1 or rng.random() < 0.07
        builder.customer(c, visits, debt)
    plain = LightHistory(builder, rng, TYPE_STAFF, TYPE_ROOMS)
    for cid, discount, since, last_visit in light:
        plain.customer(cid, discount, since, last_visit)
    tickets = number_documents(builder.rows, plain.sales())
    builder.write(customers)
    plain.write(session.connection(), tickets)
