"""The day schedule: staff columns, slots within the opening hours, appointments as blocks.

Used in two places: the record's "Book appointment" (the customer is known; clicking a free slot
books the chosen service for them) and the main window's Schedule page (the booking dialog asks
which customer). Clicking an appointment offers its status changes and charging it.

The view follows the app's events: appointments, customers or money changed anywhere (a record,
another schedule, the demo) reload the day, at once when it is on screen and when it is next
shown otherwise; the salon's lists changing (settings, the demo) refill the staff columns and
the Service and Room boxes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.schedule import appointments
from salon_desk.services import permissions
from salon_desk.services.schedule.appointments import STATUS_LABELS, DaySchedule, day_schedule
from salon_desk.services.sales.context import sale_context
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.events import appointments_changed, events
from salon_desk.ui.sales.sale_dialog import open_sale_dialog
from salon_desk.ui.saving import run_write
from salon_desk.ui.schedule.booking_dialog import BookingDialog
from salon_desk.ui.overlap import run_booking
from salon_desk.ui.schedule.grid import ScheduleGrid, ScheduleHeader
from salon_desk.ui.visits.common import tr
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.widgets.dates import date_edit, from_qdate, to_qdate
from salon_desk.ui.signin.guard import when_signed_in_changed, who_may_text


class DayView(QWidget):
    """``booked(appointment_id)`` after a booking; ``changed()`` after any change."""

    booked = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, customer_id: int | None = None,
                 parent: QWidget | None = None, day: dt.date | None = None,
                 open_record: Callable[[int], object] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self.open_record = open_record
        self.booking_dialog: BookingDialog | None = None
        self.menu: QMenu | None = None
        with db.session() as session:
            ctx = sale_context(session, customer_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setToolTip(self.tr("Previous day"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next day"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.date_edit = date_edit(self)
        self.day_label = QLabel(self)
        self.day_label.setObjectName("pageTitle")
        self.service_combo = QComboBox(self)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.room_combo = QComboBox(self)
        self._fill_choices(ctx)
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.day_label, 1)
        bar.addWidget(QLabel(self.tr("Service:"), self))
        bar.addWidget(self.service_combo)
        bar.addWidget(QLabel(self.tr("Room:"), self))
        bar.addWidget(self.room_combo)
        layout.addLayout(bar)
        hint = QLabel(self)
        hint.setObjectName("muted")
        if customer_id:
            hint.setText(self.tr("Booking for {0}: click a free slot to book the chosen "
                                 "service.").format(ctx.customer_name))
        else:
            hint.setText(self.tr("Click a free slot to book; click an appointment to confirm, "
                                 "charge or cancel it."))
        layout.addWidget(hint)
        self.grid = ScheduleGrid(self)
        self.header = ScheduleHeader(self.grid, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)

        self.prev_button.clicked.connect(self.previous_day)
        self.next_button.clicked.connect(self.next_day)
        self.today_button.clicked.connect(self.show_today)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.grid.slot_clicked.connect(self.slot_clicked)
        self.grid.appointment_clicked.connect(self.appointment_clicked)
        self._stale = False
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._reload_if_stale)
        self.day = day or dt.date.today()
        self.show_day(self.day)
        hub = events()
        hub.appointments_changed.connect(self._data_changed)
        hub.customers_changed.connect(self._data_changed)
        hub.money_changed.connect(self._data_changed)
        hub.settings_changed.connect(self._settings_changed)
        when_signed_in_changed(self._signed_in_changed)

    def _fill_choices(self, ctx) -> None:
        """The Service and Room boxes from the salon's lists, keeping what was chosen."""
        for combo, items, empty in (
                (self.service_combo, [(s.id, f"{s.name} ({s.minutes} min)")
                                      for s in ctx.services], None),
                (self.room_combo, ctx.rooms, self.tr("No room"))):
            fill_combo(combo, items, blank=empty, current=combo.currentData())

    # --- changes made elsewhere ---------------------------------------------------------------
    def _data_changed(self, _ids: list) -> None:
        """Something the day shows may have changed: reload once, now if on screen."""
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def _signed_in_changed(self) -> None:
        self._data_changed([])  # another member may see the schedule, or not

    def _settings_changed(self) -> None:
        with self.db.session() as session:
            self._fill_choices(sale_context(session, None))
        self._data_changed([])

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.header.update()

    def previous_day(self) -> None:
        self.show_day(self.day - dt.timedelta(days=1))

    def next_day(self) -> None:
        self.show_day(self.day + dt.timedelta(days=1))

    def show_today(self) -> None:
        self.show_day(dt.date.today())

    def _date_picked(self, value) -> None:
        self.show_day(from_qdate(value))

    def show_day(self, day: dt.date) -> None:
        self.day = day
        if from_qdate(self.date_edit.date()) != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(day))
            self.date_edit.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self._stale = False
        self._reload_timer.stop()
        with self.db.session() as session:
            if permissions.may(permissions.SEE_SCHEDULE):
                self.schedule = day_schedule(session, self.day)
            else:  # an empty day, saying who may see it
                self.schedule = DaySchedule(self.day, *appointments.opening_hours(session), [],
                                            [])
        self.grid.setToolTip("" if permissions.may(permissions.SEE_SCHEDULE)
                             else who_may_text(permissions.SEE_SCHEDULE))
        self.grid.set_schedule(self.schedule)
        self.header.update()
        label = formatting.date(self.day)
        if self.day == dt.date.today():
            label = self.tr("Today, {0}").format(label)
        count = len(self.schedule.items)
        self.day_label.setText(self.tr("{0}  ·  %Ln appointment(s)", "", count).format(label))

    def select_service(self, service_id: int) -> None:
        if (i := self.service_combo.findData(service_id)) >= 0:
            self.service_combo.setCurrentIndex(i)

    # --- booking ------------------------------------------------------------------------------
    def slot_clicked(self, staff_id: int, start: dt.datetime) -> None:
        if not permissions.may(permissions.BOOK):
            QToolTip.showText(QCursor.pos(), who_may_text(permissions.BOOK), self.grid)
            return
        dialog = BookingDialog(self.db, self.customer_id, start, staff_id=staff_id,
                               service_id=self.service_combo.currentData(),
                               room_id=self.room_combo.currentData(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(self._booked)
        self.booking_dialog = dialog
        dialog.open()

    def _booked(self, appointment_id: int) -> None:
        self.reload()
        self.booked.emit(appointment_id)
        self.changed.emit()

    # --- what to do with an appointment -------------------------------------------------------
    def appointment_clicked(self, appointment_id: int, where: QPoint) -> None:
        item = next(i for i in self.schedule.items if i.id == appointment_id)
        menu = QMenu(self)
        title = menu.addAction(f"{item.customer_name} · {item.service_name}")
        title.setEnabled(False)
        menu.addSeparator()
        if self.open_record is not None and item.customer_id:
            menu.addAction(self.tr("Open the customer's record"),
                           lambda: self.open_record(item.customer_id))
        menu.addAction(self.tr("Change or move…"), lambda: self.edit(appointment_id))
        for status in ("confirmed", "pending", "no_show"):
            if status != item.status:
                menu.addAction(self.tr("Mark as {0}").format(tr(STATUS_LABELS[status]).lower()),
                               lambda s=status: self.set_status(appointment_id, s))
        if item.status != "completed":
            menu.addAction(self.tr("Complete and charge…"),
                           lambda: self.complete(appointment_id))
        menu.addSeparator()
        menu.addAction(self.tr("Cancel the appointment…"), lambda: self.cancel(appointment_id))
        self.menu = menu
        menu.popup(where)

    def edit(self, appointment_id: int) -> None:
        item = next(i for i in self.schedule.items if i.id == appointment_id)
        dialog = BookingDialog(self.db, item.customer_id, item.starts_at, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edit_existing(appointment_id)
        dialog.booked.connect(self._booked)
        self.booking_dialog = dialog
        dialog.open()

    def set_status(self, appointment_id: int, status: str) -> bool:
        outcome = run_booking(self, self.db, self.tr("The appointment was not changed"),
                              lambda s, allow: appointments.set_status(
                                  s, appointment_id, status, allow_customer_overlap=allow))
        if outcome.ok:
            self._changed_here(appointment_id)
        return outcome.ok

    def _customer_of(self, appointment_id: int) -> int | None:
        item = next((i for i in self.schedule.items if i.id == appointment_id), None)
        return item.customer_id if item else None

    def _changed_here(self, appointment_id: int) -> None:
        appointments_changed([self._customer_of(appointment_id)])
        self.reload()
        self.changed.emit()

    def cancel(self, appointment_id: int) -> None:
        if dialogs.confirm(self, self.tr("Cancel the appointment"),
                           self.tr("Cancel this appointment? Its slot becomes free."),
                           self.tr("Cancel appointment")):
            self.set_status(appointment_id, "cancelled")

    def complete(self, appointment_id: int) -> None:
        outcome = run_write(self, self.db, self.tr("The appointment was not completed"),
                            lambda s: appointments.complete(s, appointment_id))
        if not outcome.ok:
            return
        self._changed_here(appointment_id)
        if outcome.value is not None:
            self.sale_dialog = open_sale_dialog(self, self.db, outcome.value,
                                                self._charged)

    def _charged(self, _sale_id: int) -> None:
        self.reload()
        self.changed.emit()


class BookingScheduleDialog(QDialog):
    """The day schedule in a window, to book for one customer from their record."""

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None,
                 service_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book an appointment"))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        self.day_view = DayView(db, customer_id, self)
        if service_id:
            self.day_view.select_service(service_id)
        layout.addWidget(self.day_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def open_booking(parent: QWidget | None, db: Database, customer_id: int,
                 on_change: Callable[[], None] | None = None) -> BookingScheduleDialog:
    dialog = BookingScheduleDialog(db, customer_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_change is not None:
        dialog.day_view.changed.connect(on_change)
    dialog.open()
    return dialog
