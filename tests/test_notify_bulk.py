"""Change notices of the bulk jobs on a salon server: an import, its undo and a bulk change of
the customer list tell the other desks once, when they commit, instead of once for each of
their rows (thousands of notices, each a reload request on every other desk); nothing before
the commit, nothing for a cancelled job. A merge is told row by row; a restore, which no
trigger sees, tells once for everything. Two real connections, as two desks."""

from __future__ import annotations

import pytest

from salon_desk.models.db import Database
from salon_desk.services import jobs
from salon_desk.services.backups.making import MANUAL, backup_location, make_backup
from salon_desk.services.backups.policy import Policy
from salon_desk.services.backups.restore import prepare_restore
from salon_desk.services.backups.server_restore import restore_server
from salon_desk.services.customers import bulk
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.importing import ImportOptions, analyse, import_customers
from salon_desk.services.importing.history import undo_import_job
from salon_desk.services.merging.merge import merge_customers
from salon_desk.services.notify import Change, ChangeListener
from tests.import_files import write_csv
from tests.pg_server import SALON_TEMPLATE

ROWS = 30


@pytest.fixture
def desks(pg_server):
    """(this desk's listener, the other desk's Database) on one salon server."""
    url = pg_server.new_database(template=SALON_TEMPLATE)
    this_desk, other_desk = Database(url), Database(url)
    listener = ChangeListener(this_desk)
    yield listener, other_desk
    listener.close()
    other_desk.dispose()
    this_desk.dispose()
    pg_server.drop_database(url)


def _heard(listener: ChangeListener) -> list[Change]:
    """Every notice that arrives until none has come for half a second."""
    got: list[Change] = []
    while more := list(listener.changes(0.5)):
        got += more
    return got


def _many(*tables: str) -> list[Change]:
    return [Change(table, None, "many", None) for table in tables]


def _import(db: Database, path) -> jobs.Job:
    with db.session() as session:
        analysis = analyse(path, session)
    return import_customers(db, analysis, ImportOptions())


def _file(tmp_path):
    rows = [["First name", "Last name", "Mobile"]]
    rows += [[f"Name{n}", "Bulk", f"6{n:08d}"] for n in range(ROWS)]
    return write_csv(tmp_path / "customers.csv", rows)


def test_an_import_tells_the_other_desks_once_when_it_commits(desks, tmp_path):
    listener, other_desk = desks
    job = _import(other_desk, _file(tmp_path))
    next(job)
    assert list(listener.changes(0.2)) == []
    result = jobs.run(job)
    assert result.imported == ROWS
    assert _heard(listener) == _many("customers")

    jobs.run(undo_import_job(other_desk, result.batch_id))
    assert _heard(listener) == _many("customers")


def test_a_cancelled_import_tells_nothing(desks, tmp_path):
    listener, other_desk = desks
    job = _import(other_desk, _file(tmp_path))
    for _step in range(3):
        next(job)
    job.close()
    assert _heard(listener) == []


def test_a_bulk_change_tells_once_and_a_deletion_names_what_went_with_the_customers(desks):
    listener, other_desk = desks
    with other_desk.transaction() as session:
        ids = [create_customer(session, CustomerData(first_name=f"B{n}")).id
               for n in range(ROWS)]
    _heard(listener)
    jobs.run(bulk.set_active(other_desk, ids, False))
    assert _heard(listener) == _many("customers")
    jobs.run(bulk.undo_latest(other_desk))
    assert _heard(listener) == _many("customers")
    jobs.run(bulk.delete_customers(other_desk, ids))
    assert sorted(_heard(listener), key=lambda c: c.table) == _many(
        "appointments", "customers", "sales")


def test_a_merge_names_each_customer_it_changed(desks):
    """A merge is a few rows, told one by one by the triggers: each desk reloads only the
    records it changed (the kept one and the merged ones)."""
    listener, other_desk = desks
    with other_desk.transaction() as session:
        keep, other = (create_customer(session, CustomerData(first_name="Ana", last_name=n)).id
                       for n in ("Ruiz", "Ruíz"))
    _heard(listener)
    with other_desk.transaction() as session:
        merge_customers(session, keep, [other])
    heard = _heard(listener)
    assert {c.customer for c in heard if c.table == "customers"} == {keep, other}
    assert all(c.kind != "many" for c in heard)


def test_a_restore_on_the_server_makes_every_desk_reload_everything(desks, tmp_path):
    """A restore replaces the whole database without a trigger firing (the schema is made
    again from the dump): it tells the desks itself, once it is done."""
    listener, other_desk = desks
    with other_desk.transaction() as session:
        create_customer(session, CustomerData(first_name="Before"))
    location = backup_location(other_desk)
    made = make_backup(location, MANUAL, target=tmp_path / "backups")
    _heard(listener)
    with prepare_restore(made) as prepared:
        restore_server(prepared, location, Policy(folder=str(tmp_path / "kept")))
    assert sorted(_heard(listener), key=lambda c: c.table) == _many(
        "appointments", "customers", "sales")
