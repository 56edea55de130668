"""The Duplicates page: scan the whole database, review each group side by side, then merge it
or tell Salon Desk they are different people (remembered: never proposed again)."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.customers.views import customer_names
from salon_desk.services.duplicates.pairs import dismiss_group
from salon_desk.services.merging.review import compare, live_ids, summaries
from salon_desk.services.duplicates.scan import DuplicateGroup, ScanResult, scan_duplicates
from salon_desk.services.errors import SalonError
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.duplicates.labels import confidence_text, match_text
from salon_desk.ui.duplicates.merge_dialog import MergeWizard
from salon_desk.ui.duplicates.models import CompareModel, GroupsModel, percent
from salon_desk.ui.events import events, request_record
from salon_desk.ui.tasks import BackgroundTask

ROW_HEIGHT = 28


class DuplicatesPage(QWidget):
    """Works on its own with a Database; ``open_record`` opens a customer's record."""

    merged = Signal(int, list)  # kept id, merged ids

    def __init__(self, db: Database, parent: QWidget | None = None,
                 open_record: Callable[[int], object] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.open_record = open_record
        self.task: BackgroundTask | None = None
        self.result: ScanResult | None = None
        self.merge_dialog = None

        title = QLabel(self.tr("Duplicate customers"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "Records that are probably the same person, compared on names, birth date, phones, "
            "email and address. Review a group, then merge it or mark them as different people."
        ), self)
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        intro.setMinimumHeight(intro.fontMetrics().lineSpacing() * 2 + 4)
        self.scan_button = QPushButton(self.tr("Find duplicates"), self)
        self.scan_button.setObjectName("primary")
        self.scan_button.clicked.connect(self.start_scan)
        self.level_combo = QComboBox(self)
        for label, levels in ((self.tr("High and medium confidence"), {"high", "medium"}),
                              (self.tr("All, low confidence too"), {"high", "medium", "low"}),
                              (self.tr("High confidence only"), {"high"})):
            self.level_combo.addItem(label, levels)
        self.level_combo.currentIndexChanged.connect(self._levels_changed)
        self.status = QLabel(self.tr("No scan yet."), self)
        self.status.setObjectName("muted")

        bar = QHBoxLayout()
        bar.addWidget(self.scan_button)
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.level_combo)
        bar.addWidget(self.status, 1)

        self.model = GroupsModel(self)
        self.model.set_levels(self.level_combo.currentData())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        for col, width in ((GroupsModel.COL_CONFIDENCE, 100), (GroupsModel.COL_SCORE, 70),
                           (GroupsModel.COL_MATCH, 260), (GroupsModel.COL_COUNT, 70)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(GroupsModel.COL_CUSTOMERS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.merge_current())

        self.compare_title = QLabel(self)
        self.compare_title.setObjectName("sectionTitle")
        self.compare_model = CompareModel(self)
        self.compare_view = QTableView(self)
        self.compare_view.setModel(self.compare_model)
        self.compare_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare_view.setWordWrap(False)
        self.compare_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.compare_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT - 2)
        self.compare_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setObjectName("primary")
        self.merge_button.setToolTip(self.tr("Choose the record to keep and the values to keep; "
                                             "everything else moves to it"))
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button = QPushButton(self.tr("Not the same person"), self)
        self.dismiss_button.setToolTip(self.tr("Remember that these are different people: "
                                               "they will not be proposed again"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.open_button = QPushButton(self.tr("Open records"), self)
        self.open_button.clicked.connect(self.open_current)
        actions = QHBoxLayout()
        actions.addWidget(self.compare_title, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.merge_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.compare_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._show_current()
        events().customers_changed.connect(self._customers_changed)

    # --- scanning ---------------------------------------------------------------------------
    def start_scan(self) -> None:
        if self.task is not None and self.task.running:
            return
        db = self.db
        self.scan_button.setEnabled(False)
        self.status.setText(self.tr("Looking for duplicates…"))
        self.task = BackgroundTask(self, self.tr("Looking for duplicates…"),
                                   lambda: scan_duplicates(db.session, db.transaction))
        self.task.finished.connect(self._scan_finished)
        self.task.failed.connect(self._scan_failed)
        self.task.cancelled.connect(self._scan_cancelled)
        self.task.start()

    def _scan_finished(self, result: ScanResult) -> None:
        self.scan_button.setEnabled(True)
        self.result = result
        ids = sorted({i for g in result.groups for i in g.customers})
        with self.db.session() as session:
            names = customer_names(session, ids) if ids else {}
        self.model.set_groups(result.groups, names)
        self._scanned_at = time.strftime("%H:%M")
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def _scan_failed(self, exc: Exception, _tb: str) -> None:
        self.scan_button.setEnabled(True)
        self.status.setText(self.tr("The scan failed."))
        dialogs.show_error(self, self.tr("Find duplicates"), str(exc))

    def _scan_cancelled(self) -> None:
        self.scan_button.setEnabled(True)
        self.status.setText(self.tr("Scan cancelled."))

    def _update_status(self) -> None:
        if self.result is None:
            return
        counts = self.model.counts()
        groups = self.tr("%n group(s) ({0} high, {1} medium, {2} low confidence)", "",
                         sum(counts.values())).format(counts["high"], counts["medium"],
                                                      counts["low"])
        among = self.tr("among {0} customer(s)", "", self.result.customers).format(
            formatting.number(self.result.customers))
        scanned = self.tr("scanned at {0} in {1} s").format(
            self._scanned_at, formatting.number(round(Decimal(self.result.seconds), 1)))
        self.status.setText(f"{groups} {among} · {scanned}")

    def _levels_changed(self) -> None:
        self.model.set_levels(self.level_combo.currentData())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    # --- the group in front -----------------------------------------------------------------
    def current_group(self) -> DuplicateGroup | None:
        index = self.table.currentIndex()
        return self.model.group(index.row()) if index.isValid() else None

    def select_group(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _show_current(self) -> None:
        group = self.current_group()
        for button in (self.merge_button, self.dismiss_button, self.open_button):
            button.setEnabled(group is not None)
        if group is None:
            self.compare_model.clear()
            self.compare_title.setText(self.tr("Choose a group to compare its records")
                                       if self.result else "")
            return
        with self.db.session() as session:
            rows = compare(session, group.customers)
            info = summaries(session, group.customers)
        self.compare_model.set_group(group.customers, rows, info)
        self.compare_title.setText(self.tr("{0} · {1} confidence ({2})").format(
            match_text(group.match), confidence_text(group.confidence), percent(group.score)))

    # --- actions ----------------------------------------------------------------------------
    def merge_current(self) -> None:
        group = self.current_group()
        if group is None:
            return
        with self.db.session() as session:
            ids = live_ids(session, group.customers)
        if len(ids) < 2:
            self.model.remove_group(group)
            self._update_status()
            return
        self.merge_dialog = MergeWizard(self.db, ids, parent=self)
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.open()

    def _merged(self, keep_id: int, other_ids: list) -> None:
        self.model.remove_customers(set(other_ids))
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()
        self.merged.emit(keep_id, other_ids)

    def dismiss_current(self) -> None:
        group = self.current_group()
        if group is None:
            return
        names = " · ".join(self.model.names.get(i) or f"#{i}" for i in group.customers)
        if not dialogs.confirm(self, self.tr("Not the same person"), self.tr(
                "Remember that these records are different people?\n\n{0}\n\nThey will not be "
                "proposed as duplicates again.").format(names), self.tr("Different people")):
            return
        try:
            with self.db.transaction() as session:
                dismiss_group(session, group.customers)
        except SalonError as exc:
            dialogs.show_error(self, self.tr("Not the same person"), str(exc))
            return
        row = self.table.currentIndex().row()
        self.model.remove_group(group)
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show_current()

    def open_current(self) -> None:
        group = self.current_group()
        if group is None:
            return
        for cid in group.customers:
            if self.open_record is not None:
                self.open_record(cid)
            else:
                request_record(self.db, cid, self.window())

    def _customers_changed(self, ids: list) -> None:
        group = self.current_group()
        if group is not None and (not ids or set(ids) & set(group.customers)):
            self._show_current()

