"""Another desk's change shows on this desk with nothing done here (a salon server)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salon_desk.models import Customer
from salon_desk.models.db import Database
from salon_desk.ui import composition
from salon_desk.ui.customer_list_model import COL_NAME
from salon_desk.ui.server import changes as server_changes
from salon_desk.ui.server.changes import ServerChanges

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)


@pytest.fixture
def window(qtbot, salon_db):
    # Only this feature: the care feature's at-risk column (services/care/insights.py) still
    # asks SQLite's julianday() of a server.
    window = composition.build_main_window(salon_db, [server_changes.install])
    qtbot.addWidget(window)
    window.show()
    yield window
    changes = window.findChild(ServerChanges)
    if changes is not None:
        changes.stop()


def _names(window) -> list[str]:
    model = window.customer_list.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def _rename(other_desk: Database, customer_id: int, first_name: str) -> None:
    with other_desk.transaction() as session:
        session.get(Customer, customer_id).first_name = first_name


def test_the_list_shows_a_name_another_desk_changed(qtbot, window, salon_db, make_customer):
    customer_id = make_customer(first_name="Marta", last_name="Soler")
    window.customer_list.refresh()
    assert any("Marta" in name for name in _names(window))
    other_desk = Database(salon_db.address)
    try:
        qtbot.waitUntil(lambda: window.findChild(ServerChanges)._thread.is_alive())
        qtbot.wait(300)  # the worker's LISTEN is in place
        _rename(other_desk, customer_id, "Martina")
        qtbot.waitUntil(lambda: any("Martina" in name for name in _names(window)),
                        timeout=5000)
        with other_desk.transaction() as session:
            session.add(Customer(first_name="Nueva", last_name="Cliente"))
        qtbot.waitUntil(lambda: any("Nueva" in name for name in _names(window)),
                        timeout=5000)
    finally:
        other_desk.dispose()


def test_an_open_record_reloads_when_another_desk_changes_its_customer(
        qtbot, window, salon_db, make_customer):
    customer_id = make_customer(first_name="Rosa", last_name="Vidal")
    from salon_desk.ui.record.details_tab import DetailsTab
    from salon_desk.ui.record.window import open_record_window

    record = open_record_window(salon_db, customer_id, window, tabs=[DetailsTab], features=[])
    qtbot.addWidget(record)
    assert "Rosa" in record.windowTitle()
    other_desk = Database(salon_db.address)
    try:
        qtbot.wait(500)
        _rename(other_desk, customer_id, "Rosalía")
        qtbot.waitUntil(lambda: "Rosalía" in record.windowTitle(), timeout=5000)
        with other_desk.session() as session:
            assert session.scalar(select(Customer.first_name).where(
                Customer.id == customer_id)) == "Rosalía"
    finally:
        record.close()
        other_desk.dispose()


def test_a_desks_several_rows_make_one_reload(qtbot, window, salon_db):
    from salon_desk.ui.events import events

    heard: list[list] = []
    events().customers_changed.connect(heard.append)
    other_desk = Database(salon_db.address)
    try:
        qtbot.wait(500)  # the worker's LISTEN is in place
        with other_desk.transaction() as session:
            added = [Customer(first_name=f"Grupo {n}", last_name="Uno") for n in range(3)]
            session.add_all(added)
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
        qtbot.wait(600)
        assert heard == [sorted(customer.id for customer in added)]
    finally:
        events().customers_changed.disconnect(heard.append)
        other_desk.dispose()


def test_after_the_notices_connection_drops_it_connects_again(
        qtbot, window, salon_db, make_customer, pg_server):
    customer_id = make_customer(first_name="Elena", last_name="Ruiz")
    window.customer_list.refresh()
    other_desk = Database(salon_db.address)
    try:
        qtbot.wait(500)
        pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = 'Salon Desk (changes)'")
        qtbot.wait(200)
        _rename(other_desk, customer_id, "Elvira")  # missed: reloaded once connected again
        qtbot.waitUntil(lambda: any("Elvira" in name for name in _names(window)),
                        timeout=15000)
        qtbot.wait(500)
        _rename(other_desk, customer_id, "Eloísa")  # heard on the new connection
        qtbot.waitUntil(lambda: any("Eloísa" in name for name in _names(window)),
                        timeout=5000)
    finally:
        other_desk.dispose()
