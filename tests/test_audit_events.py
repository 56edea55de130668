"""What the audit trail records besides field changes: exports (never waiting for another
writer), imports and bulk changes as summary rows, merges and their undo, settings, consent and
every kind of money."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
import zipfile

import pytest
from sqlalchemy import func, select
from visits_helpers import service_id

from salon_desk import models as m
from salon_desk.cli import main
from salon_desk.models import db as store
from salon_desk.models.audit import AuditEntry
from salon_desk.services import audit, jobs, settings
from salon_desk.services.customers import bulk
from salon_desk.services.customers.exporting import export_customers
from salon_desk.services.customers.records import set_consent
from salon_desk.services.importing import ImportOptions, analyse, import_customers
from salon_desk.services.merging.merge import merge_customers
from salon_desk.services.merging.undo import undo_last_merge
from salon_desk.services.privacy.subject_access import export_subject
from salon_desk.services.sales.credits import (
    LoyaltyCardData,
    PrepaidTypeData,
    VoucherData,
    create_loyalty_card,
    create_voucher,
    save_prepaid_type,
    sell_prepaid_card,
    use_voucher_session,
)
from salon_desk.services.sales.debts import pay_debt
from salon_desk.services.sales.points import add_points
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from tests.import_files import write_csv


def _all(db, **filters) -> list[audit.Row]:
    with db.session() as session:
        return audit.rows(session, **filters)


def _count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def _pending_files(db) -> list:
    """Rows kept beside a SQLite file for a later save; a salon server has no such file and
    writes an export's row at once (its writers do not hold one lock for the whole file)."""
    if db.path is None:
        return []
    return list(db.path.parent.glob(f".{db.path.name}.audit-pending-*.json"))


# The tests of a pending row (another program holding the write lock, a refused row) are
# SQLite's only: a server's writers wait for one another row by row, so an export's row is
# written at once there.
class WriteLock:
    """Another program in the middle of saving: it holds the file's write lock."""

    def __init__(self, path) -> None:
        self.conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


# ------------------------------------------------------------------------------- exports
@pytest.mark.any_engine
def test_an_export_is_recorded_with_a_row_for_each_customer_it_named(salon_db, make_customer,
                                                                     tmp_path):
    ids = [make_customer(first_name=name) for name in ("Ana", "Eva", "Iria")]
    jobs.run(export_customers(salon_db, tmp_path / "vip.xlsx", ids[:2], about="of segment 4"))
    summary = _all(salon_db, action="export")
    assert summary[-1].customer_id is None
    assert summary[-1].detail == "2 customer(s) of segment 4 to a .xlsx file"
    assert {r.customer_id for r in summary[:-1]} == set(ids[:2])
    assert [r.action for r in _all(salon_db, customer_id=ids[2])] == ["insert"] * len(
        _all(salon_db, customer_id=ids[2]))
    assert not _pending_files(salon_db)


def test_an_export_never_waits_for_another_writer_and_its_row_is_not_lost(
        salon_db, make_customer, tmp_path, monkeypatch, capsys):
    """The file is written at once while another program holds the write lock; the row waits
    beside the database and the next save takes it in, with the export's time."""
    monkeypatch.setattr(audit, "WAIT_S", 0.3)
    monkeypatch.setattr(store, "WRITE_WAIT_S", 0.3)
    monkeypatch.setattr(store, "LONG_JOB_WAIT_S", 0.6)
    cid = make_customer(first_name="Lucía")
    before = _count(salon_db)
    lock = WriteLock(salon_db.path)
    try:
        start = time.monotonic()
        code = main(["--db", str(salon_db.path), "export", str(tmp_path / "all.csv")])
        elapsed = time.monotonic() - start
        exported_at = dt.datetime.now(dt.UTC)
    finally:
        lock.release()
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "all.csv").is_file()
    assert elapsed < 10
    assert len(_pending_files(salon_db)) == 1
    assert _count(salon_db) == before  # nothing written while the lock was held
    time.sleep(0.05)
    with salon_db.transaction() as session:  # the next save, of anything audited
        session.get(m.Customer, cid).notes = "Prefers mornings"
    assert not _pending_files(salon_db)
    rows = _all(salon_db)
    export = next(r for r in rows if r.action == "export")
    assert export.detail == "1 customer(s) to a .csv file" and export.who == "owner"
    assert abs(export.at.replace(tzinfo=dt.UTC) - exported_at) < dt.timedelta(seconds=2)
    assert rows[0].action == "update" and rows[0].id > export.id  # taken in before the save
    with salon_db.session() as session:
        assert audit.verify(session) is None


