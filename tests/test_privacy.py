"""The customer's privacy rights: the subject-access zip, forgetting (checked on the raw bytes
of the database file, its WAL and the documents folder; on a salon server, of the database's
own files in the server's data folder), and the retention review, on both engines. The command
line runs as a separate process. The raw bytes are each engine's own: SQLite's file, its WAL
and the documents folder; a server's table and index files, its planner statistics among them
(its write-ahead log and backups are the server administrator's: docs/salon-server.md).
tests/test_privacy_engines.py checks forgetting on both engines by their rows."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from visits_helpers import service_id, staff_id

from salon_desk.models import ConsentEvent, Customer, ForgetRequest, Message, Note, Sale
from salon_desk.services.care.documents import attach_bytes
from salon_desk.services.care.notes import Formula, NoteData, create_note
from salon_desk.services.customers.records import CustomerData, create_customer, set_photo
from salon_desk.services.merging.merge import merge_customers
from salon_desk.services.messages.log import MessageData, log_message
from salon_desk.services.privacy.forget import forget_customer
from salon_desk.services.privacy.retention import due_for_review, keep_customer
from salon_desk.services.sales.credits import VoucherData, create_voucher, use_voucher_session
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.errors import SalonError

pytestmark = pytest.mark.any_engine

ROOT = Path(__file__).resolve().parents[1]
FIRST, LAST = "Zenobia", "Quillfeather"
EMAIL = "zenobia.quill@example.org"
MOBILE = "+34611222333"
DOCUMENT = b"%PDF-1.4 consent signed by Zenobia Quillfeather"
# Every form the person may be stored under: as typed, folded for the search index, digits.
NEEDLES = [FIRST, LAST, FIRST.lower(), LAST.lower(), EMAIL, "zenobia.quill", MOBILE,
           "611222333", "quillfeat"]


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "salon_desk", *args], capture_output=True,
                            text=True, timeout=300, cwd=ROOT)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), "purple").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def zenobia(salon_db, make_customer) -> int:
    """A customer with a bit of everything: a record merged into hers, notes and a formula,
    an appointment, a message, a document, a photo, consents and a paid sale."""
    other = make_customer(first_name="Ana", last_name="Ruiz", email="ana@example.org")
    with salon_db.transaction() as session:
        cid = create_customer(session, CustomerData(
            first_name=FIRST, last_name=LAST, email=EMAIL, mobile=MOBILE,
            city="Zenobiaville", birth_year=1990, birth_month=4, birth_day=2,
            notes=f"{FIRST} prefers mornings", allergies=f"{LAST}: latex",
            consents={("marketing", "email"): True})).id
        twin = create_customer(session, CustomerData(
            first_name=FIRST, last_name=f"{LAST}-Old", mobile="+34611222334",
            notes=f"old record of {FIRST}")).id
    with salon_db.transaction() as session:  # an edit leaves the old value in free space
        session.get(Customer, cid).street = f"{LAST} House, Calle Olmo 7"
    with salon_db.transaction() as session:
        session.get(Customer, cid).street = "Calle Olmo 7"
    with salon_db.transaction() as session:
        merge_customers(session, cid, [twin])
        create_note(session, cid, NoteData(
            note_type="colour", text=f"Colour for {FIRST} {LAST}",
            formula=Formula(brand="Lumina", result=f"{LAST} glow")))
        book(session, AppointmentData(
            customer_id=cid, service_id=service_id(salon_db, "Full colour"),
            staff_id=staff_id(salon_db, "Marta"),
            starts_at=dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=2),
            notes=f"{FIRST} called from {MOBILE}"))
        log_message(session, cid, MessageData(channel="email", category="appointments",
                                              subject=f"Hello {FIRST}",
                                              body=f"Dear {FIRST} {LAST}, write to {EMAIL}"))
        attach_bytes(session, cid, DOCUMENT, f"{FIRST}-consent.pdf", title=f"{LAST} consent")
        set_photo(session, cid, _png())
        create_sale(session, SaleDraft(
            customer_id=cid, comments=f"{FIRST} paid in cash",
            lines=[LineDraft("service", service_id(salon_db, "Full colour"))],
            payments=[PaymentDraft("cash", 6500)]))
        voucher = create_voucher(session, cid, VoucherData("Manicure x5", 5, dt.date.today()))
        use_voucher_session(session, voucher.id, note=f"Given to {FIRST} {LAST} as a gift")
    assert other
    return cid


def _raw_files(db_path: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in db_path.parent.iterdir()
             if p.is_file() and p.name.startswith(db_path.name)}
    for p in (db_path.parent / "documents").iterdir():
        files[f"documents/{p.name}"] = p.read_bytes()
    return files


def _traces(db_path: Path) -> list[tuple[str, str]]:
    return [(name, needle) for name, data in _raw_files(db_path).items()
            for needle in NEEDLES if needle.encode() in data]


def _money(db) -> tuple[int, int]:
    with db.session() as session:
        return (session.scalar(select(func.count(Sale.id))),
                session.scalar(select(func.sum(Sale.total_cents))))


def _server_traces(db, server) -> list[tuple[str, str]]:
    """(table or index, needle) of every needle in the bytes of the server database's own
    files (base/<its oid>/ in the data folder), after a checkpoint has written them out."""
    with db.session() as session:
        conn = session.connection()
        conn.exec_driver_sql("CHECKPOINT")
        oid = conn.exec_driver_sql(
            "SELECT oid FROM pg_database WHERE datname = current_database()").scalar()
        names = dict(conn.exec_driver_sql("SELECT relfilenode::text, relname FROM pg_class").all())
    found = set()
    for path in (server.data_dir / "base" / str(oid)).iterdir():
        data = path.read_bytes()
        relation = names.get(path.name.split(".")[0].split("_")[0], path.name)
        found.update((relation, needle) for needle in NEEDLES if needle.encode() in data)
    return sorted(found)


def test_forgetting_leaves_no_trace_in_the_server_databases_files(engine, request):
    """The server's counterpart of the test below: no byte of the database's tables, indexes
    or catalogs holds her any more, the planner's statistics (ANALYZE's sampled values, which
    the app and the server's autovacuum refresh) included."""
    if engine == "sqlite":
        pytest.skip("a salon server's data folder (the file's own bytes: the test below)")
    salon_db = request.getfixturevalue("salon_db")  # (asked here: none made to be skipped)
    zenobia, server = request.getfixturevalue("zenobia"), request.getfixturevalue("pg_server")
    assert salon_db.refresh_statistics()
    assert {r for r, _n in _server_traces(salon_db, server)} >= {"customers", "pg_statistic"}
    forget_customer(salon_db, zenobia, asked_by="by email")
    assert _server_traces(salon_db, server) == []


