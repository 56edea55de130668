"""The record's points: the ledger with its running total, searched by dates, action or points;
adding and removing points by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.sales import points
from salon_desk.services.customers import record_counts
from salon_desk.services.settings import POINT_VALUE_CENTS, POINTS_PER_UNIT
from salon_desk.services.settings import get as get_setting
from salon_desk.ui import formatting
from salon_desk.ui.texts import item_text
from salon_desk.ui.visits.common import tr
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.visits.points_dialog import ACTION_LABELS, PointsDialog
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table
from salon_desk.ui.widgets.dates import date_edit, from_qdate
from salon_desk.services import permissions
from salon_desk.ui.signin.guard import guard


def _columns() -> list[Column]:
    return [
        Column(tr("Date"), lambda r: formatting.datetime(r.at), 130),
        Column(tr("Action"), lambda r: tr(ACTION_LABELS.get(r.action, r.action)), 90),
        Column(tr("Points"), lambda r: f"{r.points:+d}", 70, RIGHT,
               colour=lambda r: "#2e7d32" if r.points > 0 else "#c62828"),
        Column(tr("Total"), lambda r: str(r.balance), 70, RIGHT),
        Column(tr("By"), lambda r: r.staff_name, 90),
        Column(tr("Ticket"), lambda r: r.ticket_number or "", 110),
        Column(tr("Reason"), lambda r: "" if r.ticket_number and r.reason == f"Ticket "
               f"{r.ticket_number}" else item_text(r.reason), 200),
    ]


class PointsTab(RecordTab):
    COUNT = record_counts.POINTS

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.balance = 0
        self.dialog: PointsDialog | None = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.balance_label = QLabel(self)
        self.balance_label.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.balance_label, 1)
        self.add_button = QPushButton(self.tr("Add points…"), self)
        self.remove_button = QPushButton(self.tr("Remove points…"), self)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        guard(self.add_button, permissions.CHARGE)
        guard(self.remove_button, permissions.CHARGE, hide=True)
        layout.addLayout(top)
        bar = QHBoxLayout()
        self.range_check = QCheckBox(self.tr("From"), self)
        self.from_edit = date_edit(self, dt.date.today() - dt.timedelta(days=365))
        self.to_edit = date_edit(self)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Any action"), None)
        for action, label in ACTION_LABELS.items():
            self.action_combo.addItem(tr(label), action)
        self.points_spin = QSpinBox(self)
        self.points_spin.setRange(0, 1_000_000)
        self.points_spin.setSpecialValueText(self.tr("any"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        bar.addWidget(self.range_check)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.to_edit)
        bar.addSpacing(10)
        bar.addWidget(QLabel(self.tr("Action:"), self))
        bar.addWidget(self.action_combo)
        bar.addWidget(QLabel(self.tr("Points:"), self))
        bar.addWidget(self.points_spin)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RowsModel(_columns(), self)
        self.view = make_table(self.model, self)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("No points movements found"), self)
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("muted")
        layout.addWidget(self.rule_label)
        self.range_check.toggled.connect(self.reload)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
            self.range_check.toggled.connect(edit.setEnabled)
        self.from_edit.dateChanged.connect(lambda: self.range_check.isChecked() and self.reload())
        self.to_edit.dateChanged.connect(lambda: self.range_check.isChecked() and self.reload())
        self.action_combo.currentIndexChanged.connect(self.reload)
        self.points_spin.valueChanged.connect(self.reload)
        self.clear_button.clicked.connect(self.clear_filters)
        self.add_button.clicked.connect(lambda: self._edit(True))
        self.remove_button.clicked.connect(lambda: self._edit(False))

    def title(self) -> str:
        return self.tr("Points")

    def load(self) -> None:
        with self.db.session() as session:
            self.balance = points.balance(session, self.customer_id)
            rate = get_setting(session, POINTS_PER_UNIT)
            value = get_setting(session, POINT_VALUE_CENTS)
        self.balance_label.setText(
            "<span style='font-size:16px; font-weight:600'>"
            + self.tr("%Ln point(s)", "", self.balance) + "</span>")
        rate = Decimal(rate).normalize()
        earned = (self.tr("%n point(s) per currency unit spent", "", int(rate))
                  if rate == int(rate) else self.tr("{0} points per currency unit spent").format(
                      formatting.number(rate)))
        self.rule_label.setText(self.tr("Rule: {0}; one point is worth {1} when paying.").format(
            earned, formatting.money(value)))
        self.remove_button.setEnabled(self.balance > 0)
        self.reload()

    def clear_filters(self) -> None:
        for w in (self.range_check, self.action_combo, self.points_spin):
            w.blockSignals(True)
        self.range_check.setChecked(False)
        self.action_combo.setCurrentIndex(0)
        self.points_spin.setValue(0)
        for w in (self.range_check, self.action_combo, self.points_spin):
            w.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        kwargs = {"action": self.action_combo.currentData(),
                  "points": self.points_spin.value() or None}
        if self.range_check.isChecked():
            kwargs["date_from"] = from_qdate(self.from_edit.date())
            kwargs["date_to"] = from_qdate(self.to_edit.date())
        with self.db.session() as session:
            rows = points.search(session, self.customer_id, **kwargs)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.scrollToBottom()

    def _edit(self, adding: bool) -> None:
        self.dialog = PointsDialog(self.db, self.customer_id, self.balance, adding, self)
        self.dialog.saved.connect(self._changed)
        self.dialog.open()

    def _changed(self) -> None:
        self.load()
        self.changed.emit()
