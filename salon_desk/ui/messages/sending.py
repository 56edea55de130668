"""The sending while the app is open: every minute the automatic messages that are due are
queued and what is due is sent (services.messages.automatic and sender, as `salon-desk send-due`
does), off the UI thread and without a dialog; a minute whose sending is still running is
skipped. The window never waits for it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from salon_desk.models.db import Database
from salon_desk.services.jobs import Job
from salon_desk.ui.events import customers_changed
from salon_desk.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

SEND_EVERY_MS = 60_000


def due_job(db: Database, password: str | None = None, sms_key: str | None = None) -> Job:
    """What `salon-desk send-due` does: the automatic messages due, queued; then sending."""
    # Imported here, on the worker thread, at the first run a minute after start: the sender
    # and its keyring cost about 110 ms of CPU to import (time.process_time after the main
    # window's imports, 2-core PC), which the main window would otherwise wait for.
    from salon_desk.services.messages import automatic, sender

    yield 0, 0, "Queueing reminders and greetings…"
    with db.transaction() as session:
        automatic.queue_automatic(session)
    return (yield from sender.send_due(db, password=password, sms_key=sms_key))


class BackgroundSender(QObject):
    """Sends what is due every minute while the app is open; never two runs at once."""

    sent = Signal(object)  # the SendResult of a run
    progressed = Signal(int, int)  # messages done, due, while a run goes
    ended = Signal()  # a run finished, failed or was stopped

    def __init__(self, db: Database, parent: QObject | None = None,
                 interval_ms: int = SEND_EVERY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.task: BackgroundTask | None = None
        self.skipped = 0  # ticks skipped because a run was still going
        # Typed by staff when the computer has no keyring: kept in memory for this session
        # only, never written anywhere (services.messages.secrets).
        self.password: str | None = None
        self.sms_key: str | None = None
        self.last = None  # the SendResult of the last run
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def needs_secret(self) -> list[str]:
        """The channels the last run stopped on for want of a password or key ("email",
        "sms"): the computer has no keyring, none is saved, or the server refused it."""
        kinds = getattr(self.last, "stop_kinds", {}) or {}
        return [channel for channel, kind in kinds.items() if kind in ("secret", "auth")]

    def tick(self) -> bool:
        """Start a run unless one is going; True when started."""
        if self.running:
            self.skipped += 1
            return False
        password, sms_key = self.password, self.sms_key
        self.task = BackgroundTask(None, "", lambda: due_job(self.db, password, sms_key),
                                   show_dialog=False)
        self.task.setParent(self)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(lambda exc, tb: log.warning("Sending failed: %s\n%s", exc, tb))
        self.task.progress.connect(lambda done, total, _label: self.progressed.emit(done, total))
        for end in (self.task.finished, self.task.failed, self.task.cancelled):
            end.connect(lambda *_: self.ended.emit())
        self.task.start()
        return True

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        """Stop the run going at its next message (the one being sent is finished and
        recorded; the rest stays queued for the next run)."""
        if self.running:
            self.task.cancel()

    def _finished(self, result) -> None:
        self.last = result
        if getattr(result, "sent", 0) or getattr(result, "failed", 0):
            customers_changed([])
        self.sent.emit(result)
