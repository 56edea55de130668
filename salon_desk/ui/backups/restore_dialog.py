"""Restore a backup from the app: the backups of the backup folder (and beside the database)
with their date, kind and what they hold; another folder or encrypted file may be chosen.
Restoring asks first, keeps a copy of the current database, puts the backup's database and
documents back, then brings the database up to date and refreshes every window.

On a salon server the backups are pg_dump's (services.backups.dumps): the same list, a dump
file standing for its folder when another backup is chosen, and the restore replaces the
database every desk works on, after a backup of it made in the backup folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.backups.dumps import DUMP_SUFFIX, backup_stem
from salon_desk.services.backups.listing import BackupInfo, list_backups
from salon_desk.services.backups.making import backup_location
from salon_desk.services.backups.policy import read_policy, saved_passphrase
from salon_desk.services.backups.restore import PreparedRestore, prepare_restore, restore
from salon_desk.services.backups.server_restore import restore_server
from salon_desk.services.errors import SalonError
from salon_desk.ui import dialogs, events, formatting
from salon_desk.ui.i18n import translator
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row

_tr = translator("Backups")


def kind_text(label: str) -> str:
    kinds = {"auto": _tr("Automatic"), "manual": _tr("Made by hand"),
             "before-import": _tr("Before an import"), "before-merge": _tr("Before a merge"),
             "before-restore": _tr("Before a restore")}
    if label in kinds:
        return kinds[label]
    return _tr("Before an upgrade") if label.startswith("before-") else label


def _count(info: BackupInfo, table: str) -> str:
    if info.encrypted:
        return _tr("encrypted")
    return formatting.number(info.counts.get(table, 0))


def ask_passphrase(parent: QWidget | None) -> str | None:
    """The backup's passphrase, typed (tests replace this)."""
    text, ok = QInputDialog.getText(parent, _tr("Encrypted backup"),
                                    _tr("The backup's passphrase:"), QLineEdit.EchoMode.Password)
    return text if ok and text else None


def counts_text(prepared: PreparedRestore) -> str:
    c = prepared.counts
    return ", ".join([_tr("%n customer(s)", c.get("customers", 0)),
                      _tr("%n appointment(s)", c.get("appointments", 0)),
                      _tr("%n sale(s)", c.get("sales", 0)),
                      _tr("%n document file(s)", prepared.documents)])


class RestoreDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.restored_from: Path | None = None
        self.setWindowTitle(_tr("Restore a backup"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro_text(), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = RowsModel([
            Column(_tr("Made"), lambda b: formatting.datetime(b.made_at.astimezone()), 140),
            Column(_tr("Kind"), lambda b: kind_text(b.label), 140),
            Column(_tr("Customers"), lambda b: _count(b, "customers"), 90, RIGHT),
            Column(_tr("Appointments"), lambda b: _count(b, "appointments"), 100, RIGHT),
            Column(_tr("Sales"), lambda b: _count(b, "sales"), 80, RIGHT),
            Column(_tr("Documents"), lambda b: _count(b, "documents"), 90, RIGHT),
        ], self)
        self.table = make_table(self.model, self)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.other_button = QPushButton(_tr("Another backup…"), self)
        self.other_button.clicked.connect(self.choose_other)
        row.addWidget(self.other_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(_tr("Restore…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("danger")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.load()

    def _on_server(self) -> bool:
        return self.db.path is None

    def _intro_text(self) -> str:
        if self._on_server():
            return _tr("Restoring replaces the salon's database on the server, documents "
                       "included, for every desk. A backup of the database as it is now is "
                       "made first, in the backup folder. Close the app on the other desks "
                       "first: the restore waits a minute for them.")
        return _tr("Restoring replaces the salon's database and puts back the documents of "
                   "the backup. A copy of the database as it is now is kept first, beside it.")

    def folders(self) -> list[Path]:
        with self.db.session() as session:
            chosen = read_policy(session).target(backup_location(self.db))
        if self._on_server():
            return [chosen]
        return list(dict.fromkeys([chosen, self.db.path.parent]))

    def load(self) -> None:
        stem = backup_stem(backup_location(self.db))
        found = {b.path: b for folder in self.folders()
                 for b in list_backups(folder, stem, with_counts=True)}
        rows = sorted(found.values(), key=lambda b: b.made_at, reverse=True)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.folder_label.setText(_tr("Backups in {0}").format(
            " · ".join(str(f) for f in self.folders())))
        self.restore_button.setEnabled(bool(rows))

    def choose_other(self) -> None:
        path = dialogs.choose_open_file(self, _tr("Choose a backup"),
                                        _tr("Salon Desk backups (*.sdbak *.sqlite *.dump)"))
        if not path:
            return
        chosen = Path(path)
        # a database file (or a server's dump) inside a backup folder stands for its folder
        inside = chosen.suffix in (".sqlite", DUMP_SUFFIX)
        self.restore_path(chosen.parent if inside else chosen)

    def restore_selected(self) -> bool:
        info = selected_row(self.table)
        return info is not None and self.restore_path(info.path)

    def restore_path(self, path: Path) -> bool:
        """Open the backup, ask, restore; True when it was restored."""
        passphrase = None
        if path.is_file():
            passphrase = saved_passphrase(backup_location(self.db)) or ask_passphrase(self)
            if passphrase is None:
                return False
        try:
            prepared = prepare_restore(path, passphrase, scratch_in=self.db.path.parent
                                       if self.db.path else None)
        except SalonError as exc:
            dialogs.show_error(self, _tr("Restore a backup"), str(exc))
            return False
        with prepared:
            if not dialogs.confirm(self, _tr("Restore a backup"), self._question(prepared),
                                   _tr("Restore")):
                return False
            return self._restore(prepared)

    def _question(self, prepared: PreparedRestore) -> str:
        when = formatting.datetime(prepared.info.made_at.astimezone())
        if self._on_server():
            with self.db.session() as session:
                folder = read_policy(session).target(backup_location(self.db))
            return _tr("Restore the backup of {0}?\n\nIt holds {1}.\n\nEverything saved "
                       "since then, at every desk, is replaced (a backup of the database as "
                       "it is now is made first, in {2}).").format(
                when, counts_text(prepared), folder)
        return _tr("Restore the backup of {0}?\n\nIt holds {1}.\n\nEverything saved since "
                   "then is replaced (a copy of the database as it is now is kept beside "
                   "it).").format(when, counts_text(prepared))

    def _restore_server(self, prepared: PreparedRestore):
        with self.db.session() as session:
            policy = read_policy(session)
        self.db.dispose()
        return restore_server(prepared, backup_location(self.db), policy)

    def _restore(self, prepared: PreparedRestore) -> bool:
        self.db.dispose()  # no connection may stay on the file being replaced
        try:
            if self._on_server():  # pg_restore
                result = self._restore_server(prepared)
            else:
                result = restore(prepared, self.db.path)
            Database(backup_location(self.db)).dispose()  # brought up to this version's schema
        except SalonError as exc:
            dialogs.show_error(self, _tr("Restore a backup"), str(exc))
            return False
        finally:
            self.db.dispose()
        self.restored_from = result.restored_from
        events.customers_changed()
        events.appointments_changed()
        events.money_changed()
        events.events().settings_changed.emit()
        kept = str(result.kept_copy) if result.kept_copy else "-"
        dialogs.show_info(self, _tr("Restore a backup"),
                          _tr("The backup was restored. The database as it was is kept in "
                              "{0}.").format(kept))
        self.accept()
        return True
