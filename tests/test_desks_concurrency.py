"""Several desks at once, each with its own connections to one salon database (two Database
objects on one SQLite file, or on one PostgreSQL database): the same slot booked twice, the
same debt paid twice, the same customer edited twice. One desk wins each time; the other is
told why, and nothing is lost or counted twice.

On SQLite the writers queue at BEGIN IMMEDIATE; on PostgreSQL both transactions run at once,
and the database's guards decide (exclusion constraints, row locks, the version column). The
``_meet`` hooks make the two desks reach the critical point together where the engine lets
them (PostgreSQL); where it does not (SQLite, the second desk waiting for the lock) the first
desk stops waiting after a moment.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from visits_helpers import room_id, service_id, staff_id

from salon_desk.models import Appointment, CashMovement, Customer, Debt, DebtPayment
from salon_desk.models.db import Database
from salon_desk.services.customers import conflicts
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.customers.views import customer_details
from salon_desk.services.errors import RecordChanged, ScheduleClash, ValidationError
from salon_desk.services.sales import debts
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.schedule import appointments
from salon_desk.services.schedule.appointments import AppointmentData, book

TOMORROW = dt.date.today() + dt.timedelta(days=1)
MEET_S = 1.0  # how long a desk waits for the other at a meeting point


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TOMORROW, dt.time(hour, minute)).astimezone()


def other_desk(db: Database) -> Database:
    """A second Database on the same store: another desk, with connections of its own."""
    if getattr(db, "engine_name", "sqlite") == "sqlite":
        return Database(db.path)
    return Database(db.engine.url.render_as_string(hide_password=False))


def both_at_once(*works):
    """Run each work(on its own thread) at the same moment; their results or exceptions."""
    start = threading.Barrier(len(works))
    results: list[object] = [None] * len(works)

    def run(i, work):
        start.wait(timeout=10)
        try:
            results[i] = work()
        except Exception as exc:  # noqa: BLE001 - the refusal is the result looked at
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(works)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return results


def _meet(barrier: threading.Barrier) -> None:
    try:
        barrier.wait(timeout=MEET_S)
    except threading.BrokenBarrierError:
        pass  # the other desk is queued behind this one's write lock (SQLite)


def _checks_meet(monkeypatch) -> None:
    """Both desks pass the schedule check before either writes (where the engine lets them)."""
    checked = threading.Barrier(2)
    real_check = appointments.find_clash

    def find_clash_then_meet(*args, **kwargs):
        found = real_check(*args, **kwargs)
        _meet(checked)
        return found

    monkeypatch.setattr(appointments, "find_clash", find_clash_then_meet)


@pytest.fixture
def desks(any_salon_db):
    second = other_desk(any_salon_db)
    yield any_salon_db, second
    second.dispose()


def _customer(db, **fields) -> int:
    with db.transaction() as s:
        return create_customer(s, CustomerData(**fields)).id


# ------------------------------------------------------------------------- the same slot twice
def test_two_desks_booking_one_slot_one_wins(desks, monkeypatch):
    one, two = desks
    ana, eva = _customer(one, first_name="Ana", last_name="Ruiz"), _customer(one, first_name="Eva")
    laura, cut = staff_id(one, "Laura"), service_id(one, "Women's cut & blow-dry")  # 45 min
    _checks_meet(monkeypatch)

    def booking(db, customer):
        def work():
            with db.transaction() as s:
                return book(s, AppointmentData(customer_id=customer, service_id=cut,
                                               staff_id=laura, starts_at=at(10))).id
        return work

    results = both_at_once(booking(one, ana), booking(two, eva))
    won = [r for r in results if isinstance(r, int)]
    lost = [r for r in results if isinstance(r, ScheduleClash)]
    assert len(won) == 1 and len(lost) == 1, results
    message = str(lost[0])
    assert "Laura is already booked" in message and "from 10:00 to 10:45" in message
    with one.session() as s:
        rows = s.scalars(select(Appointment).where(Appointment.staff_id == laura)).all()
    assert [a.id for a in rows] == won
    # The desk that lost sees the slot taken when it looks again.
    with two.session() as s:
        assert appointments.find_clash(s, laura, None, at(10), 45) is not None


def test_the_database_refuses_an_overlap_that_skipped_the_check(desks):
    one, _two = desks
    ana = _customer(one, first_name="Ana")
    laura = staff_id(one, "Laura")
    with one.transaction() as s:
        book(s, AppointmentData(customer_id=ana, service_id=None, staff_id=laura,
                                starts_at=at(10), duration_minutes=45))
    row = {"customer_id": ana, "staff_id": laura, "starts_at": at(10, 30),
           "duration_minutes": 30, "status": "pending", "price_cents": 0, "notes": ""}
    with pytest.raises(IntegrityError, match="slot_taken"), one.transaction() as s:
        s.execute(insert(Appointment).values(**row))
    # Touching it is fine, cancelled ones and no-shows free the slot, another staff member is
    # free, and past visits are left to the service (a salon's history may overlap): each of
    # these writes goes through.
    with one.transaction() as s:
        s.execute(insert(Appointment).values(**{**row, "starts_at": at(10, 45)}))
        s.execute(insert(Appointment).values(**{**row, "status": "cancelled"}))
        s.execute(insert(Appointment).values(**{**row, "status": "no_show"}))
        s.execute(insert(Appointment).values(**{**row, "status": "completed"}))
        s.execute(insert(Appointment).values(**{**row, "staff_id": staff_id(one, "Marta")}))
    # Moving one onto another is refused the same way.
    with pytest.raises(IntegrityError, match="slot_taken"), one.transaction() as s:
        s.execute(update(Appointment).where(Appointment.status == "cancelled")
                  .values(status="confirmed"))


def test_a_room_holds_one_appointment_at_a_time_in_the_database_too(desks):
    one, _two = desks
    ana = _customer(one, first_name="Ana")
    cabin = room_id(one, "Cabin 1")
    row = {"customer_id": ana, "room_id": cabin, "starts_at": at(12), "duration_minutes": 60,
           "status": "confirmed", "price_cents": 0, "notes": ""}
    with one.transaction() as s:
        s.execute(insert(Appointment).values(**row))
    with pytest.raises(IntegrityError, match="slot_taken"), one.transaction() as s:
        s.execute(insert(Appointment).values(**{**row, "starts_at": at(12, 59)}))


def test_a_booking_the_database_refuses_is_told_as_a_taken_slot(desks, monkeypatch):
    """What the losing desk hears when only the database saw the other booking (on
    PostgreSQL: its check ran before the other desk's commit)."""
    one, _two = desks
    ana, eva = _customer(one, first_name="Ana", last_name="Ruiz"), _customer(one, first_name="Eva")
    laura = staff_id(one, "Laura")
    with one.transaction() as s:
        book(s, AppointmentData(customer_id=ana, service_id=None, staff_id=laura,
                                starts_at=at(10), duration_minutes=45))
    real = appointments.find_clash
    calls = []

    def misses_once(*args, **kwargs):
        calls.append(args)
        return None if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(appointments, "find_clash", misses_once)
    with pytest.raises(ScheduleClash) as refused, one.transaction() as s:
        book(s, AppointmentData(customer_id=eva, service_id=None, staff_id=laura,
                                starts_at=at(10, 15), duration_minutes=30))
    assert "Laura is already booked" in str(refused.value)
    assert "Ana Ruiz" in str(refused.value) and "from 10:00 to 10:45" in str(refused.value)
    with one.session() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)) == 1


