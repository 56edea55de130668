"""Writing the files the user asks for (exports, the template, PDFs): all or nothing.

A file is written under a temporary name beside its place ("customers.xlsx.part") and renamed
when complete, so a reader never sees half a file, and a failure or a cancel removes the
temporary file: nothing is left behind. A folder that does not exist, a name that is a folder or
a place the user may not write to is a SalonError with a message in the user's language (the
path is the user's own choice, never customer data), not an OSError and its traceback.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

PART = ".part"


class CannotWrite(SalonError):
    """The file cannot be written where the user asked."""


def check_target(path: Path | str) -> Path:
    """``path`` if a file can be created there: its folder exists and it is not a folder."""
    path = Path(path)
    folder = path.parent
    if not folder.exists():
        raise CannotWrite(Text(msg.FOLDER_MISSING, folder=str(folder)))
    if not folder.is_dir():
        raise CannotWrite(Text(msg.NOT_A_FOLDER, folder=str(folder)))
    if path.is_dir():
        raise CannotWrite(Text(msg.WRITE_IS_FOLDER, file=str(path)))
    return path


def cannot_write(path: Path, exc: OSError) -> CannotWrite:
    """The message for an OSError met while writing ``path``."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM,
                                                         errno.EROFS):
        return CannotWrite(Text(msg.WRITE_DENIED, file=str(path)))
    if isinstance(exc, IsADirectoryError):
        return CannotWrite(Text(msg.WRITE_IS_FOLDER, file=str(path)))
    if isinstance(exc, FileNotFoundError):
        return CannotWrite(Text(msg.FOLDER_MISSING, folder=str(path.parent)))
    if exc.errno == errno.ENOSPC:
        return CannotWrite(Text(msg.WRITE_NO_SPACE, file=str(path)))
    return CannotWrite(Text(msg.WRITE_FAILED, file=str(path),
                            reason=exc.strerror or type(exc).__name__))


@contextmanager
def written_whole(path: Path | str) -> Iterator[Path]:
    """The temporary path to write ``path`` to; renamed to ``path`` when the block ends well,
    removed when it raises (or a generator around it is closed)."""
    path = check_target(path)
    part = path.with_name(path.name + PART)
    try:
        yield part
        part.replace(path)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    finally:
        try:
            part.unlink(missing_ok=True)
        except OSError:  # the failure already said is the one that matters
            pass
