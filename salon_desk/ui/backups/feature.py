"""The backups' part of the main window: File ▸ Back up now and Restore a backup…, the
automatic backup (checked every half hour, the first a minute after start), and a warning in
the status bar while the last good backup is older than the settings allow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from salon_desk.services.backups.making import (
    AUTO,
    MANUAL,
    backup_location,
    due,
    make_backup,
    stale_since,
)
from salon_desk.services.backups.policy import Policy, read_policy
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.hosts import MainWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text

_tr = translator("Backups")

CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000


def _backup_job(db_path: Path | str, label: str, policy: Policy):
    yield 0, 0
    return make_backup(db_path, label, policy)


class BackupsFeature(QObject):
    def __init__(self, host: MainWindowHost) -> None:
        super().__init__(host)  # type: ignore[arg-type]
        self.host = host
        self.task: BackgroundTask | None = None
        self.dialog = None
        self.warning = QToolButton(host)  # type: ignore[arg-type]
        self.warning.setObjectName("backup_warning")
        self.warning.setAutoRaise(True)
        self.warning.clicked.connect(self.back_up_now)
        self.warning.hide()
        host.statusBar().addPermanentWidget(self.warning)
        self.back_up_action = QAction(_tr("Back up now"), host)  # type: ignore[arg-type]
        self.back_up_action.setObjectName("back_up_now")
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(_tr("Restore a backup…"), host)  # type: ignore[arg-type]
        self.restore_action.setObjectName("restore_backup")
        self.restore_action.triggered.connect(self.open_restore)
        menu = host.menus["file"]
        menu.insertAction(host.quit_action, self.back_up_action)
        menu.insertAction(host.quit_action, self.restore_action)
        menu.insertSeparator(host.quit_action)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start(CHECK_EVERY_MS)
        QTimer.singleShot(FIRST_CHECK_MS, self, self.back_up_if_due)
        self.show_warning()

    def policy(self) -> Policy:
        with self.host.db.session() as session:
            return read_policy(session)

    def show_warning(self) -> bool:
        """Show (or hide) the status bar's warning; True when shown."""
        stale, last = stale_since(backup_location(self.host.db), self.policy())
        self.warning.setVisible(stale)
        if stale:
            text = (_tr("No backup yet: back up now") if last is None else
                    _tr("Last backup {0}: back up now").format(
                        formatting.datetime(last.astimezone())))
            self.warning.setText("⚠ " + text)
            self.warning.setToolTip(_tr("The last good backup is older than the backup "
                                        "settings allow. Click to make one now."))
        return stale

    def back_up_if_due(self) -> BackgroundTask | None:
        policy = self.policy()
        if self.task is not None or not due(backup_location(self.host.db), policy):
            return None
        return self._start(AUTO, policy, quiet=True)

    def back_up_now(self) -> BackgroundTask | None:
        if self.task is not None:
            return None
        return self._start(MANUAL, self.policy(), quiet=False)

    def _start(self, label: str, policy: Policy, quiet: bool) -> BackgroundTask:
        db_path = backup_location(self.host.db)
        task = BackgroundTask(self.host, _tr("Backing up"),  # type: ignore[arg-type]
                              lambda: _backup_job(db_path, label, policy),
                              show_dialog=not quiet)
        task.finished.connect(lambda path: self._done(path, quiet))
        task.failed.connect(lambda exc, _tb: self._failed(exc, quiet))
        task.cancelled.connect(self._ended)
        self.task = task
        return task.start()

    def _ended(self) -> None:
        self.task = None
        self.show_warning()

    def _done(self, path: Path, quiet: bool) -> None:
        self._ended()
        message = _tr("Backup written to {0}").format(path)
        self.host.statusBar().showMessage(message, 15000)
        if not quiet:
            dialogs.show_info(self.host, _tr("Back up now"), message)  # type: ignore[arg-type]

    def _failed(self, exc: BaseException, quiet: bool) -> None:
        self._ended()
        if quiet:  # the automatic one: the warning says it, and the status bar why
            self.host.statusBar().showMessage(message_text(str(exc)), 30000)
            self.warning.show()
        else:
            dialogs.show_error(self.host, _tr("Back up now"), str(exc))  # type: ignore

    def open_restore(self):
        from salon_desk.ui.backups.restore_dialog import RestoreDialog

        self.dialog = RestoreDialog(self.host.db, self.host)  # type: ignore[arg-type]
        self.dialog.show()
        return self.dialog


def install(host: MainWindowHost) -> BackupsFeature:
    return host.features.add(BackupsFeature(host))