# ------------------------------------------------------------------------- the same debt twice
def _debt(db) -> tuple[int, int]:
    cid = _customer(db, first_name="Ana")
    with db.transaction() as s:
        result = create_sale(s, SaleDraft(
            customer_id=cid, lines=[LineDraft("service", service_id(db, "Full colour"))],
            payments=[PaymentDraft("cash", 2000)]))
        return cid, result.debt.id  # 45.00 owed


def test_two_desks_paying_one_debt_cannot_take_it_below_zero(desks, monkeypatch):
    one, two = desks
    cid, debt_id = _debt(one)
    read = threading.Barrier(2)
    real_read = debts._locked_debt

    def meet_then_read(session, debt):
        _meet(read)  # both desks inside their transactions, about to read the debt
        return real_read(session, debt)

    monkeypatch.setattr(debts, "_locked_debt", meet_then_read)

    def paying(db):
        def work():
            with db.transaction() as s:
                return debts.pay_debt(s, debt_id, 4500, "cash").id
        return work

    results = both_at_once(paying(one), paying(two))
    paid = [r for r in results if isinstance(r, int)]
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(paid) == 1 and len(refused) == 1, results
    assert "already paid in full" in str(refused[0])
    with one.session() as s:
        assert s.get(Debt, debt_id).remaining_cents == 0
        assert s.scalar(select(func.sum(DebtPayment.amount_cents))) == 4500
        assert s.scalar(select(func.count()).select_from(CashMovement).where(
            CashMovement.debt_payment_id.is_not(None))) == 1


