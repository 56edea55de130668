"""Consultation notes and colour formulas: validation, pinning, reuse and history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salon_desk.models import Appointment, NoteRevision, Staff
from salon_desk.services.errors import ValidationError
from salon_desk.services.care.notes import (
    Formula,
    NoteData,
    Shade,
    create_note,
    list_notes,
    note_history,
    pinned_notes,
    previous_formulas,
    set_pinned,
    start_from,
    update_note,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def ana(salon_db, make_customer):
    return make_customer(first_name="Ana")


@pytest.fixture
def staff(salon_db):
    with salon_db.session() as s:
        return {st.name: st.id for st in s.scalars(select(Staff))}


def _formula(**extra):
    values = {"brand": "Lumina Color Pro", "shades": [Shade("6.3", 30), Shade("7.0", "15,5")],
              "developer_volume": 20, "mixing_ratio": "1 : 1,5", "processing_minutes": 35,
              "starting_level": 5, "target_level": 7, "result": "Warm golden, even"}
    values.update(extra)
    return Formula(**values)


def _colour(db, customer_id, author_id=None, **extra):
    with db.transaction() as s:
        note = create_note(s, customer_id, NoteData(note_type="colour", text="Roots grey 30%",
                                                    formula=_formula(**extra),
                                                    author_id=author_id))
        return note.id


def test_colour_formula_is_stored_structured(salon_db, ana, staff):
    note_id = _colour(salon_db, ana, staff["Marta"])
    with salon_db.session() as s:
        row = list_notes(s, ana)[0]
    assert row.id == note_id and row.is_colour and row.author_name == "Marta"
    f = row.formula
    assert [(x.shade, x.grams) for x in f.shades] == [("6.3", 30.0), ("7.0", 15.5)]
    assert (f.developer_volume, f.mixing_ratio, f.processing_minutes) == (20, "1:1.5", 35)
    assert (f.starting_level, f.target_level, f.result) == (5, 7, "Warm golden, even")
    assert f.total_grams() == 45.5
    assert f.summary() == ("Lumina Color Pro 6.3 30 g + 7.0 15.5 g · 20 vol 1:1.5 · 35 min · "
                           "level 5 → 7")


@pytest.mark.parametrize("extra,field", [
    ({"shades": [Shade("6.3", 0)]}, "shades"),
    ({"shades": [Shade("", 20)]}, "shades"),
    ({"shades": [Shade("6.3", "lots")]}, "shades"),
    ({"developer_volume": 60}, "developer_volume"),
    ({"mixing_ratio": "one to two"}, "mixing_ratio"),
    ({"processing_minutes": 0}, "processing_minutes"),
    ({"target_level": 13}, "target_level"),
    ({"starting_level": "dark"}, "starting_level"),
])
def test_formula_validation(salon_db, ana, extra, field):
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        create_note(s, ana, NoteData(note_type="colour", formula=_formula(**extra)))
    assert field in err.value.errors


def test_general_note_needs_text_and_appointment_must_be_the_customers(salon_db, ana,
                                                                        make_customer):
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        create_note(s, ana, NoteData(text="  "))
    assert "text" in err.value.errors
    other = make_customer(first_name="Bea")
    with salon_db.transaction() as s:
        appt = Appointment(customer_id=other, starts_at=dt.datetime.now(dt.UTC))
        s.add(appt)
        s.flush()
        appt_id = appt.id
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        create_note(s, ana, NoteData(text="x", appointment_id=appt_id))
    assert "appointment_id" in err.value.errors


def test_pinned_first_filter_and_header(salon_db, ana):
    with salon_db.transaction() as s:
        a = create_note(s, ana, NoteData(text="Old general")).id
        b = create_note(s, ana, NoteData(text="Allergic to PPD", pinned=True)).id
    c = _colour(salon_db, ana)
    with salon_db.session() as s:
        assert [r.id for r in list_notes(s, ana)] == [b, c, a]
        assert [r.id for r in list_notes(s, ana, "colour")] == [c]
        assert [r.id for r in list_notes(s, ana, "general")] == [b, a]
        assert [r.text for r in pinned_notes(s, ana)] == ["Allergic to PPD"]
    with salon_db.transaction() as s:
        set_pinned(s, c, True)
        set_pinned(s, b, False)
    with salon_db.session() as s:
        assert [r.id for r in pinned_notes(s, ana)] == [c]
        assert s.scalar(select(NoteRevision.id)) is None  # pinning is not an edit


def test_reuse_a_previous_formula(salon_db, ana, staff):
    first = _colour(salon_db, ana, staff["Marta"])
    with salon_db.session() as s:
        assert [r.id for r in previous_formulas(s, ana)] == [first]
        data = start_from(s, first)
    assert data.based_on_id == first and data.note_type == "colour"
    assert data.formula.result == "" and data.formula.shades[0].shade == "6.3"
    data.formula.shades[0].grams = 40
    data.formula.result = "Slightly lighter"
    data.text = "Same as last time, more 6.3"
    with salon_db.transaction() as s:
        second = create_note(s, ana, data).id
    with salon_db.session() as s:
        rows = {r.id: r for r in list_notes(s, ana)}
    assert rows[second].based_on_id == first
    assert rows[second].formula.shades[0].grams == 40
    assert rows[first].formula.shades[0].grams == 30  # the original is untouched
    assert rows[first].formula.result == "Warm golden, even"


def test_edits_keep_history(salon_db, ana, staff):
    note_id = _colour(salon_db, ana, staff["Marta"])
    with salon_db.session() as s:
        data = start_from(s, note_id)
    data.formula.result = "Warm golden, even"
    data.text = "Roots grey 30%"
    with salon_db.transaction() as s:  # nothing changed: no revision
        update_note(s, note_id, data, changed_by_id=staff["Laura"])
    data.formula.processing_minutes = 40
    with salon_db.transaction() as s:
        update_note(s, note_id, data, changed_by_id=staff["Laura"])
    data.text = "Roots grey 40%"
    with salon_db.transaction() as s:
        update_note(s, note_id, data, changed_by_id=staff["Sofía"])
    with salon_db.session() as s:
        history = note_history(s, note_id)
        row = list_notes(s, ana)[0]
    assert row.revisions == 2 and row.text == "Roots grey 40%"
    assert [v.by for v in history] == ["Marta", "Laura", "Sofía"]
    assert [v.changes for v in history] == [["Written"], ["Processing time (min)"], ["Text"]]
    assert [v.formula.processing_minutes for v in history] == [35, 40, 40]
    assert [v.text for v in history] == ["Roots grey 30%", "Roots grey 30%", "Roots grey 40%"]
    assert history[0].at <= history[1].at <= history[2].at
