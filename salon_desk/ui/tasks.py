"""The one runner of long jobs in the interface: off the UI thread, with a progress dialog and
a cancel button.

The work is a long job of the services layer (services.jobs: a generator that yields ``(done,
total)`` or ``(done, total, label)`` and returns its result; it knows nothing of Qt), driven by
services.jobs.drive on a thread of QThreadPool, the only threading mechanism of the interface.
Cancelling stops the generator at its next yield with ``close()`` (``GeneratorExit`` is raised
inside it, so a service that writes in one transaction rolls it back). A label is translated
here: a services.texts.Text through ui.texts, an English literal in the BackgroundTask context.
A short job may run at once on the UI thread instead (``start(here=True)``, no dialog) when no
writing job is running.

A task that writes (``writes=True``: an import, the demo, undoing an import, attaching files)
runs when no other writing task of the app runs: the next one waits its turn, cancellable, its
dialog saying so. Its transactions are a long job (models.db.long_job): they queue behind
another program that is saving instead of failing after the usual wait. On a salon server,
where a transaction may wait at any statement for what another desk holds, its dialog says so
too (models.lock_watch).

What ``failed`` reports is fit to show: a service's SalonError as it is; a database problem as
a DatabaseProblem (a SalonError) whose message is already in the user's language; anything else
(a bug) as a general message, the details going to the log. Never SQL or a customer's data.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from salon_desk.models import lock_watch, store_errors
from salon_desk.models.db import DatabaseError, long_job
from salon_desk.services.errors import SalonError
from salon_desk.services.jobs import Cancelled, Job, Progress, drive
from salon_desk.services.texts import Text
from salon_desk.ui.texts import message_text

log = logging.getLogger(__name__)

_WAITING = "\x00waiting"  # progress message: waiting for another writer
_WAITING_DESK = "\x00waiting-desk"  # on a server: waiting for what another desk holds
# Threads of the pool at least: a long import and a duplicate scan leave room for the quick
# jobs (the customer list's ids, a preview) on a two-core PC.
MIN_THREADS = 4


def _pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_THREADS:
        pool.setMaxThreadCount(MIN_THREADS)
    return pool


class DatabaseProblem(SalonError):
    """A database problem met by a task, its message translated; ``kind`` as DatabaseError's."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


def fit_to_show(exc: BaseException) -> BaseException:
    """The error a task reports: see the module's description."""
    if isinstance(exc, (SalonError, OSError)):
        return exc
    problem = exc if isinstance(exc, DatabaseError) else None
    if problem is None and isinstance(exc, (SQLAlchemyError, sqlite3.Error)):
        problem = store_errors.explain(exc, "")
    if problem is None:
        problem = DatabaseError(store_errors.UNEXPECTED, "unexpected")
    return DatabaseProblem(message_text(str(problem)), problem.kind)


class _WriterTurns(QObject):
    """The app's writing tasks take turns: one runs, the others wait in the order started.
    The running task's runner says when it is done (``released``), even if the window that
    started it has been closed meanwhile."""

    released = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        self.waiting: list[BackgroundTask] = []
        self.released.connect(self._next, Qt.ConnectionType.QueuedConnection)

    def take(self, task: BackgroundTask) -> bool:
        """Start the task now if no other writes (True), else queue it (False)."""
        if self.busy:
            self.waiting.append(task)
            return False
        self.busy = True
        task._launch()
        return True

    def withdraw(self, task: BackgroundTask) -> bool:
        if task in self.waiting:
            self.waiting.remove(task)
            return True
        return False

    def _next(self) -> None:
        self.busy = False
        while self.waiting:
            task = self.waiting.pop(0)
            if shiboken6.isValid(task) and not task._stop.is_set():
                self.take(task)
                return


_turns: _WriterTurns | None = None


def _writer_turns() -> _WriterTurns:
    global _turns
    if _turns is None:  # made by the first writing task, on the UI thread
        _turns = _WriterTurns()
    return _turns


class _Signals(QObject):
    progress = Signal(int, int, object)  # the label may be a Text: kept whole across threads
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    ended = Signal(object)  # the runner has run: it may be let go


# Runners on the thread pool, kept until they have run (see _Runner).
_IN_FLIGHT: set[_Runner] = set()


