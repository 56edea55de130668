"""Which value a merge preselects for each kind of field: the informative one, whichever record
is newer or kept, and the same with or without the dialog (`salon-desk merge
--prefer-informative` takes them all).

In every case the emptier record is the more recently updated one, which is what used to win.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from salon_desk.cli import main
from salon_desk.models import Customer, CustomerConsent
from salon_desk.services.customers.records import set_consent
from salon_desk.services.merging.merge import propose
from salon_desk.services.merging.review import live_ids

pytestmark = pytest.mark.any_engine


def _chosen(db, keep: int, other: int) -> dict[str, int]:
    with db.session() as session:
        return {f.spec.key: f.chosen for f in propose(session, keep, [other]).fields}


def _merge_from_command_line(db, keep: int, other: int, capsys) -> tuple[Customer, str]:
    """`salon-desk merge KEEP OTHER --prefer-informative`: no dialog, the preselected values."""
    assert main(["--db", db.address, "merge", str(keep), str(other),
                 "--prefer-informative"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Merged")
    with db.session() as session:
        kept = session.get(Customer, keep)
        session.expunge(kept)
    return kept, out


@pytest.fixture
def full_then_empty(make_customer):
    """An older, complete record and a newer one typed in a hurry at the desk."""
    full = make_customer(first_name="Marta", last_name="Ariño Salvà", mobile="+34611222333",
                         gender="female", discount_percent=Decimal(10), notify_marketing=True)
    empty = make_customer(first_name="Marta", last_name="Ariño", mobile="+34611222333")
    return full, empty


@pytest.mark.parametrize("keep_full", [True, False])
def test_gender_a_known_gender_over_unspecified(salon_db, full_then_empty, capsys, keep_full):
    full, empty = full_then_empty
    keep, other = (full, empty) if keep_full else (empty, full)
    with salon_db.session() as session:
        gender = next(f for f in propose(session, keep, [other]).fields
                      if f.spec.key == "gender")
    assert gender.chosen == full
    assert [o.value for o in gender.options] == ["female"]  # "unspecified" is no choice
    kept, out = _merge_from_command_line(salon_db, keep, other, capsys)
    assert kept.gender == "female"
    if not keep_full:  # filled in from the other record: the command says so
        assert f"  Gender: unspecified → female (from #{full})" in out.splitlines()


def test_gender_two_known_genders_the_most_recent(salon_db, make_customer):
    older = make_customer(first_name="Alex", gender="male")
    newer = make_customer(first_name="Alex", gender="other")
    with salon_db.session() as session:
        gender = next(f for f in propose(session, older, [newer]).fields
                      if f.spec.key == "gender")
    assert gender.differs and gender.chosen == newer


@pytest.mark.parametrize("keep_full", [True, False])
def test_discount_the_larger_discount(salon_db, make_customer, capsys, keep_full):
    ten = make_customer(first_name="Marta", discount_percent=Decimal(10))
    five = make_customer(first_name="Marta", discount_percent=Decimal(5))
    keep, other = (ten, five) if keep_full else (five, ten)
    assert _chosen(salon_db, keep, other)["discount_percent"] == ten
    assert main(["--db", salon_db.address, "merge", str(keep), str(other),
                 "--prefer-informative"]) == 0
    out = capsys.readouterr().out.splitlines()
    if keep_full:
        assert f"  Discount: 10 % (#{five}: 5 %)" in out  # left, and said so
    else:
        assert f"  Discount: 5 % → 10 % (from #{ten})" in out
    with salon_db.session() as session:
        assert session.get(Customer, keep).discount_percent == 10


def test_discount_any_discount_over_none(salon_db, make_customer):
    five = make_customer(first_name="Marta", discount_percent=Decimal(5))
    none = make_customer(first_name="Marta")
    assert _chosen(salon_db, none, five)["discount_percent"] == five


@pytest.mark.parametrize("keep_full", [True, False])
def test_marketing_switch_an_opt_in_over_the_default_off(salon_db, full_then_empty, capsys,
                                                         keep_full):
    full, empty = full_then_empty
    keep, other = (full, empty) if keep_full else (empty, full)
    assert _chosen(salon_db, keep, other)["notify_marketing"] == full
    assert _merge_from_command_line(salon_db, keep, other, capsys)[0].notify_marketing is True


def test_reminder_switches_a_refusal_still_wins(salon_db, make_customer):
    """Reminders and birthday greetings are on unless the person said no: off wins."""
    said_no = make_customer(first_name="Marta", notify_reminders=False, notify_birthday=False)
    default = make_customer(first_name="Marta")
    chosen = _chosen(salon_db, default, said_no)
    assert chosen["notify_reminders"] == said_no and chosen["notify_birthday"] == said_no


def _set(db, customer_id: int, channel: str, granted: bool, at: dt.datetime) -> None:
    with db.transaction() as session:
        set_consent(session, session.get(Customer, customer_id), "marketing", channel, granted)
        session.flush()
        session.execute(update(CustomerConsent).where(
            CustomerConsent.customer_id == customer_id, CustomerConsent.channel == channel)
            .values(changed_at=at))


def test_consent_the_most_restrictive_then_the_most_recent(salon_db, make_customer, capsys):
    old, new = (dt.datetime(2021, 1, 1, tzinfo=dt.UTC), dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    # Both opted in to promotions (the switch left at its default on one card): opt-in kept.
    a = make_customer(first_name="Marta", notify_marketing=True)
    b = make_customer(first_name="Marta")
    _set(salon_db, a, "email", True, old)
    _set(salon_db, b, "email", True, new)
    _set(salon_db, b, "sms", True, old)
    with salon_db.session() as session:
        proposal = propose(session, b, [a])
    assert [(ch, g, src) for _cat, ch, g, src in proposal.consents] == [
        ("email", True, b), ("sms", True, b)]  # equal choices: the most recent
    assert proposal.choice("notify_marketing") == a
    kept, _out = _merge_from_command_line(salon_db, b, a, capsys)
    assert kept.notify_marketing is True

    # A refusal on any record wins, however old, and the switch follows it.
    c = make_customer(first_name="Laia", notify_marketing=True)
    d = make_customer(first_name="Laia")
    _set(salon_db, c, "email", True, new)
    _set(salon_db, d, "email", False, old)
    with salon_db.session() as session:
        proposal = propose(session, c, [d])
    assert [(ch, g, src) for _cat, ch, g, src in proposal.consents] == [("email", False, d)]
    assert proposal.choice("notify_marketing") == d
    kept, _out = _merge_from_command_line(salon_db, c, d, capsys)
    assert kept.notify_marketing is False
    with salon_db.session() as session:
        assert session.scalar(select(CustomerConsent.granted).where(
            CustomerConsent.customer_id == c)) is False


def test_the_records_still_to_merge_come_in_the_order_asked(salon_db, make_customer):
    """The duplicates page opens the merge with the group's live records, in the group's
    order, whatever order the engine finds the rows in (a server's changed row moves to the
    end of its table)."""
    a, b, c = (make_customer(first_name=n) for n in ("Ana", "Bea", "Cris"))
    with salon_db.transaction() as session:
        session.get(Customer, a).notes = "changed: a new row version on a server"
        session.get(Customer, b).merged_into_id = c
    with salon_db.session() as session:
        assert live_ids(session, [a, b, c]) == [a, c]
        assert live_ids(session, [c, a]) == [c, a]
