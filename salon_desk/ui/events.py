"""One application-wide signal hub, so windows hear about changes made elsewhere.

The customer list, the status bar and open record windows listen; whatever changes customers
(the form, bulk actions, import, merge...) emits ``customers_changed`` with the ids concerned
(an empty list meaning "many or unknown: reload everything").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    customers_changed = Signal(list)
    # The salon's lists (badges, categories, staff, catalogue) or settings changed.
    settings_changed = Signal()


_events: AppEvents | None = None


def events() -> AppEvents:
    global _events
    if _events is None:
        _events = AppEvents()
    return _events


def customers_changed(ids: list[int] | None = None) -> None:
    events().customers_changed.emit(list(ids or []))
