"""A long job on a salon server that waits for another desk says so in its progress dialog
instead of looking frozen, as it does behind another program on SQLite (test_ui_writers), and
goes on once the other desk is done. Two real connections on a throwaway server."""

from __future__ import annotations

import time

import pytest

from salon_desk.models.db import Database
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.ui.tasks import BackgroundTask
from tests.pg_server import SALON_TEMPLATE


@pytest.fixture
def server(pg_server):
    url = pg_server.new_database(template=SALON_TEMPLATE)
    yield url
    pg_server.drop_database(url)


def _adding(db: Database, names: list[str]):
    def make():
        with db.transaction() as session:
            for number, name in enumerate(names, 1):
                create_customer(session, CustomerData(first_name=name))
                yield number, len(names)
        return len(names)
    return make


def test_a_job_behind_another_desks_import_says_it_waits_then_goes_on(qtbot, server):
    this_desk, other_desk = Database(server), Database(server)
    importing = other_desk.engine.connect()  # the other desk's import holds the customers
    importing.begin()
    importing.exec_driver_sql("LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE")
    try:
        task = BackgroundTask(None, "Add", _adding(this_desk, ["Ana", "Eva"]),
                              show_dialog=False, writes=True)
        messages: list[str] = []
        task.progress.connect(lambda _d, _t, message: messages.append(message))
        task.start()
        qtbot.waitUntil(lambda: any("Another desk" in m for m in messages), timeout=5000)
        assert task.result is None  # still waiting
        time.sleep(0.5)
        assert sum("Another desk" in m for m in messages) == 1  # said once per wait
        importing.rollback()
        qtbot.waitUntil(lambda: task.result == 2, timeout=10000)
    finally:
        importing.close()
        this_desk.dispose()
        other_desk.dispose()


def test_a_job_nobody_blocks_says_nothing_of_waiting(qtbot, server):
    db = Database(server)
    try:
        task = BackgroundTask(None, "Add", _adding(db, ["Ana"] * 3), show_dialog=False,
                              writes=True)
        messages: list[str] = []
        task.progress.connect(lambda _d, _t, message: messages.append(message))
        task.start()
        qtbot.waitUntil(lambda: task.result == 3, timeout=10000)
        assert not any("waiting" in m for m in messages)
    finally:
        db.dispose()
