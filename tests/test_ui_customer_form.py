"""The customer form driven like a receptionist: typing, saving, errors, prompts, duplicates."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from salon_desk.models import Badge, ConsentEvent, Customer
from salon_desk.services.customers.views import customer_details
from salon_desk.services.customers.records import count_customers
from salon_desk.ui import composition, customer_form, dialogs
from salon_desk.ui.customer_form import CustomerFormDialog
from salon_desk.ui.record import window as record_window

ASK_UNSAVED = customer_form.ask_unsaved  # the real question (a fixture below replaces it)


@pytest.fixture(autouse=True)
def _never_block(monkeypatch):
    """A form left with changes at teardown must not wait for an answer."""
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(text))


@pytest.fixture
def new_form(qtbot, salon_db):
    form = CustomerFormDialog(salon_db)
    qtbot.addWidget(form)
    form.show()
    return form


def _count(db) -> int:
    with db.session() as session:
        return count_customers(session)


def test_wrong_mobile_email_and_birth_date_are_shown_and_nothing_is_saved(qtbot, new_form,
                                                                          salon_db):
    fields = new_form.fields
    qtbot.keyClicks(fields.first_name, "Lucia")
    qtbot.keyClicks(fields.email, "lucia@")
    qtbot.keyClicks(fields.mobile.number_edit, "12345")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    if tomorrow.year == dt.date.today().year:
        fields.birth.set_value(tomorrow.year, tomorrow.month, tomorrow.day)
    assert not new_form.save()
    assert _count(salon_db) == 0
    for key in ("email", "mobile") + (("birth_date",) if tomorrow.year == dt.date.today().year
                                      else ()):
        label = fields.error_labels[key]
        assert label.isVisible() and label.text(), key
    assert fields.email.property("error") is True
    assert fields.mobile.number_edit.property("error") is True
    assert QApplication.focusWidget() is fields.email  # the first bad field, in form order
    assert new_form.error_banner.isVisible()
    # Nothing typed is lost.
    assert fields.first_name.text() == "Lucia"
    assert fields.mobile.text() == "12345"
    # Correcting the fields and saving works.
    fields.email.setText("lucia@example.com")
    fields.mobile.number_edit.setText("612 345 678")
    fields.birth.set_value(1990, 5, 17)
    assert new_form.save()
    assert not fields.error_labels["email"].isVisible()
    assert _count(salon_db) == 1


def test_a_name_is_the_only_required_field(qtbot, new_form, salon_db):
    assert not new_form.save()
    assert new_form.fields.error_labels["first_name"].isVisible()
    qtbot.keyClicks(new_form.fields.last_name, "Walk-in")
    assert new_form.save()
    assert _count(salon_db) == 1


def test_full_create_through_the_form(qtbot, new_form, salon_db):
    fields = new_form.fields
    qtbot.keyClicks(fields.first_name, "Marta")
    fields.last_name.insert("Gómez Ruiz")  # QTest types ASCII only
    qtbot.keyClicks(fields.email, "marta.gomez@example.com")
    fields.mobile.country_combo.set_code("ES")
    qtbot.keyClicks(fields.mobile.number_edit, "612 34 56 78")
    fields.gender.setCurrentIndex(fields.gender.findData("female"))
    fields.birth.set_value(None, 3, 14)
    qtbot.keyClicks(fields.city, "Madrid")
    fields.country.set_code("ES")
    qtbot.keyClicks(fields.allergies, "Latex allergy")
    assert new_form.allergy_banner.isVisible()
    with salon_db.session() as session:
        vip = session.scalar(select(Badge.id).where(Badge.key == "vip"))
    qtbot.mouseClick(fields.badge_buttons[vip], Qt.MouseButton.LeftButton)
    fields.consents.boxes[("appointments", "sms")].setChecked(True)
    saved = []
    new_form.saved.connect(saved.append)
    qtbot.keyClick(new_form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved and not new_form.isVisible()
    with salon_db.session() as session:
        d = customer_details(session, saved[0])
        events = session.scalar(select(func.count()).select_from(ConsentEvent))
    assert d.full_name == "Marta Gómez Ruiz"
    assert d.data.mobile == "+34612345678"
    assert d.data.email == "marta.gomez@example.com"
    assert (d.data.birth_year, d.data.birth_month, d.data.birth_day) == (None, 3, 14)
    assert d.data.allergies == "Latex allergy"
    assert d.data.gender == "female" and d.data.city == "Madrid" and d.data.country == "ES"
    assert [b.id for b in d.badges] == [vip]
    assert d.consents[("appointments", "sms")].granted
    assert events == 1  # only the box that was ticked is recorded
    assert d.data.customer_since == dt.date.today()


def test_editing_keeps_what_was_not_touched(qtbot, salon_db, make_customer):
    cid = make_customer(first_name="Olga", last_name="Ivanova", mobile="+447812345678",
                        email="olga@example.org", notes="Likes tea")
    form = CustomerFormDialog(salon_db, cid)
    qtbot.addWidget(form)
    form.show()
    assert form.fields.mobile.country() == "GB"
    assert not form.is_dirty()
    form.fields.city.setText("Leeds")
    assert form.is_dirty()
    assert form.save()
    with salon_db.session() as session:
        c = session.get(Customer, cid)
        assert (c.city, c.mobile, c.email, c.notes) == ("Leeds", "+447812345678",
                                                       "olga@example.org", "Likes tea")


def test_closing_with_unsaved_changes_asks(qtbot, new_form, salon_db, monkeypatch):
    answers = ["cancel", "discard"]
    asked = []

    def ask(parent):
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(customer_form, "ask_unsaved", ask)
    qtbot.keyClicks(new_form.fields.first_name, "Pia")
    qtbot.keyClick(new_form, Qt.Key.Key_Escape)
    assert new_form.isVisible() and len(asked) == 1  # Keep editing
    assert new_form.fields.first_name.text() == "Pia"
    new_form.close()
    assert not new_form.isVisible() and len(asked) == 2  # Discard
    assert _count(salon_db) == 0


def test_unsaved_prompt_can_save(qtbot, new_form, salon_db, monkeypatch):
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "save")
    qtbot.keyClicks(new_form.fields.first_name, "Noa")
    qtbot.keyClick(new_form, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not new_form.isVisible()
    assert _count(salon_db) == 1


def test_a_clean_form_closes_without_asking(qtbot, new_form, monkeypatch):
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: pytest.fail("asked"))
    qtbot.keyClick(new_form, Qt.Key.Key_Escape)
    assert not new_form.isVisible()


def test_duplicate_warning_before_saving_a_new_customer(qtbot, salon_db, make_customer,
                                                        monkeypatch):
    existing = make_customer(first_name="Ana", last_name="Pérez", mobile="+34612345678")
    seen = []
    answer = ["back"]

    def ask(parent, matches):
        seen.append(matches)
        return answer[0]

    monkeypatch.setattr(customer_form, "ask_duplicates", ask)
    form = CustomerFormDialog(salon_db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.fields.first_name, "Anna")
    qtbot.keyClicks(form.fields.mobile.number_edit, "612345678")
    assert not form.save()  # Go back
    assert seen[0] == [(existing, "Ana Pérez", "Same mobile")]
    assert _count(salon_db) == 1 and form.isVisible()

    answer[0] = "open"  # asked for through the app's events, which ui.composition answers
    composition.connect_requests()
    assert not form.save()
    assert (str(salon_db.path), existing) in record_window._windows
    record_window._windows[(str(salon_db.path), existing)].close()

    answer[0] = "save"
    assert form.save()
    assert _count(salon_db) == 2


def test_blocked_reason_only_when_blocked(qtbot, new_form):
    fields = new_form.fields
    assert not fields.blocked_reason.isEnabled()
    qtbot.mouseClick(fields.blocked, Qt.MouseButton.LeftButton)
    assert fields.blocked_reason.isEnabled()
    qtbot.keyClicks(fields.first_name, "Kim")
    assert not new_form.save()  # a blocked customer needs a reason
    assert fields.error_labels["blocked_reason"].isVisible()


def test_photo_and_signature_are_stored(qtbot, new_form, salon_db, tmp_path, monkeypatch):
    picture = tmp_path / "face.webp"
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "#c08080").save(buffer, "WEBP")
    picture.write_bytes(buffer.getvalue())
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *args, **kwargs: str(picture))
    fields = new_form.fields
    qtbot.keyClicks(fields.first_name, "Eva")
    qtbot.mouseClick(fields.photo.choose_button, Qt.MouseButton.LeftButton)
    assert fields.photo.has_photo() and fields.photo.remove_button.isEnabled()
    pad = fields.signature
    new_form.scroll.ensureWidgetVisible(pad)
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 40))
    for x in range(40, 200, 20):
        qtbot.mouseMove(pad, QPoint(x, 40 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(210, 60))
    assert len(pad._strokes[0]) > 5  # the pen followed the mouse
    assert fields.privacy.isChecked()  # signing accepts the privacy policy
    assert new_form.save()
    with salon_db.session() as session:
        d = customer_details(session, new_form.customer_id)
    assert Image.open(io.BytesIO(d.photo)).format == "JPEG"
    assert Image.open(io.BytesIO(d.signature)).format == "PNG"
    assert d.data.privacy_accepted_at is not None and d.signature_at is not None


def test_tab_order_follows_the_form(new_form):
    fields = new_form.fields
    wanted = [fields.first_name, fields.last_name, fields.email, fields.gender,
              fields.mobile.number_edit, fields.phone.number_edit, fields.street, fields.city,
              fields.postcode, fields.region, fields.country, fields.preferred_staff,
              fields.category, fields.external_id, fields.notes, fields.allergies, fields.active,
              fields.blocked, fields.blocked_reason, fields.privacy, fields.notify_marketing]
    chain, widget = [], fields.first_name
    for _ in range(400):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is fields.first_name:
            break
    positions = [chain.index(w) for w in wanted]
    assert positions == sorted(positions)


@pytest.mark.parametrize("press, answer", [("Save", "save"), ("Discard changes", "discard"),
                                           ("Keep editing", "cancel"), (None, "cancel")])
def test_the_unsaved_changes_question_answers_with_the_button_pressed(qtbot, press, answer):
    QTimer.singleShot(50, lambda: _answer(qtbot, press))
    assert ASK_UNSAVED(None) == answer


@pytest.mark.parametrize("press, answer", [("Open existing record", "open"),
                                           ("Save anyway", "save"), (None, "back")])
def test_the_duplicates_question_answers_with_the_button_pressed(qtbot, press, answer):
    QTimer.singleShot(50, lambda: _answer(qtbot, press))
    assert customer_form.ask_duplicates(None, [(7, "Ana Ruiz", "same mobile")]) == answer


def _answer(qtbot, press: str | None) -> None:
    """Click the button labelled ``press`` in the question on screen; None presses Escape."""
    box = QApplication.activeModalWidget()
    if press is None:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    else:
        next(b for b in box.buttons() if b.text() == press).click()
