"""The record's Messages tab with the messages the app sends: a message scheduled in the composer
shows there as scheduled at the local time chosen (stored in UTC), opens with its full text and
recipient, can be cancelled; an opt-out is recorded in one click and lands in the consent
history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime, Qt
from sqlalchemy import select

from salon_desk.models import ConsentEvent, CustomerConsent, Message
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.ui.care.messages_tab import MessagesTab
from salon_desk.ui.messages.audience_view import Recipients
from salon_desk.ui.messages.composer import ComposerDialog


def _customer(db) -> int:
    with db.transaction() as s:
        return create_customer(s, CustomerData(
            first_name="Ana", last_name="Test", email="ana@example.com", notify_marketing=True,
            consents={("marketing", "email"): True, ("appointments", "email"): True})).id


def _cell(tab: MessagesTab, row: int, title: str) -> str:
    model = tab.model
    column = next(i for i, c in enumerate(model.columns) if c.title == title)
    return model.data(model.index(row, column))


def test_a_message_scheduled_in_the_composer_shows_on_the_messages_tab(qtbot, db):
    ana = _customer(db)
    composer = ComposerDialog(db, Recipients([ana], None, "Ana Test"))
    qtbot.addWidget(composer)
    composer.category_combo.setCurrentIndex(composer.category_combo.findData("marketing"))
    qtbot.waitUntil(lambda: composer.decided is not None
                    and composer.decided.category == "marketing")
    composer.subject_edit.setText("Spring offer")
    composer.body_edit.setPlainText("Hello {first_name}, 20% off colour this month.")
    tomorrow_ten = QDateTime(QDateTime.currentDateTime().date().addDays(1), QTime(10, 0))
    composer.later_radio.setChecked(True)
    composer.at_edit.setDateTime(tomorrow_ten)
    assert composer.send_button.text() == "Schedule for 1 customer"
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.result is not None)

    local_ten = tomorrow_ten.toPython().astimezone()
    with db.session() as s:
        message = s.scalars(select(Message)).one()
        assert message.status == "queued" and message.recipient == "ana@example.com"
        assert message.due_at == local_ten.astimezone(dt.UTC)

    tab = MessagesTab(db, ana)
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    assert tab.model.rowCount() == 1
    assert _cell(tab, 0, "Status") == "Scheduled"
    assert _cell(tab, 0, "Subject / text").startswith("Spring offer — Hello Ana, 20% off")
    opened = tab.body_view.toPlainText()
    assert "ana@example.com" in opened and "Hello Ana, 20% off colour this month." in opened
    assert "10:00" in opened  # due at the local time chosen

    assert tab.cancel_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert _cell(tab, 0, "Status") == "Cancelled"
    with db.session() as s:
        assert s.scalars(select(Message.status)).one() == "cancelled"


def test_an_opt_out_is_recorded_in_one_click_and_kept_in_the_consent_history(qtbot, db):
    ana = _customer(db)
    composer = ComposerDialog(db, Recipients([ana], None, "Ana Test"))
    qtbot.addWidget(composer)
    composer.category_combo.setCurrentIndex(composer.category_combo.findData("marketing"))
    qtbot.waitUntil(lambda: composer.decided is not None
                    and composer.decided.category == "marketing")
    composer.subject_edit.setText("Offer")
    composer.body_edit.setPlainText("Hello {first_name}")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.result is not None)

    tab = MessagesTab(db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert _cell(tab, 0, "Status") == "Waiting to be sent"
    qtbot.mouseClick(tab.opt_out_button, Qt.MouseButton.LeftButton)
    assert "Opt-out recorded" in tab.body_view.toPlainText()
    with db.session() as s:
        consent = s.scalars(select(CustomerConsent).where(
            CustomerConsent.customer_id == ana, CustomerConsent.category == "marketing",
            CustomerConsent.channel == "email")).one()
        assert consent.granted is False
        event = s.scalars(select(ConsentEvent).where(ConsentEvent.customer_id == ana)
                          .order_by(ConsentEvent.id.desc())).first()
        assert (event.category, event.channel, event.granted, event.source) == (
            "marketing", "email", False, "opt-out")
