"""Filling in a survey: it is about the latest past visit, never a future appointment."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from visits_helpers import product_id, service_id, staff_id

from salon_desk.services.care import surveys
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.care.surveys import QuestionData, TemplateData, latest_visit_appointment

NOW = dt.datetime.now().astimezone()


def _at(days: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(NOW.date() + dt.timedelta(days=days), dt.time(hour)).astimezone()


@pytest.fixture
def visits(salon_db, make_customer):
    """A completed appointment 20 days ago, one charged 6 days ago (left pending), a no-show
    3 days ago and an appointment booked for 4 days ahead."""
    cid = make_customer(first_name="Nora", last_name="Vidal")
    cut = service_id(salon_db, "Blow-dry")
    laura = staff_id(salon_db, "Laura")
    with salon_db.transaction() as s:
        done = book(s, AppointmentData(cid, cut, laura, _at(-20)))
        done.status = "completed"
        charged = book(s, AppointmentData(cid, cut, laura, _at(-6)))
        create_sale(s, SaleDraft(cid, sold_at=_at(-6, 11), lines=[
            LineDraft("service", cut, appointment_id=charged.id)],
            payments=[PaymentDraft("card", 1000)]))
        missed = book(s, AppointmentData(cid, cut, laura, _at(-3)))
        missed.status = "no_show"
        future = book(s, AppointmentData(cid, cut, laura, _at(4)))
        ids = {"done": done.id, "charged": charged.id, "missed": missed.id, "future": future.id}
    return cid, ids


def test_the_latest_past_visit_is_the_charged_appointment(salon_db, visits):
    cid, ids = visits
    with salon_db.session() as s:
        assert latest_visit_appointment(s, cid) == ids["charged"]
        # before the charged visit, the completed one is the latest
        assert latest_visit_appointment(s, cid, now=_at(-10)) == ids["done"]
        assert latest_visit_appointment(s, cid, now=_at(-30)) is None


def test_a_later_sale_without_an_appointment_is_a_visit_with_no_appointment(salon_db, visits):
    cid, ids = visits
    with salon_db.transaction() as s:
        create_sale(s, SaleDraft(cid, sold_at=_at(-1, 17), lines=[
            LineDraft("product", product_id(salon_db, "SPF 50 fluid"))],
            payments=[PaymentDraft("cash", 2450)]))
        # a product bought the same day as an appointment belongs to that visit
        create_sale(s, SaleDraft(cid, sold_at=_at(-20, 12), lines=[
            LineDraft("product", product_id(salon_db, "SPF 50 fluid"))],
            payments=[PaymentDraft("cash", 2450)]))
    with salon_db.session() as s:
        assert latest_visit_appointment(s, cid) is None
        assert latest_visit_appointment(s, cid, now=_at(-10)) == ids["done"]


def test_fill_in_defaults_to_the_latest_past_visit(qtbot, salon_db, visits, monkeypatch):
    from salon_desk.ui.care.surveys_tab import SurveyDialog, SurveysTab

    cid, ids = visits
    with salon_db.transaction() as s:
        template = surveys.save_template(s, TemplateData("After your visit", [
            QuestionData("Result?", "rating")]))
        question = template.questions[0].id
    seen = {}

    def exec_(dialog):
        dialog.show()
        seen["default"] = dialog.appointment_combo.currentData()
        seen["text"] = dialog.appointment_combo.currentText()
        dialog.inputs[question].set_value(5)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SurveyDialog, "exec", exec_)
    tab = SurveysTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    assert seen["default"] == ids["charged"] and "Blow-dry" in seen["text"]
    assert tab.model.rowCount() == 1
    assert tab.model.rows[0].appointment_id == ids["charged"]
