"""The small interfaces through which a feature plugs into the shared windows.

A feature is a function that receives a host (the main window or a record window) and adds what
it brings: pages, menu and toolbar actions, a strip under the record header. What it builds and
needs to keep (a dialog it opened, a filter) lives in a feature object it adds to the host's
``features``; nothing is set on the window from outside. ``ui.composition`` lists every feature,
tab and settings page explicitly; see docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QStatusBar, QToolBar, QWidget
from sqlalchemy.orm import Session

from salon_desk.models.db import Database

if TYPE_CHECKING:
    from salon_desk.ui.customer_list_page import CustomerListPage
    from salon_desk.ui.record.header import RecordHeader

T = TypeVar("T")


class Features:
    """The feature objects installed on a window, one per class, found by their class."""

    def __init__(self) -> None:
        self._items: dict[type, object] = {}

    def add(self, feature: T) -> T:
        self._items[type(feature)] = feature
        return feature

    def get(self, cls: type[T]) -> T | None:
        found = self._items.get(cls)
        return found if isinstance(found, cls) else None


class MainWindowHost(Protocol):
    """What a feature may use and add to in the main window."""

    db: Database
    menus: dict[str, QMenu]  # "file", "customers", "tools", "help"
    toolbar: QToolBar
    quit_action: QAction  # the File menu's last action: items go before it
    customer_list: CustomerListPage
    pages: dict[str, QWidget]
    features: Features

    def add_page(self, key: str, widget: QWidget, title: str,
                 page_icon: QIcon | None = None) -> None: ...

    def show_page(self, key: str) -> None: ...

    def open_record(self, customer_id: int) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


class RecordWindowHost(Protocol):
    """What a feature may use and add to in a customer's record window."""

    db: Database
    customer_id: int
    toolbar: QToolBar
    header: RecordHeader
    features: Features

    def add_header_strip(self, widget: QWidget) -> None: ...

    def show_tab(self, class_name: str) -> None: ...

    def refresh(self) -> None: ...

    def parentWidget(self) -> QWidget | None: ...  # noqa: N802 (Qt's name)

    def close(self) -> bool: ...


class SettingsPage(Protocol):
    """A page of the settings dialog. The dialog loads every page in one session and saves
    every page in one transaction; ``save_failed`` follows a failed save (nothing was written),
    ``committed`` a successful one."""

    def title(self) -> str: ...

    def load(self, session: Session) -> None: ...

    def save(self, session: Session) -> None: ...

    def has_changes(self) -> bool: ...

    def committed(self) -> None: ...

    def save_failed(self) -> None: ...


class SettingsPageDefaults:
    """For a page with no unsaved-changes check and nothing to do after saving."""

    def has_changes(self) -> bool:
        return False

    def committed(self) -> None:
        pass

    def save_failed(self) -> None:
        pass


MainWindowFeature = Callable[[MainWindowHost], object]
RecordWindowFeature = Callable[[RecordWindowHost], object]
# Builds a page for the dialog: (db, parent) -> page widget
SettingsPageFactory = Callable[[Database, QWidget], SettingsPage]
