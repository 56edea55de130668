"""The customer form's texts stop at their column's length, and a longer text stored before
(a SQLite file takes any length) is shown whole, never cut on the way to being saved."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from salon_desk.models import Customer
from salon_desk.services import lengths
from salon_desk.ui import customer_form, dialogs
from salon_desk.ui.customer_form import CustomerFormDialog

POSTCODE = lengths.limits(Customer)["postcode"]
STORED = "28001 Madrid, Spain (ask at the door)"


@pytest.fixture(autouse=True)
def _never_block(monkeypatch):
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(text))


def _form(qtbot, db, customer_id=None) -> CustomerFormDialog:
    form = CustomerFormDialog(db, customer_id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_typing_stops_at_the_columns_length(qtbot, salon_db):
    form = _form(qtbot, salon_db)
    qtbot.keyClicks(form.fields.postcode, "1" * (POSTCODE + 5))
    assert form.fields.postcode.text() == "1" * POSTCODE
    assert form.fields.first_name.maxLength() == lengths.limits(Customer)["first_name"]
    assert form.fields.referral.lineEdit().maxLength() == (
        lengths.limits(Customer)["referral_source"])


def test_a_longer_stored_text_is_shown_whole_and_never_saved_cut(qtbot, salon_db,
                                                                 make_customer):
    if salon_db.engine_name != "sqlite":
        pytest.skip("only a SQLite file can hold a text longer than its column")
    cid = make_customer(first_name="Eva", postcode="28001")
    with salon_db.transaction() as session:  # as an old SQLite file may hold it
        session.execute(text("UPDATE customers SET postcode = :p WHERE id = :i"),
                        {"p": STORED, "i": cid})
    form = _form(qtbot, salon_db, cid)
    assert form.fields.postcode.text() == STORED
    assert not form.is_dirty()
    form.fields.city.setText("Madrid")
    assert not form.save()
    label = form.fields.error_labels["postcode"]
    assert label.isVisible() and str(POSTCODE) in label.text()
    with salon_db.session() as session:
        assert (session.get(Customer, cid).postcode, session.get(Customer, cid).city) == (
            STORED, None)
    form.fields.postcode.setText("28001")
    assert form.save()
    with salon_db.session() as session:
        assert session.get(Customer, cid).postcode == "28001"


def test_the_settings_lists_show_a_longer_stored_name_whole(qtbot, salon_db):
    from salon_desk.models import Staff
    from salon_desk.ui.settings_dialog import SettingsDialog

    if salon_db.engine_name != "sqlite":
        pytest.skip("only a SQLite file can hold a text longer than its column")
    long_name = "Laura " + "Martínez " * 15  # 141 characters where 120 fit
    with salon_db.transaction() as session:
        session.execute(text("UPDATE staff SET name = :n WHERE id = (SELECT min(id) FROM staff)"),
                        {"n": long_name})
    dialog = SettingsDialog(salon_db)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.staff_page
    dialog.show_page(page)
    page.select(next(e for e in page.entries if e.values.get("name") == long_name))
    assert page.widgets["name"].text() == long_name
    page.select(next(e for e in page.entries if e.values.get("name") != long_name))
    page.widgets["name"].selectAll()
    qtbot.keyClicks(page.widgets["name"], "x" * 130)
    assert len(page.widgets["name"].text()) == lengths.limits(Staff)["name"]


def test_a_template_name_stored_longer_than_its_column_is_shown_whole(qtbot, salon_db):
    from salon_desk.models.messages import MessageTemplate
    from salon_desk.ui.composition import open_settings
    from salon_desk.ui.messages.templates_page import TemplatesPage

    if salon_db.engine_name != "sqlite":
        pytest.skip("only a SQLite file can hold a text longer than its column")
    limit = lengths.limits(MessageTemplate)["name"]
    with salon_db.transaction() as session:  # as an old SQLite file may hold them
        session.execute(text("UPDATE message_templates SET name = :n || ' (' || id || ')'"),
                        {"n": "Recordatorio de la cita " * 4})
    dialog = open_settings(salon_db)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, TemplatesPage))
    shown = page.name_edit.text()
    assert len(shown) > limit and shown.startswith("Recordatorio de la cita " * 4)
    with salon_db.session() as session:
        assert shown in {t.name for t in session.query(MessageTemplate)}
