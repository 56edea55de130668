"""Starting the desktop app: Qt application, translations, look, database, main window."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.exc import SQLAlchemyError

from salon_desk import __version__
from salon_desk.models import store_errors
from salon_desk.models.db import Database, DatabaseError
from salon_desk.models.store_errors import explain
from salon_desk.paths import resource
from salon_desk.services import money, settings
from salon_desk.services.customers.records import count_customers, ensure_builtin_badges
from salon_desk.ui import composition, dialogs
from salon_desk.ui.events import events
from salon_desk.ui.i18n import chosen_language, install_translator, translator
from salon_desk.ui.server import address as server_address
from salon_desk.ui.server.changes import ServerChanges
from salon_desk.ui.server.connect import database_at_start
from salon_desk.ui.style import apply_style
from salon_desk.ui.signin.feature import sign_in_at_start
from salon_desk.ui.texts import message_text

log = logging.getLogger(__name__)


_tr = translator("App")


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Salon Desk's translation (see ui.i18n) and Qt's own, for its standard buttons."""
    language = language or chosen_language()
    if os.environ.get("SALON_DESK_LANG") and language != "pseudo":
        QLocale.setDefault(QLocale(language))
    installed = [t for t in (install_translator(app, language),) if t is not None]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in (language, language.split("_")[0]):
        path = qt_dir / f"qtbase_{name}.qm"
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
            break
    app._salon_translators = installed  # keep them alive as long as the app
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("SalonDesk")
    app.setApplicationName("Salon Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("salon-desk")
    icon_path = resource("icons", "salon-desk.svg")
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    install_translators(app)
    apply_style(app)
    return app


def open_database(path: Path | str) -> Database | None:
    """The database, migrated; None after telling the user why it cannot be opened (which
    problem it is: missing folder, read-only, locked, damaged...; never SQL or a link)."""
    try:
        db = Database(path)
    except Exception as exc:  # noqa: BLE001 - every failure is told, none is a traceback
        _cannot_open(path, exc)
        return None
    try:
        _ensure_builtin_badges(db)
        follow_salon_settings(db)
        db.refresh_statistics_if_stale()  # never waits: a busy moment leaves it for later
    except Exception as exc:  # noqa: BLE001
        db.dispose()
        _cannot_open(path, exc)
        return None
    return db


def _ensure_builtin_badges(db: Database) -> None:
    """Write the built-in badges only when some are missing: opening the app while another
    program saves should not have to wait for it."""
    from salon_desk.services.customers.records import BUILTIN_BADGES
    from salon_desk.services.search.lookup import list_badges

    with db.session() as session:
        have = {badge.key for badge in list_badges(session)}
    if any(badge[0] not in have for badge in BUILTIN_BADGES):
        with db.transaction() as session:
            ensure_builtin_badges(session)


def _cannot_open(path: Path, exc: Exception) -> None:
    problem = database_problem(exc, path, opening=True)
    log.warning("Cannot open %s (%s)", path, problem.kind or type(exc).__name__,
                exc_info=not isinstance(exc, DatabaseError))
    dialogs.show_error(None, _tr("Salon Desk cannot open the database"), _tr(
        "{0}\n\nNothing was changed. To open another file, start Salon Desk with --db PATH."
    ).format(message_text(str(problem))))


def database_problem(exc: BaseException, path: object = "", *,
                     opening: bool = False) -> DatabaseError:
    """What a failure means for the user, as a DatabaseError with a message of its own:
    never the SQL, the values or a link that SQLAlchemy's own message carries."""
    if isinstance(exc, DatabaseError):
        return exc
    if isinstance(exc, (SQLAlchemyError, sqlite3.Error)):
        explained = explain(exc, path, opening=opening)
        if explained is not None:
            return explained
    if isinstance(exc, OSError):
        return DatabaseError(store_errors.DISK, "disk", path=path)
    return DatabaseError(store_errors.UNEXPECTED)


def _show_unhandled(exc_type, exc, tb) -> None:
    """Errors no window caught: a database problem (another program saving too long, a
    damaged file) is shown in words; anything else is logged as before."""
    if issubclass(exc_type, (DatabaseError, SQLAlchemyError, sqlite3.Error)):
        log.error("Unhandled database error", exc_info=(exc_type, exc, tb))
        problem = database_problem(exc)
        dialogs.show_error(QApplication.activeWindow(), _tr("Salon Desk"),
                           message_text(str(problem)))
        return
    _previous_hook(exc_type, exc, tb)


_previous_hook = sys.excepthook


def follow_salon_settings(db: Database) -> None:
    """Amounts on screen follow the salon's country and currency, now and after each change."""
    def read() -> None:
        with db.session() as session:
            money.set_salon(settings.get(session, settings.DEFAULT_COUNTRY),
                            settings.get(session, settings.CURRENCY))

    global _settings_reader
    read()
    if _settings_reader is not None:  # the salon opened before (File > Connect to a server…)
        events().settings_changed.disconnect(_settings_reader)
    _settings_reader = read
    events().settings_changed.connect(read)


_settings_reader = None


_windows: list[QWidget] = []  # main windows opened by reopen_on, kept alive while shown
_answering = False


def answer_salon_requests() -> None:
    """Answer File > Connect to a salon server… and Use this computer's salon file."""
    global _answering
    if not _answering:
        _answering = True
        events().salon_requested.connect(lambda location, window: reopen_on(window, location))


def reopen_on(window: QWidget, location: Path | str) -> QWidget | None:
    """Close the main ``window`` and show one on the salon at ``location`` instead; None when
    it cannot be opened (said), the user kept the window open or did not sign in."""
    db = open_database(location)
    if db is None:
        return None
    if not sign_in_at_start(db):
        db.dispose()
        return None
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the old window goes before the new one shows
    try:
        if not window.close():  # a form with unsaved changes kept open
            db.dispose()
            return None
        new_window = composition.build_main_window(db)
        new_window.show()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    _retire(window)
    _windows.append(new_window)
    app.aboutToQuit.connect(db.dispose)
    if db.is_sqlite:
        server_address.forget()  # the next start opens this file too
    return new_window


def _retire(window: QWidget) -> None:
    changes = window.findChild(ServerChanges)
    if changes is not None:
        changes.stop()
    if window in _windows:
        _windows.remove(window)
    window.deleteLater()
    window.db.dispose()


def run_app(db_path: Path | str | None) -> int:
    """``db_path``: --db, a file or a server's address; without it the salon server this
    computer was connected to (File > Connect to a salon server…), else its own salon file."""
    app = create_application()
    sys.excepthook = _show_unhandled
    answer_salon_requests()
    found = database_at_start(open_database) if db_path is None else db_path
    db = found if isinstance(found, Database) or found is None else open_database(found)
    if db is None:
        return 1
    if not sign_in_at_start(db):
        db.dispose()
        return 0
    window = composition.build_main_window(db)
    window.show()
    if db.backup_path:
        window.statusBar().showMessage(_tr(
            "The database was upgraded; a copy of it as it was, with its documents, is kept "
            "in {0}").format(db.backup_path.parent), 20000)
    with db.session() as session:
        empty = count_customers(session) == 0
    if empty:
        QTimer.singleShot(0, window.offer_demo)
    # The first record then opens as quickly as the next ones.
    QTimer.singleShot(300, lambda: composition.preload_record(db))
    code = app.exec()
    db.dispose()
    return code
