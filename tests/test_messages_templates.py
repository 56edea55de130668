"""Message templates: fields filled per customer in SQL, missing values never shown as raw
placeholders, unknown fields refused; the built-in templates in English and Spanish; SMS
length and segments."""

from __future__ import annotations

import datetime as dt

import pytest

from salon_desk.models import Appointment, Debt, PointsEntry, Voucher
from salon_desk.services.errors import NotFound, ValidationError
from salon_desk.services.messages import templates
from salon_desk.services.messages.sms_length import sms_parts
from salon_desk.services.messages.templates import TemplateData

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
# 10:30 in Madrid on Wednesday 4 March 2026 (stored in UTC; shown in the computer's zone)
APPOINTMENT_AT = dt.datetime(2026, 3, 4, 10, 30).astimezone().astimezone(dt.UTC)

EVERY_FIELD = ("{first_name} {last_name} | {salon_name} | {salon_phone} | {appointment_date} | "
               "{appointment_time} | {appointment_service} | {appointment_staff} | {points} | "
               "{debt} | {voucher_sessions} | {birthday}")


@pytest.fixture
def lucia(salon_db, make_customer):
    cid = make_customer(first_name="Lucía", last_name="García", email="lucia@example.com",
                        birth_month=3, birth_day=14)
    with salon_db.transaction() as s:
        s.add(Appointment(customer_id=cid, service_id=1, staff_id=1, starts_at=APPOINTMENT_AT,
                          duration_minutes=45, status="confirmed"))
        s.add(Appointment(customer_id=cid, service_id=2, staff_id=2,  # a later one
                          starts_at=APPOINTMENT_AT + dt.timedelta(days=30), status="pending"))
        s.add(Appointment(customer_id=cid, service_id=3, staff_id=2,  # cancelled: not "next"
                          starts_at=APPOINTMENT_AT - dt.timedelta(days=1), status="cancelled"))
        s.add(PointsEntry(customer_id=cid, at=NOW - dt.timedelta(days=9), points=100,
                          action="earned", balance=100))
        s.add(PointsEntry(customer_id=cid, at=NOW - dt.timedelta(days=2), points=-30,
                          action="redeemed", balance=70))
        s.add(Debt(customer_id=cid, initial_cents=2000, remaining_cents=1550))
        s.add(Voucher(customer_id=cid, name="Blow-dry x5", purchased_on=dt.date(2026, 1, 2),
                      sessions_bought=5, sessions_used=2))
        s.add(Voucher(customer_id=cid, name="Old", purchased_on=dt.date(2024, 1, 2),
                      expires_on=dt.date(2025, 1, 1), sessions_bought=5, sessions_used=0))
    return cid


def test_every_field_in_english_and_spanish(salon_db, lucia):
    with salon_db.session() as s:
        en = templates.render(s, "Hi {first_name}", EVERY_FIELD, [lucia], language="en",
                              now=NOW)[lucia]
        es = templates.render(s, "", EVERY_FIELD, [lucia], language="es", now=NOW)[lucia]
    assert en.subject == "Hi Lucía"
    assert en.body == ("Lucía García | Lumière Beauty Studio | +34 910 000 000 | "
                       "Wednesday 4 March | 10:30 | Women's cut & blow-dry | Laura | "
                       "70 | 15,50\xa0€ | 3 | 14 March")  # as written in the salon's country
    assert es.body == ("Lucía García | Lumière Beauty Studio | +34 910 000 000 | "
                       "miércoles, 4 de marzo | 10:30 | Women's cut & blow-dry | Laura | "
                       "70 | 15,50\xa0€ | 3 | 14 de marzo")


def test_a_given_appointment_wins_over_the_next_one(salon_db, lucia):
    with salon_db.session() as s:
        later = s.query(Appointment.id).filter_by(customer_id=lucia, status="pending").scalar()
        body = templates.render(s, "", "{appointment_service} with {appointment_staff}",
                                [lucia], language="en", appointment_id=later, now=NOW)
    assert body[lucia].body == "Men's cut with Marta"


def test_missing_values_never_print_as_placeholders(salon_db, make_customer):
    bare = make_customer(first_name="Bea")
    body = ("Hello {first_name} {last_name},\n"
            "Your next visit: {appointment_date} at {appointment_time} ({appointment_service})\n"
            "{appointment_staff}\n"
            "— {birthday} —\n"
            "Points: {points}. Debt: {debt}. Sessions: {voucher_sessions}.\n"
            "See you,\n{salon_name}")
    with salon_db.session() as s:
        out = templates.render(s, "{last_name}", body, [bare], language="en", now=NOW)[bare]
    assert "{" not in out.body and "}" not in out.body
    assert out.subject == ""
    assert out.body == ("Hello Bea,\n"
                        "Your next visit: at\n"
                        "Points: 0. Debt: 0,00\xa0€. Sessions: 0.\n"
                        "See you,\nLumière Beauty Studio")


def test_unknown_fields_and_open_braces_are_refused(salon_db, lucia):
    with salon_db.session() as s:
        with pytest.raises(ValidationError) as err:
            templates.render(s, "", "Hello {nickname}", [lucia], language="en")
        assert "nickname" in str(err.value) and "first_name" in str(err.value)
        with pytest.raises(ValidationError) as err:
            templates.render(s, "Hi {first_name", "Hello", [lucia], language="en")
        assert "subject" in err.value.errors
        templates.check("Braces {{kept}}", "{first_name}")  # escaped braces are text
        out = templates.render(s, "", "{{kept}} {first_name}", [lucia], language="en")
    assert out[lucia].body == "{kept} Lucía"