def test_two_desks_paying_part_of_one_debt_each(desks, monkeypatch):
    """30.00 and 30.00 of 45.00: the second is told what is left, nothing is lost."""
    one, two = desks
    cid, debt_id = _debt(one)

    def paying(db):
        def work():
            with db.transaction() as s:
                return debts.pay_all(s, cid, 3000, "card")[0].id
        return work

    results = both_at_once(paying(one), paying(two))
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(refused) == 1, results
    assert "owes 15.00; 30.00 is too much" in str(refused[0])
    with one.session() as s:
        assert s.get(Debt, debt_id).remaining_cents == 1500
        assert s.scalar(select(func.sum(DebtPayment.amount_cents))) == 3000


def test_a_debt_below_zero_is_refused_by_the_database(desks):
    one, _two = desks
    _cid, debt_id = _debt(one)
    with pytest.raises(IntegrityError), one.transaction() as s:
        s.execute(update(Debt).where(Debt.id == debt_id).values(remaining_cents=-1))


# --------------------------------------------------------------------- the same customer twice
def _opened(db, customer_id) -> conflicts.Opened:
    with db.session() as s:
        details = customer_details(s, customer_id)
    return conflicts.Opened(details.version, replace(details.data))


def test_two_desks_editing_one_customer_the_second_is_told_what_changed(desks):
    one, two = desks
    cid = _customer(one, first_name="Ana", last_name="Ruiz", mobile="+34600111222",
                    notes="Prefers mornings")
    at_one, at_two = _opened(one, cid), _opened(two, cid)
    with one.transaction() as s:
        conflicts.save_customer(s, cid, replace(at_one.data, mobile="+34600333444",
                                                notes="Prefers afternoons"), at_one)
    mine = replace(at_two.data, mobile="+34600555666", city="Madrid")
    with pytest.raises(RecordChanged) as refused, two.transaction() as s:
        conflicts.save_customer(s, cid, mine, at_two)
    message = str(refused.value)
    assert "Ana Ruiz was changed at another desk" in message
    assert "Mobile: +34600333444 → +34600555666" in message
    assert "Notes: Prefers afternoons → Prefers mornings" in message
    assert "City" not in message  # only what the other desk changed
    assert {c.key for c in refused.value.changes} == {"mobile", "notes"}
    with two.session() as s:
        row = s.get(Customer, cid)
        assert (row.mobile, row.notes, row.city, row.version) == (
            "+34600333444", "Prefers afternoons", None, 2)


