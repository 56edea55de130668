"""What a customer's history says: visits and spend per month, habits, and whether they are
slipping away.

A visit is a day on which the customer had a completed appointment or a (not cancelled) sale;
several appointments on one day are one visit. Days are UTC calendar days in SQL, which for a
salon's opening hours are the local days too. ``Customer.last_visit_at`` (which imports may set
without any appointment behind it) also counts as a visit day.

At-risk rule (thresholds are settings):
- *lapsed*: more than ``insights.lapsed_days`` (365) since the last visit;
- *at risk*: for a customer with at least ``insights.min_visits`` (3) visits, more than
  ``insights.at_risk_multiple`` (2.0) times their usual interval since the last visit; their
  usual interval is the average gap between visits, (last - first) / (visits - 1), which is
  steady for regular visitors and long, so forgiving, for irregular ones; with fewer visits,
  more than ``insights.few_visits_days`` (90) days;
- never at risk before ``insights.at_risk_min_days`` (30) days, nor while an appointment is booked
  (pending or confirmed, in the future); customers who never came are "new", not at risk.

``at_risk_ids`` computes the same rule for every customer in one aggregate query (no per-customer
round trips), which the customer list uses as a filter.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, bindparam, select, text
from sqlalchemy.orm import Session

from salon_desk.models import (
    Appointment,
    AppointmentStatus,
    Customer,
    LineKind,
    Sale,
    SaleLine,
    Service,
    Staff,
    utcnow,
)
from salon_desk.models.db import Database
from salon_desk.models.opening import is_sqlite
from salon_desk.services import settings
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import get_or_not_found
from salon_desk.services.jobs import Job
from salon_desk.services.settings import Option

AT_RISK_MULTIPLE = Option("insights.at_risk_multiple", Decimal, Decimal("2.0"),
                          "At risk after this many times the usual interval")
MIN_VISITS = Option("insights.min_visits", int, 3, "Visits needed to know the usual interval")
FEW_VISITS_DAYS = Option("insights.few_visits_days", int, 90,
                         "With fewer visits, at risk after (days)")
LAPSED_DAYS = Option("insights.lapsed_days", int, 365, "Lapsed after (days)")
MIN_DAYS = Option("insights.at_risk_min_days", int, 30, "Never at risk before (days)")

OK, AT_RISK, LAPSED, NEW = "ok", "at_risk", "lapsed", "new"
STATUS_LABELS = {OK: "Regular", AT_RISK: "At risk", LAPSED: "Lapsed", NEW: "No visits yet"}
MONTHS = 24


@dataclass(frozen=True)
class Thresholds:
    multiple: Decimal = Decimal("2.0")
    min_visits: int = 3
    few_visits_days: int = 90
    lapsed_days: int = 365
    min_days: int = 30

    @classmethod
    def load(cls, session: Session) -> Thresholds:
        return cls(multiple=settings.get(session, AT_RISK_MULTIPLE),
                   min_visits=settings.get(session, MIN_VISITS),
                   few_visits_days=settings.get(session, FEW_VISITS_DAYS),
                   lapsed_days=settings.get(session, LAPSED_DAYS),
                   min_days=settings.get(session, MIN_DAYS))


@dataclass
class RiskStatus:
    status: str  # OK, AT_RISK, LAPSED or NEW
    days_since: int | None
    usual_interval: float | None
    threshold_days: float | None  # at risk beyond this many days
    reason: str

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class MonthFigure:
    year: int
    month: int
    visits: int = 0
    spend_cents: int = 0


@dataclass
class CustomerInsights:
    months: list[MonthFigure]
    visit_count: int
    first_visit: dt.date | None
    last_visit: dt.date | None
    days_since_last_visit: int | None
    average_interval_days: float | None
    total_spend_cents: int
    average_ticket_cents: int | None
    services: list[tuple[str, int]] = field(default_factory=list)
    staff: list[tuple[str, int]] = field(default_factory=list)
    risk: RiskStatus | None = None
    next_booking: dt.datetime | None = None

    @property
    def staff_seen_most(self) -> str | None:
        return self.staff[0][0] if self.staff else None


def classify(visit_count: int, first: dt.date | None, last: dt.date | None, today: dt.date,
             limits: Thresholds, booked: bool = False) -> RiskStatus:
    """The at-risk rule (module doc) for one customer's visit figures."""
    if last is None or visit_count == 0:
        return RiskStatus(NEW, None, None, None, "No visits yet")
    days = (today - last).days
    interval = None
    if visit_count >= 2 and first is not None:
        interval = (last - first).days / (visit_count - 1)
    if visit_count >= limits.min_visits and interval is not None:
        threshold = max(float(limits.multiple) * interval, float(limits.min_days))
        basis = (f"usually every {interval:.0f} days; at risk after {threshold:.0f}")
    else:
        threshold = float(max(limits.few_visits_days, limits.min_days))
        basis = f"few visits; at risk after {threshold:.0f} days"
    since = f"{days} days since the last visit"
    if days > limits.lapsed_days:
        return RiskStatus(LAPSED, days, interval, threshold,
                          f"{since} (lapsed after {limits.lapsed_days})")
    if days > threshold and not booked:
        return RiskStatus(AT_RISK, days, interval, threshold, f"{since} ({basis})")
    reason = f"{since} ({basis})"
    if booked and days > threshold:
        reason += "; has an appointment booked"
    return RiskStatus(OK, days, interval, threshold, reason)