def test_a_pending_row_stays_when_the_save_that_took_it_is_rolled_back(salon_db, make_customer,
                                                                       tmp_path, monkeypatch):
    monkeypatch.setattr(audit, "WAIT_S", 0.2)
    cid = make_customer()
    lock = WriteLock(salon_db.path)
    try:
        jobs.run(export_customers(salon_db, tmp_path / "all.xlsx"))
    finally:
        lock.release()
    assert len(_pending_files(salon_db)) == 1
    with pytest.raises(RuntimeError), salon_db.transaction() as session:
        session.get(m.Customer, cid).notes = "x"
        session.flush()
        raise RuntimeError("the save fails after the flush")
    assert len(_pending_files(salon_db)) == 1
    assert not _all(salon_db, action="export")
    with salon_db.transaction() as session:
        session.get(m.Customer, cid).notes = "y"
    assert not _pending_files(salon_db) and len(_all(salon_db, action="export")) == 1


@pytest.mark.any_engine
def test_subject_and_record_exports_are_recorded_and_the_zip_holds_the_audit_rows(
        salon_db, make_customer, tmp_path):
    cid = make_customer(first_name="Ana", last_name="Pazos")
    with salon_db.transaction() as session:
        session.get(m.Customer, cid).last_name = "Pazos Vila"
    path = jobs.run(export_subject(salon_db, cid, tmp_path / "ana.zip"))
    with zipfile.ZipFile(path) as zf:
        audit_csv = zf.read("audit.csv").decode("utf-8-sig")
        assert "Pazos Vila" in audit_csv and "update" in audit_csv
        assert "audit.csv" in zf.read("README.txt").decode()
    exports = _all(salon_db, customer_id=cid, action="export")
    assert [r.detail for r in exports] == ["subject access export (.zip)"]


# ------------------------------------------------------------------------------- imports
@pytest.mark.any_engine
def test_an_import_of_2000_rows_writes_a_handful_of_rows(salon_db, tmp_path):
    rows = [["First name", "Last name", "Mobile", "Email"]]
    rows += [[f"Name{i}", f"Surname{i}", f"6{i:08d}", f"p{i}@example.com"] for i in range(2000)]
    rows.append(["", "", "not a phone", "not an email"])
    path = write_csv(tmp_path / "old-system.csv", rows)
    before = _count(salon_db)
    with salon_db.session() as session:
        analysis = analyse(path, session, country="ES")
    result = jobs.run(import_customers(salon_db, analysis, ImportOptions(user="Laura")))
    assert result.imported == 2000
    written = _count(salon_db) - before
    assert written < 10
    summary = _all(salon_db, action="import")
    assert len(summary) == 1
    assert summary[0].detail.startswith("old-system.csv: 2001 row(s), 2000 added, 0 updated")
    assert summary[0].entity_id == result.batch_id and summary[0].who == "owner"


# -------------------------------------------------------------------------- bulk changes
@pytest.mark.any_engine
def test_a_bulk_change_and_its_undo_write_a_summary_and_a_row_for_each(salon_db, make_customer):
    ids = [make_customer(first_name=name) for name in ("Ana", "Eva", "Iria")]
    with salon_db.session() as session:
        vip = session.scalar(select(m.Badge.id).where(m.Badge.name == "VIP"))
    jobs.run(bulk.set_badge(salon_db, ids, vip, True))
    change = _all(salon_db, action="bulk_change")
    assert change[-1].detail == "badge “VIP” given: 3 of 3 customer(s) changed"
    assert {r.customer_id for r in change[:-1]} == set(ids)
    jobs.run(bulk.undo_latest(salon_db))
    undo = _all(salon_db, action="undo")
    assert undo[-1].detail == "badge “VIP” given undone on 3 customer(s)"
    assert _all(salon_db, customer_id=ids[0])[0].action == "undo"


