"""Who may receive a message: status, address, the consent matrix and the switches, decided in
SQL for a list of customers, a segment or everyone, with the reason for each one left out."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import update

from salon_desk.models import Customer
from salon_desk.services.messages import audience
from salon_desk.services.segments.criteria import Criteria

pytestmark = pytest.mark.any_engine  # on SQLite and on a salon server

MARKETING_EMAIL = {("marketing", "email"): True}


@pytest.fixture
def people(make_customer, salon_db):
    """Hand-made customers whose answer is obvious from their names."""
    ids = {
        "ok": make_customer(first_name="Ok", email="ok@example.com", mobile="+34612345601",
                            notify_marketing=True,
                            consents={**MARKETING_EMAIL, ("marketing", "sms"): True,
                                      ("appointments", "email"): True,
                                      ("appointments", "sms"): True}),
        "inactive": make_customer(first_name="Inactive", email="in@example.com", active=False,
                                  notify_marketing=True, consents=MARKETING_EMAIL),
        "blocked": make_customer(first_name="Blocked", email=None, blocked=True,
                                 blocked_reason="Unpaid",
                                 notify_marketing=True, consents=MARKETING_EMAIL),
        "no_email": make_customer(first_name="NoEmail", mobile="+34612345602",
                                  notify_marketing=True, consents=MARKETING_EMAIL),
        "bad_email": make_customer(first_name="BadEmail", email="bad@example.com",
                                   notify_marketing=True, consents=MARKETING_EMAIL),
        "switch_off": make_customer(first_name="SwitchOff", email="off@example.com",
                                    notify_marketing=False, consents=MARKETING_EMAIL),
        "no_cell": make_customer(first_name="NoCell", email="nocell@example.com",
                                 mobile="+34612345603", notify_marketing=True),
        "said_no": make_customer(first_name="SaidNo", email="no@example.com",
                                 notify_marketing=True,
                                 consents={("marketing", "email"): False}),
        "sms_only": make_customer(first_name="SmsOnly", email="sms@example.com",
                                  mobile="+34612345604", notify_marketing=True,
                                  consents={("marketing", "sms"): True}),
        "merged": make_customer(first_name="Merged", email="m@example.com",
                                notify_marketing=True, consents=MARKETING_EMAIL),
    }
    with salon_db.transaction() as s:
        # Stored by earlier versions or an import before the form checked them.
        s.execute(update(Customer).where(Customer.id == ids["bad_email"])
                  .values(email="not an address"))
        s.execute(update(Customer).where(Customer.id == ids["merged"])
                  .values(merged_into_id=ids["ok"]))
    return ids


def _reasons(found: audience.Audience) -> dict[int, str]:
    return {e.customer_id: e.reason for e in found.excluded}


def test_every_reason_of_a_marketing_email(salon_db, people):
    p = people
    with salon_db.session() as s:
        found = audience.decide(s, "email", "marketing", [*p.values(), 999_999])
    assert found.eligible == [(p["ok"], "ok@example.com")]
    assert _reasons(found) == {
        p["inactive"]: "inactive", p["blocked"]: "blocked", p["no_email"]: "no_email",
        p["bad_email"]: "invalid_email", p["switch_off"]: "marketing_off",
        p["no_cell"]: "no_consent", p["said_no"]: "no_consent", p["sms_only"]: "no_consent",
        p["merged"]: "merged", 999_999: "not_found"}


def test_consent_is_per_category_and_channel(salon_db, people):
    p = people
    with salon_db.session() as s:
        by_sms = audience.decide(s, "sms", "marketing", [p["ok"], p["sms_only"], p["no_cell"]])
        appointments = audience.decide(s, "email", "appointments",
                                       [p["ok"], p["sms_only"], p["no_cell"]])
    assert by_sms.eligible == [(p["ok"], "+34612345601"), (p["sms_only"], "+34612345604")]
    assert _reasons(by_sms) == {p["no_cell"]: "no_consent"}  # a missing cell is no consent
    assert appointments.eligible == [(p["ok"], "ok@example.com")]
    assert _reasons(appointments) == {p["sms_only"]: "no_consent", p["no_cell"]: "no_consent"}


def test_sms_needs_a_valid_mobile(salon_db, people, make_customer):
    p = people
    bad = make_customer(first_name="BadMobile", mobile="+34612345605", notify_marketing=True,
                        consents={("marketing", "sms"): True})
    with salon_db.transaction() as s:
        s.execute(update(Customer).where(Customer.id == bad).values(mobile="612 34"))
    with salon_db.session() as s:
        found = audience.decide(s, "sms", "marketing", [p["switch_off"], bad])
        whatsapp = audience.decide(s, "whatsapp", "marketing", [p["sms_only"]])
    assert _reasons(found) == {p["switch_off"]: "no_mobile", bad: "invalid_mobile"}
    assert _reasons(whatsapp) == {p["sms_only"]: "no_consent"}  # WhatsApp has its own cell


def test_switches_follow_the_kind(salon_db, make_customer):
    consents = {("appointments", "sms"): True, ("marketing", "sms"): True}
    no_reminders = make_customer(first_name="A", mobile="+34612345611", notify_reminders=False,
                                 notify_birthday=True, notify_marketing=True, consents=consents)
    no_birthday = make_customer(first_name="B", mobile="+34612345612", notify_reminders=True,
                                notify_birthday=False, notify_marketing=True, consents=consents)
    no_marketing = make_customer(first_name="C", mobile="+34612345613", notify_reminders=True,
                                 notify_birthday=True, notify_marketing=False,
                                 consents=consents)
    ids = [no_reminders, no_birthday, no_marketing]
    with salon_db.session() as s:
        reminder = audience.decide(s, "sms", "appointments", ids, kind="reminder")
        manual_info = audience.decide(s, "sms", "appointments", ids)
        birthday = audience.decide(s, "sms", "marketing", ids, kind="birthday")
        anniversary = audience.decide(s, "sms", "marketing", ids, kind="anniversary")
        promotion = audience.decide(s, "sms", "marketing", ids)
    assert _reasons(reminder) == {no_reminders: "reminders_off"}
    assert _reasons(manual_info) == {no_reminders: "reminders_off"}
    assert _reasons(birthday) == {no_birthday: "birthday_off"}
    assert _reasons(anniversary) == {no_birthday: "birthday_off"}
    assert _reasons(promotion) == {no_marketing: "marketing_off"}


def test_everyone_and_a_segment(salon_db, people, make_customer):
    p = people
    in_city = make_customer(first_name="Town", email="town@example.com", city="Teruel",
                            notify_marketing=True, consents=MARKETING_EMAIL)
    with salon_db.session() as s:
        everyone = audience.decide(s, "email", "marketing")
        segment = audience.decide(s, "email", "marketing", criteria=Criteria(cities=["teruel"]))
        n, reasons = audience.count(s, "email", "marketing")
    assert [cid for cid, _ in everyone.eligible] == [p["ok"], in_city]
    assert p["merged"] not in _reasons(everyone)  # merged away: not one of "everyone"
    assert len(everyone.excluded) == len(p) - 2
    assert segment.eligible == [(in_city, "town@example.com")] and segment.excluded == []
    assert n == 2
    assert reasons == Counter(e.reason for e in everyone.excluded)
    assert reasons["no_consent"] == 3


def test_ids_are_decided_in_chunks(salon_db, people, monkeypatch):
    monkeypatch.setattr(audience, "CHUNK", 3)
    p = people
    with salon_db.session() as s:
        found = audience.decide(s, "email", "marketing", list(p.values()) * 2)
    assert found.eligible == [(p["ok"], "ok@example.com")]  # each customer once
    assert len(found.excluded) == len(p) - 1


def test_reason_texts(salon_db):
    assert str(audience.reason_text("no_consent", "sms", "marketing")) == (
        "no marketing consent by SMS")
    assert str(audience.reason_text("no_consent", "email", "appointments")) == (
        "no appointment consent by email")
    assert str(audience.reason_text("blocked", "sms", "marketing")) == "blocked"
    assert str(audience.reason_text("no_email", "email", "marketing")) == "no email"
    assert str(audience.reason_text("marketing_off", "email", "marketing")) == (
        "marketing messages switched off")
    for code in audience.REASONS:
        assert str(audience.reason_text(code, "email", "marketing"))


def test_a_no_given_after_queueing_is_found_before_sending(salon_db, people):
    from salon_desk.models import Message
    from salon_desk.services.customers.records import set_consent
    from salon_desk.services.messages.queue import Compose, queue_messages

    p = people
    with salon_db.transaction() as s:
        queue_messages(s, Compose("email", "marketing", subject="S", body="B"), [p["ok"]])
        queue_messages(s, Compose("sms", "marketing", body="B"), [p["ok"], p["sms_only"]])
        queue_messages(s, Compose("email", "appointments", subject="S", body="B"), [p["ok"]])
    with salon_db.transaction() as s:
        ids = {(m.customer_id, m.channel, m.category): m.id for m in s.query(Message)}
        assert audience.withdrawn(s, ids.values()) == {}
        set_consent(s, s.get(Customer, p["ok"]), "marketing", "email", False, source="form")
        s.get(Customer, p["sms_only"]).blocked = True
        s.get(Customer, p["sms_only"]).blocked_reason = "Unpaid"
        s.flush()
        assert audience.withdrawn(s, ids.values()) == {
            ids[(p["ok"], "email", "marketing")]: "no_consent",
            ids[(p["sms_only"], "sms", "marketing")]: "blocked"}
