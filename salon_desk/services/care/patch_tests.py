"""Skin (patch) tests: recording them and checking that one covers a service on a given day.

Which tests cover a service (the rule the booking warning applies):
- a test recorded for that very service, or
- a test recorded for another service of the same service type (a colour test covers every
  colour service: the same families of products are applied).
A test linked to no service (only a product or a free-text subject) covers nothing by itself,
because the app cannot know which services it speaks for; the warning then mentions it so the
receptionist can decide.

A covering test counts when it was done on or before the day of the service. The most recent
decided one (passed or failed) wins: a failure after a pass means no valid test. A passed test is
valid up to and including ``valid_until``; a pass recorded without that date is valid for the
``patch_tests.validity_days`` setting after the test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from salon_desk.models import PatchTest, PatchTestResult, Product, Service, Staff
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services import settings
from salon_desk.services.errors import ValidationError, get_or_not_found
from salon_desk.services.settings import Option
from salon_desk.services.texts import Text

VALIDITY_DAYS = Option("patch_tests.validity_days", int, 180, "Patch test valid for (days)")

RESULT_LABELS = {PatchTestResult.PASS.value: "Passed", PatchTestResult.FAIL.value: "Failed",
                 PatchTestResult.PENDING.value: "Pending"}


@dataclass
class PatchTestData:
    """What the patch test form edits."""

    tested_on: dt.date
    result: str = PatchTestResult.PENDING.value
    service_id: int | None = None
    product_id: int | None = None
    subject: str = ""
    staff_id: int | None = None
    valid_until: dt.date | None = None
    notes: str = ""


@dataclass
class PatchTestRow:
    """One test as the record tab shows it."""

    id: int
    tested_on: dt.date
    tested: str  # service / product / subject, as one text
    service_id: int | None
    product_id: int | None
    subject: str
    staff_id: int | None
    staff_name: str
    result: str
    valid_until: dt.date | None
    notes: str
    status: str  # "Valid", "Expired", "Failed", "Pending"


def _validate(session: Session, data: PatchTestData, today: dt.date | None = None) -> PatchTestData:
    data.subject = (data.subject or "").strip()
    data.notes = (data.notes or "").strip()
    errors = _errors(session, data, today or dt.date.today())
    if errors:
        raise ValidationError(errors)
    if data.result == PatchTestResult.PASS.value and data.valid_until is None:
        data.valid_until = data.tested_on + dt.timedelta(days=settings.get(session, VALIDITY_DAYS))
    if data.result == PatchTestResult.FAIL.value:
        data.valid_until = None  # a failed test is never valid
    return data


def _errors(session: Session, data: PatchTestData, today: dt.date) -> dict[str, str]:
    """What is wrong with the test's fields, by field."""
    errors: dict[str, str] = {}
    if data.result not in {r.value for r in PatchTestResult}:
        errors["result"] = Text(msg.PATCH_RESULT)
    if data.tested_on is None:
        errors["tested_on"] = Text(msg.PATCH_DATE_NEEDED)
    elif data.tested_on > today:
        errors["tested_on"] = Text(msg.PATCH_DATE_FUTURE)
    if not (data.service_id or data.product_id or data.subject):
        errors["subject"] = Text(msg.PATCH_SUBJECT_NEEDED)
    if data.service_id is not None and session.get(Service, data.service_id) is None:
        errors["service_id"] = Text(msg.THAT_SERVICE_MISSING)
    if data.product_id is not None and session.get(Product, data.product_id) is None:
        errors["product_id"] = Text(msg.THAT_PRODUCT_MISSING)
    if data.staff_id is not None and session.get(Staff, data.staff_id) is None:
        errors["staff_id"] = Text(msg.THAT_STAFF_MISSING)
    if data.valid_until is not None and data.tested_on and data.valid_until < data.tested_on:
        errors["valid_until"] = Text(msg.PATCH_VALID_BEFORE_TEST)
    return errors


def _apply(test: PatchTest, data: PatchTestData) -> None:
    for name in ("tested_on", "result", "service_id", "product_id", "subject", "staff_id",
                 "valid_until", "notes"):
        setattr(test, name, getattr(data, name))


def record_patch_test(session: Session, customer_id: int, data: PatchTestData) -> PatchTest:
    permissions.require(permissions.WRITE_NOTES)
    data = _validate(session, data)
    test = PatchTest(customer_id=customer_id)
    _apply(test, data)
    session.add(test)
    session.flush()
    return test


def update_patch_test(session: Session, test_id: int, data: PatchTestData) -> PatchTest:
    permissions.require(permissions.WRITE_NOTES)
    test = get_or_not_found(session, PatchTest, test_id, msg.PATCH_TEST_NOT_FOUND)
    data = _validate(session, data)
    _apply(test, data)
    session.flush()
    return test


def delete_patch_test(session: Session, test_id: int) -> None:
    permissions.require(permissions.WRITE_NOTES)
    session.delete(get_or_not_found(session, PatchTest, test_id, msg.PATCH_TEST_NOT_FOUND))
    session.flush()


