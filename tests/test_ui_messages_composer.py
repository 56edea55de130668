"""The message composer driven as the salon does: a promotion to the customers a filter shows,
with who is left out and why shown before sending, and the messages queued in the database for
the others only; an unknown field refused in words, nothing queued."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Message
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.segments import Criteria, saved
from salon_desk.ui.composition import build_main_window
from salon_desk.ui.messages import feature as messages_feature
from salon_desk.ui.messages import whatsapp
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


@pytest.fixture
def mobiles(db):
    """Two women and a man who take promotions by SMS and WhatsApp; the women saved as a
    segment."""
    ids = {}
    consents = {("marketing", "sms"): True, ("marketing", "whatsapp"): True}
    with db.transaction() as s:
        for first, gender, mobile in (("Ana", "female", "+34600111222"),
                                      ("Bea", "female", "+34600333444"),
                                      ("Fran", "male", "+34600555666")):
            ids[first] = create_customer(s, CustomerData(
                first_name=first, last_name="Test", gender=gender, mobile=mobile,
                notify_marketing=True, consents=consents)).id
        saved.save(s, "Women", Criteria(genders=["female"]))
    return ids


def test_a_saved_segment_is_chosen_as_recipients_and_a_long_sms_asks_first(
        qtbot, db, mobiles, asked):
    composer = ComposerDialog(db, Recipients([mobiles["Fran"]], None, "Fran Test"),
                              channel="sms", category="marketing")
    qtbot.addWidget(composer)
    qtbot.waitUntil(lambda: composer.decided is not None)
    assert [composer.to_combo.itemText(i) for i in range(composer.to_combo.count())] == [
        "Fran Test", "Segment: Women"]
    composer.to_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: composer.decided is not None
                    and len(composer.decided.eligible) == 2)
    assert {cid for cid, _ in composer.decided.eligible} == {mobiles["Ana"], mobiles["Bea"]}
    composer.body_edit.setPlainText("Hola {first_name}! " + "Colour week at the salon. " * 16)
    assert composer.length_label.text().endswith("·  3 SMS  ·  GSM-7")

    asked.answers = [False]
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == "Long SMS" and "About 6 SMS will be sent" in asked[0][1]
    assert "Each SMS is 3 parts long" in asked[0][1]
    assert queued(db) == []
    asked.answers = [True, True]
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.result is not None)
    with db.session() as s:
        sent = {(m.customer_id, m.channel, m.recipient) for m in s.scalars(select(Message))}
    assert sent == {(mobiles["Ana"], "sms", "+34600111222"),
                    (mobiles["Bea"], "sms", "+34600333444")}


def test_whatsapp_from_the_composer_opens_each_chat_with_its_own_text(
        qtbot, db, mobiles, asked, monkeypatch):
    opened = []
    monkeypatch.setattr(whatsapp, "open_url",
                        lambda url: opened.append(bytes(url.toEncoded()).decode()) or True)
    monkeypatch.setattr(whatsapp.WhatsAppStepper, "exec",
                        lambda stepper: [stepper.open_current() for _ in stepper.chats])
    composer = ComposerDialog(db, Recipients([mobiles["Ana"], mobiles["Bea"]], None, "2"),
                              channel="whatsapp", category="marketing")
    qtbot.addWidget(composer)
    qtbot.waitUntil(lambda: composer.decided is not None)
    composer.body_edit.setPlainText("Hola {first_name}")
    assert composer.send_button.text() == "Open WhatsApp for 2 customers…"
    asked.answers = [True]
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert sorted(opened) == ["https://wa.me/34600111222?text=Hola%20Ana",
                              "https://wa.me/34600333444?text=Hola%20Bea"]
    with db.session() as s:
        logged = {(m.customer_id, m.status, m.body) for m in s.scalars(select(Message))}
    assert logged == {(mobiles["Ana"], "logged", "Hola Ana"),
                      (mobiles["Bea"], "logged", "Hola Bea")}
