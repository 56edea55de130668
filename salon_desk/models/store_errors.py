"""Why the salon's database cannot be opened or written, in words for the user.

Each text is marked for translation in the ``Database`` context (scripts/i18n_extract.py finds
``QT_TRANSLATE_NOOP``); the interface translates it in one place (ui.texts.message_text) and
``str()`` of the error is the English text (logs, the command line without a translation). A
message names the file and says which problem it is (missing, a folder, read-only, locked,
damaged...) and never carries SQL or a customer's data.

On a salon server (PostgreSQL) the same errors come from the server's SQLSTATE codes, or, for a
server that cannot be reached at all, from the driver (``server_problem``): a message names the
server by its address without the password (``models.opening.display_url``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

CONTEXT = "Database"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's tools know
    return text


BUSY = QT_TRANSLATE_NOOP("Database", "Another window or program is saving; try again.")
WAITING = QT_TRANSLATE_NOOP("Database", "Another window or program is saving; waiting for it "
                                       "to finish…")
# On a salon server: a statement waits for what another desk holds (models.lock_watch).
WAITING_DESK = QT_TRANSLATE_NOOP("Database", "Another desk or program is saving; waiting for it "
                                            "to finish…")
MISSING = QT_TRANSLATE_NOOP(
    "Database", "The database {path} does not exist. Check the path (for example the one given "
                "with --db).")
FOLDER = QT_TRANSLATE_NOOP(
    "Database", "{path} is a folder, not a database file. Give the path of the salon's .sqlite "
                "file.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Database", "{path} is not a file that can hold a database.")
EMPTY = QT_TRANSLATE_NOOP("Database", "The database file {path} is empty: it holds no salon.")
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Database", "{path} is not a database file (it is another kind of file, or its beginning "
                "is damaged).")
TRUNCATED = QT_TRANSLATE_NOOP(
    "Database", "The database {path} is incomplete: the file was cut short. Restore a backup "
                "(Salon Desk keeps them beside the database, in folders named …backup-…).")
DAMAGED = QT_TRANSLATE_NOOP(
    "Database", "The database {path} is damaged. Restore a backup (Salon Desk keeps them beside "
                "the database, in folders named …backup-…).")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Database", "The database {path} is read-only: Salon Desk cannot save to it. Check the "
                "permissions of the file and of its folder, or copy it to a folder you can "
                "write to.")
NO_ACCESS = QT_TRANSLATE_NOOP(
    "Database", "Salon Desk is not allowed to read {path}. Check the permissions of the file.")
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Database", "The database {path} cannot be created there. Check that the folder exists and "
                "that you can write to it.")
LOCKED = QT_TRANSLATE_NOOP(
    "Database", "The database {path} is locked by another program. Wait for it to finish, or "
                "close it, then try again. The file itself is fine.")
NOT_SALON = QT_TRANSLATE_NOOP(
    "Database", "{path} is a database of another program, not a Salon Desk database. It was "
                "left unchanged.")
NEWER = QT_TRANSLATE_NOOP(
    "Database", "This database was made by a newer version of Salon Desk (schema {schema}). "
                "Update Salon Desk to open it.")
DISK = QT_TRANSLATE_NOOP(
    "Database", "The database {path} could not be read or written (an error of the disk or of "
                "the network drive). Nothing was saved.")
DISK_FULL = QT_TRANSLATE_NOOP("Database", "The disk is full: nothing was saved. Free some "
                                          "space and try again.")
BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "Database", "The database {path} needs an upgrade, but a safe copy of it could not be made "
                "first ({reason}), so it was left as it was.")
BACKUP_NOT_VERIFIED = QT_TRANSLATE_NOOP("Database", "the copy did not check out")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Database", "The database {path} could not be opened ({reason}). Nothing was changed; try "
                "again.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Database", "The database could not complete this; nothing was saved.")
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Database", "The salon server {server} cannot be reached. Check that it is running and "
                "that this computer is connected to its network, then try again.")
SERVER_LOGIN = QT_TRANSLATE_NOOP(
    "Database", "The salon server {server} refused the user name or password. Check them, "
                "or ask whoever set up the server.")
SERVER_NO_DATABASE = QT_TRANSLATE_NOOP(
    "Database", "The salon server {server} has no such database. Check its name in the "
                "address (for example the one given with --db).")
SERVER_LOST = QT_TRANSLATE_NOOP(
    "Database", "The connection to the salon server {server} was lost: nothing was saved. "
                "Try again.")
SERVER_NO_RIGHTS = QT_TRANSLATE_NOOP(
    "Database", "The user Salon Desk signs in with on {server} is not allowed to do this. Ask "
                "whoever set up the server to give it the rights on the salon's database.")

# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _PROTOCOL, _NOTADB = 13, 14, 15, 26
PROTOCOL = _PROTOCOL  # a race in the write-ahead log's locking: worth trying again
TRANSIENT = (_BUSY, _LOCKED, _PROTOCOL)  # worth trying again a moment later


class StoreText(str):
    """A message of this catalogue with its values; as a str it is the English text."""

    source: str
    values: dict[str, object]

    def __new__(cls, source: str, **values: object) -> StoreText:
        text = super().__new__(cls, _fill(source, source, values))
        text.source, text.values = source, values
        return text

    def __reduce__(self):
        return (_rebuild, (type(self), self.source, self.values))

    def render(self, translate: Callable[[str], str]) -> str:
        """The message in the language ``translate(source)`` gives."""
        values = {k: v.render(translate) if isinstance(v, StoreText) else v
                  for k, v in self.values.items()}
        return _fill(translate(self.source), self.source, values)


def _rebuild(cls: type[StoreText], source: str, values: dict[str, object]) -> StoreText:
    return cls(source, **values)


def _fill(pattern: str, source: str, values: dict[str, object]) -> str:
    if not values:
        return pattern
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return source.format(**values)


class DatabaseError(Exception):
    """The database cannot be opened or written; ``str()`` says why, for the user.

    ``kind`` names the problem ("missing", "folder", "read_only", "locked", "damaged", ...).
    """

    def __init__(self, source: str = UNEXPECTED, kind: str = "", **values: object) -> None:
        self.kind = kind
        self.text = StoreText(source, **{k: str(v) for k, v in values.items()})
        super().__init__(str(self.text))

    def __str__(self) -> str:
        return self.text


class DatabaseBusy(DatabaseError):
    """Another connection kept the write lock longer than this writer would wait."""

    def __init__(self) -> None:
        super().__init__(BUSY, kind="busy")


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an sqlite3 or SQLAlchemy error, if it has one."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    message = str(orig).lower()  # older Pythons: only the message
    for words, found in (("locked", _BUSY), ("busy", _BUSY), ("readonly", _READONLY),
                         ("malformed", _CORRUPT), ("not a database", _NOTADB),
                         ("disk i/o", _IOERR), ("unable to open", _CANTOPEN),
                         ("disk is full", _FULL)):
        if words in message:
            return found
    return None


# PostgreSQL's SQLSTATE codes that mean another desk is in the way: a lock not granted within
# lock_timeout, a serialization failure or a deadlock (the transaction is rolled back whole).
_PG_BUSY = ("55P03", "40001", "40P01")
_PG_LOGIN = ("28000", "28P01")
_PG_LOST = ("57P01", "57P02", "57P03")  # the server is shutting down or restarting


def server_code(exc: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error ("" for the driver's own failure to connect or to
    stay connected), or None when it is not a PostgreSQL error about the database."""
    orig = getattr(exc, "orig", exc)
    if not type(orig).__module__.startswith("psycopg"):
        return None
    code = getattr(orig, "sqlstate", None)
    if code:
        return code
    # Without a code: the connection (an OperationalError), else a mistake in a statement.
    # (Told by the class's name, so that a SQLite salon never loads psycopg.)
    connecting = any(c.__name__ == "OperationalError" for c in type(orig).__mro__)
    return "" if connecting else None


