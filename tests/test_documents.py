"""Attached documents: stored by content hash inside the documents folder, whatever the name;
on a salon server in the database (document_files), under the same names, and copied into this
computer's cache folder when opened (``folder`` is that cache there)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os

import pytest
from PIL import Image
from sqlalchemy import func, select

from salon_desk import paths
from salon_desk.models import Document, DocumentFile
from salon_desk.services import settings
from salon_desk.services.care.documents import (
    MAX_SIZE_MB,
    DocumentTooLarge,
    attach_bytes,
    attach_file,
    clean_original_name,
    delete_document,
    document_path,
    folder_for,
    list_documents,
    safe_extension,
    stored_path,
    update_document,
)
from salon_desk.services.errors import NotFound, SalonError

pytestmark = pytest.mark.any_engine


@pytest.fixture
def ana(salon_db, make_customer):
    return make_customer(first_name="Ana")


@pytest.fixture
def folder(salon_db):
    """The documents folder beside a SQLite file; a server's cache folder on this computer."""
    if salon_db.is_sqlite:
        return paths.documents_dir(salon_db.path)
    with salon_db.session() as s:
        return folder_for(s)


def _files(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _stored(db, folder) -> list[str]:
    """The contents kept: files in the folder, or rows of document_files on a server."""
    if db.is_sqlite:
        return _files(folder)
    with db.session() as s:
        return sorted(s.scalars(select(DocumentFile.stored_name)))


def test_file_is_copied_under_its_hash(salon_db, ana, folder, tmp_path):
    source = tmp_path / "outside" / "Consent Form.PDF"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 signed consent")
    with salon_db.transaction() as s:
        doc = attach_file(s, ana, source, description="Signed", document_date=dt.date(2026, 1, 5))
        doc_id = doc.id
    digest = hashlib.sha256(b"%PDF-1.4 signed consent").hexdigest()
    if salon_db.is_sqlite:
        assert folder == salon_db.path.parent / "documents"
    assert _stored(salon_db, folder) == [f"{digest}.pdf"]
    source.unlink()  # the record survives the original going away
    with salon_db.session() as s:
        row = list_documents(s, ana)[0]
        path = document_path(s, doc_id)
    assert (row.title, row.original_name, row.mime_type, row.kind) == (
        "Consent Form", "Consent Form.PDF", "application/pdf", "pdf")
    assert row.size_bytes == 23 and row.document_date == dt.date(2026, 1, 5)
    assert path.read_bytes() == b"%PDF-1.4 signed consent"


@pytest.mark.parametrize("name", [
    "../../evil.txt", "..\\..\\evil.txt", "/etc/passwd", "C:\\Windows\\evil.txt",
    "ev\x00il.txt", "../../../../tmp/evil.sh", "..", "a/../../b.exe",
])
def test_crafted_names_never_write_outside(salon_db, ana, folder, tmp_path, name):
    before = {p for p in tmp_path.rglob("*")}
    with salon_db.transaction() as s:
        doc = attach_bytes(s, ana, b"payload " + name.encode(), name)
        stored = doc.stored_name
        original = doc.original_name
    after = {p for p in tmp_path.rglob("*")} - before
    assert after == ({folder / stored} if salon_db.is_sqlite else set())
    assert _stored(salon_db, folder) == [stored]
    assert "/" not in original and "\\" not in original and "\x00" not in original
    assert stored.rsplit(".", 1)[1] in ("txt", "bin")


def test_extensions_are_whitelisted_and_lower_case():
    assert safe_extension("photo.JPG") == "jpg"
    assert safe_extension("run.exe") == "bin"
    assert safe_extension("archive.tar.gz") == "bin"
    assert safe_extension("noext") == "bin"
    assert safe_extension("x.p/df") == "bin"
    assert clean_original_name("dir\\sub/na\x00me.txt") == "name.txt"


def test_stored_path_refuses_names_that_are_not_hashes(folder):
    for bad in ("../x.txt", "/etc/passwd", "a" * 64 + "/../x.txt", "abc.txt", ""):
        with pytest.raises(SalonError):
            stored_path(folder, bad)


def test_symlink_at_target_is_replaced_not_followed(salon_db, ana, folder, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    content = b"new content"
    target = folder / (hashlib.sha256(content).hexdigest() + ".txt")
    os.symlink(victim, target)
    with salon_db.transaction() as s:
        doc_id = attach_bytes(s, ana, content, "note.txt").id
    if not salon_db.is_sqlite:  # a server's file is written here when opened
        with salon_db.session() as s:
            assert document_path(s, doc_id) == target
    assert victim.read_text() == "keep me"
    assert not target.is_symlink() and target.read_bytes() == content


def test_symlinked_source_is_read_as_its_content(salon_db, ana, folder, tmp_path):
    real = tmp_path / "real.png"
    Image.new("RGB", (20, 10), "red").save(real)
    link = tmp_path / "link.png"
    os.symlink(real, link)
    with salon_db.transaction() as s:
        doc = attach_file(s, ana, link)
        assert doc.thumbnail is not None
    assert len(_stored(salon_db, folder)) == 1


def test_same_content_is_stored_once_and_deleted_with_its_last_row(salon_db, ana, folder,
                                                                     make_customer):
    bea = make_customer(first_name="Bea")
    with salon_db.transaction() as s:
        first = attach_bytes(s, ana, b"same bytes", "a.txt").id
        second = attach_bytes(s, bea, b"same bytes", "b.TXT", title="Other").id
    assert len(_stored(salon_db, folder)) == 1
    with salon_db.session() as s:
        assert s.scalar(select(func.count(func.distinct(Document.stored_name)))) == 1
    with salon_db.transaction() as s:
        delete_document(s, first)
    assert len(_stored(salon_db, folder)) == 1  # still used by Bea's row
    with salon_db.transaction() as s:
        delete_document(s, second)
    assert _stored(salon_db, folder) == []
    with salon_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_delete_rolled_back_keeps_the_file(salon_db, ana, folder):
    with salon_db.transaction() as s:
        doc_id = attach_bytes(s, ana, b"x", "x.txt").id
    with pytest.raises(RuntimeError), salon_db.transaction() as s:
        delete_document(s, doc_id)
        raise RuntimeError("boom")
    assert len(_stored(salon_db, folder)) == 1


def test_too_large_file_is_refused_with_a_clear_message(salon_db, ana, folder, tmp_path):
    with salon_db.transaction() as s:
        settings.set_value(s, MAX_SIZE_MB, 1)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    with salon_db.transaction() as s, pytest.raises(DocumentTooLarge) as err:
        attach_file(s, ana, big)
    assert "“video.mp4” is 1.0 MB; files up to 1 MB can be attached" in str(err.value)
    # streamed data is checked too, and nothing is left behind
    with salon_db.transaction() as s, pytest.raises(DocumentTooLarge):
        attach_bytes(s, ana, b"\1" * (1024 * 1024 + 10), "big.bin")
    assert list(folder.iterdir()) == [] and _stored(salon_db, folder) == []


def test_default_limit_is_25_mb(salon_db):
    with salon_db.session() as s:
        assert settings.get(s, MAX_SIZE_MB) == 25


def test_image_thumbnail_is_upright(salon_db, ana):
    img = Image.new("RGB", (200, 100), "blue")
    exif = img.getexif()
    exif[0x0112] = 6  # rotated 90°: the upright picture is 100 wide x 200 high
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    with salon_db.transaction() as s:
        doc = attach_bytes(s, ana, buf.getvalue(), "before.jpeg")
        thumb = Image.open(io.BytesIO(doc.thumbnail))
    assert thumb.width < thumb.height
    with salon_db.transaction() as s:
        broken = attach_bytes(s, ana, b"not really a png", "fake.png")
        assert broken.thumbnail is None


def test_edit_and_missing_file(salon_db, ana, folder):
    with salon_db.transaction() as s:
        doc_id = attach_bytes(s, ana, b"hello", "hello.txt").id
        update_document(s, doc_id, title="Medical card", description="From GP",
                        document_date=dt.date(2025, 12, 1))
    with salon_db.session() as s:
        row = list_documents(s, ana)[0]
        assert (row.title, row.description) == ("Medical card", "From GP")
    if salon_db.is_sqlite:
        (folder / row.stored_name).unlink()
    else:
        with salon_db.transaction() as s:
            s.execute(DocumentFile.__table__.delete())
    with salon_db.session() as s:
        with pytest.raises(NotFound, match="missing"):
            document_path(s, doc_id)
