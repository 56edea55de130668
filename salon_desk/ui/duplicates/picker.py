"""Pick another customer (to join into the record in front), found with the usual search."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.phones import format_phone
from salon_desk.services.search.lookup import CustomerRow, search
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table

NAME = 1  # the column that takes the room left


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
        self.model = RowsModel([
            Column(self.tr("Number"), lambda r: f"#{r.id}", 70),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Mobile"), lambda r: format_phone(r.mobile), 150),
            Column(self.tr("Email"), lambda r: r.email or "", 220)], self, view_alignment=True)
        self.view = make_table(self.model, self)
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
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
