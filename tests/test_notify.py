"""Change notices on a salon server: a change committed by one desk reaches another's listener."""

from __future__ import annotations

import pytest

from salon_desk.models.db import Database
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.notify import Change, ChangeListener, listens, parse


@pytest.fixture
def server_db(pg_server):
    url = pg_server.new_database()
    database = Database(url)
    yield database
    database.dispose()
    pg_server.drop_database(url)


@pytest.fixture
def listener(server_db):
    """This desk's listener (server_db is this desk)."""
    heard = ChangeListener(server_db)
    yield heard
    heard.close()


@pytest.fixture
def other_desk(server_db):
    """Another desk on the same salon server: a connection pool of its own."""
    desk = Database(server_db.address)
    yield desk
    desk.dispose()


def _collect(listener: ChangeListener, wanted: int, seconds: float = 5.0) -> list[Change]:
    got: list[Change] = []
    for _ in range(int(seconds / 0.25)):
        got += listener.changes(0.25)
        if len(got) >= wanted:
            break
    return got


def test_a_change_committed_by_one_desk_reaches_the_others_listener(listener, other_desk):
    with other_desk.transaction() as session:
        customer_id = create_customer(session, CustomerData(first_name="Lucía")).id
    changes = _collect(listener, 1)
    assert Change("customers", customer_id, "insert", customer_id) in changes


def test_nothing_is_told_before_the_commit_nor_after_a_rollback(listener, other_desk):
    with other_desk.session() as session:
        create_customer(session, CustomerData(first_name="Nadie"))
        session.flush()
        assert list(listener.changes(0.3)) == []
        session.rollback()
    assert list(listener.changes(0.3)) == []


def test_a_desks_own_changes_are_not_told_back_to_it(server_db, listener):
    with server_db.transaction() as session:
        create_customer(session, CustomerData(first_name="Propia"))
    assert list(listener.changes(0.5)) == []


def test_a_sqlite_salon_has_no_notices(tmp_path):
    db = Database(tmp_path / "salon.sqlite")  # a file whatever SALON_DESK_TEST_ENGINES says
    try:
        assert not listens(db)
        with pytest.raises(ValueError):
            ChangeListener(db)
    finally:
        db.dispose()


def test_an_unreadable_payload_is_left_out():
    assert parse("not json") is None
    assert parse('{"id": 1}') is None
    assert parse('{"table": "debts", "id": 3, "kind": "update", "customer": null}') == Change(
        "debts", 3, "update", None)


def test_a_payment_on_a_debt_names_the_debts_customer(listener, other_desk):
    from salon_desk.models import Debt, DebtPayment

    with other_desk.transaction() as session:
        customer_id = create_customer(session, CustomerData(first_name="Debe")).id
        debt = Debt(customer_id=customer_id, initial_cents=5000, remaining_cents=5000)
        session.add(debt)
        session.flush()
        debt.remaining_cents = 3000
        session.add(DebtPayment(debt_id=debt.id, amount_cents=2000, method="cash"))
    changes = _collect(listener, 4)
    assert {(c.table, c.kind, c.customer) for c in changes} >= {
        ("customers", "insert", customer_id), ("debts", "insert", customer_id),
        ("debts", "update", customer_id), ("debt_payments", "insert", customer_id)}


def test_a_bulk_job_tells_once_for_all_its_rows(listener, other_desk):
    from salon_desk.services.notify import quietly

    with other_desk.transaction() as session:
        quietly(session, "customers")
        for number in range(30):
            create_customer(session, CustomerData(first_name=f"Bulk {number}"))
    changes = _collect(listener, 1) + list(listener.changes(0.5))
    assert changes == [Change("customers", None, "many", None)]
