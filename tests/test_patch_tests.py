"""Patch tests: recording, validity and the warning shown when booking."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salon_desk.models import PatchTest, Service
from salon_desk.services import settings
from salon_desk.services.errors import ValidationError
from salon_desk.services.care.patch_tests import (
    VALIDITY_DAYS,
    PatchTestData,
    delete_patch_test,
    list_patch_tests,
    patch_test_warning,
    record_patch_test,
    update_patch_test,
)

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = dt.date.today()


def _service(session, name):
    return session.scalar(select(Service).where(Service.name == name))


@pytest.fixture
def ana(salon_db, make_customer):
    return make_customer(first_name="Ana", last_name="Test")


def _record(db, customer_id, service_name=None, days_ago=10, result="pass", **extra):
    with db.transaction() as s:
        sid = _service(s, service_name).id if service_name else None
        data = PatchTestData(tested_on=TODAY - dt.timedelta(days=days_ago), result=result,
                             service_id=sid, **extra)
        return record_patch_test(s, customer_id, data).id


def _warning(db, customer_id, service_name, on=TODAY):
    with db.session() as s:
        return patch_test_warning(s, customer_id, _service(s, service_name).id, on)


def test_service_without_requirement_never_warns(salon_db, ana):
    assert _warning(salon_db, ana, "Manicure") is None


def test_no_test_recorded_warns(salon_db, ana):
    text = _warning(salon_db, ana, "Full colour")
    assert text == "No valid patch test for Full colour: none recorded"


def test_passed_test_covers_service_until_valid_until(salon_db, ana):
    _record(salon_db, ana, "Full colour", days_ago=10,
            valid_until=TODAY + dt.timedelta(days=5))
    assert _warning(salon_db, ana, "Full colour") is None
    assert _warning(salon_db, ana, "Full colour", TODAY + dt.timedelta(days=5)) is None
    later = TODAY + dt.timedelta(days=6)
    text = _warning(salon_db, ana, "Full colour", later)
    assert "No valid patch test for Full colour" in text
    assert "expired on" in text
    assert (TODAY + dt.timedelta(days=5)).strftime("%d/%m/%Y") in text


def test_pass_without_date_gets_validity_from_setting(salon_db, ana):
    with salon_db.transaction() as s:
        settings.set_value(s, VALIDITY_DAYS, 30)
    tid = _record(salon_db, ana, "Full colour", days_ago=0)
    with salon_db.session() as s:
        assert s.get(PatchTest, tid).valid_until == TODAY + dt.timedelta(days=30)
    assert _warning(salon_db, ana, "Full colour", TODAY + dt.timedelta(days=30)) is None
    assert _warning(salon_db, ana, "Full colour", TODAY + dt.timedelta(days=31)) is not None


def test_same_service_type_covers_other_service(salon_db, ana):
    _record(salon_db, ana, "Balayage", days_ago=3)
    assert _warning(salon_db, ana, "Root touch-up") is None  # both "Colour" services
    # a colour test says nothing about a lash tint (type "Face")
    assert _warning(salon_db, ana, "Lash lift & tint") is not None


def test_failed_test_warns_with_date(salon_db, ana):
    _record(salon_db, ana, "Full colour", days_ago=20, result="pass")
    _record(salon_db, ana, "Full colour", days_ago=5, result="fail")
    text = _warning(salon_db, ana, "Full colour")
    day = (TODAY - dt.timedelta(days=5)).strftime("%d/%m/%Y")
    assert text == f"No valid patch test for Full colour: last test failed on {day}"


def test_pass_after_a_fail_is_valid(salon_db, ana):
    _record(salon_db, ana, "Full colour", days_ago=20, result="fail")
    _record(salon_db, ana, "Full colour", days_ago=5, result="pass")
    assert _warning(salon_db, ana, "Full colour") is None


def test_pending_test_is_mentioned(salon_db, ana):
    _record(salon_db, ana, "Toner", days_ago=1, result="pending")
    text = _warning(salon_db, ana, "Full colour")
    assert "none recorded" in text and "waiting for its result" in text


def test_test_after_the_booking_date_does_not_count(salon_db, ana):
    _record(salon_db, ana, "Full colour", days_ago=1)
    assert _warning(salon_db, ana, "Full colour", TODAY - dt.timedelta(days=3)) is not None


def test_other_customers_test_does_not_count(salon_db, ana, make_customer):
    other = make_customer(first_name="Bea")
    _record(salon_db, other, "Full colour", days_ago=1)
    assert _warning(salon_db, ana, "Full colour") is not None


def test_unlinked_test_is_mentioned_but_does_not_cover(salon_db, ana):
    _record(salon_db, ana, None, days_ago=2, subject="PPD dye on the arm")
    text = _warning(salon_db, ana, "Full colour")
    assert "PPD dye on the arm" in text and "not linked to a service" in text


def test_validation(salon_db, ana):
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        record_patch_test(s, ana, PatchTestData(tested_on=TODAY + dt.timedelta(days=1),
                                                result="maybe"))
    assert set(err.value.errors) == {"tested_on", "result", "subject"}
    with salon_db.transaction() as s, pytest.raises(ValidationError) as err:
        record_patch_test(s, ana, PatchTestData(tested_on=TODAY, subject="x", result="pass",
                                                valid_until=TODAY - dt.timedelta(days=1)))
    assert "valid_until" in err.value.errors


def test_list_edit_and_delete(salon_db, ana):
    old = _record(salon_db, ana, "Full colour", days_ago=400, valid_until=TODAY - dt.timedelta(
        days=200))
    new = _record(salon_db, ana, "Brow tint", days_ago=2, result="pending")
    with salon_db.session() as s:
        rows = list_patch_tests(s, ana)
    assert [r.id for r in rows] == [new, old]
    assert [r.status for r in rows] == ["Pending", "Expired"]
    assert rows[1].tested == "Full colour"
    with salon_db.transaction() as s:
        data = PatchTestData(tested_on=TODAY - dt.timedelta(days=2), result="pass",
                             service_id=_service(s, "Brow tint").id)
        update_patch_test(s, new, data)
    with salon_db.session() as s:
        assert list_patch_tests(s, ana)[0].status == "Valid"
    assert _warning(salon_db, ana, "Brow tint") is None
    with salon_db.transaction() as s:
        delete_patch_test(s, new)
    with salon_db.session() as s:
        assert [r.id for r in list_patch_tests(s, ana)] == [old]
