"""The message composer driven as the salon does: a promotion to the customers a filter shows,
with who is left out and why shown before sending, and the messages queued in the database for
the others only; an unknown field refused in words, nothing queued."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Message
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.segments import Criteria
from salon_desk.ui.composition import build_main_window
from salon_desk.ui.messages import feature as messages_feature
from salon_desk.ui.messages.audience_view import Recipients
from salon_desk.ui.messages.composer import ComposerDialog
from salon_desk.ui.messages.feature import MessagesInMainWindow
from salon_desk.ui.segments import feature as segments_feature
from salon_desk.ui.segments.feature import SegmentsInList

MARKETING_BY_EMAIL = {("marketing", "email"): True}


@pytest.fixture
def salon(db):
    """Five women and a man. Only Ana may receive a promotion by email: Bea is blocked, Carla
    has no email, Dora never gave her consent, Eva switched marketing messages off."""
    people = {}
    with db.transaction() as s:
        for first, fields in (
                ("Ana", dict(email="ana@example.com", notify_marketing=True,
                             consents=MARKETING_BY_EMAIL)),
                ("Bea", dict(email="bea@example.com", notify_marketing=True, blocked=True,
                             blocked_reason="Unpaid twice",
                             consents=MARKETING_BY_EMAIL)),
                ("Carla", dict(notify_marketing=True, consents=MARKETING_BY_EMAIL)),
                ("Dora", dict(email="dora@example.com", notify_marketing=True)),
                ("Eva", dict(email="eva@example.com", notify_marketing=False,
                             consents=MARKETING_BY_EMAIL)),
                ("Fran", dict(email="fran@example.com", notify_marketing=True, gender="male",
                              consents=MARKETING_BY_EMAIL))):
            fields.setdefault("gender", "female")
            people[first] = create_customer(s, CustomerData(first_name=first, last_name="Test",
                                                            **fields)).id
    return people


def queued(db) -> list[tuple[int, str, str]]:
    with db.session() as s:
        return [(m.customer_id, m.status, m.subject) for m in s.scalars(select(Message))]


def test_a_promotion_to_the_women_the_filter_shows_lists_who_is_left_out_and_why(
        qtbot, db, salon, asked):
    window = build_main_window(db, features=[segments_feature.install,
                                             messages_feature.install_main_window])
    qtbot.addWidget(window)
    window.show()
    window.features.get(SegmentsInList).apply(Criteria(genders=["female"]))
    page = window.customer_list
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    qtbot.mouseClick(page.bulk.all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.bulk.message_button, Qt.MouseButton.LeftButton)
    composer = window.features.get(MessagesInMainWindow).composer
    assert composer.to_combo.currentText() == "All 5 customers the filter shows"
    composer.category_combo.setCurrentIndex(composer.category_combo.findData("marketing"))
    qtbot.waitUntil(lambda: composer.decided is not None
                    and composer.decided.category == "marketing")

    view = composer.audience_view
    assert view.count_label.text() == "1 customer will receive it  ·  4 left out"
    shown = {view.model.data(view.model.index(r, 0)): view.model.data(view.model.index(r, 1))
             for r in range(view.model.rowCount())}
    assert shown == {"Bea Test": "blocked", "Carla Test": "no email",
                     "Dora Test": "no marketing consent by email",
                     "Eva Test": "marketing messages switched off"}
    assert view.table.isVisible()

    composer.subject_edit.setText("Spring offer")
    composer.body_edit.setPlainText("Hello {first_name}, 20% off colour this month.")
    composer.update_preview()
    assert "Hello Ana, 20% off" in composer.preview.toPlainText()
    assert composer.send_button.text() == "Send to 1 customer"
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.result is not None)
    assert composer.result.queued == 1
    assert queued(db) == [(salon["Ana"], "queued", "Spring offer")]


def test_the_composer_refuses_a_field_it_does_not_know_and_queues_nothing(
        qtbot, db, salon, asked):
    composer = ComposerDialog(db, Recipients([salon["Ana"], salon["Fran"]], None, "2"))
    qtbot.addWidget(composer)
    composer.show()
    composer.category_combo.setCurrentIndex(composer.category_combo.findData("marketing"))
    qtbot.waitUntil(lambda: composer.decided is not None
                    and composer.decided.category == "marketing")
    assert len(composer.decided.eligible) == 2
    composer.subject_edit.setText("Hello")
    composer.body_edit.setPlainText("Hi {nickname}, see you soon")
    asked.answers = [True]
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert composer.error_label.isVisible()
    assert "{nickname}" in composer.error_label.text()
    assert asked == []  # refused before asking anything
    assert composer.isVisible() and composer.result is None
    assert queued(db) == []
