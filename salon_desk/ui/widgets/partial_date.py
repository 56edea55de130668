"""Date fields that may be empty: a birthday whose year may be unknown, and optional dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QToolButton, QWidget

from salon_desk.ui import formatting

FIRST_YEAR = 1900


class PartialDateEdit(QWidget):
    """Day, month and an optional year (people often tell their birthday but not the year)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.day = QSpinBox(self)
        self.day.setRange(0, 31)
        self.day.setSpecialValueText(self.tr("Day"))
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setFixedWidth(max(70, self.day.sizeHint().width()))  # fits a translated "Day"
        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        self.month.addItem(self.tr("Month"), None)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat), m)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR - 1, dt.date.today().year)
        self.year.setSpecialValueText(self.tr("Year unknown"))
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setValue(FIRST_YEAR - 1)
        self.year.setFixedWidth(max(120, self.year.sizeHint().width()))  # and "Year unknown"
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.set_value(None, None, None))
        for widget in (self.day, self.month, self.year, self.clear_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.setFocusProxy(self.day)
        self.day.valueChanged.connect(self.changed)
        self.month.currentIndexChanged.connect(self.changed)
        self.year.valueChanged.connect(self.changed)

    def value(self) -> tuple[int | None, int | None, int | None]:
        """(year, month, day), each None when not given."""
        year = self.year.value() if self.year.value() >= FIRST_YEAR else None
        return year, self.month.currentData(), self.day.value() or None

    def set_value(self, year: int | None, month: int | None, day: int | None) -> None:
        self.day.setValue(day or 0)
        self.month.setCurrentIndex(max(0, self.month.findData(month)) if month else 0)
        self.year.setValue(year if year else FIRST_YEAR - 1)


class OptionalDateEdit(QWidget):
    """A date with a calendar that may also be left empty (shown as "—")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None,
                 maximum: dt.date | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self._null = QDate(FIRST_YEAR - 1, 12, 31)
        self.edit.setMinimumDate(self._null)
        if maximum:
            self.edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
        self.edit.setSpecialValueText("—")
        self.edit.setDisplayFormat(formatting.date_format())
        self.edit.setDate(self._null)
        self.edit.setMinimumWidth(140)
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.set_date(None))
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self.changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date opens the calendar on today, not on the placeholder year.
        if event.type() == QEvent.Type.Show and self.date() is None:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def date(self) -> dt.date | None:
        value = self.edit.date()
        if value <= self._null:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.edit.setDate(self._null)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
