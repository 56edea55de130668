"""One application-wide signal hub, so windows hear about changes made elsewhere.

Whoever writes emits; whatever shows that data listens and refreshes, without a restart:

- ``customers_changed(ids)``: customers were added, edited, merged, deleted, imported... The
  customer list, the status bar, open record windows and the schedule (names) listen.
- ``appointments_changed(ids)``: appointments of these customers were booked, moved or changed
  status. The schedule and open record windows listen.
- ``money_changed(ids)``: sales, payments, debts, vouchers and cards or points of these customers
  changed. Open record windows (tabs and header) and the schedule (charged appointments) listen.
- ``settings_changed()``: the salon's lists (badges, categories, staff, catalogue) or settings
  changed, or the demo salon was loaded.

The ids are customer ids; an empty list means "many or unknown: reload everything".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    customers_changed = Signal(list)
    appointments_changed = Signal(list)
    money_changed = Signal(list)
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


def appointments_changed(ids: list[int] | None = None) -> None:
    events().appointments_changed.emit([i for i in ids or [] if i is not None])


def money_changed(ids: list[int] | None = None) -> None:
    events().money_changed.emit([i for i in ids or [] if i is not None])