def test_the_server_rewrite_waits_for_a_transaction_older_than_the_forgetting(engine, request):
    """Another desk's transaction begun before the forgetting may still read her rows as they
    were, so VACUUM FULL would copy their old versions into the new files: the rewrite waits
    for it to end (here a second later) first."""
    if engine == "sqlite":
        pytest.skip("a salon server's row versions")
    salon_db = request.getfixturevalue("salon_db")  # (asked here: none made to be skipped)
    zenobia, server = request.getfixturevalue("zenobia"), request.getfixturevalue("pg_server")
    other_desk = salon_db.engine.connect()
    other_desk.exec_driver_sql("SELECT pg_current_xact_id()")  # a transaction, with its id
    ends = threading.Timer(1.0, other_desk.commit)
    ends.start()
    try:
        forget_customer(salon_db, zenobia)
    finally:
        ends.join()
        other_desk.close()
    assert _server_traces(salon_db, server) == []


def test_forgetting_leaves_no_trace_in_the_database_file_its_wal_or_the_documents(
        salon_db, zenobia, tmp_path, engine):
    if engine == "postgresql":  # the bytes of a SQLite file, its WAL and documents folder
        pytest.skip("a SQLite file's own bytes (a server's: the test above)")
    assert _traces(salon_db.path)  # the person is there, in many forms, before
    money = _money(salon_db)
    with salon_db.session() as session:
        consents = session.scalar(select(func.count(ConsentEvent.id)))
    salon_db.dispose()
    exports = tmp_path / "exports"  # files named after her: the audit trail records exports
    exports.mkdir()
    cli("--db", str(salon_db.path), "export", str(exports / f"{LAST}.csv"))
    cli("--db", str(salon_db.path), "subject-export", str(zenobia), "-o",
        str(exports / f"{FIRST} {LAST}.zip"))

    out = cli("--db", str(salon_db.path), "forget", str(zenobia), "--yes",
              "--asked-by", "the customer, by email").stdout
    assert "forgotten" in out

    assert _traces(salon_db.path) == []
    assert _money(salon_db) == money  # the books stay
    with salon_db.session() as session:
        customer = session.get(Customer, zenobia)
        assert customer.first_name == "Forgotten customer" and customer.email is None
        assert session.get(Customer, zenobia).media is None
        [request] = session.scalars(select(ForgetRequest)).all()
        assert request.customer_id == zenobia and request.asked_by == "the customer, by email"
        assert session.scalar(select(func.count(ConsentEvent.id))) == consents  # evidence
        assert session.scalar(select(func.count(Note.id)).where(Note.text != "")) == 0
    found = cli("--db", str(salon_db.path), "search", "Ruiz").stdout
    assert "Ana" in found  # the other customers are still found


def test_forget_asks_for_yes_and_cannot_be_done_twice(salon_db, zenobia):
    salon_db.dispose()
    refused = cli("--db", salon_db.address, "forget", str(zenobia), check=False)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    with salon_db.session() as session:
        assert session.get(Customer, zenobia).first_name == FIRST
    forget_customer(salon_db, zenobia)
    with pytest.raises(SalonError, match="already been forgotten"):
        forget_customer(salon_db, zenobia)


