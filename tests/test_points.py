"""The points ledger: running total, signs by action, searching."""

from __future__ import annotations

import datetime as dt

import pytest

from salon_desk.services.errors import ValidationError
from salon_desk.services.sales.points import (
    add_points,
    balance,
    last_movement,
    record,
    remove_points,
    search,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def test_running_total_and_actions(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as s:
        add_points(s, cid, 100, "Birthday")
        record(s, cid, 40, "earned", "Ticket T1")
        remove_points(s, cid, 30, "Gift: hand cream", action="redeemed")
        record(s, cid, -10, "adjusted", "Typo")
        record(s, cid, 20, "expired", "Older than a year")  # expiry always takes points
    rows = search(salon_db.session(), cid)
    assert [(r.action, r.points, r.balance) for r in rows] == [
        ("added", 100, 100), ("earned", 40, 140), ("redeemed", -30, 110),
        ("adjusted", -10, 100), ("expired", -20, 80)]
    assert balance(salon_db.session(), cid) == 80
    last = last_movement(salon_db.session(), cid)
    assert (last.action, last.points, last.balance) == ("expired", -20, 80)


def test_balance_never_below_zero_and_signs_checked(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as s:
        add_points(s, cid, 10)
    with pytest.raises(ValidationError, match="only 10 points"), salon_db.transaction() as s:
        remove_points(s, cid, 11)
    with pytest.raises(ValidationError, match="positive"), salon_db.transaction() as s:
        record(s, cid, -5, "earned")
    with pytest.raises(ValidationError, match="other than zero"), salon_db.transaction() as s:
        add_points(s, cid, 0)
    assert balance(salon_db.session(), cid) == 10


def test_search_by_date_action_and_points(salon_db, make_customer):
    cid = make_customer()
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=60)
    with salon_db.transaction() as s:
        record(s, cid, 50, "added", "Old gift", at=old)
        record(s, cid, 25, "earned", "Ticket")
        record(s, cid, -25, "redeemed", "Gift")
    s = salon_db.session()
    assert [r.reason for r in search(s, cid, action="earned")] == ["Ticket"]
    assert [r.action for r in search(s, cid, points=25)] == ["earned", "redeemed"]
    recent = search(s, cid, date_from=dt.date.today() - dt.timedelta(days=7))
    assert [r.reason for r in recent] == ["Ticket", "Gift"]
    assert [r.reason for r in search(s, cid, date_to=old.astimezone().date())] == ["Old gift"]
