"""Attached documents on both engines: in the documents folder beside a SQLite file, in the
database itself (document_files) on a salon server, where every desk sees the same files."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from salon_desk import paths
from salon_desk.models import Document, DocumentFile
from salon_desk.models.db import Database
from salon_desk.services.care.documents import (
    attach_bytes,
    delete_document,
    document_path,
    file_content,
    list_documents,
)
from salon_desk.services.errors import NotFound

pytestmark = pytest.mark.any_engine

CONSENT = b"%PDF-1.4 signed consent form"
NAME = f"{hashlib.sha256(CONSENT).hexdigest()}.pdf"


def _stored_contents(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(DocumentFile.stored_name)))


def _folder_files(db: Database) -> list[str]:
    folder = paths.documents_dir(db.path if db.is_sqlite else None)
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_attach_and_open(salon_db, make_customer, engine):
    ana = make_customer(first_name="Ana")
    with salon_db.transaction() as s:
        doc_id = attach_bytes(s, ana, CONSENT, "Consent.PDF", title="Consent").id
    with salon_db.session() as s:
        [row] = list_documents(s, ana)
        path = document_path(s, doc_id)
        assert file_content(s, row.stored_name) == CONSENT
    assert (row.stored_name, row.size_bytes, row.title) == (NAME, len(CONSENT), "Consent")
    assert path.read_bytes() == CONSENT and path.name == NAME
    if engine == "sqlite":  # beside the file, nothing in the table
        assert _folder_files(salon_db) == [NAME] and _stored_contents(salon_db) == []
    else:  # in the database; the file opened is this computer's cached copy
        assert _stored_contents(salon_db) == [NAME] and _folder_files(salon_db) == []
        assert path.parent == paths.data_dir() / "server-documents"


def test_another_desk_opens_what_one_desk_attached(salon_db, make_customer, engine, tmp_path,
                                                   monkeypatch):
    if engine == "sqlite":
        pytest.skip("one SQLite file is one desk")
    ana = make_customer(first_name="Ana")
    with salon_db.transaction() as s:
        doc_id = attach_bytes(s, ana, CONSENT, "consent.pdf").id
    monkeypatch.setenv("SALON_DESK_DATA_DIR", str(tmp_path / "other-desk"))
    other = Database(salon_db.engine.url.render_as_string(hide_password=False))
    try:
        with other.session() as s:
            path = document_path(s, doc_id)
        assert path.read_bytes() == CONSENT
        assert path.is_relative_to(tmp_path / "other-desk")
        path.write_bytes(b"changed on this desk")  # a damaged cached copy is written again
        with other.session() as s:
            assert document_path(s, doc_id).read_bytes() == CONSENT
    finally:
        other.dispose()


def test_same_content_kept_once_and_dropped_with_its_last_document(salon_db, make_customer):
    ana, bea = make_customer(first_name="Ana"), make_customer(first_name="Bea")
    with salon_db.transaction() as s:
        first = attach_bytes(s, ana, CONSENT, "a.pdf").id
        second = attach_bytes(s, bea, CONSENT, "b.pdf").id
    stored = _stored_contents if not salon_db.is_sqlite else _folder_files
    assert stored(salon_db) == [NAME]
    with salon_db.transaction() as s:
        delete_document(s, first)
    assert stored(salon_db) == [NAME]  # Bea's document still names it
    with salon_db.transaction() as s:
        delete_document(s, second)
    assert stored(salon_db) == []
    with salon_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_missing_content_is_said(salon_db, make_customer):
    ana = make_customer(first_name="Ana")
    with salon_db.transaction() as s:
        doc_id = attach_bytes(s, ana, CONSENT, "consent.pdf", title="Consent").id
    if salon_db.is_sqlite:
        (paths.documents_dir(salon_db.path) / NAME).unlink()
    else:
        with salon_db.transaction() as s:
            s.execute(DocumentFile.__table__.delete())
        (paths.data_dir() / "server-documents" / NAME).unlink(missing_ok=True)
    with salon_db.session() as s, pytest.raises(NotFound) as caught:
        document_path(s, doc_id)
    assert "Consent" in str(caught.value)