def test_a_change_the_form_does_not_hold_lets_the_save_through(desks):
    """Another desk charging the customer (their last visit, their balance) is no conflict."""
    one, two = desks
    cid = _customer(one, first_name="Ana")
    opened = _opened(one, cid)
    with two.transaction() as s:
        debts.set_balance(s, cid, -500)
    with one.transaction() as s:
        conflicts.save_customer(s, cid, replace(opened.data, city="Madrid"), opened)
    with one.session() as s:
        row = s.get(Customer, cid)
        assert (row.city, row.balance_cents, row.version) == ("Madrid", -500, 3)


def test_a_bulk_change_counts_as_a_change(desks):
    from salon_desk.services.customers.records import set_category
    from salon_desk.models import CustomerCategory

    one, two = desks
    cid = _customer(one, first_name="Ana")
    opened = _opened(one, cid)
    with two.transaction() as s:
        vip = s.scalar(select(CustomerCategory.id).order_by(CustomerCategory.id).limit(1))
        set_category(s, [cid], vip)
    with pytest.raises(RecordChanged) as refused, one.transaction() as s:
        conflicts.save_customer(s, cid, replace(opened.data, city="Madrid"), opened)
    assert [c.key for c in refused.value.changes] == ["category_id"]


def test_a_save_racing_another_between_read_and_write_is_refused(desks):
    """On PostgreSQL another desk can commit between this transaction's read of the row and its
    UPDATE; the ORM's version check on the UPDATE finds it. Played here in one transaction:
    the row changes under the session's feet."""
    one, _two = desks
    cid = _customer(one, first_name="Ana", mobile="+34600111222")
    opened = _opened(one, cid)
    with pytest.raises(RecordChanged) as refused, one.transaction() as s:
        s.get(Customer, cid)  # read: version 1
        s.execute(update(Customer).where(Customer.id == cid)
                  .values(mobile="+34600999888", version=Customer.version + 1)
                  .execution_options(synchronize_session=False))
        conflicts.save_customer(s, cid, replace(opened.data, notes="x"), opened)
    assert [c.key for c in refused.value.changes] == ["mobile"]


def test_two_desks_booking_different_slots_at_once_both_succeed(desks, monkeypatch):
    one, two = desks
    ana, eva = _customer(one, first_name="Ana"), _customer(one, first_name="Eva")
    laura, marta = staff_id(one, "Laura"), staff_id(one, "Marta")
    _checks_meet(monkeypatch)

    def booking(db, customer, staff):
        def work():
            with db.transaction() as s:
                return book(s, AppointmentData(customer_id=customer, service_id=None,
                                               staff_id=staff, starts_at=at(10),
                                               duration_minutes=45)).id
        return work

    results = both_at_once(booking(one, ana, laura), booking(two, eva, marta))
    assert all(isinstance(r, int) for r in results), results


# ------------------------------------------------------------------ the customer form, told so
@pytest.fixture
def form_with_a_conflict(qtbot, desks, monkeypatch):
    """Desk one's form open on Ana with a new mobile and a city typed; meanwhile desk two saves
    a new mobile and new notes; desk one presses Save."""
    from salon_desk.ui import customer_form, dialogs

    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(text))
    one, two = desks
    cid = _customer(one, first_name="Ana", last_name="Ruiz", mobile="+34600111222",
                    notes="Prefers mornings")
    form = customer_form.CustomerFormDialog(one, cid)
    qtbot.addWidget(form)
    form.show()
    form.fields.mobile.number_edit.setText("600 555 666")
    qtbot.keyClicks(form.fields.city, "Madrid")
    theirs = _opened(two, cid)
    with two.transaction() as s:
        conflicts.save_customer(s, cid, replace(theirs.data, mobile="+34600333444",
                                                notes="Prefers afternoons"), theirs)
    assert not form.save()
    return form, one, cid


