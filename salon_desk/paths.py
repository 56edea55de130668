"""Where Salon Desk keeps its files: the user's data folder and the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "SalonDesk"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def data_dir() -> Path:
    """The per-user data folder (overridable with SALON_DESK_DATA_DIR, used by tests)."""
    override = os.environ.get("SALON_DESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def server_address(location: object) -> str | None:
    """A salon server's address as libpq reads it (``postgresql://user@host/salon``), or None
    when ``location`` is a file path. Here, in plain Python, for the quick command line, which
    never loads SQLAlchemy (models.opening.server_url gives the SQLAlchemy form)."""
    if location is None or isinstance(location, Path):
        return None
    scheme, sep, rest = str(location).partition("://")
    if not sep or scheme.lower() not in SERVER_SCHEMES:
        return None
    return f"postgresql://{rest}"


def default_db_path() -> Path:
    return data_dir() / "salon-desk.sqlite"


def documents_dir(db_path: Path | None = None) -> Path:
    """Attached files live beside the database they belong to."""
    base = Path(db_path).parent if db_path else data_dir()
    path = base / "documents"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