# One customer --------------------------------------------------------------------------------

def _visit_days(session: Session, customer_id: int) -> tuple[set[dt.date], list, list]:
    appts = list(session.execute(
        select(Appointment.starts_at, Service.name, Staff.name)
        .outerjoin(Service, Service.id == Appointment.service_id)
        .outerjoin(Staff, Staff.id == Appointment.staff_id)
        .where(Appointment.customer_id == customer_id,
               Appointment.status == AppointmentStatus.COMPLETED.value)))
    sales = list(session.execute(
        select(Sale.sold_at, Sale.total_cents).where(Sale.customer_id == customer_id,
                                                     Sale.cancelled.is_(False))))
    days = {a[0].date() for a in appts} | {s[0].date() for s in sales}
    return days, appts, sales


def has_future_booking(session: Session, customer_id: int,
                       now: dt.datetime | None = None) -> dt.datetime | None:
    return session.scalar(
        select(Appointment.starts_at)
        .where(Appointment.customer_id == customer_id, Appointment.starts_at >= (now or utcnow()),
               Appointment.status.in_((AppointmentStatus.PENDING.value,
                                       AppointmentStatus.CONFIRMED.value)))
        .order_by(Appointment.starts_at).limit(1))


def _month_keys(today: dt.date, months: int) -> list[tuple[int, int]]:
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(keys))


def _ranked(counter: Counter) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def customer_insights(session: Session, customer_id: int,
                      today: dt.date | None = None) -> CustomerInsights:
    """Every figure of the insights tab for one customer."""
    customer = get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
    today = today or dt.date.today()
    days, appts, sales = _visit_days(session, customer_id)
    if customer.last_visit_at is not None:
        days.add(customer.last_visit_at.date())
    ordered = sorted(days)
    months = {key: MonthFigure(*key) for key in _month_keys(today, MONTHS)}
    for day in ordered:
        if (day.year, day.month) in months:
            months[(day.year, day.month)].visits += 1
    for sold_at, total in sales:
        local = sold_at.astimezone()
        if (local.year, local.month) in months:
            months[(local.year, local.month)].spend_cents += total
    services = Counter(name for _, name, _ in appts if name)
    services.update(session.scalars(
        select(SaleLine.description).join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.customer_id == customer_id, Sale.cancelled.is_(False),
               SaleLine.kind == LineKind.SERVICE.value, SaleLine.appointment_id.is_(None))))
    staff = Counter(name for _, _, name in appts if name)
    total = sum(t for _, t in sales)
    first = ordered[0] if ordered else None
    last = ordered[-1] if ordered else None
    interval = (last - first).days / (len(ordered) - 1) if len(ordered) >= 2 else None
    booking = has_future_booking(session, customer_id,
                                 dt.datetime.combine(today, dt.time(), dt.UTC))
    return CustomerInsights(
        months=list(months.values()), visit_count=len(ordered), first_visit=first,
        last_visit=last, days_since_last_visit=(today - last).days if last else None,
        average_interval_days=round(interval, 1) if interval is not None else None,
        total_spend_cents=total,
        average_ticket_cents=round(total / len(sales)) if sales else None,
        services=_ranked(services), staff=_ranked(staff),
        risk=classify(len(ordered), first, last, today, Thresholds.load(session),
                      booked=booking is not None),
        next_booking=booking)


