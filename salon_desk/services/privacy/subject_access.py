"""Subject access: everything the salon holds about one customer, in one zip.

- ``record.xlsx``: the record workbook (services.customers.record_export: details, visits,
  sales, cards, notes, surveys, messages, consents and their history, one sheet each);
- ``consent_history.csv`` and ``messages.csv``: the same rows, readable without a spreadsheet;
- ``audit.csv``: every audit row about them (and the records merged into theirs): who changed
  what and when, with the values before and after;
- ``documents/``: each attached file under its original name; ``photo.jpg``, ``signature.png``;
- ``README.txt``: what the zip holds and when it was made.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tempfile
import zipfile
from collections.abc import Generator
from pathlib import Path

from sqlalchemy import select

from salon_desk.models import ConsentEvent, Customer, CustomerMedia, Document, Message
from salon_desk.models.db import Database
from salon_desk.services import audit, permissions
from salon_desk.services.care.documents import clean_original_name, file_content, folder_for
from salon_desk.services.customers.record_export import export_record
from salon_desk.services.files import written_whole
from salon_desk.services.jobs import drive

_README = """Everything {salon} holds about customer {id}, exported on {when} (UTC).

record.xlsx          the customer's record: details, appointments, sales, cards, points,
                     budgets, notes and formulas, patch tests, surveys, messages, consents
consent_history.csv  every consent given or withdrawn, with when and how
messages.csv         every message sent or written down
audit.csv            who changed what in the record and when (the audit trail)
documents/           the files attached to the record
photo.jpg, signature.png   when the record has them
"""


def _csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _plain(row) -> dict:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "html"}


def export_subject(db: Database, customer_id: int, path: Path | str, salon: str = ""
                   ) -> Generator[tuple[int, int, str], None, Path]:
    """The zip at ``path`` (written whole, or not at all)."""
    permissions.require(permissions.SUBJECT_EXPORT)
    with tempfile.TemporaryDirectory(prefix="salon-desk-subject-") as scratch:
        workbook = drive(export_record(db, customer_id, Path(scratch) / "record.xlsx",
                                       audited=False))
        yield 1, 3
        with written_whole(path) as part, zipfile.ZipFile(part, "w",
                                                           zipfile.ZIP_DEFLATED) as zf:
            zf.write(workbook, "record.xlsx")
            _add_rows(db, customer_id, zf)
            yield 2, 3
            _add_files(db, customer_id, zf)
            zf.writestr("README.txt", _README.format(
                salon=salon or "The salon", id=customer_id,
                when=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")))
    # Not the file's name (it may hold the person's): the trail's rows cannot be erased.
    audit.record_soon(db, audit.EXPORT, entity="customers", entity_id=customer_id,
                      customer_id=customer_id,
                      detail="subject access export (.zip)")
    yield 3, 3
    return Path(path)


def _add_rows(db: Database, customer_id: int, zf: zipfile.ZipFile) -> None:
    with db.session() as session:
        events = session.scalars(select(ConsentEvent).where(
            ConsentEvent.customer_id == customer_id).order_by(ConsentEvent.at, ConsentEvent.id))
        zf.writestr("consent_history.csv", _csv([_plain(e) for e in events]))
        messages = session.scalars(select(Message).where(
            Message.customer_id == customer_id).order_by(Message.at, Message.id))
        zf.writestr("messages.csv", _csv([_plain(m) for m in messages]))
        zf.writestr("audit.csv", _csv(_audit_rows(session, customer_id)))


def _audit_rows(session, customer_id: int) -> list[dict]:
    ids = [customer_id, *session.scalars(select(Customer.id).where(
        Customer.merged_into_id == customer_id))]
    found = sorted((row for cid in ids for row in audit.rows(session, cid)),
                   key=lambda row: row.id)
    return [{"id": r.id, "at": r.at.isoformat(), "who": r.who, "action": r.action,
             "entity": r.entity, "entity_id": r.entity_id, "customer_id": r.customer_id,
             "fields": r.fields, "detail": r.detail,
             "changes": json.dumps(r.changes, ensure_ascii=False) if r.changes else ""}
            for r in found]


def _add_files(db: Database, customer_id: int, zf: zipfile.ZipFile) -> None:
    with db.session() as session:
        folder = folder_for(session)
        for doc in session.scalars(select(Document).where(
                Document.customer_id == customer_id).order_by(Document.id)):
            content = file_content(session, doc.stored_name, folder)
            if content is None:
                continue
            zf.writestr(f"documents/{doc.id}-{clean_original_name(doc.original_name)}", content)
        media = session.get(CustomerMedia, customer_id)
        if media is not None and media.photo:
            zf.writestr("photo.jpg", media.photo)
        if media is not None and media.signature:
            zf.writestr("signature.png", media.signature)
