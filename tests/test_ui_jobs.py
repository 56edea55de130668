"""The interface's one runner of long jobs (ui.tasks.BackgroundTask): progress shown in the
user's language, Cancel, errors through the usual error dialog, one writer at a time."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from salon_desk.models import Base, Customer
from salon_desk.models import db as store
from salon_desk.services import error_texts
from salon_desk.services.demo import salon as demo
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text
from salon_desk.ui import demo_offer, dialogs
from salon_desk.ui.customer_list_page import CustomerListPage
from salon_desk.ui.tasks import BackgroundTask

WAITING_ES = "Otra ventana u otro programa está guardando; esperando a que termine…"


def _rows(db) -> dict[str, int]:
    with db.session() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


def test_loading_the_demo_shows_its_count_rising_in_spanish(qtbot, db, spanish, errors_shown,
                                                           monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 10)
    steps = []
    task = demo_offer.load_demo(None, db, 35)
    task.progress.connect(lambda done, total, label: steps.append((done, total, label)))
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    counted = [(done, total) for done, total, _label in steps if total]
    assert counted == [(0, 35), (10, 35), (20, 35), (30, 35), (35, 35)]
    labels = list(dict.fromkeys(label for _d, _t, label in steps))
    assert labels == ["Creando clientes de demostración…",
                      "Añadiendo sus visitas, ventas y notas…"]
    assert task.result == 35 and not errors_shown
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 35


def test_cancelling_the_demo_leaves_the_database_as_it_was(qtbot, db, errors_shown, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 10)
    gate = threading.Event()
    index = demo.rebuild_index
    monkeypatch.setattr(demo, "rebuild_index", lambda conn: (gate.wait(10), index(conn)))
    before = _rows(db)
    task = demo_offer.load_demo(None, db, 35)
    seen = []
    task.progress.connect(lambda done, _total, _label: seen.append(done))
    qtbot.waitUntil(lambda: 35 in seen, timeout=30000)  # every customer written, not kept
    try:
        with qtbot.waitSignal(task.cancelled, timeout=30000):
            task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
            assert task.dialog.labelText() == "Cancelling…"
            gate.set()
    finally:
        gate.set()
    assert _rows(db) == before and not errors_shown and task.result is None


def test_a_label_from_the_catalogue_is_shown_translated(qtbot, spanish):
    gates = [threading.Event(), threading.Event()]

    def job():
        yield 1, 4, "Writing customers…"
        gates[0].wait(10)
        yield 2, 4, Text(error_texts.CUSTOMER_NOT_FOUND, id=12)
        gates[1].wait(10)

    task = BackgroundTask(None, "Export", job).start()
    dialog = task.dialog
    try:
        qtbot.waitUntil(lambda: dialog.labelText() == "Escribiendo clientes…", timeout=5000)
        assert (dialog.value(), dialog.maximum()) == (1, 4)
        gates[0].set()
        qtbot.waitUntil(lambda: dialog.labelText() == "El cliente 12 no existe", timeout=5000)
        assert dialog.value() == 2
    finally:
        for gate in gates:
            gate.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)


def test_a_short_job_runs_at_once_and_its_error_is_shown_translated(qtbot, spanish, errors_shown):
    def job():
        yield 1, 2
        raise SalonError(Text(error_texts.CUSTOMER_NOT_FOUND, id=7))

    task = BackgroundTask(None, "Borrar", job, writes=True)
    task.failed.connect(lambda exc, _tb: dialogs.show_error(None, "Borrar", str(exc)))
    task.start(here=True)
    assert errors_shown == ["El cliente 7 no existe"]  # before start() returned
    assert not task.running and task.dialog is None


def test_a_bulk_change_waits_for_the_writing_job_then_runs(qtbot, salon_db, make_customer,
                                                           spanish, errors_shown, monkeypatch):
    """A few ticked customers change at once, but not while another job of the app writes:
    then the change waits its turn, saying so, instead of failing on the busy database."""
    monkeypatch.setattr(store, "WRITE_WAIT_S", 0.2)
    ids = [make_customer(first_name=f"P{i}") for i in range(3)]
    page = CustomerListPage(salon_db)
    qtbot.addWidget(page)
    gate, holding = threading.Event(), threading.Event()

    def writer():
        with salon_db.transaction() as session:
            session.get(Customer, ids[0]).notes = "written by the first job"
            yield 0, 1
            holding.set()
            gate.wait(10)

    first = BackgroundTask(None, "Import", writer, show_dialog=False, writes=True).start()
    try:
        assert holding.wait(5)
        page.model.set_checked(ids, True)
        monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
        page.bulk_set_active(False)
        assert page._task.running and page._task.dialog.labelText() == WAITING_ES
        with salon_db.session() as session:
            assert all(session.scalars(select(Customer.active)))  # not yet
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page._task is None, timeout=10000)
    assert first.result is None and not errors_shown
    with salon_db.session() as session:
        assert not any(session.scalars(select(Customer.active)))
        assert session.get(Customer, ids[0]).notes == "written by the first job"
