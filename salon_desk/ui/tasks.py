"""Long work off the UI thread, with a progress dialog and a cancel button.

The work is a plain generator function from the services layer that yields ``(done, total)``
or ``(done, total, message)`` and returns its result; it knows nothing of Qt. Cancelling stops
the generator at its next yield (``GeneratorExit`` is raised inside it, so a service that writes
in one transaction rolls it back).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    pass


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, make: Callable[[], Generator], signals: _Signals,
                 stop: threading.Event) -> None:
        super().__init__()
        self.make, self.signals, self.stop = make, signals, stop

    def run(self) -> None:
        try:
            gen = self.make()
            result = None
            while True:
                try:
                    step = next(gen)
                except StopIteration as done:
                    result = done.value
                    break
                if self.stop.is_set():
                    gen.close()
                    self.signals.cancelled.emit()
                    return
                done_, total, *rest = step
                self.signals.progress.emit(int(done_), int(total), str(rest[0]) if rest else "")
            self.signals.finished.emit(result)
        except Exception as exc:  # noqa: BLE001  (any failure is reported to the caller)
            self.signals.failed.emit(exc, traceback.format_exc())


class BackgroundTask(QObject):
    """Runs ``make()`` (returning a generator) on the thread pool with a progress dialog.

    Connect ``finished(result)``, ``failed(exception, traceback)`` and ``cancelled()``.
    ``show_dialog=False`` runs without the modal dialog (progress still reported).
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, make: Callable[[], Generator],
                 show_dialog: bool = True) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._runner = _Runner(make, self._signals, self._stop)
        self.dialog: QProgressDialog | None = None
        self.result: Any = None
        self.running = False
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> BackgroundTask:
        self.running = True
        if self.dialog:
            self.dialog.setValue(0)
        QThreadPool.globalInstance().start(self._runner)
        return self

    def cancel(self) -> None:
        self._stop.set()
        if self.dialog:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if message:
                self.dialog.setLabelText(self.tr(message))  # tr: progress
        self.progress.emit(done, total, message)

    def _close(self) -> None:
        self.running = False
        if self.dialog:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()

    def _on_finished(self, result: Any) -> None:
        self.result = result
        self._close()
        self.finished.emit(result)

    def _on_failed(self, exc: Exception, tb: str) -> None:
        self._close()
        self.failed.emit(exc, tb)

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()