class _Runner(QRunnable):
    def __init__(self, make: Callable[[], Job], signals: _Signals,
                 stop: threading.Event, writes: bool = False) -> None:
        super().__init__()
        # Python keeps the runner (and its signals) until it has run, in _IN_FLIGHT: the
        # task that started it may be deleted with its window or model meanwhile.
        self.setAutoDelete(False)
        self.make, self.signals, self.stop, self.writes = make, signals, stop, writes

    def run(self) -> None:
        try:
            if not self.writes:
                self._run()
                return
            try:
                with long_job(on_wait=lambda: self.signals.progress.emit(0, 0, _WAITING)), \
                        lock_watch.telling(lambda: self.signals.progress.emit(0, 0,
                                                                              _WAITING_DESK)):
                    self._run()
            finally:  # whether or not the task's window is still there to hear of it
                _writer_turns().released.emit()
        finally:
            self.signals.ended.emit(self)

    def run_here(self) -> None:
        """Run on the calling (UI) thread: a short job, waiting for another program no longer
        than a save does (the window must not freeze), its turn over at once."""
        try:
            self._run()
        finally:
            if self.writes:
                _writer_turns()._next()

    def _report(self, step: Progress) -> None:
        self.signals.progress.emit(step.done, step.total, step.label)

    def _run(self) -> None:
        try:
            result = drive(self.make(), self._report, self.stop.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001  (any failure is reported to the caller)
            details = traceback.format_exc()
            shown = fit_to_show(exc)
            if shown is not exc:
                log.error("Background task failed\n%s", details)
            self.signals.failed.emit(shown, details)
            return
        self.signals.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``make()`` (returning a long job) on the thread pool with a progress dialog.

    Connect ``finished(result)``, ``failed(exception, traceback)`` and ``cancelled()``.
    ``show_dialog=False`` runs without the modal dialog (progress still reported).
    ``writes=True``: the task writes, and waits for the app's other writing task (see above).
    """

    progress = Signal(int, int, str)  # done, total, the label in the user's language
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, make: Callable[[], Job],
                 show_dialog: bool = True, writes: bool = False) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._runner = _Runner(make, self._signals, self._stop, writes)
        self.writes = writes
        self.dialog: QProgressDialog | None = None
        self.result: Any = None
        self.running = False
        self._here = False
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)

    def start(self, here: bool = False) -> BackgroundTask:
        """Run the job on the thread pool. ``here``: a short job runs now, on this thread and
        without a dialog, its signals emitted before start() returns; a writing one still
        takes its turn (behind another writer it waits on the thread pool, with its dialog)."""
        self.running = True
        self._here = here
        if self.dialog and not here:
            self.dialog.setValue(0)
        if not self.writes:
            self._launch()
        elif not _writer_turns().take(self):
            self._on_progress(0, 0, _WAITING)
        self._here = False  # a job that waited its turn runs on the thread pool
        return self

    def _launch(self) -> None:
        if not self._here:
            _IN_FLIGHT.add(self._runner)
            self._signals.ended.connect(_IN_FLIGHT.discard)
            _pool().start(self._runner)
            return
        if self.dialog:  # not shown for a job that runs at once
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.deleteLater()
            self.dialog = None
        self._runner.run_here()

    def cancel(self) -> None:
        self._stop.set()
        if self.writes and _writer_turns().withdraw(self):  # not started: nothing to undo
            self._on_cancelled()
            return
        if self.dialog:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, label: object) -> None:
        if not shiboken6.isValid(self):
            return  # deleted with its window or model while the job ran
        if label == _WAITING:
            message = self.tr("Another window or program is saving; waiting for it to "
                              "finish…")
        elif label == _WAITING_DESK:
            message = self.tr("Another desk or program is saving; waiting for it to finish…")
        elif isinstance(label, Text):
            message = message_text(label)
        else:
            message = self.tr(label) if label else ""  # tr: progress
        self.progress.emit(done, total, message)
        if self.dialog:
            # The value last: on a modal dialog setValue handles pending events, the next
            # steps among them, which must not be overwritten by this older one afterwards.
            self.dialog.setMaximum(max(total, 0))
            if message and not self._stop.is_set():  # "Cancelling…" stays
                self.dialog.setLabelText(message)
            self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        self.running = False
        if self.dialog:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()

    def _on_finished(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return  # deleted with its window or model while the job ran
        self.result = result
        self._close()
        self.finished.emit(result)

    def _on_failed(self, exc: Exception, tb: str) -> None:
        if not shiboken6.isValid(self):
            return  # deleted with its window or model while the job ran
        self._close()
        self.failed.emit(exc, tb)

    def _on_cancelled(self) -> None:
        if not shiboken6.isValid(self):
            return  # deleted with its window or model while the job ran
        self._close()
        self.cancelled.emit()
