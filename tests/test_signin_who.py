"""Who did it: with sign-in on, every sale, payment, booking, note, formula and message records
the member signed in (the columns that say who, or the audit trail for a booking, whose staff is
who does the work)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salon_desk.models import (Appointment, CashMovement, Debt, DebtPayment, Message, Note, NoteRevision,
                               PointsEntry, Sale, Service, Staff, VoucherUse)
from salon_desk.models.sales import PaymentMethod
from salon_desk.services import audit, permissions, signin
from salon_desk.services.care import notes
from salon_desk.services.messages.log import MessageData, log_message
from salon_desk.services.messages.queue import Compose, queue_messages
from salon_desk.services.sales import credits, debts, points, selling
from salon_desk.services.schedule import appointments

pytestmark = [pytest.mark.any_engine, pytest.mark.usefixtures("argon2_once")]


def _member(db, name: str, role: str, pin: str) -> int:
    with db.transaction() as session:
        member = Staff(name=name, access_role=role)
        session.add(member)
        session.flush()
        signin.set_pin(session, member.id, pin)
        return member.id


def test_every_sale_payment_booking_note_and_message_says_who(salon_db, make_customer):
    cid = make_customer(first_name="Ana", email="ana@example.com",
                        consents={("appointments", "email"): True})
    with salon_db.transaction() as s:  # the owner, before anyone signs in
        service = s.scalar(select(Service.id).order_by(Service.id))
        worker = s.scalar(select(Staff.id).order_by(Staff.id))
        voucher = credits.create_voucher(s, cid, credits.VoucherData("Massages", 3,
                                                                     dt.date.today())).id
        points.add_points(s, cid, 200)
    rosa = _member(salon_db, "Rosa", permissions.RECEPTION, "1357")
    sara = _member(salon_db, "Sara", permissions.STYLIST, "2468")

    signin.attempt(salon_db, "Rosa", "1357")
    with salon_db.transaction() as s:
        booking = appointments.book(s, appointments.AppointmentData(
            cid, service, worker, dt.datetime(2031, 3, 3, 10).astimezone())).id
        sale = selling.create_sale(s, selling.SaleDraft(cid, lines=[
            selling.LineDraft("service", service)], payments=[
            selling.PaymentDraft(PaymentMethod.CASH.value, 1000)])).sale.id
        debt = s.scalar(select(Debt.id).where(Debt.sale_id == sale))
        debts.pay_debt(s, debt, 500, PaymentMethod.CARD.value)
        credits.use_voucher_session(s, voucher)
        points.remove_points(s, cid, 50, action="redeemed")
        log_message(s, cid, MessageData("call", "appointments", body="Confirmed by phone"))
        queued = queue_messages(s, Compose("email", "appointments", "Tomorrow", "See you"),
                                [cid])
    assert queued.queued == 1
    signin.attempt(salon_db, "Sara", "2468")
    with salon_db.transaction() as s:
        note = notes.create_note(s, cid, notes.NoteData(text="Fine hair")).id
        formula = notes.create_note(s, cid, notes.NoteData(
            note_type="colour", formula=notes.Formula(brand="Lumina", shades=[
                notes.Shade("7.4", 30)]))).id
        notes.update_note(s, note, notes.NoteData(text="Fine, dry hair"))

    with salon_db.session() as s:
        assert s.get(Sale, sale).staff_id == rosa
        assert set(s.scalars(select(DebtPayment.staff_id))) == {rosa}
        assert set(s.scalars(select(CashMovement.staff_id))) == {rosa}
        assert set(s.scalars(select(VoucherUse.staff_id))) == {rosa}
        assert s.scalar(select(PointsEntry.staff_id).where(PointsEntry.points < 0)) == rosa
        assert set(s.scalars(select(Message.staff_id))) == {rosa}  # logged and queued
        assert {s.get(Note, n).author_id for n in (note, formula)} == {sara}
        assert set(s.scalars(select(NoteRevision.changed_by_id))) == {sara}
        booked = [r for r in audit.rows(s, cid) if r.entity == "appointments"]
        assert s.get(Appointment, booking).staff_id == worker  # who does it, not who booked
    assert [(r.who, r.action) for r in booked] == [("Rosa", "insert")]
