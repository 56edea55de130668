"""The audit trail: field changes with their values, who made them, append-only in SQLite, and a
chain of hashes that shows a row edited with plain SQL."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from salon_desk.cli import main
from salon_desk.services import audit
from salon_desk.services.customers.records import CustomerData, delete_customers, update_customer

pytestmark = pytest.mark.any_engine


def _tamper(db, *statements: str) -> None:
    """Plain SQL, as someone with the database in hand and no Salon Desk would write it."""
    with db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)


def _drop_trigger(db, name: str) -> str:
    return f"DROP TRIGGER {name}" + ("" if db.is_sqlite else " ON audit_log")


def _rows(db, customer_id=None):
    with db.session() as session:
        return audit.rows(session, customer_id)


def test_a_changed_field_is_kept_with_its_values_before_and_after(salon_db, make_customer):
    cid = make_customer(first_name="Ana", last_name="Pazos", email="ana@example.com")
    with salon_db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Ana", last_name="Pazos Vila",
                                                   email="ana@example.com"))
    newest = _rows(salon_db, cid)[0]
    assert (newest.action, newest.entity, newest.entity_id, newest.who) == (
        "update", "customers", cid, "owner")
    assert newest.changes["last_name"] == ["Pazos", "Pazos Vila"]
    assert "email" not in newest.changes
    assert any(r.action == "insert" and r.entity == "customers" for r in _rows(salon_db, cid))


def test_deleting_customers_writes_a_row_for_each(salon_db, make_customer):
    ids = [make_customer(first_name=name) for name in ("Ana", "Eva")]
    with salon_db.transaction() as session:
        delete_customers(session, ids)
    for cid in ids:
        assert _rows(salon_db, cid)[0].action == "delete"


def test_the_app_cannot_update_or_delete_an_audit_row(salon_db, make_customer):
    make_customer()
    with pytest.raises(DBAPIError, match="append-only"):
        with salon_db.transaction() as session:
            session.connection().exec_driver_sql("UPDATE audit_log SET who = 'nobody'")
    with pytest.raises(DBAPIError, match="append-only"):
        with salon_db.transaction() as session:
            session.connection().exec_driver_sql("DELETE FROM audit_log")


def test_verify_finds_a_row_edited_with_plain_sql(salon_db, make_customer, capsys):
    cid = make_customer(first_name="Ana")
    with salon_db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Ana María"))
    assert main(["--db", salon_db.address, "audit", "--verify"]) == 0
    with salon_db.session() as session:
        first = session.connection().exec_driver_sql(
            "SELECT min(id) FROM audit_log WHERE action = 'update'").scalar()
    _tamper(salon_db, _drop_trigger(salon_db, "audit_log_no_update"),  # covering one's tracks
            f"UPDATE audit_log SET who = 'Laura' WHERE id = {first}")
    capsys.readouterr()
    assert main(["--db", salon_db.address, "audit", "--verify"]) == 1
    assert f"row {first} " in capsys.readouterr().out


def test_verify_finds_a_value_edited_or_a_row_removed(salon_db, make_customer):
    cid = make_customer(first_name="Ana")
    with salon_db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Eva"))
    _tamper(salon_db, "UPDATE audit_values SET changes = replace(changes, 'Eva', 'Iria')")
    with salon_db.session() as session:
        assert audit.verify(session) is not None
    _tamper(salon_db, _drop_trigger(salon_db, "audit_log_no_delete"),
            "UPDATE audit_values SET changes = replace(changes, 'Iria', 'Eva')",
            "DELETE FROM audit_values WHERE audit_id = 2",
            "DELETE FROM audit_log WHERE id = 2")
    with salon_db.session() as session:
        assert audit.verify(session) == 3


def test_audit_command_lists_a_customers_rows_as_json(salon_db, make_customer, capsys):
    cid = make_customer(first_name="Ana")
    make_customer(first_name="Eva")
    capsys.readouterr()
    assert main(["--db", salon_db.address, "audit", "--customer", str(cid), "--json"]) == 0
    import json

    found = json.loads(capsys.readouterr().out)
    assert found and {row["customer_id"] for row in found} == {cid}
    assert found[-1]["action"] == "insert" and found[-1]["changes"]["first_name"] == [None, "Ana"]
