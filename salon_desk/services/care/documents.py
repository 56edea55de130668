"""Files attached to a customer: copied into the data folder beside the database, or on a salon
server into the database itself (``document_files``: every desk sees them, pg_dump backs them up;
opening one writes a copy into this computer's cache folder for the system viewer).

Each file is stored once under the SHA-256 of its content plus a lower-case extension taken from
a whitelist (anything else is stored as ``.bin``), so neither the original name nor a path typed
into it ever decides where the copy is written. The original name is kept as metadata only.
Copies are written to a temporary file in the documents folder and renamed into place, which
replaces (never writes through) anything already sitting at the target name, symlinks included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection, event, func, select
from sqlalchemy.orm import Session

from salon_desk import paths
from salon_desk.models import Document, DocumentFile, utcnow
from salon_desk.models.opening import is_sqlite
from salon_desk.services import settings
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import NotFound, SalonError, ValidationError, get_or_not_found
from salon_desk.services.care.photos import ImageError, make_thumbnail
from salon_desk.services.settings import Option
from salon_desk.services.texts import Text

MAX_SIZE_MB = Option("documents.max_size_mb", int, 25, "Largest file that can be attached (MB)")

IMAGE_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
               "gif": "image/gif", "webp": "image/webp", "bmp": "image/bmp",
               "tif": "image/tiff", "tiff": "image/tiff", "heic": "image/heic"}
OTHER_TYPES = {
    "pdf": "application/pdf", "txt": "text/plain", "rtf": "application/rtf",
    "csv": "text/csv", "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "mp4": "video/mp4", "mov": "video/quicktime", "mp3": "audio/mpeg", "m4a": "audio/mp4",
}
SAFE_TYPES = {**IMAGE_TYPES, **OTHER_TYPES}
UNKNOWN_EXTENSION = "bin"
_STORED_NAME = re.compile(r"^[0-9a-f]{64}\.[a-z0-9]{1,5}$")
_CHUNK = 1 << 20
SERVER_CACHE = "server-documents"  # in the data folder: copies of a server's files, to open


class DocumentTooLarge(SalonError):
    pass


@dataclass
class DocumentRow:
    id: int
    title: str
    description: str
    document_date: dt.date
    original_name: str
    stored_name: str
    mime_type: str
    size_bytes: int
    thumbnail: bytes | None
    added_at: dt.datetime

    @property
    def kind(self) -> str:
        """"image", "pdf", "text", "sheet", "video", "audio" or "file" (picks the icon)."""
        mime = self.mime_type
        if mime.startswith(("image/", "video/", "audio/")):
            return mime.split("/")[0]
        if mime == "application/pdf":
            return "pdf"
        if "sheet" in mime or mime in ("text/csv", "application/vnd.ms-excel"):
            return "sheet"
        if mime.startswith("text/") or "word" in mime or "opendocument.text" in mime or \
                mime == "application/rtf":
            return "text"
        return "file"


def on_server(session: Session) -> bool:
    """Whether the session's documents are kept in the database (a salon server)."""
    return not is_sqlite(session.get_bind())


def folder_for(session: Session) -> Path:
    """The documents folder of the database this session talks to; on a salon server, this
    computer's cache of the files opened from it."""
    bind = session.get_bind()
    if not is_sqlite(bind):
        path = paths.data_dir() / SERVER_CACHE
        path.mkdir(parents=True, exist_ok=True)
        return path
    database = bind.url.database
    return paths.documents_dir(Path(database) if database and database != ":memory:" else None)


def clean_original_name(name: str) -> str:
    """The bare file name as metadata: no folders (either slash), no control characters."""
    name = "".join(ch for ch in str(name) if ch >= " " and ch != "\x7f")
    name = re.split(r"[\\/]", name)[-1].strip()
    if name in ("", ".", ".."):
        name = "file"
    return name[:260]


def safe_extension(original_name: str) -> str:
    _, dot, ext = clean_original_name(original_name).rpartition(".")
    ext = ext.lower() if dot else ""
    return ext if ext in SAFE_TYPES else UNKNOWN_EXTENSION


def mime_for(extension: str) -> str:
    return SAFE_TYPES.get(extension, "application/octet-stream")


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def stored_path(folder: Path, stored_name: str) -> Path:
    """Where a stored name lives; refuses anything that is not a hash name inside the folder."""
    if not _STORED_NAME.match(stored_name or ""):
        raise SalonError(Text(msg.DOCUMENT_STORED_NAME, name=repr(stored_name)))
    return folder / stored_name  # the pattern allows no separator and no "..": stays inside


def _max_bytes(session: Session) -> int:
    return max(1, settings.get(session, MAX_SIZE_MB)) * 1024 * 1024


