"""`salon-desk settings set/get`, `salon-desk message` and `salon-desk outbox`: real output
parsed, a real database."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from salon_desk.cli import main
from salon_desk.models import Message
from salon_desk.services import settings
from salon_desk.services.segments import saved
from salon_desk.services.segments.criteria import Criteria

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

YES = {("marketing", "email"): True, ("marketing", "sms"): True,
       ("appointments", "email"): True, ("appointments", "sms"): True}


def run(db, capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", db.address, *argv])
    except SystemExit as stop:  # argparse refusing an argument
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def salon(salon_db, make_customer):
    ids = {
        "ana": make_customer(first_name="Ana", email="ana@example.com", mobile="+34612000001",
                             city="Teruel", notify_marketing=True, consents=YES),
        "bea": make_customer(first_name="Bea", email="bea@example.com", notify_marketing=True,
                             consents={("marketing", "email"): True}),
        "carla": make_customer(first_name="Carla", notify_marketing=True, consents=YES),
        "dora": make_customer(first_name="Dora", email="dora@example.com", blocked=True,
                              blocked_reason="Rude", notify_marketing=True, consents=YES),
    }
    with salon_db.transaction() as s:
        saved.save(s, "Teruel", Criteria(cities=["Teruel"]))
    salon_db.ids = ids
    return salon_db


def test_settings_set_and_get(salon, capsys):
    assert run(salon, capsys, "settings", "set", "smtp.host", "mail.example.com")[0] == 0
    assert run(salon, capsys, "settings", "set", "smtp.port", "465")[0] == 0
    assert run(salon, capsys, "settings", "set", "smtp.security", "SSL")[0] == 0
    assert run(salon, capsys, "settings", "set", "reminders.hours_before", "48")[0] == 0
    assert run(salon, capsys, "settings", "set", "birthday.enabled", "yes")[0] == 0
    for key, shown in (("smtp.host", "mail.example.com"), ("smtp.port", "465"),
                       ("smtp.security", "ssl"), ("reminders.hours_before", "48"),
                       ("birthday.enabled", "true"), ("smtp.user", "")):
        assert run(salon, capsys, "settings", "get", key)[:2] == (0, shown + "\n"), key
    with salon.session() as s:
        assert settings.get(s, settings.SMTP_PORT) == 465
        assert settings.get(s, settings.BIRTHDAY_ENABLED) is True


def test_settings_list(salon, capsys):
    run(salon, capsys, "settings", "set", "smtp.host", "mail.example.com")
    code, out, _ = run(salon, capsys, "settings", "list", "--json")
    listed = json.loads(out)
    assert code == 0
    assert (listed["smtp.host"], listed["smtp.port"], listed["reminders.enabled"]) == (
        "mail.example.com", 587, True)
    assert "backup.every_hours" in listed  # every module's settings
    code, out, _ = run(salon, capsys, "settings", "list")
    assert "smtp.security = starttls\n" in out and "birthday.enabled = false\n" in out


@pytest.mark.parametrize(("argv", "said"), [
    (["set", "smtp.hots", "x"], ["Unknown setting smtp.hots", "smtp.host", "reminders.channel"]),
    (["get", "nothing"], ["Unknown setting nothing"]),
    (["set", "smtp.port", "five"], ["smtp.port takes a whole number, not five"]),
    (["set", "smtp.security", "tls"], ["smtp.security takes one of none, starttls, ssl"]),
    (["set", "birthday.enabled", "maybe"], ["takes true or false"]),
    (["set", "smtp.password", "hunter2"], ["is a secret", "SALON_DESK_SMTP_PASSWORD"]),
    (["set", "sms.key", "abc"], ["is a secret", "SALON_DESK_SMS_KEY"]),
])
def test_settings_refused(salon, capsys, argv, said):
    code, out, err = run(salon, capsys, "settings", *argv)
    assert code == 2 and out == ""
    for words in said:
        assert words in err
    assert "hunter2" not in err


def test_message_to_customers_json(salon, capsys):
    ids = salon.ids
    code, out, err = run(salon, capsys, "message", "--channel", "email", "--category",
                         "marketing", "--customers", f"{ids['ana']},{ids['bea']},{ids['carla']},"
                         f"{ids['dora']}", "--subject", "Hi {first_name}", "--body", "News",
                         "--json")
    assert code == 0, err
    assert json.loads(out) == {"queued": 2, "excluded": [
        {"customer": ids["carla"], "reason": "no email"},
        {"customer": ids["dora"], "reason": "blocked"}]}
    with salon.session() as s:
        assert s.scalars(select(Message.subject).order_by(Message.id)).all() == ["Hi Ana",
                                                                                 "Hi Bea"]


def test_message_sms_to_everyone_and_to_a_segment(salon, capsys):
    ids = salon.ids
    code, out, _ = run(salon, capsys, "message", "--channel", "sms", "--category", "marketing",
                       "--all", "--body", "Offer for {first_name}", "--json")
    assert code == 0
    assert json.loads(out) == {"queued": 1, "excluded": [
        {"customer": ids["bea"], "reason": "no mobile"},
        {"customer": ids["carla"], "reason": "no mobile"},
        {"customer": ids["dora"], "reason": "blocked"}]}
    code, out, _ = run(salon, capsys, "message", "--channel", "email", "--category",
                       "appointments", "--segment", "teruel", "--subject", "S", "--body", "B")
    assert code == 0 and out.startswith("Queued 1 message")


def test_message_from_a_template_scheduled(salon, capsys):
    ids = salon.ids
    code, out, err = run(salon, capsys, "message", "--channel", "email", "--category",
                         "marketing", "--customers", str(ids["ana"]), "--template",
                         "promotion (EXAMPLE)", "--at", "2030-01-02T10:00", "--language", "es",
                         "--json")
    assert code == 0, err
    assert json.loads(out)["queued"] == 1
    with salon.session() as s:
        message = s.scalars(select(Message)).one()
        assert message.subject == "Este mes en Lumière Beauty Studio"
        assert message.due_at == dt.datetime(2030, 1, 2, 10, 0).astimezone(dt.UTC)
        assert message.template_id == 6


@pytest.mark.parametrize(("argv", "said"), [
    (["--template", "Nope"], "No message template is called Nope"),
    (["--body", "Hi {nick}"], "Unknown field {nick}"),
    (["--body", "Hi", "--at", "tomorrow"], "not a date and time"),
    (["--segment", "Nowhere", "--body", "Hi"], "Nowhere"),
])
def test_message_refused(salon, capsys, argv, said):
    group = [] if "--segment" in argv else ["--customers", str(salon.ids["ana"])]
    code, out, err = run(salon, capsys, "message", "--channel", "sms", "--category",
                         "marketing", *group, *argv)
    assert code == 2 and said in err
    with salon.session() as s:
        assert s.scalars(select(Message)).all() == []


def test_outbox_lists_what_waits(salon, capsys):
    ids = salon.ids
    run(salon, capsys, "message", "--channel", "sms", "--category", "marketing", "--customers",
        str(ids["ana"]), "--body", "Hello {first_name}")
    code, out, _ = run(salon, capsys, "outbox", "--json")
    assert code == 0
    [row] = json.loads(out)["messages"]
    assert (row["customer"], row["recipient"], row["status"], row["channel"]) == (
        ids["ana"], "+34612000001", "queued", "sms")
    code, out, _ = run(salon, capsys, "outbox")
    assert code == 0 and "+34612000001" in out and "queued" in out


def test_the_installed_command(salon):
    done = subprocess.run([sys.executable, "-m", "salon_desk", "--db", salon.address,
                           "settings", "get", "smtp.port"], capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, done.stdout) == (0, "587\n")
