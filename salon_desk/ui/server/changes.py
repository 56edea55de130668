"""Other desks' changes on a salon server, turned into the app's own events (ui.events).

A worker thread loops on services.notify.ChangeListener; each change it hears is handed to the
UI thread, gathered for a moment (a checkout is several rows: one reload, not five) and sent on
as ``customers_changed``, ``appointments_changed`` or ``money_changed`` with the customers'
ids: the customer list reloads its page, an open record reloads when its customer changed.
If the connection drops the worker connects again, and everything reloads once (a change may
have been missed meanwhile). A SQLite salon starts nothing.
"""

from __future__ import annotations

import logging
import threading

import psycopg
from PySide6.QtCore import QObject, QTimer, Signal

from salon_desk.models.db import Database
from salon_desk.services.notify import Change, ChangeListener, listens
from salon_desk.ui import events

log = logging.getLogger(__name__)

# Which app event tells about a change to each table.
EVENT_OF_TABLE = {
    "customers": "customers", "notes": "customers",
    "appointments": "appointments",
    "sales": "money", "payments": "money", "debts": "money", "debt_payments": "money",
}
SENDERS = {"customers": events.customers_changed, "appointments": events.appointments_changed,
           "money": events.money_changed}
EVERYTHING = None  # in the pending sets: "reload everything"
MANY = 200  # more customers than this at once: everything reloads (an import, a bulk change)
GATHER_MS = 300
LISTEN_S = 0.5  # how long the worker waits for notices before looking whether to stop
RETRY_S = 5.0


class ServerChanges(QObject):
    """Listens while it lives; ``stop()`` ends the worker (the owner's destruction does too)."""

    _heard = Signal(object)  # a Change, or None after a reconnection; from the worker thread

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pending: dict[str, set[int | None]] = {}
        self._timer = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._timer.timeout.connect(self._send)
        self._heard.connect(self._gather)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="salon-server-changes",
                                        daemon=True)
        self.destroyed.connect(self._stopping.set)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=LISTEN_S * 4)

    # --- the worker thread ------------------------------------------------------------------
    def _listen(self) -> None:
        first = True
        while not self._stopping.is_set():
            try:
                listener = ChangeListener(self.db)
            except psycopg.Error:
                log.warning("Cannot listen for other desks' changes; trying again", exc_info=True)
                self._stopping.wait(RETRY_S)
                continue
            if not first:
                self._emit(None)
            first = False
            try:
                self._relay(listener)
            except psycopg.Error:
                log.warning("Lost the server's change notices; connecting again", exc_info=True)
                self._stopping.wait(RETRY_S)
            finally:
                listener.close()

    def _relay(self, listener: ChangeListener) -> None:
        while not self._stopping.is_set():
            for change in listener.changes(LISTEN_S):
                self._emit(change)

    def _emit(self, change: Change | None) -> None:
        try:
            self._heard.emit(change)
        except RuntimeError:  # the window went while a change was on its way
            self._stopping.set()

    # --- the UI thread ----------------------------------------------------------------------
    def _gather(self, change: Change | None) -> None:
        if change is None:
            for kind in SENDERS:
                self._pending.setdefault(kind, set()).add(EVERYTHING)
        else:
            kind = EVENT_OF_TABLE.get(change.table)
            if kind is None:
                return
            self._pending.setdefault(kind, set()).add(change.customer)
        self._timer.start()

    def _send(self) -> None:
        pending, self._pending = self._pending, {}
        for kind, ids in pending.items():
            whole = EVERYTHING in ids or len(ids) > MANY
            SENDERS[kind]([] if whole else sorted(ids))


def install(window) -> None:
    """Main window feature: on a salon server, other desks' changes show in this window."""
    if not listens(window.db):
        return
    ServerChanges(window.db, window).start()
