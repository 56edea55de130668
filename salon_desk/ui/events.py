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

Requests go the other way: a window asks for another one without importing it (the customer
form offers an existing record, the record window edits its customer). ``ui.composition``
answers them:

- ``open_record_requested(db, customer_id, parent)``: show this customer's record;
- ``edit_customer_requested(db, customer_id, parent)``: open the customer form, ``customer_id``
  None for a new customer;
- ``salon_requested(location, window)``: close this main window and open another salon (a
  file, or a server's address with its password) in a new one; ``ui.app`` answers it.

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
    # (db, customer_id, parent widget or None)
    open_record_requested = Signal(object, int, object)
    # (db, customer_id or None for a new customer, parent widget or None)
    edit_customer_requested = Signal(object, object, object)
    # (a salon file's path or a server's address, the main window to replace)
    salon_requested = Signal(object, object)


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


def request_record(db, customer_id: int, parent=None) -> None:
    """Ask for the record of ``customer_id`` (in ``db``) to be shown."""
    events().open_record_requested.emit(db, customer_id, parent)


def request_customer_form(db, customer_id: int | None, parent=None) -> None:
    """Ask for the customer form: editing ``customer_id``, or a new customer when None."""
    events().edit_customer_requested.emit(db, customer_id, parent)