def customer_risk(session: Session, customer_id: int,
                  today: dt.date | None = None) -> RiskStatus:
    """The at-risk status of one customer (for the record header)."""
    return statuses_for(session, [customer_id], today).get(
        customer_id, RiskStatus(NEW, None, None, None, "No visits yet"))


# Many customers, in SQL ------------------------------------------------------------------------

# The visit days come in (customer, day) order: each source is read in that order from an index
# (ix_appointments_visit_day, ix_sales_visit_day, the customers' ids), so SQLite merges the
# three and drops a day seen twice as it goes, instead of sorting every visit to find them.
# PostgreSQL hashes the days instead (an ORDER BY would only add a sort).
_STATS_SQL = """
WITH visits AS (
    SELECT customer_id, date(starts_at) AS day FROM appointments
     WHERE status = 'completed' AND customer_id IS NOT NULL {appt_filter}
    UNION
    SELECT customer_id, date(sold_at) FROM sales
     WHERE cancelled = {false} AND customer_id IS NOT NULL {sale_filter}
    UNION
    SELECT id, date(last_visit_at) FROM customers
     WHERE last_visit_at IS NOT NULL {customer_filter}
     {in_order}
),
stats AS (
    SELECT customer_id, COUNT(*) AS n, MIN(day) AS first_day, MAX(day) AS last_day
      FROM visits GROUP BY customer_id
)
SELECT s.customer_id, s.n, s.first_day, s.last_day,
       {days_since} AS days_since,
       CASE WHEN s.n > 1 THEN {span} / (s.n - 1) END AS interval_days,
       EXISTS (SELECT 1 FROM appointments b
                WHERE b.customer_id = s.customer_id AND b.starts_at >= :now
                  AND b.status IN ('pending', 'confirmed')) AS booked
  FROM stats s JOIN customers c ON c.id = s.customer_id
 WHERE c.merged_into_id IS NULL {outer_filter}
"""

# What each engine writes its own way: days between two dates (SQLite's julianday, a
# server's date subtraction, in whole days both), the larger of two values, false.
_ENGINE_SQL = {
    "sqlite": {"days_since": "julianday(:today) - julianday(s.last_day)",
               "span": "(julianday(s.last_day) - julianday(s.first_day))",
               "greatest": "MAX", "false": "0", "true": "1", "in_order": "ORDER BY 1, 2"},
    "postgresql": {"days_since": "(:today - s.last_day)",
                   "span": "CAST(s.last_day - s.first_day AS double precision)",
                   "greatest": "GREATEST", "false": "FALSE", "true": "TRUE", "in_order": ""},
}

_CLASSIFY_SQL = """
SELECT customer_id FROM ({stats}) AS figures
 WHERE {condition}
"""

_AT_RISK = """
days_since <= :lapsed AND NOT booked AND days_since > {greatest}(:min_days, CASE
    WHEN n >= :min_visits AND interval_days IS NOT NULL THEN :multiple * interval_days
    ELSE :few_days END)
"""
_LAPSED = "days_since > :lapsed"

# The figures' types, so that both engines hand back dates and booleans (SQLite's date() is
# text, its EXISTS a number).
_FIGURES = {"customer_id": Integer, "n": Integer, "first_day": Date, "last_day": Date,
            "days_since": Float, "interval_days": Float, "booked": Boolean}


def _engine_sql(session: Session) -> dict[str, str]:
    return _ENGINE_SQL["sqlite" if is_sqlite(session.get_bind()) else "postgresql"]


