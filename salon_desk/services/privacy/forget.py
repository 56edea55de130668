"""Forgetting a customer: the person is removed, the salon's books stay.

Names, contacts, address, birth date, notes, allergies, photo, signature and documents go, and
so does every free text written about them elsewhere (care notes and formulas, appointment
notes, patch tests, messages, sale comments, survey answers...), for the record and for the
records merged into it. Sales, payments, debts and their amounts stay (the law keeps them),
against a record named "Forgotten customer". Consent history stays as evidence; a
forget_requests row says who asked and when.

Then no trace may be left in the file: SQLite's secure_delete zeroes what is deleted, the
search index is rebuilt from scratch, VACUUM rewrites the file without the free space that
older edits left behind, and the WAL is checkpointed and truncated. Cannot be undone.

On a salon server the same rows are changed the same way. PostgreSQL keeps a changed row's
old version in the table's pages until they are reused, so every table the forgetting touched
is rewritten (VACUUM FULL, after the transaction, once every transaction older than it has
ended: a rewrite keeps the old versions those may still read) when the desk's role owns it; a
table it may not rewrite is left to the server's own vacuum and logged. The planner's statistics of
those tables hold sampled values of their columns: the tables are analysed again, and
pg_statistic is rewritten when the desk's role is a superuser (else logged). What the server
keeps elsewhere (write-ahead log segments, replicas, base backups, pg_dump files) is the server
administrator's to expire: the app cannot reach it (docs/salon-server.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from salon_desk.models import Customer, ForgetRequest
from salon_desk.models import search_index
from salon_desk.models.db import Database, make_engine
from salon_desk.models.opening import server_url
from salon_desk.services import error_texts as msg
from salon_desk.services import audit, permissions
from salon_desk.services.care.documents import drop_unused_files, folder_for
from salon_desk.services.errors import SalonError, get_or_not_found
from salon_desk.services.jobs import Job
from salon_desk.services.texts import Text

log = logging.getLogger(__name__)

# Free text about the person in other tables: (table, which rows, {column: blank value}).
# "{ids}" is the forgotten customer ids. A column missing from an older schema is skipped.
_OWN = "customer_id IN ({ids})"
_BLANKED: list[tuple[str, str, dict[str, object]]] = [
    ("notes", _OWN, {"text": "", "formula": None}),
    ("note_revisions", "note_id IN (SELECT id FROM notes WHERE customer_id IN ({ids}))",
     {"previous_text": "", "previous_formula": None}),
    ("appointments", _OWN, {"notes": ""}),
    ("patch_tests", _OWN, {"notes": "", "subject": ""}),
    ("messages", _OWN, {"subject": "", "body": "", "recipient": "", "html": None,
                        "error": ""}),
    ("sales", _OWN, {"comments": "", "cancel_reason": ""}),
    ("debts", _OWN, {"description": ""}),
    ("debt_payments", "debt_id IN (SELECT id FROM debts WHERE customer_id IN ({ids}))",
     {"description": ""}),
    ("cash_movements", _OWN, {"description": ""}),
    ("points_entries", _OWN, {"reason": ""}),
    ("vouchers", _OWN, {"description": "", "cancel_reason": ""}),
    ("voucher_uses", "voucher_id IN (SELECT id FROM vouchers WHERE customer_id IN ({ids}))",
     {"note": ""}),
    ("loyalty_cards", _OWN, {"description": ""}),
    ("budgets", _OWN, {"description": ""}),
    ("survey_answers", "response_id IN (SELECT id FROM survey_responses "
                       "WHERE customer_id IN ({ids}))", {"value": ""}),
    ("dismissed_pairs", "first_id IN ({ids}) OR second_id IN ({ids})", {"reason": ""}),
    ("imported_customers", _OWN, {"previous": None}),
]
# Rows that are only about the person: deleted.
_DELETED: list[tuple[str, str]] = [
    ("message_attachments", "message_id IN (SELECT id FROM messages "
                            "WHERE customer_id IN ({ids}))"),
    ("customer_media", _OWN),
    ("documents", _OWN),
    ("merges", "kept_id IN ({ids})"),  # their snapshots hold the merged records as they were
    ("retention_kept", _OWN),
]
# The customer row itself.
_CUSTOMER_BLANKS = {
    "last_name": "", "email": None, "mobile": None, "phone": None, "gender": "unspecified",
    "birth_year": None, "birth_month": None, "birth_day": None, "anniversary": None,
    "street": None, "city": None, "postcode": None, "region": None, "country": None,
    "referral_source": None, "external_id": None, "notes": "", "allergies": "",
    "blocked_reason": "", "notify_reminders": False, "notify_birthday": False,
    "notify_marketing": False, "active": False,
}


@dataclass(frozen=True)
class ForgetResult:
    customer_id: int
    records: int  # the record and those merged into it
    documents_removed: int


def is_forgotten(conn: Connection, customer_id: int) -> bool:
    return conn.execute(select(ForgetRequest.id).where(
        ForgetRequest.customer_id == customer_id).limit(1)).first() is not None


def _columns(conn: Connection, table: str) -> set[str]:
    """The table's column names; none when an older schema has no such table."""
    found = inspect(conn)
    return {c["name"] for c in found.get_columns(table)} if found.has_table(table) else set()