@pytest.mark.any_engine
def test_a_large_bulk_change_writes_only_its_summary(salon_db, make_customer, monkeypatch):
    monkeypatch.setattr(audit, "PER_CUSTOMER_LIMIT", 2)
    ids = [make_customer(first_name=name) for name in ("Ana", "Eva", "Iria")]
    jobs.run(bulk.set_active(salon_db, ids, False))
    rows = _all(salon_db, action="bulk_change")
    assert [r.detail for r in rows] == ["set inactive: 3 of 3 customer(s) changed"]


# -------------------------------------------------------------- merges, settings, consent
@pytest.mark.any_engine
def test_a_merge_and_its_undo_are_recorded_for_the_kept_record(salon_db, make_customer):
    keep = make_customer(first_name="Ana", last_name="Pazos")
    other = make_customer(first_name="Ana", last_name="Pazos", email="ana@example.com")
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.transaction() as session:
        undo_last_merge(session, keep)
    actions = [r.action for r in _all(salon_db, customer_id=keep)]
    assert actions.index("undo") < actions.index("merge")  # newest first


@pytest.mark.any_engine
def test_settings_and_consent_changes_keep_their_values(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as session:
        settings.set_value(session, settings.SALON_NAME, "Salón Lucía")
        set_consent(session, session.get(m.Customer, cid), "marketing", "sms", True)
    setting = next(r for r in _all(salon_db) if r.entity == "settings")
    assert setting.changes["value"][1] == "Salón Lucía"
    entities = {r.entity for r in _all(salon_db, customer_id=cid)}
    assert {"customer_consents", "consent_events"} <= entities


# ------------------------------------------------------------------------------- money
MONEY = ("sales", "sale_lines", "payments", "debts", "debt_payments", "vouchers",
         "voucher_uses", "prepaid_cards", "loyalty_cards", "points_entries", "cash_movements")


def test_every_table_holding_money_is_audited():
    """A new table with an amount in cents or points must be added to audit.AUDITED."""
    audited = {model.__table__.name for model in audit.AUDITED}
    holding = {table.name for table in m.Base.metadata.sorted_tables
               if any(c.name.endswith("_cents") or c.name == "points" for c in table.columns)}
    assert set(MONEY) <= audited
    assert holding - audited == set()


@pytest.mark.any_engine
def test_every_kind_of_money_is_audited_when_it_moves(salon_db, make_customer):
    cid = make_customer()
    today = dt.date.today()
    cut = service_id(salon_db, "Women's cut & blow-dry")
    with salon_db.transaction() as s:
        sale = create_sale(s, SaleDraft(cid, lines=[LineDraft("service", cut)],
                                        payments=[PaymentDraft("cash", 1000)]))
        debt_id = s.scalar(select(m.Debt.id).where(m.Debt.customer_id == cid))
        pay_debt(s, debt_id, 500, "cash")
        voucher = create_voucher(s, cid, VoucherData(
            "Manicure x5", 5, today, service_id=service_id(salon_db, "Manicure")))
        use_voucher_session(s, voucher.id)
        card_type = save_prepaid_type(s, PrepaidTypeData("Member C", 4000, 3500, 6)).id
        sell_prepaid_card(s, cid, card_type, [PaymentDraft("card", 3500)])
        create_loyalty_card(s, cid, LoyaltyCardData(today, number="L1"))
        add_points(s, cid, 50, "welcome")
    assert sale is not None
    seen = {r.entity for r in _all(salon_db, customer_id=cid)}  # in the customer's History
    assert set(MONEY) <= seen


def test_an_export_still_finishes_when_its_row_cannot_be_written(salon_db, make_customer,
                                                                 tmp_path):
    """The row's own transaction fails (here a trigger refuses it, as a full disk would): the
    export is done all the same and the row waits for a later save."""
    cid = make_customer()
    salon_db.dispose()
    conn = sqlite3.connect(salon_db.path)
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN "
                 "SELECT RAISE(ABORT, 'disk full'); END")
    conn.commit()
    jobs.run(export_customers(salon_db, tmp_path / "all.csv"))
    assert (tmp_path / "all.csv").is_file() and len(_pending_files(salon_db)) == 1
    conn.execute("DROP TRIGGER refuse")
    conn.commit()
    conn.close()
    with salon_db.transaction() as session:
        session.get(m.Customer, cid).notes = "later"
    assert not _pending_files(salon_db) and len(_all(salon_db, action="export")) == 1
