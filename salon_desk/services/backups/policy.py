"""The backup settings (salon-wide, in the database) and the encryption passphrase (never in
the database: in the system keyring, or given each time)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from salon_desk.models.opening import display_url, server_url
from salon_desk.paths import data_dir
from salon_desk.services import error_texts as msg
from salon_desk.services import keyring_store, settings
from salon_desk.services.errors import SalonError
from salon_desk.services.settings import Option
from salon_desk.services.texts import Text

AUTOMATIC = Option("backup.automatic", bool, True, "Back up automatically")
EVERY_HOURS = Option("backup.every_hours", int, 24, "Back up every (hours)")
FOLDER = Option("backup.folder", str, "", "Backup folder")
KEEP_DAILY = Option("backup.keep_daily", int, 7, "Daily backups kept")
KEEP_WEEKLY = Option("backup.keep_weekly", int, 4, "Weekly backups kept")
KEEP_MONTHLY = Option("backup.keep_monthly", int, 12, "Monthly backups kept")
WARN_AFTER_DAYS = Option("backup.warn_after_days", int, 3, "Warn when the last backup is older "
                         "than (days)")
ENCRYPT = Option("backup.encrypt", bool, False, "Encrypt backups with a passphrase")

KEYRING_SERVICE = "Salon Desk backups"
PASSPHRASE_VARIABLE = "SALON_DESK_BACKUP_PASSPHRASE"


@dataclass(frozen=True)
class Policy:
    automatic: bool = True
    every_hours: int = 24
    folder: str = ""
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    warn_after_days: int = 3
    encrypt: bool = False

    def target(self, db_path: Path | str) -> Path:
        """The chosen folder, or the database's own (for a salon server's database, given by
        its address: the backups folder in this computer's data folder)."""
        if self.folder.strip():
            return Path(self.folder).expanduser()
        if server_url(db_path) is not None:
            return data_dir() / "backups"
        return Path(db_path).parent


_FIELDS = {"automatic": AUTOMATIC, "every_hours": EVERY_HOURS, "folder": FOLDER,
           "keep_daily": KEEP_DAILY, "keep_weekly": KEEP_WEEKLY, "keep_monthly": KEEP_MONTHLY,
           "warn_after_days": WARN_AFTER_DAYS, "encrypt": ENCRYPT}


def read_policy(session: Session) -> Policy:
    return Policy(**{name: settings.get(session, option) for name, option in _FIELDS.items()})


def save_policy(session: Session, policy: Policy) -> None:
    for name, option in _FIELDS.items():
        settings.set_value(session, option, getattr(policy, name))


def _account(db_path: Path | str) -> str:
    url = server_url(db_path)
    return display_url(url) if url else str(Path(db_path).resolve())


def saved_passphrase(db_path: Path) -> str | None:
    """The passphrase for this database's backups: the environment variable (for scripts),
    else the system keyring; None when neither has one."""
    if value := os.environ.get(PASSPHRASE_VARIABLE):
        return value
    return keyring_store.read(KEYRING_SERVICE, _account(db_path))


def save_passphrase(db_path: Path, passphrase: str) -> None:
    """Into the system keyring only; refused (never written in plain text) when there is none
    or it refuses."""
    if not keyring_store.write(KEYRING_SERVICE, _account(db_path), passphrase):
        raise SalonError(Text(msg.BACKUP_NO_KEYRING, variable=PASSPHRASE_VARIABLE))
