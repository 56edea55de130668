"""Survey templates, completed surveys with their averages, and logged messages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from salon_desk.models import Appointment, Message, SurveyAnswer
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.services.messages import (
    MessageData,
    delete_logged_message,
    list_messages,
    log_message,
)
from salon_desk.services.care.surveys import (
    QuestionData,
    TemplateData,
    average_satisfaction,
    delete_template,
    fill_survey,
    list_responses,
    list_templates,
    save_template,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def ana(salon_db, make_customer):
    return make_customer(first_name="Ana")


@pytest.fixture
def template(salon_db):
    data = TemplateData("After your visit", [
        QuestionData("How was the service?", "rating"),
        QuestionData("How was the welcome?", "rating"),
        QuestionData("Would you recommend us?", "yes_no"),
        QuestionData("How did you book?", "choice", ["Phone", "WhatsApp", "In person"]),
        QuestionData("Anything to add?", "text"),
    ])
    with salon_db.transaction() as s:
        t = save_template(s, data)
        return t.id, [q.id for q in t.questions]


def test_template_validation(salon_db):
    bad = TemplateData(" ", [QuestionData("Pick", "choice", ["Only one"]),
                             QuestionData("", "rating")])
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        save_template(s, bad)
    assert set(err.value.errors) == {"name", "questions"}
    with salon_db.transaction() as s, pytest.raises(ValidationError):
        save_template(s, TemplateData("Empty", []))
    with salon_db.transaction() as s, pytest.raises(ValidationError):
        save_template(s, TemplateData("X", [QuestionData("Q", "slider")]))


def test_template_edit_keeps_question_ids_and_names_are_unique(salon_db, template):
    tid, qids = template
    with salon_db.transaction() as s:
        t = list_templates(s)[0]
        data = TemplateData(t.name, [QuestionData(q.text, q.kind, q.choices or [], q.id)
                                     for q in t.questions])
        data.questions[0].text = "How was your treatment?"
        del data.questions[4]
        save_template(s, data, tid)
    with salon_db.session() as s:
        t = list_templates(s)[0]
        assert [q.id for q in t.questions] == qids[:4]
        assert t.questions[0].text == "How was your treatment?"
    with salon_db.transaction() as s, pytest.raises(ValidationError, match="already exists"):
        save_template(s, TemplateData("After your visit", [QuestionData("Q", "text")]))


def test_fill_survey_validates_answers(salon_db, ana, template):
    tid, (rating, _r2, yes_no, choice, _text) = template
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        fill_survey(s, ana, tid, {rating: 6, yes_no: "perhaps", choice: "Email"})
    assert set(err.value.errors) == {f"q{rating}", f"q{yes_no}", f"q{choice}"}
    assert "from 1 to 5" in err.value.errors[f"q{rating}"]
    assert "not one of the choices" in err.value.errors[f"q{choice}"]
    with salon_db.transaction() as s, pytest.raises(ValidationError):
        fill_survey(s, ana, tid, {rating: 0})
    with salon_db.transaction() as s, pytest.raises(ValidationError):
        fill_survey(s, ana, tid, {rating: 4.5})
    with salon_db.transaction() as s, pytest.raises(ValidationError, match="at least one"):
        fill_survey(s, ana, tid, {})


def test_completed_surveys_and_average_satisfaction(salon_db, ana, template):
    tid, (rating, welcome, yes_no, choice, text) = template
    with salon_db.transaction() as s:
        appt = Appointment(customer_id=ana, starts_at=dt.datetime(2026, 2, 3, 10, tzinfo=dt.UTC))
        s.add(appt)
        s.flush()
        fill_survey(s, ana, tid, {rating: 5, welcome: 4, yes_no: True, choice: "WhatsApp",
                                  text: "Lovely"}, appointment_id=appt.id,
                    completed_at=dt.datetime(2026, 2, 4, 9, tzinfo=dt.UTC))
        fill_survey(s, ana, tid, {rating: 3, yes_no: "no"},
                    completed_at=dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC))
    with salon_db.session() as s:
        rows = list_responses(s, ana)
        avg = average_satisfaction(s, ana)
    assert avg == Decimal("4.0")  # (5 + 4 + 3) / 3
    assert [r.average_rating for r in rows] == [Decimal("3.0"), Decimal("4.5")]
    latest, first = rows
    day = dt.datetime(2026, 2, 3, 10, tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y")
    assert first.appointment_label == day
    assert [(a.question, a.shown) for a in first.answers] == [
        ("How was the service?", "★★★★★"), ("How was the welcome?", "★★★★☆"),
        ("Would you recommend us?", "Yes"), ("How did you book?", "WhatsApp"),
        ("Anything to add?", "Lovely")]
    assert [a.shown for a in latest.answers] == ["★★★☆☆", "No"]
    # deleting the template keeps what was answered
    with salon_db.transaction() as s:
        delete_template(s, tid)
    with salon_db.session() as s:
        rows = list_responses(s, ana)
        assert rows[0].template_name == "(deleted survey)"
        assert len(list(s.scalars(select(SurveyAnswer)))) == 7
        assert average_satisfaction(s, ana) == Decimal("4.0")


def test_no_ratings_means_no_average(salon_db, ana):
    with salon_db.session() as s:
        assert average_satisfaction(s, ana) is None


def test_log_message_and_list(salon_db, ana):
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    with salon_db.transaction() as s:
        log_message(s, ana, MessageData("call", "appointments", "Moved Friday's appointment",
                                        "Called to move it to 17:00", at=at))
        s.add(Message(customer_id=ana, channel="sms", category="appointments",
                      body="Reminder: tomorrow 10:00", status="scheduled",
                      at=dt.datetime.now(dt.UTC) + dt.timedelta(days=2)))
    with salon_db.session() as s:
        rows = list_messages(s, ana)
    assert [(r.channel_label, r.status_label) for r in rows] == [
        ("SMS", "Scheduled"), ("Phone call", "Logged")]
    assert rows[1].subject == "Moved Friday's appointment"
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        log_message(s, ana, MessageData("pigeon", "gossip", at=at + dt.timedelta(days=9)))
    assert set(err.value.errors) == {"channel", "category", "body", "at"}
    with salon_db.transaction() as s, pytest.raises(SalonError, match="logged by hand"):
        delete_logged_message(s, rows[0].id)
    with salon_db.transaction() as s:
        delete_logged_message(s, rows[1].id)
    with salon_db.session() as s:
        assert [r.status for r in list_messages(s, ana)] == ["scheduled"]
