"""Adding or removing points by hand, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.sales import points
from salon_desk.services.sales.catalog import list_items
from salon_desk.ui.saving import action_buttons, run_write
from salon_desk.ui.visits.common import tr
from salon_desk.ui.widgets.placeholder import fit_placeholder

ACTION_LABELS = {"earned": "Earned", "added": "Added", "redeemed": "Redeemed",
                 "adjusted": "Adjusted", "expired": "Expired"}


class PointsDialog(QDialog):
    """``adding`` True gives points (added, or adjusted upwards); False takes them (adjusted,
    redeemed for a gift, expired)."""

    saved = Signal()

    def __init__(self, db: Database, customer_id: int, balance: int, adding: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salon_desk.models import Staff

        self.db = db
        self.customer_id = customer_id
        self.adding = adding
        self.setWindowTitle(self.tr("Add points") if adding else self.tr("Remove points"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Points now"), QLabel(str(balance), self))
        self.points_spin = QSpinBox(self)
        self.points_spin.setRange(1, 1_000_000 if adding else max(1, balance))
        self.action_combo = QComboBox(self)
        actions = ("added", "adjusted") if adding else ("adjusted", "redeemed", "expired")
        for action in actions:
            self.action_combo.addItem(tr(ACTION_LABELS[action]), action)
        self.staff_combo = QComboBox(self)
        self.staff_combo.addItem("—", None)
        with db.session() as session:
            for s in list_items(session, Staff, active_only=True):
                self.staff_combo.addItem(s.name, s.id)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why (shown in the ledger)"))
        fit_placeholder(self.reason_edit)
        form.addRow(self.tr("Points"), self.points_spin)
        form.addRow(self.tr("Action"), self.action_combo)
        form.addRow(self.tr("Done by"), self.staff_combo)
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(form)
        buttons, self.ok_button = action_buttons(self, self.windowTitle(), self.save)
        layout.addWidget(buttons)

    def save(self) -> None:
        amount = self.points_spin.value() * (1 if self.adding else -1)
        action, staff = self.action_combo.currentData(), self.staff_combo.currentData()
        reason = self.reason_edit.text()
        outcome = run_write(self, self.db, self.tr("The points were not changed"),
                            lambda s: points.record(s, self.customer_id, amount, action, reason,
                                                    staff_id=staff))
        if outcome.ok:
            self.saved.emit()
            self.accept()