def is_busy(exc: BaseException) -> bool:
    return sqlite_code(exc) in (_BUSY, _LOCKED) or server_code(exc) in _PG_BUSY


def is_transient(exc: BaseException) -> bool:
    return sqlite_code(exc) in TRANSIENT or server_code(exc) in _PG_BUSY


def _connection_code(message: str) -> str:
    """The SQLSTATE a server's refusal to connect stands for (the driver gives its words only,
    in English unless the server was set to another language), "" when none fits."""
    if "password" in message or "authentication" in message or (
            "role" in message and "does not exist" in message):
        return "28P01"
    if "database" in message and "does not exist" in message:
        return "3D000"
    if "permission denied" in message:
        return "42501"
    return ""


def server_problem(exc: BaseException, server: object, *,
                   opening: bool = False) -> DatabaseError | None:
    """The DatabaseError a PostgreSQL failure stands for, or None (a constraint, a bug). Its
    message names the server and the kind of problem, never the driver's words (which may
    quote SQL, the user or the address given)."""
    code = server_code(exc)
    if code is None:
        return None
    if code in _PG_BUSY:
        return DatabaseBusy()
    if code == "":  # the driver's own: refused while connecting, none there, or cut off
        code = _connection_code(str(getattr(exc, "orig", exc)).lower())
    if code == "":
        if opening:
            return DatabaseError(SERVER_UNREACHABLE, "server_unreachable", server=server)
        return DatabaseError(SERVER_LOST, "server_lost", server=server)
    found = {"3D000": (SERVER_NO_DATABASE, "server_no_database"),
             "42501": (SERVER_NO_RIGHTS, "server_no_rights"),
             "25006": (SERVER_NO_RIGHTS, "server_no_rights"),  # a read-only standby
             "53100": (DISK_FULL, "disk_full")}.get(code)
    if found is None and code in _PG_LOGIN:
        found = (SERVER_LOGIN, "server_login")
    if found is None and (code.startswith("08") or code in _PG_LOST):
        found = (SERVER_UNREACHABLE, "server_unreachable") if opening else (
            SERVER_LOST, "server_lost")
    if found is None:
        return None
    return DatabaseError(found[0], found[1], server=server)