def _too_large(name: str, size: int, limit: int) -> DocumentTooLarge:
    return DocumentTooLarge(Text(msg.DOCUMENT_TOO_LARGE, name=name, size=human_size(size),
                                 limit=limit // (1024 * 1024)))


def _hash_matches(path: Path, digest: str) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest() == digest


def _copy_hashing(stream: BinaryIO, out: BinaryIO, limit: int, name: str) -> tuple[str, int]:
    """Copy the stream into ``out``; (sha256 hex digest, size). Refused past ``limit``."""
    h = hashlib.sha256()
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise _too_large(name, size, limit)
        h.update(chunk)
        out.write(chunk)
    return h.hexdigest(), size


def _store(stream: BinaryIO, folder: Path, extension: str, limit: int,
           name: str) -> tuple[str, int, bytes | None]:
    """Copy the stream into the folder under its hash; (stored name, size, image bytes or None)."""
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest, size = _copy_hashing(stream, out, limit, name)
            out.flush()
            os.fsync(out.fileno())
        stored_name = f"{digest}.{extension}"
        target = stored_path(folder, stored_name)
        image = tmp.read_bytes() if extension in IMAGE_TYPES else None
        if _hash_matches(target, digest):
            tmp.unlink()
        else:
            os.replace(tmp, target)  # replaces a symlink or a damaged copy, never follows it
        return stored_name, size, image
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _store_on_server(session: Session, stream: BinaryIO, extension: str, limit: int,
                     name: str) -> tuple[str, int, bytes | None]:
    """The stream's content into document_files (once per content), in the session's
    transaction; (stored name, size, image bytes or None)."""
    buffer = io.BytesIO()
    digest, size = _copy_hashing(stream, buffer, limit, name)
    stored_name = f"{digest}.{extension}"
    stored_path(Path("."), stored_name)  # the same check of the name as in a folder
    content = buffer.getvalue()
    put_file(session, stored_name, content)
    return stored_name, size, content if extension in IMAGE_TYPES else None


def put_file(session: Session | Connection, stored_name: str, content: bytes) -> None:
    """Keep a file's content on the server under its name, unless it is there already (two
    desks attaching the same file at once: the second finds the first's row)."""
    from sqlalchemy.dialects.postgresql import insert

    session.execute(insert(DocumentFile).values(
        stored_name=stored_name, content=content, size_bytes=len(content), added_at=utcnow())
        .on_conflict_do_nothing(index_elements=["stored_name"]))


def file_content(session: Session, stored_name: str, folder: Path | None = None
                 ) -> bytes | None:
    """A stored file's content (from the server, or the documents folder); None when missing."""
    if on_server(session):
        return session.scalar(select(DocumentFile.content).where(
            DocumentFile.stored_name == stored_name))
    path = stored_path(folder or folder_for(session), stored_name)
    if path.is_symlink() or not path.is_file():
        return None
    return path.read_bytes()


def drop_unused_files(session: Session, names: set[str]) -> None:
    """On a server, the contents of those stored names no document names any more."""
    if not on_server(session) or not names:
        return
    used = set(session.scalars(select(Document.stored_name).where(
        Document.stored_name.in_(names))))
    if unused := names - used:
        session.execute(DocumentFile.__table__.delete().where(
            DocumentFile.stored_name.in_(unused)))


def _thumbnail(session: Session, stored_name: str, image: bytes | None) -> bytes | None:
    existing = session.scalar(select(Document.thumbnail).where(
        Document.stored_name == stored_name, Document.thumbnail.is_not(None)).limit(1))
    if existing is not None:
        return existing
    if image is None:
        return None
    try:
        return make_thumbnail(image)
    except ImageError:
        return None  # e.g. HEIC without a decoder: shown with its type icon instead


def _check_fields(title: str, document_date: dt.date | None) -> dict[str, str]:
    errors = {}
    if len(title) > 200:
        errors["title"] = Text(msg.DOCUMENT_TITLE_LONG)
    if document_date is not None and document_date > dt.date.today() + dt.timedelta(days=1):
        errors["document_date"] = Text(msg.DOCUMENT_DATE_FUTURE)
    return errors


def attach_stream(session: Session, customer_id: int, stream: BinaryIO, original_name: str, *,
                  title: str = "", description: str = "", document_date: dt.date | None = None,
                  folder: Path | None = None) -> Document:
    """Store what the stream holds as a document of the customer."""
    name = clean_original_name(original_name)
    title = (title or "").strip() or name.rsplit(".", 1)[0] or name
    if errors := _check_fields(title, document_date):
        raise ValidationError(errors)
    extension = safe_extension(name)
    if on_server(session):
        stored_name, size, image = _store_on_server(session, stream, extension,
                                                    _max_bytes(session), name)
    else:
        stored_name, size, image = _store(stream, folder or folder_for(session), extension,
                                          _max_bytes(session), name)
    doc = Document(customer_id=customer_id, title=title, description=(description or "").strip(),
                   document_date=document_date or dt.date.today(), original_name=name,
                   stored_name=stored_name, mime_type=mime_for(extension), size_bytes=size,
                   thumbnail=_thumbnail(session, stored_name, image), added_at=utcnow())
    session.add(doc)
    session.flush()
    return doc


def attach_file(session: Session, customer_id: int, source: str | os.PathLike, *,
                title: str = "", description: str = "", document_date: dt.date | None = None,
                folder: Path | None = None) -> Document:
    """Copy a file from anywhere into the documents folder and record it for the customer."""
    source = Path(source)
    if not source.exists():
        raise NotFound(Text(msg.FILE_NOT_FOUND, file=source))
    if not source.is_file():
        raise SalonError(Text(msg.NOT_A_FILE, file=source))
    limit = _max_bytes(session)
    size = source.stat().st_size
    if size > limit:
        raise _too_large(clean_original_name(source.name), size, limit)
    with source.open("rb") as fh:
        return attach_stream(session, customer_id, fh, source.name, title=title,
                             description=description, document_date=document_date, folder=folder)


def attach_bytes(session: Session, customer_id: int, data: bytes, original_name: str,
                 **fields) -> Document:
    return attach_stream(session, customer_id, io.BytesIO(data), original_name, **fields)


def update_document(session: Session, document_id: int, *, title: str, description: str,
                    document_date: dt.date) -> Document:
    doc = get_or_not_found(session, Document, document_id, msg.DOCUMENT_NOT_FOUND)
    title = (title or "").strip()
    errors = _check_fields(title, document_date)
    if not title:
        errors["title"] = Text(msg.DOCUMENT_TITLE_NEEDED)
    if errors:
        raise ValidationError(errors)
    doc.title, doc.description, doc.document_date = title, (description or "").strip(), \
        document_date
    session.flush()
    return doc


def delete_document(session: Session, document_id: int, folder: Path | None = None) -> None:
    """Remove the document; its file goes too, after commit, once no other row uses it."""
    doc = get_or_not_found(session, Document, document_id, msg.DOCUMENT_NOT_FOUND)
    folder = folder or folder_for(session)
    stored_name = doc.stored_name
    session.delete(doc)
    session.flush()
    still_used = session.scalar(select(func.count()).select_from(Document).where(
        Document.stored_name == stored_name))
    if still_used:
        return
    drop_unused_files(session, {stored_name})  # on a server, in this transaction

    def _remove_file(_session: Session) -> None:
        try:
            stored_path(folder, stored_name).unlink(missing_ok=True)
        except (OSError, SalonError):
            pass  # a file that cannot be removed is only wasted space

    event.listen(session, "after_commit", _remove_file, once=True)


def _row(doc: Document) -> DocumentRow:
    return DocumentRow(id=doc.id, title=doc.title, description=doc.description,
                       document_date=doc.document_date, original_name=doc.original_name,
                       stored_name=doc.stored_name, mime_type=doc.mime_type,
                       size_bytes=doc.size_bytes, thumbnail=doc.thumbnail, added_at=doc.added_at)


def list_documents(session: Session, customer_id: int) -> list[DocumentRow]:
    """The customer's documents, newest date first; those of one day in the order attached
    (a "before" photo stays before its "after")."""
    docs = session.scalars(select(Document).where(Document.customer_id == customer_id)
                           .order_by(Document.document_date.desc(), Document.id))
    return [_row(d) for d in docs]


def document_path(session: Session, document_id: int, folder: Path | None = None) -> Path:
    """The stored copy to hand to the system viewer (from a server: a copy in this computer's
    cache folder, written again when missing or changed)."""
    doc = get_or_not_found(session, Document, document_id, msg.DOCUMENT_NOT_FOUND)
    path = stored_path(folder or folder_for(session), doc.stored_name)
    if on_server(session):
        return _cached_copy(session, doc, path)
    if path.is_symlink() or not path.is_file():
        raise NotFound(Text(msg.DOCUMENT_FILE_MISSING, title=doc.title, folder=path.parent))
    return path


def _cached_copy(session: Session, doc: Document, path: Path) -> Path:
    digest = doc.stored_name.split(".", 1)[0]
    if _hash_matches(path, digest):
        return path
    content = file_content(session, doc.stored_name)
    if content is None:
        raise NotFound(Text(msg.DOCUMENT_FILE_MISSING_ON_SERVER, title=doc.title))
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    os.replace(tmp_name, path)  # replaces a symlink or a damaged copy, never follows it
    return path


def attach_files(db, customer_id: int, sources: list[str | os.PathLike]
                 ) -> Generator[tuple[int, int, str], None, tuple[list[int], list[str]]]:
    """Attach several files, each in its own transaction so one refused file keeps the others.

    A background job: yields (done, total, file name); returns (new document ids, error
    messages). ``db`` is a ``Database``.
    """
    added: list[int] = []
    errors: list[str] = []
    total = len(sources)
    for done, source in enumerate(sources):
        name = clean_original_name(Path(source).name)
        yield done, total, name
        try:
            with db.transaction() as session:
                added.append(attach_file(session, customer_id, source).id)
        except SalonError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(Text(msg.DOCUMENT_UNREADABLE, name=name, reason=exc.strerror or exc))
    yield total, total, ""
    return added, errors
