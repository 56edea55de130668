"""The filter panel's fields, one kind per kind of criterion: each reads and shows one value of
services.segments.Criteria (a list of choices, a number, an amount, a day, yes/no/any)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QLineEdit, QMenu, QSizePolicy,
                               QSpinBox, QToolButton, QWidget)

from salon_desk.ui.i18n import translator

_tr = translator("Segments")
NO_DAY = QDate(1900, 1, 1)  # a date field at its minimum asks nothing


class ChoiceField(QToolButton):
    """Several values ticked in a drop-down menu ("any of" them); the button names them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.setMinimumWidth(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._show()

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        ticked = self.get()
        self.menu().clear()
        for value, text in choices:
            action = self.menu().addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in ticked)
            action.toggled.connect(self._toggled)
        self._show()

    def _toggled(self, _on: bool) -> None:
        self._show()
        self.changed.emit()

    def get(self) -> list:
        return [a.data() for a in self.menu().actions() if a.isChecked()]

    def set_value(self, values: list) -> None:
        for action in self.menu().actions():
            action.blockSignals(True)
            action.setChecked(action.data() in values)
            action.blockSignals(False)
        self._show()

    def tick(self, text: str) -> None:
        """Tick the choice shown as ``text`` (as a click in the menu does)."""
        for action in self.menu().actions():
            if action.text() == text:
                action.setChecked(True)

    def _show(self) -> None:
        names = [a.text() for a in self.menu().actions() if a.isChecked()]
        self.setText(", ".join(names) if names else _tr("Any"))
        self.setToolTip("\n".join(names))


class NumberField(QSpinBox):
    """A whole number, or nothing asked ("Any", below zero); ``scale`` 100 for an amount in
    cents typed in currency units."""

    changed = Signal()

    def __init__(self, maximum: int = 100_000, scale: int = 1, suffix: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setRange(-1, maximum)
        self.setSpecialValueText(_tr("Any"))
        self.setValue(-1)
        self.setSuffix(suffix)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def get(self) -> int | None:
        return None if self.value() < 0 else self.value() * self.scale

    def set_value(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value // self.scale)


class DayField(QDateEdit):
    """A day, or nothing asked ("Any")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DAY)
        self.setSpecialValueText(_tr("Any"))
        self.setDate(NO_DAY)
        self.dateChanged.connect(lambda _d: self.changed.emit())

    def get(self) -> dt.date | None:
        return None if self.date() == NO_DAY else self.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(NO_DAY if value is None else QDate(value))


class YesNoField(QComboBox):
    """Yes, no, or nothing asked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(_tr("Any"), None)
        self.addItem(_tr("Yes"), True)
        self.addItem(_tr("No"), False)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def get(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else 0)


class FlagField(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def get(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))


class WordsField(QLineEdit):
    """Words separated by commas ("Madrid, Getafe"): any of them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("Any (separate with commas)"))
        self.textChanged.connect(lambda _t: self.changed.emit())

    def get(self) -> list[str]:
        return [w.strip() for w in self.text().split(",") if w.strip()]

    def set_value(self, values: list[str]) -> None:
        self.setText(", ".join(values))