def _person_ids(conn: Connection, customer_id: int) -> list[int]:
    """The record and every record merged into it (a merge of a merge too)."""
    ids, todo = [customer_id], [customer_id]
    while todo:
        marks = ",".join(str(int(i)) for i in todo)
        todo = [i for (i,) in conn.exec_driver_sql(
            f"SELECT id FROM customers WHERE merged_into_id IN ({marks})") if i not in ids]
        ids += todo
    return ids


def _blank_free_text(conn: Connection, ids: list[int]) -> None:
    id_list = ",".join(str(int(i)) for i in ids)
    for table, where, blanks in _BLANKED:
        present = _columns(conn, table)
        sets = {c: v for c, v in blanks.items() if c in present}
        if sets:
            assignments = ", ".join(f'"{c}" = :{c}' for c in sets)
            conn.execute(text(f'UPDATE "{table}" SET {assignments} WHERE '
                              f'{where.format(ids=id_list)}'), sets)
    for table, where in _DELETED:
        if _columns(conn, table):
            conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE {where.format(ids=id_list)}')


def forget_customer(db: Database, customer_id: int, asked_by: str = "",
                    asked_at: dt.datetime | None = None) -> ForgetResult:
    """Anonymise the customer for good (see the module's docstring)."""
    permissions.require(permissions.FORGET_CUSTOMER)
    with db.transaction() as session:
        conn = session.connection()
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
        get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)
        if is_forgotten(conn, customer_id):
            raise SalonError(Text(msg.ALREADY_FORGOTTEN, id=customer_id))
        ids = _person_ids(conn, customer_id)
        folder = folder_for(session)
        stored = {n for (n,) in conn.exec_driver_sql(
            f"SELECT stored_name FROM documents WHERE customer_id IN "
            f"({','.join(map(str, ids))})") if n}
        _blank_free_text(conn, ids)
        for record in session.scalars(select(Customer).where(Customer.id.in_(ids))):
            for name, value in _CUSTOMER_BLANKS.items():
                setattr(record, name, value)
            record.first_name = msg.FORGOTTEN_NAME if record.id == customer_id else ""
        session.add(ForgetRequest(customer_id=customer_id, asked_by=asked_by.strip(),
                                  asked_at=asked_at or dt.datetime.now(dt.UTC),
                                  done_by=permissions.acting_as()))
        session.flush()
        for record_id in ids:  # the audit trail's values before and after, hashes kept
            audit.erase_values(session, record_id)
        still_used = {n for (n,) in conn.exec_driver_sql("SELECT stored_name FROM documents")}
        drop_unused_files(session, stored - still_used)  # on a salon server, its copies
    removed = _remove_files(folder, stored - still_used)
    leave_no_trace(db)
    return ForgetResult(customer_id, len(ids), removed)


