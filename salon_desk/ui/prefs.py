"""Per-computer preferences (window sizes, last folder) in an INI file beside the user data.

Salon-wide settings live in the database (services.settings); these only concern this PC.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from salon_desk.paths import data_dir


def prefs() -> QSettings:
    return QSettings(str(data_dir() / "preferences.ini"), QSettings.Format.IniFormat)