def test_built_in_templates_in_spanish(salon_db, lucia):
    with salon_db.session() as s:
        rows = templates.list_templates(s, channel="sms", kind="reminder")
        assert [(r.name, r.languages) for r in rows] == [("Appointment reminder (SMS)",
                                                          ["en", "es"])]
        subject, body = templates.template_text(s, rows[0].id, "es")
        out = templates.render(s, subject, body, [lucia], language="es", now=NOW)[lucia]
        assert templates.template_for(s, "birthday", "email") == 3
    assert out.body == ("Hola Lucía, te recordamos tu cita en Lumière Beauty Studio el "
                        "miércoles, 4 de marzo a las 10:30 (Women's cut & blow-dry). "
                        "Para cambiarla, llama al +34 910 000 000.")


def test_templates_are_saved_listed_and_deleted(salon_db):
    data = TemplateData(name="Summer offer", channel="sms", category="marketing",
                        texts={"en": ("", "Summer: 20% off, {first_name}!"),
                               "es": ("", "Verano: 20 % de descuento, {first_name}")})
    with salon_db.transaction() as s:
        saved = templates.save_template(s, data)
    with salon_db.transaction() as s:
        assert templates.template_text(s, saved.id, "es") == (
            "", "Verano: 20 % de descuento, {first_name}")
        assert templates.template_text(s, saved.id, "fr")[1].startswith("Summer")  # English
        assert templates.template_by_name(s, "summer OFFER") == saved.id
        data.id, data.texts = saved.id, {"en": ("", "Summer!")}
        templates.save_template(s, data)
    with salon_db.transaction() as s:
        assert [r.languages for r in templates.list_templates(s) if r.id == saved.id] == [["en"]]
        with pytest.raises(ValidationError):
            templates.save_template(s, TemplateData(name="", channel="sms",
                                                    category="marketing", texts={}))
        with pytest.raises(ValidationError):
            templates.save_template(s, TemplateData(name="Bad", channel="sms",
                                                    category="marketing",
                                                    texts={"en": ("", "{nope}")}))
        templates.delete_template(s, saved.id)
    with salon_db.session() as s, pytest.raises(NotFound):
        templates.template_by_name(s, "Summer offer")


@pytest.mark.parametrize(("text", "expected"), [
    ("", (0, 0, "GSM-7")),
    ("a" * 160, (160, 1, "GSM-7")),
    ("a" * 161, (161, 2, "GSM-7")),
    ("a" * 306, (306, 2, "GSM-7")),
    ("a" * 307, (307, 3, "GSM-7")),
    ("€" * 80, (80, 1, "GSM-7")),  # the extension table: two septets each
    ("€" * 81, (81, 2, "GSM-7")),
    ("¡Año nuevo! 5 € de descuento", (28, 1, "GSM-7")),
    ("á" * 70, (70, 1, "UCS-2")),  # á is not in the GSM alphabet
    ("á" * 71, (71, 2, "UCS-2")),
    ("á" * 134, (134, 2, "UCS-2")),
    ("á" * 135, (135, 3, "UCS-2")),
    ("Feliz cumpleaños 🎂", (18, 1, "UCS-2")),  # the emoji takes two UTF-16 units
    ("🎂" * 35, (35, 1, "UCS-2")),
    ("🎂" * 36, (36, 2, "UCS-2")),
])
def test_sms_length(text, expected):
    parts = sms_parts(text)
    assert (parts.characters, parts.segments, parts.encoding) == expected


def test_an_extension_character_is_never_split_between_segments():
    # 306 septets fit two segments of 153, but not when the euro's two septets (the escape and
    # the euro) would be cut between them: the second segment then starts with the euro.
    assert sms_parts("a" * 152 + "€" + "a" * 152).segments == 3
    assert sms_parts("a" * 151 + "€" + "a" * 153).segments == 2


def test_many_customers_are_read_table_by_table_with_the_same_words(salon_db, lucia,
                                                                    make_customer, monkeypatch):
    other = make_customer(first_name="Otra", birth_month=1, birth_day=2)
    with salon_db.transaction() as s:
        s.add(PointsEntry(customer_id=other, at=NOW, points=5, action="earned", balance=5))
        s.add(Appointment(customer_id=other, service_id=3, staff_id=3, status="pending",
                          starts_at=APPOINTMENT_AT + dt.timedelta(days=2)))
    with salon_db.session() as s:
        chunked = templates.render(s, "", EVERY_FIELD, [lucia], language="en", now=NOW)
        monkeypatch.setattr(templates, "WHOLE_TABLE_FROM", 0)
        whole = templates.render(s, "", EVERY_FIELD, [lucia], language="en", now=NOW)
        both = templates.render(s, "", "{first_name} {points}", [lucia, other], language="en",
                                now=NOW)
    assert whole == chunked and set(whole) == {lucia}
    assert {cid: r.body for cid, r in both.items()} == {lucia: "Lucía 70", other: "Otra 5"}


def test_the_next_appointment_is_found_whatever_the_computers_time_zone(salon_db, make_customer,
                                                                       monkeypatch):
    import time

    cid = make_customer(first_name="Zoe")
    soon = NOW + dt.timedelta(hours=3)
    with salon_db.transaction() as s:
        s.add(Appointment(customer_id=cid, service_id=1, staff_id=1, starts_at=soon,
                          status="pending"))
    monkeypatch.setenv("TZ", "America/New_York")  # five hours behind UTC in March
    time.tzset()
    try:
        with salon_db.session() as s:
            out = templates.render(s, "", "{appointment_time}", [cid], language="es", now=NOW)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert out[cid].body == "7:00"  # 12:00 UTC, shown in New York's time