def forget_job(db: Database, customer_id: int, asked_by: str = "") -> Job[ForgetResult]:
    """``forget_customer`` as a long job (services.jobs), for the interface to run off its
    thread: the VACUUM that rewrites the file takes seconds on a large database. Nothing
    yields once it has begun: a cancel cannot leave the person anonymised but still in the
    file's free pages."""
    yield 0, 0
    return forget_customer(db, customer_id, asked_by=asked_by)


def _remove_files(folder: Path, names: set[str]) -> int:
    removed = 0
    for name in names:
        path = folder / Path(name).name
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def leave_no_trace(db: Database) -> None:
    """Rebuild the search index from what the rows hold now, rewrite the file (VACUUM: no
    free space left with older contents) and empty the WAL, with secure_delete on. On a
    server, rewrite the tables the forgetting touched (``rewrite_server_tables``)."""
    with db.transaction() as session:
        conn = session.connection()
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            for table in search_index.FTS_TABLES:
                conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        search_index.search_words.rebuild(conn)
    if not db.is_sqlite:
        rewrite_server_tables(db)
        return
    raw = db.write_engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        dbapi.execute("PRAGMA secure_delete = ON")
        dbapi.execute("VACUUM")
        dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dbapi.execute("PRAGMA secure_delete = OFF")
    finally:
        raw.close()
    db.engine.dispose()  # pooled readers let the next checkpoint truncate the WAL too
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# The tables whose rows forgetting changes or deletes, beside those of _BLANKED and _DELETED.
_REWRITTEN = ("customers", "customer_fts", "customer_words", "search_variants", "audit_values",
              "document_files", "forget_requests")


def touched_tables() -> list[str]:
    return list(dict.fromkeys([*_REWRITTEN, *(t for t, _w, _b in _BLANKED),
                               *(t for t, _w in _DELETED)]))


