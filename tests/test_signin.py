"""Staff sign-in: argon2 hashes, the lock after failures, the permission table, and every role
refused at the service level what it may not do (not only hidden in the interface)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salon_desk.cli import main
from salon_desk.models import Note, Staff
from salon_desk.services import audit, permissions, settings, signin
from salon_desk.services.care.notes import NoteData, create_note
from salon_desk.services.customers.records import CustomerData, delete_customers, update_customer
from salon_desk.services.errors import SalonError
from salon_desk.services.merging.merge import merge_customers

pytestmark = [pytest.mark.any_engine, pytest.mark.usefixtures("argon2_once")]

PASSWORDS = {"owner": "owner-secret", "manager": "manager-secret",
             "reception": "reception-secret", "stylist": "stylist-secret"}


@pytest.fixture
def staffed(salon_db):
    """One member of each role with a password and a PIN, and sign-in turned on."""
    ids = {}
    with salon_db.transaction() as session:
        for i, role in enumerate(permissions.ROLES):
            member = Staff(name=role.title(), access_role=role, position=10 + i)
            session.add(member)
            session.flush()
            signin.set_password(session, member.id, PASSWORDS[role])
            signin.set_pin(session, member.id, f"{1000 + i}")
            ids[role] = member.id
        signin.set_enabled(session, True)
    with salon_db.session() as session:
        signin.start(session)
    return ids


def _sign_in(db, role):
    return signin.attempt(db, role.title(), PASSWORDS[role])


def test_secrets_are_kept_as_argon2_hashes(salon_db, staffed):
    with salon_db.session() as session:
        member = session.get(Staff, staffed["stylist"])
    assert member.password_hash.startswith("$argon2id$")
    assert PASSWORDS["stylist"] not in member.password_hash and "1003" not in member.pin_hash


def test_sign_in_by_pin_or_password_and_who_is_audited(salon_db, staffed):
    assert permissions.current().name == ""  # nobody, until someone signs in
    assert signin.attempt(salon_db, "stylist", "1003").role == "stylist"
    assert _sign_in(salon_db, "manager").name == "Manager"
    with salon_db.session() as session:
        actions = [r.action for r in audit.rows(session, limit=2)]
    assert actions == ["sign_in", "sign_in"]


def test_repeated_failures_lock_the_member(salon_db, staffed):
    for _ in range(5):
        with pytest.raises(SalonError, match="do not match"):
            signin.attempt(salon_db, "Reception", "wrong")
    with pytest.raises(SalonError, match="locked"):
        _sign_in(salon_db, "reception")  # even the right password, until the lock ends
    with salon_db.session() as session:
        failed = audit.rows(session, action="sign_in_failed")
    assert len(failed) == 6


def test_sign_in_cannot_be_turned_on_without_an_owner_password(salon_db):
    with salon_db.transaction() as session, pytest.raises(SalonError, match="owner"):
        signin.set_enabled(session, True)


@pytest.mark.parametrize("role, refused, who_may", [
    ("manager", "merge", "the owner"), ("reception", "delete", "the owner"),
    ("stylist", "edit", "the owner, a manager, reception"), ("reception", "settings", "the owner"),
])
def test_each_role_is_refused_at_the_service_what_it_may_not_do(
        salon_db, staffed, make_customer, role, refused, who_may):
    permissions.act_as(None)
    a, b = make_customer(first_name="Ana"), make_customer(first_name="Eva")
    _sign_in(salon_db, role)
    calls = {
        "merge": lambda s: merge_customers(s, a, [b]),
        "delete": lambda s: delete_customers(s, [a]),
        "edit": lambda s: update_customer(s, a, CustomerData(first_name="Iria")),
        "settings": lambda s: settings.set_value(s, settings.SALON_NAME, "Mine"),
    }
    with pytest.raises(SalonError, match=f"only {who_may} may"):
        with salon_db.transaction() as session:
            calls[refused](session)


def test_what_a_role_may_do_goes_through(salon_db, staffed, make_customer):
    permissions.act_as(None)
    cid = make_customer(first_name="Ana")
    _sign_in(salon_db, "reception")
    with salon_db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Ana María"))
    _sign_in(salon_db, "stylist")
    with salon_db.transaction() as session:
        note_id = create_note(session, cid, NoteData(text="Copper 7.4")).id
    with salon_db.session() as session:
        assert session.get(Note, note_id).author_id == staffed["stylist"]
        who = [r.who for r in audit.rows(session, cid) if r.action == "update"]
    assert who[0] == "Reception"


def test_the_owner_may_change_the_permission_table(salon_db, staffed, make_customer):
    _sign_in(salon_db, "owner")
    with salon_db.transaction() as session:
        signin.set_permission(session, "stylist", permissions.EDIT_CUSTOMERS, True)
        signin.rename_role(session, "stylist", "Colourist")
    cid = make_customer()
    _sign_in(salon_db, "stylist")
    with salon_db.transaction() as session:
        update_customer(session, cid, CustomerData(first_name="Eva"))
        with pytest.raises(SalonError, match="only the owner may"):
            signin.set_permission(session, "stylist", permissions.MERGE, True)


def test_the_command_line_acts_as_a_named_member(salon_db, staffed, monkeypatch, capsys):
    monkeypatch.setenv("SALON_DESK_PASSWORD", PASSWORDS["stylist"])
    assert main(["--db", salon_db.address, "--as", "Stylist", "audit"]) == 2
    assert "only the owner, a manager may" in capsys.readouterr().err
    monkeypatch.setenv("SALON_DESK_PASSWORD", "wrong")
    assert main(["--db", salon_db.address, "audit"]) == 2
    monkeypatch.setenv("SALON_DESK_PASSWORD", PASSWORDS["owner"])
    assert main(["--db", salon_db.address, "audit", "--verify"]) == 0
    with salon_db.session() as session:
        rows = audit.rows(session, limit=3)
    assert [r.who for r in rows[:1]] == ["Owner"] and rows[0].action == "sign_in"
    assert session.scalar(select(Staff.failed_signins).where(Staff.name == "Owner")) == 0


def test_the_command_line_asks_the_named_member_or_the_owner_for_a_password(
        salon_db, staffed, monkeypatch, capsys):
    import getpass

    monkeypatch.delenv("SALON_DESK_PASSWORD", raising=False)
    asked: list[str] = []

    def answer(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSWORDS["manager"] if "Manager" in prompt else PASSWORDS["owner"]

    monkeypatch.setattr(getpass, "getpass", answer)
    assert main(["--db", salon_db.address, "--as", "manager", "audit", "--json"]) == 0
    assert main(["--db", salon_db.address, "audit", "--verify"]) == 0
    assert asked == ["Password for Manager: ", "Password for Owner: "]
    with salon_db.session() as session:
        signed_in = [r.who for r in audit.rows(session, action="sign_in", limit=2)]
    assert signed_in == ["Owner", "Manager"]
    capsys.readouterr()
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "not it")
    assert main(["--db", salon_db.address, "--as", "Stylist", "audit"]) == 2
    assert "do not match" in capsys.readouterr().err


def test_with_sign_in_off_the_command_line_acts_as_the_owner_without_asking(
        salon_db, monkeypatch):
    import getpass

    monkeypatch.delenv("SALON_DESK_PASSWORD", raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": pytest.fail("asked " + prompt))
    assert main(["--db", salon_db.address, "audit", "--verify"]) == 0
    assert permissions.current().role == permissions.OWNER