def _params(session: Session, today: dt.date) -> dict:
    limits = Thresholds.load(session)
    now = dt.datetime.combine(today, dt.time())  # booked from today on (naive UTC, as stored)
    return {"today": today, "now": now, "lapsed": limits.lapsed_days,
            "min_days": limits.min_days, "min_visits": limits.min_visits,
            "multiple": float(limits.multiple), "few_days": limits.few_visits_days}


def _bound(sql: str, params: dict):
    """``sql`` with those of ``params`` it uses bound, dates and times typed as such (a
    server compares them as dates and times, SQLite as the text it stores), ``ids`` a list."""
    types = {"today": Date(), "now": DateTime()}
    return text(sql).bindparams(*(
        bindparam(name, value, type_=types.get(name), expanding=name == "ids")
        for name, value in params.items() if f":{name}" in sql))


def _stats_sql(engine: dict[str, str], only_ids: bool, active_only: bool = True) -> str:
    filters = {"appt_filter": "", "sale_filter": "", "customer_filter": "", "outer_filter": ""}
    if only_ids:
        filters = {"appt_filter": "AND customer_id IN :ids",
                   "sale_filter": "AND customer_id IN :ids",
                   "customer_filter": "AND id IN :ids", "outer_filter": ""}
    if active_only:
        filters["outer_filter"] = f"AND c.active = {engine['true']}"
    return _STATS_SQL.format(**filters, **engine)


def risk_select(session: Session, kind: str = AT_RISK, today: dt.date | None = None, *,
                visits: tuple[int | None, int | None] = (None, None)):
    """The select of at_risk_ids, its values bound: a subquery other filters (segments) put
    in ``Customer.id.in_(...)``, so the rule stays written once. ``visits`` (at least, at
    most; None for no bound) also asks for that number of visit days, counted as the rule
    counts them."""
    engine = _engine_sql(session)
    at_risk = _AT_RISK.format(**engine)
    conditions = {AT_RISK: at_risk, LAPSED: _LAPSED,
                  "at_risk_or_lapsed": f"({at_risk}) OR ({_LAPSED})"}
    if kind not in conditions:
        raise ValueError(f"Unknown at-risk kind {kind!r}")
    condition = f"({conditions[kind]})"
    low, high = visits
    if low is not None:
        condition += " AND n >= :visits_min"
    if high is not None:
        condition += " AND n <= :visits_max"
    sql = _CLASSIFY_SQL.format(stats=_stats_sql(engine, False), condition=condition)
    params = {**_params(session, today or dt.date.today()), "visits_min": low, "visits_max": high}
    return _bound(sql, params).columns(customer_id=Integer)


def at_risk_ids(session: Session, kind: str = AT_RISK, today: dt.date | None = None) -> list[int]:
    """Ids of the active customers that are at risk (kind "at_risk"), lapsed ("lapsed") or
    either ("at_risk_or_lapsed"), in id order. One aggregate query over all visits."""
    return sorted(session.execute(risk_select(session, kind, today)).scalars())


def statuses_for(session: Session, customer_ids: list[int],
                 today: dt.date | None = None) -> dict[int, RiskStatus]:
    """The at-risk status of each of these customers (e.g. the rows on screen in the list).

    Customers without any visit are left out (they are "new")."""
    if not customer_ids:
        return {}
    today = today or dt.date.today()
    limits = Thresholds.load(session)
    out: dict[int, RiskStatus] = {}
    sql = _stats_sql(_engine_sql(session), True, active_only=False)
    for chunk_start in range(0, len(customer_ids), 900):
        chunk = list(customer_ids[chunk_start:chunk_start + 900])
        stmt = _bound(sql, {**_params(session, today), "ids": chunk}).columns(**_FIGURES)
        for cid, n, first, last, _days, _interval, booked in session.execute(stmt):
            out[cid] = classify(n, first, last, today, limits, booked=bool(booked))
    return out


def at_risk_ids_job(db: Database, kind: str = AT_RISK) -> Job[list[int]]:
    """at_risk_ids with a session of its own, as a long job (services.jobs) for the customer
    list's visits filter: busy until the one query is done."""
    yield 0, 0, "Looking at every customer's visits…"
    with db.session() as session:
        return at_risk_ids(session, kind)
