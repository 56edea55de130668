"""Sign-in in the main window: File ▸ Switch user… (the windows stay open), who is signed in
in the status bar, signing out after the idle minutes the settings say, and the owner-only
actions disabled for the others."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from salon_desk.models.db import Database
from salon_desk.services import permissions, settings, signin
from salon_desk.ui.customer_list_bulk import BulkActionBar
from salon_desk.ui.events import events
from salon_desk.ui.hosts import MainWindowHost, RecordWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.signin.dialog import SignInDialog
from salon_desk.ui.signin.guard import guard, signed_in_changed

_tr = translator("SignIn")

CHECK_IDLE_MS = 15 * 1000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


def sign_in_at_start(db: Database) -> bool:
    """With sign-in on, nobody gets past this without signing in (False: they closed it)."""
    with db.session() as session:
        if not signin.start(session):
            return True
    return SignInDialog(db).exec() == SignInDialog.DialogCode.Accepted


class SignInFeature(QObject):
    def __init__(self, host: MainWindowHost) -> None:
        super().__init__(host)  # type: ignore[arg-type]
        self.host = host
        self.db: Database = host.db
        self.last_input = time.monotonic()
        self.who = QLabel(host)  # type: ignore[arg-type]
        self.who.setObjectName("signed_in")
        host.statusBar().addPermanentWidget(self.who)
        self.switch_action = QAction(_tr("Switch user…"), host)  # type: ignore[arg-type]
        self.switch_action.setObjectName("switch_user")
        self.switch_action.setShortcut("Ctrl+Shift+L")
        self.switch_action.triggered.connect(self.switch_user)
        menu = host.menus["file"]
        menu.insertAction(host.quit_action, self.switch_action)
        menu.insertSeparator(host.quit_action)
        self._guard_owner_actions()
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sign_out_if_idle)
        self.timer.start(CHECK_IDLE_MS)
        events().settings_changed.connect(self.settings_changed)
        self.show_who()

    def _guard_owner_actions(self) -> None:
        host = self.host
        guard(host.settings_action, permissions.CHANGE_SETTINGS)  # type: ignore[attr-defined]
        guard(host.new_customer_action, permissions.EDIT_CUSTOMERS)  # type: ignore[attr-defined]
        guard(host.edit_action, permissions.EDIT_CUSTOMERS, hide=True)  # type: ignore
        _guard_named(host, MAIN_WINDOW_ACTIONS)
        bar = host.customer_list.findChild(BulkActionBar)
        if bar is not None:
            guard(bar.delete_button, permissions.DELETE_CUSTOMERS)
            guard(bar.export_button, permissions.EXPORT_ALL)
            for button in (bar.activate_button, bar.deactivate_button, bar.set_badge_button,
                           bar.remove_badge_button, bar.category_button):
                guard(button, permissions.EDIT_CUSTOMERS)

    def enabled(self) -> bool:
        with self.db.session() as session:
            return bool(settings.get(session, signin.ENABLED))

    def show_who(self) -> None:
        name = permissions.current().name
        self.who.setText(_tr("Signed in: {0}").format(name) if self.enabled() and name else "")
        self.switch_action.setVisible(self.enabled())

    def settings_changed(self) -> None:
        """The owner turned sign-in on (they sign in now, as everyone will) or off (the app
        acts as the owner again), or changed what a role may do."""
        on, actor = self.enabled(), permissions.current()
        if on and actor.staff_id is None:
            permissions.act_as(signin.nobody())
            self.switch_user()
            return
        if not on and actor.staff_id is not None:
            with self.db.session() as session:
                signin.start(session)
        signed_in_changed()
        self.show_who()

    def switch_user(self) -> bool:
        """Another member signs in; the windows stay as they are. Cancelling keeps whoever
        was signed in (or, after an idle sign-out, quits)."""
        dialog = SignInDialog(self.db, self.host)  # type: ignore[arg-type]
        accepted = dialog.exec() == SignInDialog.DialogCode.Accepted
        if accepted:
            self.last_input = time.monotonic()
        elif not permissions.current().name:
            QApplication.instance().quit()
        signed_in_changed()
        self.show_who()
        return accepted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def sign_out_if_idle(self) -> None:
        if not permissions.current().name or not self.enabled():
            return
        with self.db.session() as session:
            minutes = settings.get(session, signin.IDLE_MINUTES)
        if minutes and time.monotonic() - self.last_input >= minutes * 60:
            signin.sign_out(self.db)
            signed_in_changed()
            self.show_who()
            self.switch_user()


def install(host: MainWindowHost) -> None:
    host.features.add(SignInFeature(host))


# The other features' actions a role may not take, by the names they give them.
MAIN_WINDOW_ACTIONS = {
    "restore_backup": permissions.RESTORE_BACKUP,
    "import_customers": permissions.EDIT_CUSTOMERS,
    "export_all": permissions.EXPORT_ALL, "export_segment": permissions.EXPORT_ALL,
    "export_filtered": permissions.EXPORT_ALL, "export_selected": permissions.EXPORT_ALL,
}
RECORD_WINDOW_ACTIONS = {
    "new_sale": permissions.CHARGE, "book_appointment": permissions.BOOK,
    "join_customers": permissions.MERGE, "undo_merge": permissions.MERGE,
    "export_record": permissions.SUBJECT_EXPORT, "subject_export": permissions.SUBJECT_EXPORT,
    "forget_customer": permissions.FORGET_CUSTOMER,
}


def _guard_named(window: QObject, actions: dict[str, str]) -> None:
    for name, action in actions.items():
        for target in window.findChildren(QAction, name):
            guard(target, action)


def install_record_window(window: RecordWindowHost) -> None:
    """Last of the record window's features: its actions a role may not take disabled, saying
    who may (the record's tabs guard their own buttons)."""
    for target in (getattr(window, "edit_action", None), getattr(window, "new_action", None)):
        if target is not None:
            guard(target, permissions.EDIT_CUSTOMERS)
    _guard_named(window, RECORD_WINDOW_ACTIONS)  # type: ignore[arg-type]
