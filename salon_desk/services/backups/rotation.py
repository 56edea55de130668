"""Which backups to keep: the newest of each of the last N days, weeks and months that have
one (as borg and restic prune), and always the newest of all."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from salon_desk.services.backups.listing import BackupInfo


def _keep_newest_per(backups: list[BackupInfo], period: Callable[[dt.datetime], object],
                     count: int) -> set[Path]:
    kept: set[Path] = set()
    seen: set[object] = set()
    for backup in backups:  # newest first
        key = period(backup.made_at)
        if key in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def to_remove(backups: Iterable[BackupInfo], daily: int, weekly: int, monthly: int
              ) -> list[BackupInfo]:
    """The backups the rotation drops (``backups`` in any order)."""
    ordered = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    if not ordered:
        return []
    kept = {ordered[0].path}
    kept |= _keep_newest_per(ordered, lambda t: t.date(), max(daily, 0))
    kept |= _keep_newest_per(ordered, lambda t: t.isocalendar()[:2], max(weekly, 0))
    kept |= _keep_newest_per(ordered, lambda t: (t.year, t.month), max(monthly, 0))
    return [b for b in ordered if b.path not in kept]


def remove(backup: BackupInfo) -> None:
    if backup.encrypted:
        Path(backup.path).unlink(missing_ok=True)
    else:
        shutil.rmtree(backup.path, ignore_errors=True)