def cannot_open(exc: BaseException, path: object) -> DatabaseError:
    """For a failure no other message fits: named by SQLite's error name (never its text,
    which may quote SQL), and not called damage."""
    orig = getattr(exc, "orig", exc)
    reason = (getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None)
              or type(orig).__name__)
    return DatabaseError(CANNOT_OPEN, "cannot_open", path=path, reason=reason)


def explain(exc: BaseException, path: object, *, opening: bool = False) -> DatabaseError | None:
    """The DatabaseError an SQLite failure stands for, or None when it is not about the file
    (a constraint, a bug): busy while opening is a lock, busy while writing is another writer."""
    if isinstance(exc, DatabaseError):
        return exc
    if server_code(exc) is not None:
        return server_problem(exc, path, opening=opening)
    code = sqlite_code(exc)
    if code in (_BUSY, _LOCKED):
        return DatabaseError(LOCKED, "locked", path=path) if opening else DatabaseBusy()
    found = {_READONLY: (READ_ONLY, "read_only"), _CORRUPT: (DAMAGED, "damaged"),
             _NOTADB: (NOT_SQLITE, "not_sqlite"), _IOERR: (DISK, "disk"),
             _FULL: (DISK_FULL, "disk_full"), _PERM: (NO_ACCESS, "no_access"),
             _CANTOPEN: (CANNOT_CREATE if opening else DISK, "cannot_open")}.get(code)
    if found is None:
        return None
    return DatabaseError(found[0], found[1], path=path)
