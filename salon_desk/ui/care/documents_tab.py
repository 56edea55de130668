"""The Documents tab: photos and files attached to the customer, as thumbnails or a list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import Document
from salon_desk.models.db import Database
from salon_desk.services.care import documents
from salon_desk.services.customers import record_counts
from salon_desk.services.care.documents import DocumentRow, human_size
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.care.common import delete_confirmed, muted_label, read, tr, write
from salon_desk.ui.care.icons import square_icon, thumbnail_pixmap, type_icon, type_pixmap
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table
from salon_desk.ui.widgets.dates import from_qdate, to_qdate
from salon_desk.ui.widgets.text_limits import limit_to_field, set_whole_text

GRID_ICON = 128


def open_with_system(path: Path) -> bool:
    """Hand a stored file to the system viewer (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _extension(row: DocumentRow) -> str:
    ext = row.stored_name.rsplit(".", 1)[-1]
    return ext if ext != "bin" else (row.original_name.rsplit(".", 1)[-1][:4]
                                     if "." in row.original_name else "file")


class DocumentsModel(RowsModel):
    """The documents with their thumbnails (made once per row, kept until the next load)."""

    def __init__(self, parent=None) -> None:
        super().__init__(self._columns(), parent, view_alignment=True)
        self._icons: dict[int, QIcon] = {}

    def _columns(self) -> list[Column]:
        def tooltip(row: DocumentRow) -> str:
            parts = [row.title, formatting.date(row.document_date)]
            if row.description:
                parts.append(row.description)
            parts.append(f"{row.original_name} · {human_size(row.size_bytes)}")
            return "\n".join(parts)

        return [
            Column(tr("Title"), lambda r: r.title, 230, tooltip=tooltip, icon=self.icon),
            Column(tr("Date"), lambda r: formatting.date(r.document_date), 100, tooltip=tooltip),
            Column(tr("Type"), lambda r: _extension(r).upper(), 60, tooltip=tooltip),
            Column(tr("Size"), lambda r: human_size(r.size_bytes), 80, RIGHT, tooltip=tooltip),
            Column(tr("Original file"), lambda r: r.original_name, 200, tooltip=tooltip),
        ]

    def set_rows(self, rows) -> None:
        self._icons.clear()
        super().set_rows(rows)

    def icon(self, row: DocumentRow) -> QIcon:
        if row.id not in self._icons:
            pixmap = thumbnail_pixmap(row.thumbnail)
            self._icons[row.id] = (square_icon(pixmap, GRID_ICON) if pixmap is not None
                                   else type_icon(row.kind, _extension(row)))
        return self._icons[row.id]


class DetailsPanel(QFrame):
    """The selected document: a larger preview and its title, date and description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        layout.addWidget(self.preview)
        self.info = muted_label("", self)
        layout.addWidget(self.info)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        limit_to_field(self.title_edit, Document, "title")
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_format())
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setPlaceholderText(tr("Optional description"))
        self.description_edit.setMaximumHeight(90)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Date"), self.date_edit)
        form.addRow(tr("Description"), self.description_edit)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save details"), self)
        self.save_button.setObjectName("primary")
        self.open_button = QPushButton(tr("Open"), self)
        self.delete_button = QPushButton(tr("Delete…"), self)
        self.delete_button.setObjectName("danger")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_row(None, None)

    def show_row(self, row: DocumentRow | None, icon: QIcon | None) -> None:
        enabled = row is not None
        for widget in (self.title_edit, self.date_edit, self.description_edit,
                       self.save_button, self.open_button, self.delete_button):
            widget.setEnabled(enabled)
        if row is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Select a document to see its details."))
            self.info.setText("")
            self.title_edit.clear()
            self.description_edit.clear()
            self.date_edit.setDate(to_qdate(dt.date.today()))
            return
        pixmap = thumbnail_pixmap(row.thumbnail) or type_pixmap(row.kind, _extension(row), 128)
        self.preview.setPixmap(pixmap.scaled(
            QSize(240, 200), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.info.setText(tr("{name} · {size} · added {date}").format(
            name=row.original_name, size=human_size(row.size_bytes),
            date=formatting.date(row.added_at)))
        set_whole_text(self.title_edit, row.title)
        self.date_edit.setDate(to_qdate(row.document_date))
        self.description_edit.setPlainText(row.description)


class DocumentsTab(RecordTab):
    """Attach with the button or by dropping files; open, edit the details, delete."""
    COUNT = record_counts.DOCUMENTS
    EVENTS = frozenset({"customers"})  # sales and appointments change nothing here

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.setAcceptDrops(True)
        self.model = DocumentsModel(self)
        self.task: BackgroundTask | None = None

    def title(self) -> str:
        return tr("Documents")

    # --- layout ---------------------------------------------------------------------------
    def build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("Add files…"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_files)
        bar.addWidget(self.add_button)
        self.grid_button = QToolButton(self)
        self.grid_button.setText(tr("Thumbnails"))
        self.list_button = QToolButton(self)
        self.list_button.setText(tr("List"))
        group = QButtonGroup(self)
        for i, button in enumerate((self.grid_button, self.list_button)):
            button.setCheckable(True)
            group.addButton(button, i)
            bar.addWidget(button)
        self.grid_button.setChecked(True)
        group.idClicked.connect(self._switch_view)
        bar.addStretch(1)
        self.hint = muted_label(tr("Drop files here to attach them"), self)
        self.hint.setWordWrap(False)
        bar.addWidget(self.hint)
        layout.addLayout(bar)

        splitter = QSplitter(self)
        self.stack = QStackedWidget(splitter)
        self.grid = QListView(self.stack)
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setIconSize(QSize(GRID_ICON, GRID_ICON))
        self.grid.setGridSize(QSize(GRID_ICON + 36, GRID_ICON + 44))
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.setSpacing(6)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table = make_table(self.model, self.stack, scroll_per_pixel=False)
        self.table.setIconSize(QSize(20, 20))
        for view in (self.grid, self.table):
            view.setAcceptDrops(False)  # drops go to the tab
            view.setSelectionModel(self.grid.selectionModel() if view is self.table
                                   else view.selectionModel())
            view.doubleClicked.connect(lambda _index: self.open_selected())
        self.grid.selectionModel().currentRowChanged.connect(self._current_changed)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.table)
        self.details = DetailsPanel(splitter)
        for editor in (self.details.title_edit, self.details.description_edit):
            editor.setAcceptDrops(False)  # a file dropped there is attached, not typed in
        self.details.save_button.clicked.connect(self.save_details)
        self.details.open_button.clicked.connect(self.open_selected)
        self.details.delete_button.clicked.connect(self.delete_selected)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 300])
        layout.addWidget(splitter, 1)
        self.empty = QLabel(tr("No documents yet.\nClick “Add files…” or drop photos and files "
                               "here: before/after photos, medical cards, signed forms…"),
                            self.grid)
        self.empty.setObjectName("emptyMessage")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.stale:  # not built or not loaded yet
            return
        self.empty.setGeometry(self.grid.rect().adjusted(20, 20, -20, -20))

    def _switch_view(self, which: int) -> None:
        self.stack.setCurrentIndex(which)

    # --- data -----------------------------------------------------------------------------
    def load(self) -> None:
        keep = self.selected_row()
        self.model.set_rows(read(self.db, lambda s: documents.list_documents(s, self.customer_id)))
        self.empty.setVisible(not self.model.rows)
        self.empty.setGeometry(self.grid.rect().adjusted(20, 20, -20, -20))
        if keep is None and self.model.rows:
            keep = self.model.rows[0]
        self.select(keep.id if keep else None)

    def select(self, document_id: int | None) -> None:
        i = self.model.index_of(document_id) if document_id is not None else None
        if i is None:
            self.details.show_row(None, None)
            return
        index = self.model.index(i, 0)
        self.grid.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_row(self) -> DocumentRow | None:
        index = self.grid.selectionModel().currentIndex() if self.model.rows else None
        if index is None or not index.isValid():
            return None
        return self.model.row(index.row())

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        self.details.show_row(row, self.model.icon(row) if row else None)

    # --- actions --------------------------------------------------------------------------
    def add_files(self) -> None:
        paths = dialogs.choose_open_files(self, tr("Attach files"))
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        if not paths:
            return
        cid = self.customer_id
        self.task = BackgroundTask(self, tr("Attaching files…"),
                                   lambda: documents.attach_files(self.db, cid, paths),
                                   writes=True)
        self.task.finished.connect(self._attached)
        self.task.failed.connect(lambda exc, _tb: dialogs.show_error(
            self, tr("Attach files"), str(exc)))
        self.task.start()

    def _attached(self, result: tuple[list[int], list[str]]) -> None:
        added, errors = result
        self.load()
        if added:
            self.select(added[-1])
            self.changed.emit()
            if len(added) == 1:
                self.details.title_edit.setFocus()
                self.details.title_edit.selectAll()
        if errors:
            dialogs.show_error(self, tr("Some files were not attached"),
                               "\n\n".join(message_text(e) for e in errors))

    def save_details(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        d = self.details
        ok, _ = write(self, self.db, tr("Document"), lambda s: documents.update_document(
            s, row.id, title=d.title_edit.text(), description=d.description_edit.toPlainText(),
            document_date=from_qdate(d.date_edit.date())))
        if ok:
            self.load()
            self.changed.emit()

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        ok, path = write(self, self.db, tr("Open document"),
                         lambda s: documents.document_path(s, row.id))
        if ok and not open_with_system(path):
            dialogs.show_error(self, tr("Open document"),
                               tr("No program on this computer opens this kind of file."))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and delete_confirmed(
                self, self.db, tr("Delete document"),
                tr("Delete “{title}” from this customer's record?").format(title=row.title),
                lambda s: documents.delete_document(s, row.id)):
            self.load()
            self.changed.emit()

    # --- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _local_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and Path(url.toLocalFile()).is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
            self.hint.setText(tr("Release to attach"))
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.hint.setText(tr("Drop files here to attach them"))

    def dropEvent(self, event: QDropEvent) -> None:
        self.hint.setText(tr("Drop files here to attach them"))
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)
