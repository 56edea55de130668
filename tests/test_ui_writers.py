"""Inside the app: one writing background job at a time, jobs queue behind another program that
is saving, and a database problem reaches a dialog in the user's language without SQL or a
customer's data."""

from __future__ import annotations

import sqlite3
import time

import pytest
from sqlalchemy import func, select, text

from salon_desk.models import Customer
from salon_desk.models import db as store
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.ui.saving import run_write
from salon_desk.ui.tasks import BackgroundTask

BUSY_ES = "Otra ventana u otro programa está guardando; inténtelo de nuevo."


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(store, "WRITE_WAIT_S", 0.3)
    monkeypatch.setattr(store, "LONG_JOB_WAIT_S", 3.0)


def _hold_write_lock(path):
    conn = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE IF NOT EXISTS _other_program (x)")
    return conn


def _job(db, name: str, log: list, steps: int = 4):
    def make():
        log.append(("start", name))
        with db.transaction() as session:
            for i in range(steps):
                create_customer(session, CustomerData(first_name=f"{name}{i}"))
                time.sleep(0.05)
                yield i + 1, steps
        log.append(("end", name))
        return name
    return make


def test_writing_jobs_of_the_app_run_one_after_another(qtbot, salon_db):
    log: list = []
    first = BackgroundTask(None, "Import", _job(salon_db, "a", log), show_dialog=False,
                           writes=True).start()
    second = BackgroundTask(None, "Demo", _job(salon_db, "b", log), show_dialog=False,
                            writes=True)
    waiting = []
    second.progress.connect(lambda _d, _t, message: waiting.append(message))
    second.start()
    qtbot.waitUntil(lambda: first.result == "a" and second.result == "b", timeout=10000)
    assert log == [("start", "a"), ("end", "a"), ("start", "b"), ("end", "b")]
    assert waiting and "waiting" in waiting[0]
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 8


def test_a_job_cancelled_while_waiting_its_turn_never_runs(qtbot, salon_db):
    log: list = []
    first = BackgroundTask(None, "Import", _job(salon_db, "a", log), show_dialog=False,
                           writes=True).start()
    second = BackgroundTask(None, "Import", _job(salon_db, "b", log), show_dialog=False,
                            writes=True).start()
    with qtbot.waitSignal(second.cancelled, timeout=2000):
        second.cancel()
    qtbot.waitUntil(lambda: first.result == "a", timeout=10000)
    qtbot.wait(200)
    assert ("start", "b") not in log


def test_a_job_whose_window_closed_still_lets_the_next_one_run(qtbot, salon_db):
    from PySide6.QtWidgets import QWidget

    log: list = []
    window = QWidget()
    BackgroundTask(window, "Import", _job(salon_db, "a", log), show_dialog=False,
                   writes=True).start()
    window.deleteLater()  # the user closed the window that started it
    qtbot.wait(50)
    second = BackgroundTask(None, "Demo", _job(salon_db, "b", log), show_dialog=False,
                            writes=True).start()
    qtbot.waitUntil(lambda: second.result == "b", timeout=10000)
    assert log == [("start", "a"), ("end", "a"), ("start", "b"), ("end", "b")]


def test_a_writing_job_queues_behind_another_program(qtbot, salon_db, short_waits):
    """Longer than a save waits (0.3 s here), shorter than a long job: the import goes on."""
    holder = _hold_write_lock(salon_db.path)
    log: list = []
    task = BackgroundTask(None, "Import", _job(salon_db, "a", log), show_dialog=False,
                          writes=True)
    messages = []
    task.progress.connect(lambda _d, _t, message: messages.append(message))
    task.start()
    qtbot.wait(700)
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: task.result == "a", timeout=10000)
    assert any("waiting for it to finish" in m for m in messages)


def test_a_failed_job_reports_no_sql_nor_customer_data(qtbot, salon_db, make_customer,
                                                       spanish):
    make_customer(first_name="Secreta", last_name="Persona")

    def make():
        yield 0, 1
        with salon_db.session() as session:  # a bug: SQL and a customer's name in the error
            session.execute(text("SELECT no_such_column FROM customers "
                                 "WHERE first_name = 'Secreta'"))

    task = BackgroundTask(None, "Export", make, show_dialog=False)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    message = str(failed.args[0])
    assert "Secreta" not in message and "SELECT" not in message and "sqlalche" not in message
    assert message == "La base de datos no ha podido completar esto; no se ha guardado nada."


def test_a_job_meeting_another_writer_too_long_says_so_in_spanish(qtbot, salon_db,
                                                                  short_waits, spanish,
                                                                  monkeypatch):
    monkeypatch.setattr(store, "LONG_JOB_WAIT_S", 0.4)
    holder = _hold_write_lock(salon_db.path)
    try:
        task = BackgroundTask(None, "Import", _job(salon_db, "a", []), show_dialog=False,
                              writes=True)
        with qtbot.waitSignal(task.failed, timeout=5000) as failed:
            task.start()
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert str(failed.args[0]) == BUSY_ES


def test_a_save_while_another_program_saves_too_long(qtbot, salon_db, short_waits, spanish,
                                                     errors_shown):
    holder = _hold_write_lock(salon_db.path)
    try:
        outcome = run_write(None, salon_db, "Guardar", lambda s: create_customer(
            s, CustomerData(first_name="Ana", last_name="Secreta")))
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert not outcome.ok
    assert errors_shown == [BUSY_ES]
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_settings_saved_while_another_program_saves_too_long(qtbot, salon_db, short_waits,
                                                            spanish, errors_shown):
    from salon_desk.ui.composition import open_settings

    dialog = open_settings(salon_db)
    qtbot.addWidget(dialog)
    holder = _hold_write_lock(salon_db.path)
    try:
        assert dialog.save() is False
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert errors_shown == [BUSY_ES]


def test_an_uncaught_database_error_is_shown_in_words(qapp, spanish, errors_shown):
    """A write outside the one write path (no window caught it) still reaches the user as a
    sentence, not as a traceback on the console."""
    from sqlalchemy.exc import OperationalError

    from salon_desk.models.db import DatabaseBusy
    from salon_desk.ui import app

    app._show_unhandled(DatabaseBusy, DatabaseBusy(), None)
    raw = OperationalError("INSERT INTO customers VALUES ('Ana Secreta')", {},
                           sqlite3.OperationalError("database is locked"))
    app._show_unhandled(OperationalError, raw, None)
    assert errors_shown == [BUSY_ES, BUSY_ES]


def test_a_merge_while_another_program_saves_too_long_can_be_tried_again(
        qtbot, salon_db, make_customer, short_waits, spanish, errors_shown):
    from PySide6.QtWidgets import QWizard

    from salon_desk.ui.duplicates.merge_dialog import MergeWizard

    a = make_customer(first_name="Ana", last_name="García")
    b = make_customer(first_name="Ana", last_name="Garcia")
    wizard = MergeWizard(salon_db, [a, b])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    holder = _hold_write_lock(salon_db.path)
    try:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert errors_shown == [BUSY_ES] and wizard.isVisible()  # still open: Merge again
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with salon_db.session() as session:
        merged = {session.get(Customer, a).merged_into_id, session.get(Customer, b).merged_into_id}
    assert merged in ({None, a}, {None, b})
