"""A settings page for one of the salon's lists: the list on the left, the chosen item's form on
the right, Add and Delete below. Edits stay in memory until the dialog saves everything in one
transaction; items created here get their ids only once that transaction commits.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services.sales import catalog
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.ui import dialogs
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.money_edit import DecimalEdit, MoneyEdit
from salon_desk.ui.widgets.text_limits import limit_to_column, set_whole_text
from salon_desk.ui.i18n import translator

_keys = itertools.count(1)


_tr = translator("CatalogPage")


@dataclass
class Entry:
    """One item of the list as edited: its values, its id once stored."""

    id: int | None
    values: dict[str, Any]
    key: int = field(default_factory=lambda: next(_keys))
    dirty: bool = False
    pending_id: int | None = None  # given by a save whose transaction has not committed yet

    @property
    def stored_id(self) -> int | None:
        return self.id if self.id is not None else self.pending_id

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


def entries_committed(entries) -> None:
    """After the settings transaction commits: ids given by the save are the entries' own."""
    for entry in entries:
        if entry.pending_id is not None:
            entry.id = entry.pending_id
        entry.pending_id = None
        entry.dirty = False


def entries_rolled_back(entries) -> None:
    """After the settings transaction rolls back: ids given by the save never existed."""
    for entry in entries:
        entry.pending_id = None


@dataclass
class Field:
    name: str
    label: str
    kind: str  # text, multiline, colour, money, decimal, int, bool, choice, custom
    options: dict[str, Any] = field(default_factory=dict)


class PageError(SalonError):
    """A save failed on one item of one page (the dialog shows that page and item)."""

    def __init__(self, page: CatalogPage, entry: Entry, message: str) -> None:
        super().__init__(message)
        self.page, self.entry = page, entry


