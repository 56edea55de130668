"""Every role against every guarded action, at the service level: what the permission table
(the issue's defaults) forbids is refused before anything is written, and what it allows goes
through. The interface hiding a button is not what stops a stylist charging a sale."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from salon_desk.models import Badge, Base, Debt, Service, Staff
from salon_desk.models.sales import PaymentMethod
from salon_desk.services import permissions, settings, signin
from salon_desk.services.care import notes, patch_tests
from salon_desk.services.customers import records
from salon_desk.services.customers.records import CustomerData
from salon_desk.services.errors import SalonError
from salon_desk.services.merging.merge import merge_customers
from salon_desk.services.sales import catalog, credits, debts, points, selling
from salon_desk.services.schedule import appointments
from salon_desk.services.schedule.appointments import AppointmentData

pytestmark = [pytest.mark.any_engine, pytest.mark.usefixtures("argon2_once")]

MONDAY = dt.datetime(2031, 3, 3, 10, 0).astimezone()


@pytest.fixture
def salon(salon_db, make_customer):
    """A customer with an appointment, an open debt, a voucher, points and a note, made by the
    owner; then one member of each role, each with a PIN."""
    ana, eva = make_customer(first_name="Ana"), make_customer(first_name="Eva")
    ids = {"ana": ana, "eva": eva}
    with salon_db.transaction() as s:
        ids["service"] = s.scalar(select(Service.id).order_by(Service.id))
        ids["staff"] = s.scalar(select(Staff.id).order_by(Staff.id))
        ids["appointment"] = appointments.book(s, AppointmentData(
            ana, ids["service"], ids["staff"], MONDAY)).id
        sale = selling.create_sale(s, selling.SaleDraft(ana, lines=[selling.LineDraft(
            "service", ids["service"])]))  # nothing paid: all of it owed
        ids["debt"] = s.scalar(select(Debt.id).where(Debt.sale_id == sale.sale.id))
        ids["voucher"] = credits.create_voucher(s, ana, credits.VoucherData(
            "5 massages", 5, dt.date.today())).id
        points.add_points(s, ana, 100, "welcome")
        ids["note"] = notes.create_note(s, ana, notes.NoteData(text="Fine hair")).id
        ids["badge"] = s.scalar(select(Badge.id).where(Badge.builtin.is_(False)))
        for i, role in enumerate(permissions.ROLES):
            member = Staff(name=role, access_role=role, position=50 + i)
            s.add(member)
            s.flush()
            signin.set_pin(s, member.id, f"{2000 + i}")
    return ids


def _formula() -> notes.NoteData:
    return notes.NoteData(note_type="colour", text="Roots", formula=notes.Formula(
        brand="Lumina", shades=[notes.Shade("7.4", 30)], developer_volume=20))


# (what the call does, the action it needs, the call)
CALLS = [
    ("book", permissions.BOOK, lambda s, i: appointments.book(s, AppointmentData(
        i["eva"], i["service"], i["staff"], MONDAY + dt.timedelta(hours=3)))),
    ("move a booking", permissions.BOOK, lambda s, i: appointments.update_appointment(
        s, i["appointment"], AppointmentData(i["ana"], i["service"], i["staff"],
                                             MONDAY + dt.timedelta(days=1)))),
    ("cancel a booking", permissions.BOOK,
     lambda s, i: appointments.set_status(s, i["appointment"], "cancelled")),
    ("charge a sale", permissions.CHARGE, lambda s, i: selling.create_sale(s, selling.SaleDraft(
        i["eva"], lines=[selling.LineDraft("service", i["service"])],
        payments=[selling.PaymentDraft(PaymentMethod.CASH.value, 1000)]))),
    ("take a debt payment", permissions.CHARGE,
     lambda s, i: debts.pay_debt(s, i["debt"], 500, PaymentMethod.CASH.value)),
    ("use a voucher session", permissions.CHARGE,
     lambda s, i: credits.use_voucher_session(s, i["voucher"])),
    ("redeem points", permissions.CHARGE, lambda s, i: points.remove_points(
        s, i["ana"], 50, action="redeemed")),
    ("edit a customer", permissions.EDIT_CUSTOMERS,
     lambda s, i: records.update_customer(s, i["ana"], CustomerData(first_name="Ana María"))),
    ("add a customer", permissions.EDIT_CUSTOMERS,
     lambda s, i: records.create_customer(s, CustomerData(first_name="Iria"))),
    ("write a consultation note", permissions.WRITE_NOTES,
     lambda s, i: notes.create_note(s, i["ana"], notes.NoteData(text="Sensitive scalp"))),
    ("write a colour formula", permissions.WRITE_NOTES,
     lambda s, i: notes.create_note(s, i["ana"], _formula())),
    ("change a note", permissions.WRITE_NOTES, lambda s, i: notes.update_note(
        s, i["note"], notes.NoteData(text="Fine, dry hair"))),
    ("record a patch test", permissions.WRITE_NOTES, lambda s, i: patch_tests.record_patch_test(
        s, i["ana"], patch_tests.PatchTestData(tested_on=dt.date.today(), result="pass",
                                               subject="Tint"))),
    ("change a custom badge", permissions.CUSTOM_BADGES, lambda s, i: catalog.save_item(
        s, Badge, {"name": "Brides"}, i["badge"])),
    ("see the schedule", permissions.SEE_SCHEDULE,
     lambda s, i: appointments.day_schedule(s, MONDAY.date())),
    ("delete a customer", permissions.DELETE_CUSTOMERS,
     lambda s, i: records.delete_customers(s, [i["eva"]])),
    ("merge", permissions.MERGE, lambda s, i: merge_customers(s, i["ana"], [i["eva"]])),
    ("change the settings", permissions.CHANGE_SETTINGS,
     lambda s, i: settings.set_value(s, settings.SALON_NAME, "Mine")),
    ("give a staff member a PIN", permissions.MANAGE_STAFF,
     lambda s, i: signin.set_pin(s, i["staff"], "9999")),
]


def _snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table (the audit trail aside: signing in writes to it)."""
    with db.session() as s:
        return {t.name: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{t.name}"'))]
                for t in Base.metadata.sorted_tables if not t.name.startswith("audit")}


@pytest.mark.parametrize("role", permissions.ROLES)
@pytest.mark.parametrize("what, action, call", CALLS, ids=[c[0] for c in CALLS])
def test_each_role_may_do_what_the_table_says_and_nothing_else(
        salon_db, salon, role, what, action, call):
    signin.attempt(salon_db, role, f"{2000 + permissions.ROLES.index(role)}")
    assert permissions.current().role == role
    if action in permissions.DEFAULT_PERMISSIONS[role]:
        with salon_db.transaction() as s:
            call(s, salon)
        return
    before = _snapshot(salon_db)
    with salon_db.transaction() as s:  # committed: a refusal after a write would show
        with pytest.raises(SalonError, match=r"^You may not .*: only .* may\."):
            call(s, salon)
    assert _snapshot(salon_db) == before, f"{role} refused to {what}, yet rows changed"


def test_every_action_of_the_table_is_guarded_somewhere_above():
    """Each permission is asked by at least one call of this file (audit: the command line and
    the History tab, tests/test_signin.py)."""
    asked = {action for _what, action, _call in CALLS}
    left = set(permissions.ACTIONS) - asked
    assert left <= {permissions.SEE_AUDIT, permissions.RESTORE_BACKUP,
                    permissions.BACKUP_SETTINGS, permissions.FORGET_CUSTOMER,
                    permissions.SUBJECT_EXPORT, permissions.EXPORT_ALL}, left