def test_subject_export_holds_the_workbook_documents_consents_and_messages(
        salon_db, zenobia, tmp_path):
    salon_db.dispose()
    target = tmp_path / "zenobia.zip"
    cli("--db", salon_db.address, "subject-export", str(zenobia), "-o", str(target))
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert {"record.xlsx", "consent_history.csv", "messages.csv", "README.txt",
                "photo.jpg"} <= set(names)
        [document] = [n for n in names if n.startswith("documents/")]
        assert zf.read(document) == DOCUMENT and document.endswith(f"{FIRST}-consent.pdf")
        assert EMAIL in zf.read("messages.csv").decode("utf-8-sig")
        assert "marketing" in zf.read("consent_history.csv").decode("utf-8-sig")
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(zf.read("record.xlsx")))
        assert {"Details", "Consent history", "Messages"} <= set(book.sheetnames)
    assert not [p for p in tmp_path.iterdir() if p.name != "zenobia.zip"
                and p.name != "salon.sqlite" and not p.name.startswith("salon.sqlite-")
                and p.name not in ("documents", "data")]


def test_retention_lists_customers_with_no_visit_for_n_years(salon_db, make_customer):
    old, recent, never = (make_customer(first_name=n) for n in ("Old", "Recent", "Never"))
    now = dt.datetime.now(dt.UTC)
    with salon_db.transaction() as session:
        session.get(Customer, old).last_visit_at = now - dt.timedelta(days=6 * 365)
        session.get(Customer, recent).last_visit_at = now - dt.timedelta(days=30)
        session.get(Customer, never).created_at = now - dt.timedelta(days=7 * 365)
    with salon_db.session() as session:
        listed = [r.customer_id for r in due_for_review(session, 5)]
    assert listed == [never, old]
    with salon_db.transaction() as session:
        keep_customer(session, old, "open debt")
    forget_customer(salon_db, never)
    with salon_db.session() as session:
        assert due_for_review(session, 5) == []
    out = cli("--db", salon_db.address, "retention", "--years", "1", "--json").stdout
    assert out.strip() == "[]"  # a visit last month; the others kept or forgotten


def test_restoring_a_backup_made_before_forgetting_does_not_bring_the_person_back(
        salon_db, zenobia, engine, tmp_path, request):
    from salon_desk.services.backups.making import MANUAL, make_backup
    from salon_desk.services.backups.restore import prepare_restore, restore_backup
    from salon_desk.services.backups.server_restore import restore_server

    backup = make_backup(salon_db.path or salon_db.address, MANUAL)
    forget_customer(salon_db, zenobia, asked_by="the customer, in person")
    salon_db.dispose()
    if engine == "sqlite":
        result = restore_backup(backup, salon_db.path)
    else:  # pg_restore of the dump, as `salon-desk restore` on a server
        with prepare_restore(backup, None, scratch_in=tmp_path) as prepared:
            result = restore_server(prepared, salon_db.address)
    assert result.forgotten_again == [zenobia]
    if engine == "sqlite":
        assert _traces(salon_db.path) == []
    else:
        assert _server_traces(salon_db, request.getfixturevalue("pg_server")) == []
    with salon_db.session() as session:
        [request] = session.scalars(select(ForgetRequest)).all()
        assert request.asked_by == "the customer, in person"


def test_subject_export_lists_rows_of_the_same_moment_in_the_order_written(
        salon_db, make_customer, tmp_path):
    """Messages and consent changes logged in the same instant (a clock's tick on Windows is
    15 ms) come in the order they were written on both engines: a server returns rows of
    equal times in whatever order it finds them (a changed row moves to the end)."""
    from salon_desk.services.jobs import drive
    from salon_desk.services.privacy.subject_access import export_subject

    cid = make_customer(first_name=FIRST, email=EMAIL)
    with salon_db.transaction() as session:
        for n in (1, 2, 3):
            log_message(session, cid, MessageData(channel="email", category="appointments",
                                                  subject=f"Message {n}", body=""))
            session.add(ConsentEvent(customer_id=cid, category="marketing", channel="email",
                                     granted=n % 2 == 1, source=f"change {n}"))
    moment = dt.datetime(2026, 1, 2, 10, 0, tzinfo=dt.UTC)
    with salon_db.transaction() as session:  # the first ones changed last
        for model in (Message, ConsentEvent):
            for row in sorted(session.scalars(select(model).where(model.customer_id == cid)),
                              key=lambda r: -r.id):
                row.at = moment
                session.flush()  # one at a time (a flush writes rows in id order)
    drive(export_subject(salon_db, cid, tmp_path / "subject.zip"))
    with zipfile.ZipFile(tmp_path / "subject.zip") as zf:
        messages = zf.read("messages.csv").decode("utf-8-sig")
        consents = zf.read("consent_history.csv").decode("utf-8-sig")
    assert messages.index("Message 1") < messages.index("Message 2") < messages.index(
        "Message 3")
    assert consents.index("change 1") < consents.index("change 2") < consents.index("change 3")
