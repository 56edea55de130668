"""The record window: header, details tab, lazy tabs with counts, one window per customer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from salon_desk.models import Badge, Staff
from salon_desk.ui import composition, customer_form
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.details_tab import DetailsTab


@pytest.fixture(autouse=True)
def _only_details_tab(monkeypatch):
    """These tests are about the window; other features' tabs and buttons are tested apart."""
    composition.connect_requests()  # the details tab asks for the form through the events
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")


@pytest.fixture
def customer(salon_db, make_customer):
    with salon_db.session() as session:
        vip = session.scalar(select(Badge.id).where(Badge.key == "vip"))
        laura = session.scalar(select(Staff.id).where(Staff.name == "Laura"))
    return make_customer(first_name="Irene", last_name="Navarro", mobile="+34612345678",
                         email="irene@example.com", allergies="Allergic to PPD (hair dye)",
                         blocked=True, blocked_reason="Two no-shows", badge_ids=[vip],
                         birth_year=1988, birth_month=6, birth_day=2, preferred_staff_id=laura,
                         city="Madrid", country="ES")


def _open(qtbot, db, customer_id):
    window = record_window.open_record_window(db, customer_id, tabs=[DetailsTab])
    qtbot.addWidget(window, before_close_func=lambda w: record_window._windows.clear())
    return window


def _texts(widget) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel))


def test_header_shows_who_the_customer_is_and_what_to_watch(qtbot, salon_db, customer):
    window = _open(qtbot, salon_db, customer)
    header = window.header
    assert header.name.text() == "Irene Navarro"
    assert header.allergy_banner.isVisible()
    assert "PPD" in header.allergy_banner.text()
    assert header.blocked_banner.isVisible() and "Two no-shows" in header.blocked_banner.text()
    text = _texts(header)
    assert "+34 612 34 56 78" in text and "irene@example.com" in text
    assert "years old" in text
    assert [label.toolTip() for label in header.badges.findChildren(QLabel)
            if label.toolTip()] == ["VIP"]
    assert window.windowTitle().startswith("Irene Navarro")


def test_details_tab_shows_every_field(qtbot, salon_db, customer):
    window = _open(qtbot, salon_db, customer)
    details = window.tab("DetailsTab")
    assert isinstance(details, DetailsTab)
    assert window.tab_widget.currentWidget() is details
    text = _texts(details)
    for expected in ("Irene", "Navarro", "irene@example.com", "+34 612 34 56 78", "Laura",
                     "Madrid", "Spain", "VIP", "Allergic to PPD", "Two no-shows"):
        assert expected in text, expected


def test_contract_and_one_window_per_customer(qtbot, salon_db, customer):
    window = _open(qtbot, salon_db, customer)
    assert window.db is salon_db and window.customer_id == customer
    assert window.toolbar.actions()
    again = record_window.open_record_window(salon_db, customer, tabs=[DetailsTab])
    assert again is window


def test_editing_from_the_details_tab_refreshes_the_header(qtbot, salon_db, customer):
    window = _open(qtbot, salon_db, customer)
    window.tab("DetailsTab").edit()
    form = customer_form._open_forms[(str(salon_db.path), customer)]
    form.fields.last_name.setText("Navarro Gil")
    form.fields.allergies.clear()
    form.save_and_close()
    assert window.header.name.text() == "Irene Navarro Gil"
    assert not window.header.allergy_banner.isVisible()
    assert "Navarro Gil" in _texts(window.tab("DetailsTab"))


def test_preload_builds_and_drops_a_record_window(qtbot, salon_db, make_customer):
    from salon_desk.ui.record import window as record_window

    make_customer(first_name="Warm")
    record_window.preload(salon_db, [DetailsTab], [])
    qtbot.wait(10)
    assert record_window._windows == {}  # nothing left open or registered
