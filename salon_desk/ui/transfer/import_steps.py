"""The last steps of the import wizard: importing (off the UI thread, cancellable) and the
result; and how a page shows what the reading saw about a file and a service's refusal."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from salon_desk.services.importing import import_customers
from salon_desk.ui import formatting
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text

if TYPE_CHECKING:
    from salon_desk.ui.transfer.import_wizard import ImportWizard

MAX_WARNINGS = 8  # warnings about a file shown on a page (the rest are counted)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Importing customers…"), self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.task: BackgroundTask | None = None
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.w.result = None
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Importing customers… Nothing is saved until the end; "
                                   "Cancel leaves the database as it was."))
        db, analysis, options = self.w.db, self.w.analysis, self.w.options
        self.task = BackgroundTask(self, self.tr("Importing customers"),
                                   lambda: import_customers(db, analysis, options),
                                   show_dialog=False, writes=True)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.start()

    def cancel(self) -> None:
        if self.task and self.task.running:
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if message:
            self.label.setText(message)  # translated by the runner

    def _finished(self, result) -> None:
        self.w.result = result
        self.done = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        self.w.next()

    def _failed(self, exc: Exception, _tb: str) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("The import failed and nothing was written: {0}").format(
            error_text(exc)))

    def _cancelled(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(self.tr("Import cancelled: nothing was written. Go back to change "
                                   "the options, or close."))

    def isComplete(self) -> bool:
        return self.done


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import finished"))
        layout = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("result_counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.open_rejected = QPushButton(self.tr("Open the rejected rows file"), self)
        self.open_rejected.clicked.connect(self._open_rejected)
        row = QHBoxLayout()
        row.addWidget(self.open_rejected)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        r = self.w.result
        lines = [
            self.tr("{rows} row(s) read from {file}.", "", r.rows).format(
                rows=formatting.number(r.rows), file=Path(r.file).name),
            self.tr("Imported: <b>{0}</b>   Updated: <b>{1}</b>   Skipped: <b>{2}</b>   "
                    "Rejected: <b>{3}</b>").format(*map(formatting.number, (
                        r.imported, r.updated, r.skipped, r.rejected))),
        ]
        if r.kept_in_notes:
            lines.append(self.tr("{0} customer(s) with a value that could not be read: it is in "
                                 "the notes, with the “Check import” badge.", "",
                                 r.kept_in_notes).format(formatting.number(r.kept_in_notes)))
        if r.flagged:
            lines.append(self.tr("{0} customer(s) with a value guessed or cleaned on the way: "
                                 "the notes say which, with the “Check import” badge.", "",
                                 r.flagged).format(formatting.number(r.flagged)))
        lines += [warning_html(w) for w in r.warnings[:MAX_WARNINGS]]
        if r.errors_file:
            lines.append(self.tr("Rejected rows, with the reason, are in {0}").format(
                r.errors_file))
        lines.append(self.tr("This import can be undone from File ▸ Import history while "
                             "its customers are unchanged."))
        self.counts.setText("<br><br>".join(lines))
        self.open_rejected.setVisible(bool(r.errors_file))

    def _open_rejected(self) -> None:
        if self.w.result and self.w.result.errors_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.w.result.errors_file)))


def error_text(exc: Exception) -> str:
    """A service's refusal in the user's language (its Text translated), never a traceback."""
    return message_text(exc.args[0] if len(exc.args) == 1 else str(exc))


def warning_html(warning) -> str:
    return "<span style='color:#8d6e00'>⚠ {0}</span>".format(html.escape(message_text(warning)))


def warnings_label(page: QWidget, name: str) -> QLabel:
    label = QLabel(page)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.hide()
    return label


def show_warnings(label: QLabel, warnings: list) -> None:
    """What the reading saw about the file as a whole (a stray quote, mixed encodings...)."""
    lines = [warning_html(w) for w in warnings[:MAX_WARNINGS]]
    if len(warnings) > MAX_WARNINGS:
        lines.append(QCoreApplication.translate(
            "ImportWizard", "… and %n more warning(s)", "", len(warnings) - MAX_WARNINGS))
    label.setText("<br>".join(lines))
    label.setVisible(bool(lines))