def get_patch_test(session: Session, test_id: int) -> PatchTestData:
    test = get_or_not_found(session, PatchTest, test_id, msg.PATCH_TEST_NOT_FOUND)
    return PatchTestData(tested_on=test.tested_on, result=test.result,
                         service_id=test.service_id, product_id=test.product_id,
                         subject=test.subject, staff_id=test.staff_id,
                         valid_until=test.valid_until, notes=test.notes)


def _valid_until(test: PatchTest, validity_days: int) -> dt.date | None:
    if test.result != PatchTestResult.PASS.value:
        return None
    return test.valid_until or test.tested_on + dt.timedelta(days=validity_days)


def status_of(result: str, valid_until: dt.date | None, on_date: dt.date) -> str:
    if result == PatchTestResult.FAIL.value:
        return "Failed"
    if result == PatchTestResult.PENDING.value:
        return "Pending"
    return "Valid" if valid_until is None or valid_until >= on_date else "Expired"


def list_patch_tests(session: Session, customer_id: int,
                     today: dt.date | None = None) -> list[PatchTestRow]:
    """The customer's tests, newest first, with what was tested and their status today."""
    today = today or dt.date.today()
    validity = settings.get(session, VALIDITY_DAYS)
    rows = session.execute(
        select(PatchTest, Service.name, Product.name, Staff.name)
        .outerjoin(Service, Service.id == PatchTest.service_id)
        .outerjoin(Product, Product.id == PatchTest.product_id)
        .outerjoin(Staff, Staff.id == PatchTest.staff_id)
        .where(PatchTest.customer_id == customer_id)
        .order_by(PatchTest.tested_on.desc(), PatchTest.id.desc())
    ).all()
    out = []
    for test, service_name, product_name, staff_name in rows:
        tested = " · ".join(p for p in (service_name, product_name, test.subject) if p)
        until = _valid_until(test, validity)
        out.append(PatchTestRow(
            id=test.id, tested_on=test.tested_on, tested=tested, service_id=test.service_id,
            product_id=test.product_id, subject=test.subject, staff_id=test.staff_id,
            staff_name=staff_name or "", result=test.result, valid_until=until, notes=test.notes,
            status=status_of(test.result, until, today)))
    return out


def covering_tests(session: Session, customer_id: int, service: Service) -> list[PatchTest]:
    """Tests of the customer that speak for this service (see the module doc), newest first."""
    same_kind = [PatchTest.service_id == service.id]
    if service.service_type_id is not None:
        same_kind.append(PatchTest.service_id.in_(
            select(Service.id).where(Service.service_type_id == service.service_type_id)))
    return list(session.scalars(
        select(PatchTest)
        .where(PatchTest.customer_id == customer_id, or_(*same_kind))
        .order_by(PatchTest.tested_on.desc(), PatchTest.id.desc())))


def patch_test_warning(session: Session, customer_id: int | None, service_id: int,
                       on_date: dt.date) -> Text | None:
    """Why booking this service for this customer on that day needs care, or None when it is fine.

    None when the service does not require a patch test or the customer has a passed test
    covering it that is still valid on ``on_date``.
    """
    service = get_or_not_found(session, Service, service_id, msg.SERVICE_NOT_FOUND)
    if not service.requires_patch_test:
        return None
    name = service.name
    if customer_id is None:
        return Text(msg.PATCH_TEST_NO_CUSTOMER, service=name)
    validity = settings.get(session, VALIDITY_DAYS)
    tests = [t for t in covering_tests(session, customer_id, service) if t.tested_on <= on_date]
    decided = next((t for t in tests if t.result != PatchTestResult.PENDING.value), None)
    pending = next((t for t in tests if t.result == PatchTestResult.PENDING.value), None)
    if decided is not None and decided.result == PatchTestResult.PASS.value:
        until = _valid_until(decided, validity)
        if until >= on_date:
            return None
        text = Text(msg.PATCH_TEST_EXPIRED, service=name, tested=decided.tested_on, until=until)
    elif decided is not None:
        text = Text(msg.PATCH_TEST_FAILED, service=name, tested=decided.tested_on)
    else:
        text = Text(msg.PATCH_TEST_NONE, service=name)
    if pending is not None and (decided is None or pending.tested_on >= decided.tested_on):
        text = Text.joined([text, Text(msg.PATCH_TEST_PENDING, tested=pending.tested_on)], " ")
    elif decided is None:
        unlinked = session.scalar(
            select(PatchTest).where(PatchTest.customer_id == customer_id,
                                    PatchTest.service_id.is_(None),
                                    PatchTest.tested_on <= on_date)
            .order_by(PatchTest.tested_on.desc()).limit(1))
        if unlinked is not None:
            product = session.get(Product, unlinked.product_id) if unlinked.product_id else None
            what = unlinked.subject or (product.name if product else Text(msg.A_PRODUCT))
            text = Text.joined([text, Text(msg.PATCH_TEST_UNLINKED, what=what,
                                           tested=unlinked.tested_on)], " ")
    return text
