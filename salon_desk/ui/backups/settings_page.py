"""The "Backups" page of the settings dialog: where, how often, how many are kept, the warning,
encryption (its passphrase goes to the system keyring, never into the database), and the
retention period of the privacy review."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services import permissions, settings
from salon_desk.services.backups.policy import (Policy, read_policy, save_passphrase,
                                                saved_passphrase, save_policy)
from salon_desk.services.backups.making import backup_location
from salon_desk.services.errors import ValidationError
from salon_desk.services.privacy.retention import RETENTION_YEARS
from salon_desk.ui import dialogs
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.i18n import translator

_tr = translator("Backups")


def _spin(parent: QWidget, low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    if suffix:
        box.setSuffix(suffix)
    return box


class BackupSettingsPage(QWidget, SettingsPageDefaults):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        column = QVBoxLayout(self)
        box = QGroupBox(_tr("Backups"), self)
        form = QFormLayout(box)
        self.automatic = QCheckBox(_tr("Back up automatically while Salon Desk is open, and "
                                       "before imports, large merges and restores"), box)
        form.addRow(self.automatic)
        self.folder = QLineEdit(box)
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(_tr("Beside the database ({0})").format(
            Policy().target(backup_location(db))))
        choose = QPushButton(_tr("Choose…"), box)
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(_tr("Folder (a USB disk, a synced folder)"), row)
        self.every_hours = _spin(box, 1, 24 * 7, _tr(" h"))
        form.addRow(_tr("Back up every"), self.every_hours)
        self.keep_daily = _spin(box, 1, 365)
        form.addRow(_tr("Daily backups kept"), self.keep_daily)
        self.keep_weekly = _spin(box, 0, 520)
        form.addRow(_tr("Weekly backups kept"), self.keep_weekly)
        self.keep_monthly = _spin(box, 0, 240)
        form.addRow(_tr("Monthly backups kept"), self.keep_monthly)
        self.warn_after = _spin(box, 1, 365, _tr(" days"))
        form.addRow(_tr("Warn when the last backup is older than"), self.warn_after)
        column.addWidget(box)

        box = QGroupBox(_tr("Encryption"), self)
        form = QFormLayout(box)
        self.encrypt = QCheckBox(_tr("Encrypt backups with a passphrase"), box)
        form.addRow(self.encrypt)
        self.passphrase = QLineEdit(box)
        self.passphrase.setObjectName("backup_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("Passphrase"), self.passphrase)
        note = QLabel(_tr("Kept in this computer's password store (keyring), never in the "
                          "database. Without it an encrypted backup cannot be restored: write "
                          "it down somewhere safe."), box)
        note.setWordWrap(True)
        form.addRow(note)
        column.addWidget(box)

        box = QGroupBox(_tr("Privacy"), self)
        form = QFormLayout(box)
        self.retention = _spin(box, 1, 30, _tr(" years"))
        form.addRow(_tr("Review customers with no visit for"), self.retention)
        column.addWidget(box)
        column.addStretch(1)

    def title(self) -> str:
        return _tr("Backups")

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, _tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def load(self, session: Session) -> None:
        policy = read_policy(session)
        self.automatic.setChecked(policy.automatic)
        self.folder.setText(policy.folder)
        self.every_hours.setValue(policy.every_hours)
        self.keep_daily.setValue(policy.keep_daily)
        self.keep_weekly.setValue(policy.keep_weekly)
        self.keep_monthly.setValue(policy.keep_monthly)
        self.warn_after.setValue(policy.warn_after_days)
        self.encrypt.setChecked(policy.encrypt)
        self.passphrase.setPlaceholderText(_tr("saved") if saved_passphrase(backup_location(self.db))
                                           else "")
        self.retention.setValue(settings.get(session, RETENTION_YEARS))

    def save(self, session: Session) -> None:
        if not permissions.may(permissions.BACKUP_SETTINGS) and not self.isEnabled():
            return  # disabled for whoever may not (ui.composition): nothing of theirs to save
        permissions.require(permissions.BACKUP_SETTINGS)
        typed = self.passphrase.text()
        if self.encrypt.isChecked() and not typed and not saved_passphrase(backup_location(self.db)):
            raise ValidationError({"passphrase": _tr("Type the passphrase the backups are "
                                                     "encrypted with")})
        if typed:
            save_passphrase(backup_location(self.db), typed)
            self.passphrase.clear()
        save_policy(session, Policy(
            automatic=self.automatic.isChecked(), every_hours=self.every_hours.value(),
            folder=self.folder.text().strip(), keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(), keep_monthly=self.keep_monthly.value(),
            warn_after_days=self.warn_after.value(), encrypt=self.encrypt.isChecked()))
        settings.set_value(session, RETENTION_YEARS, self.retention.value())