def rewrite_server_tables(db: Database) -> list[str]:
    """VACUUM FULL of every table forgetting touched that the desk's role may rewrite (its
    owner, or a superuser): the old versions of the changed rows leave the table's pages.
    Each table is locked for the seconds its rewrite takes; one another desk holds longer
    than the lock timeout is skipped. Then the planner's statistics of those tables are made
    again (``_forget_statistics``). Returns the tables left as they were (logged)."""
    wanted = touched_tables()
    skipped: list[str] = []
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if not _older_snapshots_gone(conn):
            log.warning("Forgetting: a transaction older than the forgetting still runs; "
                        "its rows' old versions are left to the server's vacuum")
        superuser = bool(conn.exec_driver_sql(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar())
        mine = set(conn.exec_driver_sql(
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' "
            "AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
            "AND c.relname = ANY(%(names)s) AND (%(superuser)s OR pg_has_role(current_user, "
            "c.relowner, 'USAGE'))", {"names": wanted, "superuser": superuser}).scalars())
        for table in wanted:
            if table not in mine:
                skipped.append(table)
                continue
            try:
                conn.exec_driver_sql(f'VACUUM FULL "{table}"')
            except DBAPIError:
                skipped.append(table)  # another desk held it past the lock timeout
        _forget_statistics(conn, [t for t in wanted if t not in skipped], superuser)
    if skipped:
        log.warning("Forgetting: old row versions left to the server's vacuum in %s",
                    ", ".join(skipped))
    return skipped


# A transaction still running from before the forgetting committed (in any database of the
# server: every snapshot's xmin is the oldest transaction running anywhere), or a snapshot of
# this database taken before it: VACUUM FULL copies the old row versions such a snapshot may
# still read into the new files.
_OLDER_SNAPSHOTS = (
    "SELECT pg_snapshot_xmin(pg_current_snapshot()) < %(target)s::xid8 OR EXISTS ("
    "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL "
    "AND age(backend_xmin) > age((%(target)s::xid8::text::bigint %% 4294967296)::text::xid))")
OLDER_SNAPSHOTS_WAIT_S = 30.0


def _older_snapshots_gone(conn: Connection, wait_s: float = OLDER_SNAPSHOTS_WAIT_S) -> bool:
    """Wait (``wait_s`` at most) until no transaction or snapshot that may still read the rows
    as they were before the forgetting is left on the server; False when one still is."""
    target = str(conn.exec_driver_sql("SELECT pg_snapshot_xmax(pg_current_snapshot())").scalar())
    deadline = time.monotonic() + wait_s
    while conn.exec_driver_sql(_OLDER_SNAPSHOTS, {"target": target}).scalar():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _forget_statistics(conn: Connection, tables: list[str], superuser: bool) -> None:
    """The planner's statistics (pg_statistic) hold sampled values of each column, names and
    phone numbers among them, from the last ANALYZE, the app's or autovacuum's: ANALYZE the
    rewritten tables again, then rewrite pg_statistic itself, which only a superuser may (else
    its old rows are left to the server's vacuum, and logged)."""
    if not tables:
        return
    try:
        conn.exec_driver_sql("ANALYZE " + ", ".join(f'"{t}"' for t in tables))
        if superuser:
            conn.exec_driver_sql("VACUUM FULL pg_statistic")
            return
    except DBAPIError:
        pass  # another desk held a table past the lock timeout
    log.warning("Forgetting: the planner's old statistics left to the server's vacuum")


def recorded_requests(location: Path | str) -> list[tuple[int, str, object]]:
    """(customer id, who asked, when) of every forget request in a database file, read with
    sqlite3 alone (the file may be about to be replaced, or damaged: then none are read), or
    in a salon server's database at its address (``postgresql://...``)."""
    import sqlite3
    from urllib.parse import quote

    url = server_url(location)
    if url is not None:
        return _server_requests(url)
    try:
        conn = sqlite3.connect(f"file:{quote(str(Path(location).resolve()))}?mode=ro", uri=True)
        try:
            return list(conn.execute(_REQUESTS_SQL))
        finally:
            conn.close()
    except sqlite3.Error:
        return []


_REQUESTS_SQL = "SELECT customer_id, asked_by, asked_at FROM forget_requests ORDER BY id"


def _server_requests(url: str) -> list[tuple[int, str, object]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(_REQUESTS_SQL)]
    except DBAPIError:
        return []  # no salon there yet (a restore into an empty database)
    finally:
        engine.dispose()


def forget_again(location: Path | str, requests: list[tuple[int, str, object]]) -> list[int]:
    """After a restore: the customers forgotten since the backup was made are forgotten again
    (a backup must not bring anyone back) in the database at ``location``, opened (and
    brought up to the current schema) only when someone was forgotten. Returns their ids."""
    if not requests:
        return []
    db = Database(location)
    try:
        return [customer_id for customer_id, asked_by, asked_at in requests
                if _forget_once_more(db, customer_id, asked_by, asked_at)]
    finally:
        db.dispose()


def _forget_once_more(db: Database, customer_id: int, asked_by: str, asked_at: object) -> bool:
    with db.session() as session:
        if session.get(Customer, customer_id) is None or is_forgotten(
                session.connection(), customer_id):
            return False
    # A file holds UTC as text without a zone; a server gives a datetime
    when = (asked_at if isinstance(asked_at, dt.datetime)
            else dt.datetime.fromisoformat(str(asked_at)))
    when = when.astimezone(dt.UTC) if when.tzinfo else when.replace(tzinfo=dt.UTC)
    forget_customer(db, customer_id, asked_by=asked_by, asked_at=when)
    return True
