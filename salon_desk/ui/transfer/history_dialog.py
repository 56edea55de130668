"""Import history: every import with its counts, undo, and the rejected-rows file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.importing import BatchInfo, list_batches, undo_import_job
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.tasks import BackgroundTask

COL_ID, COL_WHEN, COL_FILE, COL_WHO, COL_ROWS, COL_IMPORTED, COL_UPDATED, COL_SKIPPED, \
    COL_REJECTED, COL_STATE = range(10)


class ImportHistoryModel(QAbstractTableModel):
    HEADERS = ("#", "Date", "File", "By", "Rows", "Imported", "Updated", "Skipped", "Rejected",
               "")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.batches: list[BatchInfo] = []

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.beginResetModel()
        self.batches = batches
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self.batches[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ID:
                return str(b.id)
            if col == COL_WHEN:
                return b.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if col == COL_FILE:
                return Path(b.file_name).name
            if col == COL_WHO:
                return b.imported_by
            if col == COL_STATE:
                if b.undone_at:
                    return self.tr("Undone {0}").format(
                        b.undone_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                return ""
            value = (b.rows, b.imported, b.updated, b.skipped, b.rejected)[col - COL_ROWS]
            return formatting.number(value)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FILE:
            return b.file_name
        if role == Qt.ItemDataRole.ForegroundRole and b.undone_at:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and COL_ROWS <= col <= COL_REJECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportHistoryDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, on_change=None) -> None:
        super().__init__(parent)
        self.db = db
        self.on_change = on_change
        self.setWindowTitle(self.tr("Import history"))
        self.resize(1060, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("An import can be undone while none of its customers "
                                        "has changed since."), self))
        self.model = ImportHistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_ID, 40), (COL_WHEN, 125), (COL_WHO, 80), (COL_STATE, 130)):
            self.view.setColumnWidth(col, width)
        for col in range(COL_ROWS, COL_REJECTED + 1):
            self.view.setColumnWidth(col, 72)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(self.tr("Undo import…"), self)
        self.rejected_button = QPushButton(self.tr("Open rejected rows"), self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rejected_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.undo_button.clicked.connect(self.undo)
        self.rejected_button.clicked.connect(self.open_rejected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.task: BackgroundTask | None = None
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            self.model.set_batches(list_batches(session))
        if self.model.batches:
            self.view.selectRow(0)
        self._update_buttons()

    def current(self) -> BatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.current()
        self.undo_button.setEnabled(bool(batch and batch.can_undo))
        self.rejected_button.setEnabled(bool(batch and batch.errors_file
                                             and Path(batch.errors_file).exists()))

    def undo(self) -> None:
        batch = self.current()
        if batch is None:
            return
        text = " ".join((
            self.tr("Undo import #{id} of {file}?").format(id=batch.id,
                                                          file=Path(batch.file_name).name),
            self.tr("The %n customer(s) it created will be deleted", "", batch.imported),
            self.tr("and the %n it filled in restored.", "", batch.updated)))
        if not dialogs.confirm(self, self.tr("Undo import"), text, self.tr("Undo import")):
            return
        db, batch_id = self.db, batch.id
        self.task = BackgroundTask(self, self.tr("Undoing the import"),
                                   lambda: undo_import_job(db, batch_id), writes=True)
        self.task.finished.connect(self._undone)
        self.task.failed.connect(lambda exc, _tb: dialogs.show_error(
            self, self.tr("Undo import"), str(exc)))
        self.task.start()

    def _undone(self, counts) -> None:
        deleted, restored = counts
        dialogs.show_info(self, self.tr("Undo import"),
                          self.tr("%n customer(s) deleted,", "", deleted) + " "
                          + self.tr("%n restored.", "", restored))
        self.reload()
        if self.on_change:
            self.on_change()

    def open_rejected(self) -> None:
        batch = self.current()
        if batch and batch.errors_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(batch.errors_file))