def test_the_form_says_what_the_other_desk_changed_and_reloads(form_with_a_conflict, qtbot):
    form, db, cid = form_with_a_conflict
    text = form.conflict_text.text()
    assert form.conflict_box.isVisible() and form.reload_button.isVisible()
    assert "Ana Ruiz was changed at another desk" in text
    assert "Mobile: +34600333444 → +34600555666" in text
    assert "Notes: Prefers afternoons → Prefers mornings" in text
    # Nothing typed is lost, nothing of theirs overwritten.
    assert form.fields.city.text() == "Madrid"
    assert form.fields.mobile.e164() == "+34600555666"
    with db.session() as s:
        row = s.get(Customer, cid)
        assert (row.mobile, row.notes, row.city) == ("+34600333444", "Prefers afternoons", None)
    # Reload: their mobile and notes; the city typed here kept; the mobile typed here listed.
    qtbot.mouseClick(form.reload_button, Qt.MouseButton.LeftButton)
    assert form.fields.mobile.e164() == "+34600333444"
    assert form.fields.notes.toPlainText() == "Prefers afternoons"
    assert form.fields.city.text() == "Madrid" and form.is_dirty()
    assert "Mobile: +34600555666" in form.conflict_text.text()
    assert not form.reload_button.isVisible()
    assert form.save()
    assert not form.conflict_box.isVisible()
    with db.session() as s:
        row = s.get(Customer, cid)
        assert (row.mobile, row.notes, row.city) == ("+34600333444", "Prefers afternoons",
                                                     "Madrid")


def test_the_conflict_is_told_in_spanish(spanish, form_with_a_conflict):
    form, _db, _cid = form_with_a_conflict
    text = form.conflict_text.text()
    assert "Ana Ruiz se ha cambiado en otro puesto" in text
    assert "Móvil: +34600333444 → +34600555666" in text
    assert "Notas: Prefers afternoons → Prefers mornings" in text
    assert form.reload_button.text() == "Volver a cargar"


def test_a_desk_booking_a_slot_just_taken_is_told_and_sees_it_taken(qtbot, desks, errors_shown):
    from visits_helpers import click_slot

    from salon_desk.ui.schedule.day_view import DayView

    one, two = desks
    ana = _customer(one, first_name="Ana", last_name="Ruiz")
    eva = _customer(one, first_name="Eva")
    laura, cut = staff_id(one, "Laura"), service_id(one, "Women's cut & blow-dry")
    view = DayView(one, eva, day=TOMORROW)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.select_service(cut)
    click_slot(qtbot, view, laura, at(10))  # free when the desk chose it
    with two.transaction() as s:  # ... and booked at the other desk a moment later
        taken = book(s, AppointmentData(ana, cut, laura, at(10))).id
    dialog = view.booking_dialog
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert len(errors_shown) == 1
    assert "Laura is already booked" in errors_shown[0] and "Ana Ruiz" in errors_shown[0]
    qtbot.waitUntil(lambda: any(i.id == taken for i in view.schedule.items))
    with one.session() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)) == 1


def test_a_refusal_shows_each_kind_of_value_as_a_person_reads_it(desks):
    from salon_desk.models import Badge

    one, two = desks
    cid = _customer(one, first_name="Ana")
    opened = _opened(one, cid)
    theirs = _opened(two, cid)
    with two.session() as s:
        vip = s.scalar(select(Badge.id).where(Badge.key == "vip"))
    with two.transaction() as s:
        conflicts.save_customer(s, cid, replace(
            theirs.data, discount_percent=10, badge_ids=[vip], notify_marketing=True,
            gender="female", birth_year=1990, birth_month=5, birth_day=17,
            consents={("marketing", "sms"): True}), theirs)
    with pytest.raises(RecordChanged) as refused, one.transaction() as s:
        conflicts.save_customer(s, cid, replace(opened.data, city="Madrid"), opened)
    message = str(refused.value)
    for part in ("Discount: 10.00 % → 0.00 %", "Badges: VIP → (empty)",
                 "Marketing messages: yes → no", "Gender: female → unspecified",
                 "Date of birth: 17/05/1990 → (empty)",
                 "Consent to promotions by SMS: yes → (empty)"):
        assert part in message, message
