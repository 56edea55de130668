"""Date fields that may be empty: a birthday whose year may be unknown, and optional dates."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QToolButton, QWidget

from salon_desk.ui import formatting

FIRST_YEAR = 1900
UNKNOWN = 0  # the day or year box holds 0 while nothing is given (it shows "Day", "Year unknown")


class TypedNumberBox(QSpinBox):
    """A number box that is typed into like a line edit.

    While it shows its empty text ("Day", "Year unknown"), the first digit typed replaces that
    text wherever the cursor is; a plain QSpinBox would refuse it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)  # keys sent to the text itself

    def _clear_empty_text(self, event: QKeyEvent) -> None:
        if self.value() == self.minimum() and event.text().isdigit():
            self.lineEdit().clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._clear_empty_text(event)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.KeyPress:
            self._clear_empty_text(event)
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:
        # Stepping up from "Year unknown" starts at a likely year, not at year 1.
        if self.value() == self.minimum() and steps > 0 and self.maximum() > 1000:
            self.setValue(dt.date.today().year - 30)
            return
        super().stepBy(steps)


class PartialDateEdit(QWidget):
    """Day, month and an optional year (people often tell their birthday but not the year).

    The day and the year are typed or stepped; a date that cannot be a birthday (a year to
    come, a 31 April) is kept as typed and explained by problem(), which the form shows beside
    the field.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.day = TypedNumberBox(self)
        self.day.setRange(UNKNOWN, 31)
        self.day.setSpecialValueText(self.tr("Day"))
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setFixedWidth(max(70, self.day.sizeHint().width()))  # fits a translated "Day"
        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        self.month.addItem(self.tr("Month"), None)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat), m)
        self.year = TypedNumberBox(self)
        # Any four-digit year can be typed; the ones that cannot be are said, not swallowed.
        self.year.setRange(UNKNOWN, 9999)
        self.year.setSpecialValueText(self.tr("Year unknown"))
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setValue(UNKNOWN)
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
        self.year.editingFinished.connect(self._year_finished)

    def _year_finished(self) -> None:
        """A two-digit year is read as the nearest past one ("85" is 1985, "07" 2007)."""
        year = self.year.value()
        if 0 < year < 100:
            full = 2000 + year
            self.year.setValue(full if full <= dt.date.today().year else full - 100)
        else:
            self.changed.emit()  # a short year is now finished: problem() may say so

    def value(self) -> tuple[int | None, int | None, int | None]:
        """(year, month, day), each None when not given."""
        return self.year.value() or None, self.month.currentData(), self.day.value() or None

    def set_value(self, year: int | None, month: int | None, day: int | None) -> None:
        self.day.setValue(day or UNKNOWN)
        self.month.setCurrentIndex(max(0, self.month.findData(month)) if month else 0)
        self.year.setValue(year or UNKNOWN)

    def problem(self, today: dt.date | None = None) -> str | None:
        """Why the date typed cannot be a date of birth, or None (also while half typed)."""
        today = today or dt.date.today()
        year, month, day = self.value()
        if year is not None and year > today.year:
            return self.tr("The year {0} is in the future").format(year)
        typing = self.year.hasFocus() and year is not None and year < 1000  # "1", "19", "198"
        if year is not None and year < FIRST_YEAR and not typing:
            return self.tr("The year {0} is too long ago").format(year)
        if month is None or day is None:
            return None
        if day > calendar.monthrange(year or 2000, month)[1]:  # 29 February without a year
            return self.tr("That month has no day {0}").format(day)
        if year is not None and dt.date(year, month, day) > today:
            return self.tr("This date is in the future")
        return None


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
