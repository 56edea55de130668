"""Settings page "Cards and points": the prepaid card types the salon sells and the points rule.

Edits stay in memory until the settings dialog saves every page in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salon_desk.models import Service
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.sales import credits
from salon_desk.services.sales.catalog import list_items
from salon_desk.services.errors import ValidationError
from salon_desk.ui import dialogs
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.settings_pages.catalog_page import entries_committed, entries_rolled_back
from salon_desk.ui.texts import message_text
from salon_desk.ui.visits.common import MoneyEdit
from salon_desk.ui.widgets.money_edit import DecimalEdit


@dataclass
class _Entry:
    id: int | None
    data: credits.PrepaidTypeData
    dirty: bool = False
    pending_id: int | None = None
    services: list[int] = field(default_factory=list)


class CardsPointsPage(QWidget, SettingsPageDefaults):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entries: list[_Entry] = []
        self.deleted: list[_Entry] = []
        self._loading = False
        with db.session() as session:
            currency = settings.get(session, settings.CURRENCY)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Prepaid card types"), self)
        row = QHBoxLayout(box)
        left = QVBoxLayout()
        self.list = QListWidget(box)
        self.list.setMinimumWidth(180)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), box)
        self.delete_button = QPushButton(self.tr("Delete"), box)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        row.addLayout(left)
        self.form_widget = QWidget(box)
        form = QFormLayout(self.form_widget)
        self.name_edit = QLineEdit(self.form_widget)
        self.value_edit = MoneyEdit(currency, self.form_widget)
        self.price_edit = MoneyEdit(currency, self.form_widget)
        self.months_spin = QSpinBox(self.form_widget)
        self.months_spin.setRange(1, 120)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setMaximumWidth(140)
        self.any_check = QCheckBox(self.tr("Valid for any service"), self.form_widget)
        self.services_list = QListWidget(self.form_widget)
        self.services_list.setMaximumHeight(150)
        self.active_check = QCheckBox(self.tr("On sale"), self.form_widget)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Value"), self.value_edit)
        form.addRow(self.tr("Sold for"), self.price_edit)
        form.addRow(self.tr("Valid for"), self.months_spin)
        form.addRow("", self.any_check)
        form.addRow(self.tr("Services"), self.services_list)
        form.addRow("", self.active_check)
        row.addWidget(self.form_widget, 1)
        layout.addWidget(box, 1)

        rewards = QGroupBox(self.tr("Rewards (points)"), self)
        rform = QFormLayout(rewards)
        self.rate_edit = DecimalEdit(rewards)
        self.point_value_spin = QSpinBox(rewards)
        self.point_value_spin.setRange(1, 10_000)
        self.point_value_spin.setSuffix(self.tr(" cents"))
        self.point_value_spin.setMaximumWidth(140)
        rform.addRow(self.tr("Points earned per currency unit spent"), self.rate_edit)
        rform.addRow(self.tr("Value of one point when paying"), self.point_value_spin)
        note = QLabel(self.tr("Points are earned on what is paid or owed in money; vouchers, "
                              "cards and points used do not earn points."), rewards)
        note.setObjectName("muted")
        note.setWordWrap(True)
        rform.addRow(note)
        layout.addWidget(rewards)

        self.list.currentRowChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_type)
        self.delete_button.clicked.connect(self.delete_type)
        for edit in (self.name_edit, self.value_edit, self.price_edit):
            edit.textChanged.connect(self._edited)
        self.months_spin.valueChanged.connect(self._edited)
        self.any_check.toggled.connect(self._edited)
        self.active_check.toggled.connect(self._edited)
        self.services_list.itemChanged.connect(self._edited)
        self.form_widget.setEnabled(False)

    def title(self) -> str:
        return self.tr("Cards and points")

    # --- the settings page contract -----------------------------------------------------------
    def load(self, session: Session) -> None:
        self._loading = True
        self.entries = [
            _Entry(t.id, credits.PrepaidTypeData(
                t.name, t.value_cents, t.price_cents, t.validity_months, t.any_service,
                [s.id for s in t.services], t.active))
            for t in credits.list_prepaid_types(session)]
        self.deleted = []
        self.services_list.clear()
        for s in list_items(session, Service, active_only=True):
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services_list.addItem(item)
        self.rate_edit.set_value(settings.get(session, settings.POINTS_PER_UNIT))
        self.point_value_spin.setValue(int(settings.get(session, settings.POINT_VALUE_CENTS)))
        self._loading = False
        self._refill()

    def save(self, session: Session) -> None:
        for entry in self.deleted:
            if entry.id is not None:
                credits.delete_prepaid_type(session, entry.id)
        for entry in self.entries:
            if entry.dirty or entry.id is None:
                try:
                    entry.pending_id = credits.save_prepaid_type(session, entry.data, entry.id).id
                except ValidationError as exc:
                    raise ValidationError({"prepaid": self.tr("Prepaid card “{0}”: {1}").format(
                        entry.data.name or "—", message_text(str(exc)))}) from exc
        try:
            rate = self.rate_edit.value()
        except ValueError as exc:
            raise ValidationError({"points": self.tr("The points rule must be a number")}) from exc
        settings.set_value(session, settings.POINTS_PER_UNIT, rate)
        settings.set_value(session, settings.POINT_VALUE_CENTS, self.point_value_spin.value())

    def committed(self) -> None:
        entries_committed(self.entries)
        self.deleted = []

    def save_failed(self) -> None:
        entries_rolled_back(self.entries)

    # --- editing ------------------------------------------------------------------------------
    def _refill(self, select: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(entry.data.name or self.tr("(no name)"))
        self.list.blockSignals(False)
        if self.entries:
            self.list.setCurrentRow(min(select, len(self.entries) - 1))
        else:
            self._show(-1)

    def current(self) -> _Entry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.form_widget.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is None:
            return
        self._loading = True
        d = entry.data
        self.name_edit.setText(d.name)
        self.value_edit.set_cents(d.value_cents)
        self.price_edit.set_cents(d.price_cents)
        self.months_spin.setValue(d.validity_months)
        self.any_check.setChecked(d.any_service)
        self.active_check.setChecked(d.active)
        for i in range(self.services_list.count()):
            item = self.services_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in d.service_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.services_list.setEnabled(not d.any_service)
        self._loading = False

    def _edited(self) -> None:
        entry = self.current()
        if self._loading or entry is None:
            return
        d = entry.data
        d.name = self.name_edit.text()
        d.value_cents = self.value_edit.cents()
        d.price_cents = self.price_edit.cents()
        d.validity_months = self.months_spin.value()
        d.any_service = self.any_check.isChecked()
        d.active = self.active_check.isChecked()
        d.service_ids = [self.services_list.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.services_list.count())
                         if self.services_list.item(i).checkState() == Qt.CheckState.Checked]
        self.services_list.setEnabled(not d.any_service)
        entry.dirty = True
        if (item := self.list.currentItem()) is not None:
            item.setText(d.name or self.tr("(no name)"))

    def add_type(self) -> None:
        self.entries.append(_Entry(None, credits.PrepaidTypeData(
            self.tr("New card"), 4000, 3500, 6), dirty=True))
        self._refill(len(self.entries) - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_type(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if not dialogs.confirm(self, self.tr("Delete card type"),
                               self.tr("Delete “{0}”? A type already sold is only taken off "
                                       "sale.").format(entry.data.name), self.tr("Delete")):
            return
        row = self.entries.index(entry)
        self.entries.remove(entry)
        self.deleted.append(entry)
        self._refill(row)