class ColourButton(QPushButton):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = "#607d8b"
        self.clicked.connect(self._choose)
        self.setMaximumWidth(140)
        self._show()

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str | None) -> None:
        self._colour = colour or "#607d8b"
        self._show()

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, _tr("Choose a colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())
            self.changed.emit()

    def _show(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(self._colour))
        self.setIcon(QIcon(pixmap))
        self.setText(self._colour)


class CatalogPage(QWidget):
    """Subclasses set ``model`` and ``fields()``; they may adapt ``to_values``/``to_db``."""

    model: type = object
    deletable_builtin = True

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entries: list[Entry] = []
        self.deleted: list[Entry] = []
        self.widgets: dict[str, QWidget] = {}
        self._current: Entry | None = None
        self._filling = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setMinimumWidth(220)
        self.list.currentRowChanged.connect(self._show_entry)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_tr("Add"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button = QPushButton(_tr("Delete…"), self)
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 2)
        self.detail = QWidget(self)
        self.form = QFormLayout(self.detail)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Long labels (in some languages) go above their field instead of widening the page.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in self.fields():
            widget = self._make_widget(spec)
            self.widgets[spec.name] = widget
            self.form.addRow(spec.label, widget)
        self.empty_label = QLabel(_tr("Nothing here yet: click Add."), self)
        self.empty_label.setObjectName("muted")
        right = QVBoxLayout()
        right.addWidget(self.empty_label)
        right.addWidget(self.detail)
        right.addStretch(1)
        row.addLayout(right, 3)

    # --- to be adapted by each page ----------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def new_values(self) -> dict[str, Any]:
        return {"name": _tr("New item")}

    def to_values(self, item: Any) -> dict[str, Any]:
        return {spec.name: getattr(item, spec.name) for spec in self.fields()
                if spec.kind != "custom"}

    def to_db(self, entry: Entry) -> dict[str, Any]:
        return {spec.name: entry.values.get(spec.name) for spec in self.fields()
                if spec.kind != "custom"}

    def after_save(self, session: Session, entry: Entry, item: Any) -> None:
        """Hook for what save_item does not cover (package contents)."""

    def is_builtin(self, entry: Entry) -> bool:
        return bool(entry.values.get("builtin"))

    def list_icon(self, entry: Entry) -> QIcon | None:
        colour = entry.values.get("colour")
        if not colour:
            return None
        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(colour))
        return QIcon(pixmap)

    # --- the settings page contract ---------------------------------------------------------
    def load(self, session: Session) -> None:
        self.entries = [Entry(item.id, self.to_values(item))
                        for item in catalog.list_items(session, self.model)]
        self.deleted = []
        self._refill_list()

    def save(self, session: Session) -> None:
        for entry in self.deleted:
            if entry.id is not None:
                try:
                    catalog.delete_item(session, self.model, entry.id)
                except SalonError as exc:
                    raise PageError(self, entry,
                                    f"{self.title()}: {message_text(str(exc))}") from exc
        for entry in self.entries:
            if not entry.dirty and entry.id is not None:
                continue
            try:
                item = catalog.save_item(session, self.model, self.to_db(entry), entry.id)
                entry.pending_id = item.id
                self.after_save(session, entry, item)
            except ValidationError as exc:
                raise PageError(self, entry, _tr("{0}, “{1}”: {2}").format(
                    self.title(), entry.name or "—", message_text(str(exc)))) from exc

    def has_changes(self) -> bool:
        return bool(self.deleted) or any(e.dirty for e in self.entries)

    def committed(self) -> None:
        """The dialog's transaction committed: the new ids are real now."""
        entries_committed(self.entries)
        self.deleted = []

    def save_failed(self) -> None:
        entries_rolled_back(self.entries)

    # --- editing ----------------------------------------------------------------------------
    def add_entry(self) -> Entry:
        entry = Entry(None, self.new_values(), dirty=True)
        self.entries.append(entry)
        self._refill_list()
        self.select(entry)
        first = self.widgets.get("name")
        if isinstance(first, QLineEdit):
            first.setFocus()
            first.selectAll()
        return entry

    def select(self, entry: Entry) -> None:
        if entry in self.entries:
            self.list.setCurrentRow(self.entries.index(entry))

    def delete_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        if self.is_builtin(entry) and not self.deletable_builtin:
            dialogs.show_info(self, self.title(), _tr("“{0}” is built in and cannot be deleted.")
                              .format(entry.name))
            return
        question = _tr("Delete “{0}”?").format(entry.name)
        if entry.id is not None:
            with self.db.session() as session:
                usage = catalog.usage_summary(session, self.model, entry.id)
            if usage:
                uses = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in usage.items())
                question += " " + _tr("It is used by: {0}. Those records lose this link "
                                      "(consider making it inactive instead).").format(uses)
            else:
                question += " " + _tr("Nothing uses it yet.")
        question += " " + _tr("It is deleted when you save the settings.")
        if not dialogs.confirm(self, _tr("Delete"), question, _tr("Delete")):
            return
        index = self.entries.index(entry)
        self.entries.remove(entry)
        self.deleted.append(entry)
        self._current = None
        self._refill_list()
        if self.entries:
            self.list.setCurrentRow(min(index, len(self.entries) - 1))

    def _refill_list(self) -> None:
        self.list.blockSignals(True)
        current = self._current
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._label(entry))
            if icon := self.list_icon(entry):
                item.setIcon(icon)
            if entry.values.get("active") is False:
                item.setForeground(QColor("#8a8494"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current in self.entries:
            self.list.setCurrentRow(self.entries.index(current))
        elif self.entries:
            self.list.setCurrentRow(0)
        else:
            self._show_entry(-1)

    def _label(self, entry: Entry) -> str:
        label = entry.name or "—"
        if entry.values.get("active") is False:
            label += " " + _tr("(inactive)")
        if self.is_builtin(entry):
            label += " " + _tr("(built in)")
        return label

    def _show_entry(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self._current = entry
        self.detail.setVisible(entry is not None)
        self.empty_label.setVisible(entry is None)
        self.delete_button.setEnabled(entry is not None and (
            self.deletable_builtin or not self.is_builtin(entry)))
        if entry is None:
            return
        self._filling = True
        for spec in self.fields():
            self.write_widget(spec, entry.values.get(spec.name))
        self._filling = False

    def _edited(self, spec: Field) -> None:
        if self._filling or self._current is None:
            return
        entry = self._current
        entry.values[spec.name] = self.read_widget(spec)
        entry.dirty = True
        row = self.entries.index(entry)
        item = self.list.item(row)
        if item is not None:
            item.setText(self._label(entry))
            if icon := self.list_icon(entry):
                item.setIcon(icon)

    # --- widgets by kind --------------------------------------------------------------------
    def _make_widget(self, spec: Field) -> QWidget:
        kind, opts = spec.kind, spec.options
        if kind == "text":
            widget = QLineEdit(self)
            if "max" in opts:
                limit_to_column(widget, opts["max"])
            if "placeholder" in opts:
                widget.setPlaceholderText(opts["placeholder"])
            widget.textEdited.connect(lambda _t, s=spec: self._edited(s))
        elif kind == "multiline":
            widget = QPlainTextEdit(self)
            widget.setFixedHeight(opts.get("height", 70))
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(lambda s=spec: self._edited(s))
        elif kind == "colour":
            widget = ColourButton(self)
            widget.changed.connect(lambda s=spec: self._edited(s))
        elif kind == "money":
            widget = MoneyEdit(self)
            widget.textEdited.connect(lambda _t, s=spec: self._edited(s))
        elif kind == "decimal":
            widget = DecimalEdit(self)
            widget.textEdited.connect(lambda _t, s=spec: self._edited(s))
        elif kind == "int":
            widget = QSpinBox(self)
            widget.setRange(opts.get("min", 0), opts.get("max", 100000))
            widget.setSingleStep(opts.get("step", 1))
            if "suffix" in opts:
                widget.setSuffix(opts["suffix"])
            if "special" in opts:
                widget.setSpecialValueText(opts["special"])
            widget.setMaximumWidth(160)
            widget.valueChanged.connect(lambda _v, s=spec: self._edited(s))
        elif kind == "bool":
            widget = QCheckBox(opts.get("text", ""), self)
            widget.toggled.connect(lambda _v, s=spec: self._edited(s))
        elif kind == "choice":
            widget = QComboBox(self)
            widget.currentIndexChanged.connect(lambda _i, s=spec: self._edited(s))
        else:
            widget = self.make_custom(spec)
        return widget

    def make_custom(self, spec: Field) -> QWidget:
        raise NotImplementedError(spec.name)

    def read_widget(self, spec: Field) -> Any:
        widget = self.widgets[spec.name]
        kind = spec.kind
        if kind == "text":
            return widget.text()
        if kind == "multiline":
            return widget.toPlainText()
        if kind == "colour":
            return widget.colour()
        if kind == "money":
            try:
                return widget.cents()
            except ValueError:
                return 0
        if kind == "decimal":
            try:
                return widget.value()
            except ValueError:
                return Decimal(0)
        if kind == "int":
            return widget.value()
        if kind == "bool":
            return widget.isChecked()
        if kind == "choice":
            return widget.currentData()
        return self.read_custom(spec)

    def write_widget(self, spec: Field, value: Any) -> None:
        widget = self.widgets[spec.name]
        kind = spec.kind
        if kind in ("text",):  # a longer text stored earlier is shown whole, never cut
            set_whole_text(widget, "" if value is None else str(value))
        elif kind == "multiline":
            widget.setPlainText(value or "")
        elif kind == "colour":
            widget.set_colour(value)
        elif kind == "money":
            widget.set_cents(value)
        elif kind == "decimal":
            widget.set_value(value)
        elif kind == "int":
            widget.setValue(int(value or 0))
        elif kind == "bool":
            widget.setChecked(bool(value))
        elif kind == "choice":
            widget.setCurrentIndex(max(0, widget.findData(value)))
        else:
            self.write_custom(spec, value)

    def read_custom(self, spec: Field) -> Any:
        raise NotImplementedError(spec.name)

    def write_custom(self, spec: Field, value: Any) -> None:
        raise NotImplementedError(spec.name)
