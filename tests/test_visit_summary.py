"""History at a glance."""

from __future__ import annotations

import datetime as dt

import pytest
from visits_helpers import service_id, staff_id

from salon_desk.services.schedule.appointments import AppointmentData, book, set_status
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.customers.visit_summary import visit_summary

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def test_summary_counts_visits_spending_staff_and_services(salon_db, make_customer):
    cid = make_customer()
    marta, laura = staff_id(salon_db, "Marta"), staff_id(salon_db, "Laura")
    colour, cut = service_id(salon_db, "Full colour"), service_id(salon_db, "Blow-dry")
    base = dt.datetime.combine(dt.date.today() - dt.timedelta(days=100), dt.time(10)).astimezone()
    with salon_db.transaction() as s:
        for k, (staff, service) in enumerate([(marta, colour), (marta, colour), (laura, cut)]):
            when = base + dt.timedelta(days=30 * k)
            a = book(s, AppointmentData(cid, service, staff, when))
            create_sale(s, SaleDraft(customer_id=cid, sold_at=when + dt.timedelta(hours=1),
                                     lines=[LineDraft("service", service, appointment_id=a.id)],
                                     payments=[PaymentDraft("card", 6500 if service == colour
                                                            else 2200)]))
        no_show = book(s, AppointmentData(cid, cut, laura, base + dt.timedelta(days=95)))
        set_status(s, no_show.id, "no_show")
    summary = visit_summary(salon_db.session(), cid)
    assert summary.visits == 3 and summary.sales == 3
    assert summary.total_spent_cents == 15200 and summary.average_ticket_cents == 5066
    assert summary.first_visit.astimezone() == base
    assert summary.last_visit.date() == (base + dt.timedelta(days=60, hours=1)).astimezone(
        dt.UTC).date()
    assert (summary.top_staff, summary.top_staff_visits) == ("Marta", 2)
    assert summary.top_services == [("Blow-dry", 2), ("Full colour", 2)]  # booked, not done
    assert summary.no_shows == 1 and summary.owed_cents == 0 and summary.points == 152
