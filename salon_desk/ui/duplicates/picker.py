"""Pick another customer (to join into the record in front), found with the usual search."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.phones import format_phone
from salon_desk.services.search.lookup import CustomerRow, search


class ResultsModel(QAbstractTableModel):
    COL_ID, COL_NAME, COL_MOBILE, COL_EMAIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CustomerRow] = []

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Number"), self.tr("Name"), self.tr("Mobile"),
                    self.tr("Email")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return [f"#{r.id}", r.name, format_phone(r.mobile), r.email or ""][index.column()]


class CustomerPicker(QDialog):
    """Search and choose one customer other than ``exclude_id``; ``chosen_id`` afterwards."""

    def __init__(self, db: Database, exclude_id: int | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exclude_id = exclude_id
        self.chosen_id: int | None = None
        self.setWindowTitle(title)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, phone, email or number"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = ResultsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setSectionResizeMode(ResultsModel.COL_NAME,
                                                          QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().resizeSection(ResultsModel.COL_ID, 70)
        self.view.horizontalHeader().resizeSection(ResultsModel.COL_MOBILE, 150)
        self.view.horizontalHeader().resizeSection(ResultsModel.COL_EMAIL, 220)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Type to find the customer to join into this record."), self)
        hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_ok())
        self._update_ok()
        self.resize(640, 420)

    def run_search(self) -> None:
        text = self.search_edit.text().strip()
        rows: list[CustomerRow] = []
        if text:
            with self.db.session() as session:
                rows = [r for r in search(session, text, limit=51) if r.id != self.exclude_id]
        self.model.set_rows(rows[:50])
        if rows:
            self.view.selectRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.view.currentIndex().isValid())

    def accept(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen_id = self.model.rows[index.row()].id
        super().accept()
