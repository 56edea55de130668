"""Booking one appointment: who, what, with whom, where, when; warnings shown before confirming.

Opened from a free slot of the day schedule (staff and time filled in) or from the record. The
appointments service refuses clashes and blocked customers; its message is shown as it is and
the dialog stays open so the receptionist can pick another time. Another appointment of the
customer at that time is warned about as soon as the time is chosen, and booking over it asks
first ("Book anyway"). The choices follow the salon's lists as they change (settings, demo).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.schedule.appointments import (
    HOLDING,
    STATUS_LABELS,
    AppointmentData,
    appointment_data,
    book,
    customer_overlaps,
    update_appointment,
)
from salon_desk.services.errors import ScheduleClash
from salon_desk.services.schedule.booking import booking_warnings
from salon_desk.services.customers.records import get_customer
from salon_desk.services.sales.context import sale_context
from salon_desk.services.search.lookup import search
from salon_desk.ui import dialogs
from salon_desk.ui.events import appointments_changed, events
from salon_desk.ui.saving import action_buttons
from salon_desk.ui.overlap import overlap_warning, run_booking
from salon_desk.ui.texts import message_text
from salon_desk.ui.visits.common import MoneyEdit, tr
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.widgets.dates import date_edit, from_qdate, to_qdate, to_qtime

WARNING_LINES = 7  # lines of warnings shown before their place scrolls


class BookingDialog(QDialog):
    """Emits ``booked(appointment_id)`` and closes once the appointment is recorded."""

    booked = Signal(int)

    def __init__(self, db: Database, customer_id: int | None, start: dt.datetime,
                 staff_id: int | None = None, service_id: int | None = None,
                 room_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self.appointment_id: int | None = None
        self.editing_id: int | None = None
        self.budget_id: int | None = None
        self._chosen_name = ""  # the customer picked in the search list
        with db.session() as session:
            self.ctx = sale_context(session, customer_id)
        self.setWindowTitle(self.tr("Book an appointment"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        if customer_id:
            self.customer_label = QLabel(f"<b>{self.ctx.customer_name}</b>", self)
            form.addRow(self.tr("Customer"), self.customer_label)
        else:
            self.customer_search = QLineEdit(self)
            self.customer_search.setPlaceholderText(self.tr("Name, phone, email or ID"))
            self.customer_results = QListWidget(self)
            self.customer_results.setMaximumHeight(120)
            self._search_timer = QTimer(self, singleShot=True, interval=200)
            self._search_timer.timeout.connect(self._search)
            self.customer_search.textChanged.connect(self._search_timer.start)
            self.customer_results.currentItemChanged.connect(self._customer_chosen)
            form.addRow(self.tr("Customer"), self.customer_search)
            form.addRow("", self.customer_results)
        self.service_combo = QComboBox(self)
        self.staff_combo = QComboBox(self)
        self.room_combo = QComboBox(self)
        self._fill_choices()
        local = start.astimezone()
        self.date_edit = date_edit(self, local.date())
        self.time_edit = QTimeEdit(to_qtime(local.time()), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(5, 720)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.price_edit = MoneyEdit(self.ctx.currency, self)
        self.status_combo = QComboBox(self)
        for status in ("pending", "confirmed"):
            self.status_combo.addItem(tr(STATUS_LABELS[status]), status)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(60)
        form.addRow(self.tr("Service"), self.service_combo)
        form.addRow(self.tr("Staff member"), self.staff_combo)
        form.addRow(self.tr("Room or station"), self.room_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Start"), self.time_edit)
        form.addRow(self.tr("Duration"), self.duration_spin)
        form.addRow(self.tr("Price"), self.price_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout.addLayout(form)
        layout.addWidget(self._warnings_place())
        self.buttons, self.book_button = action_buttons(self, self.tr("Book"), self.confirm)
        layout.addWidget(self.buttons)

        self._select(self.staff_combo, staff_id)
        self._select(self.room_combo, room_id)
        self._select(self.service_combo, service_id)
        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self.date_edit.dateChanged.connect(self.update_warnings)
        self.time_edit.timeChanged.connect(self.update_warnings)
        self.duration_spin.valueChanged.connect(self.update_warnings)
        self.status_combo.currentIndexChanged.connect(self.update_warnings)
        self._service_changed()
        events().settings_changed.connect(self._settings_changed)

    def _warnings_place(self) -> QScrollArea:
        """The warnings' own place, always there and always as high (a muted line when there
        is nothing to watch, a scroll bar past WARNING_LINES lines): a warning that comes or
        goes as the time changes never moves the Book button under the pointer."""
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("muted")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.warnings_label)
        column.addStretch(1)
        area = QScrollArea(self)
        area.setObjectName("bookingWarnings")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidgetResizable(True)
        area.setWidget(holder)
        holder.setAutoFillBackground(False)  # the dialog's own background shows through
        area.viewport().setAutoFillBackground(False)
        area.setFixedHeight(self.fontMetrics().lineSpacing() * WARNING_LINES + 16)
        self.warnings_area = area
        return area

    def _fill_choices(self) -> None:
        """The services, staff and rooms of self.ctx, keeping what was chosen."""
        for combo, items, empty in (
                (self.service_combo, [(s.id, f"{s.name} ({s.minutes} min)")
                                      for s in self.ctx.services], None),
                (self.staff_combo, self.ctx.staff, None),
                (self.room_combo, self.ctx.rooms, self.tr("— no room —"))):
            fill_combo(combo, items, blank=empty, current=combo.currentData())

    def _settings_changed(self) -> None:
        """Services, staff or rooms were added or changed (settings, the demo salon)."""
        had_service = self.service_combo.currentData()
        with self.db.session() as session:
            self.ctx = sale_context(session, self.customer_id)
        self._fill_choices()
        if self.service_combo.currentData() != had_service and self.editing_id is None:
            self._service_changed()
        else:
            self.update_warnings()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        if value is not None and (i := combo.findData(value)) >= 0:
            combo.setCurrentIndex(i)

    def _service_changed(self) -> None:
        service_id = self.service_combo.currentData()
        item = next((s for s in self.ctx.services if s.id == service_id), None)
        if item is not None:
            self.duration_spin.setValue(item.minutes)
            self.price_edit.set_cents(item.price_cents)
        self.update_warnings()

    def _search(self) -> None:
        text = self.customer_search.text().strip()
        self.customer_results.clear()
        if len(text) < 2 and not text.isdigit():
            return
        with self.db.session() as session:
            rows = search(session, text, limit=20)
        for row in rows:
            extra = row.mobile or row.email or ""
            item = QListWidgetItem(f"{row.name}   #{row.id}   {extra}".strip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            self.customer_results.addItem(item)
        if rows:
            self.customer_results.setCurrentRow(0)

    def _customer_chosen(self, item: QListWidgetItem | None) -> None:
        self.customer_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._chosen_name = item.data(Qt.ItemDataRole.UserRole + 1) if item else ""
        self.update_warnings()

    def start(self) -> dt.datetime:
        day = from_qdate(self.date_edit.date())
        t = self.time_edit.time()
        return dt.datetime.combine(day, dt.time(t.hour(), t.minute())).astimezone()

    def update_warnings(self) -> None:
        warnings: list[str] = []
        if self.customer_id:
            with self.db.session() as session:
                warnings = booking_warnings(session, self.customer_id,
                                            self.service_combo.currentData(), self.start())
                overlaps = []
                if self.status_combo.currentData() in HOLDING:
                    overlaps = customer_overlaps(session, self.customer_id, self.start(),
                                                 self.duration_spin.value(), self.editing_id)
                blocked = get_customer(session, self.customer_id).blocked
            if overlaps:  # after "blocked", before the customer's notes: it is about this time
                warnings.insert(1 if blocked else 0, overlap_warning(
                    self.ctx.customer_name or self._chosen_name, overlaps))
        self.warnings = warnings
        kind = "allergyBanner" if warnings else "muted"
        if self.warnings_label.objectName() != kind:
            self.warnings_label.setObjectName(kind)
            self.warnings_label.style().unpolish(self.warnings_label)
            self.warnings_label.style().polish(self.warnings_label)
        if warnings:
            text = "\n".join(f"⚠ {message_text(w)}" for w in warnings)
        elif self.customer_id:
            text = self.tr("No warnings for this booking.")
        else:
            text = self.tr("Choose the customer to see their warnings.")
        self.warnings_label.setText(text)

    def data(self) -> AppointmentData:
        return AppointmentData(
            customer_id=self.customer_id, service_id=self.service_combo.currentData(),
            staff_id=self.staff_combo.currentData(), room_id=self.room_combo.currentData(),
            starts_at=self.start(), duration_minutes=self.duration_spin.value(),
            price_cents=self.price_edit.cents(), status=self.status_combo.currentData(),
            notes=self.notes_edit.toPlainText())

    def edit_existing(self, appointment_id: int) -> None:
        """Turn the dialog into editing a booked appointment (reschedule, change, note)."""
        with self.db.session() as session:
            data = appointment_data(session, appointment_id)
        self.editing_id = appointment_id
        self.setWindowTitle(self.tr("Appointment"))
        self.book_button.setText(self.tr("Save"))
        self.status_combo.clear()
        for status, label in STATUS_LABELS.items():
            self.status_combo.addItem(tr(label), status)
        self._select(self.service_combo, data.service_id)
        self._select(self.staff_combo, data.staff_id)
        self._select(self.room_combo, data.room_id)
        self._select(self.status_combo, data.status)
        local = data.starts_at.astimezone()
        self.date_edit.setDate(to_qdate(local.date()))
        self.time_edit.setTime(to_qtime(local.time()))
        self.duration_spin.setValue(data.duration_minutes)
        self.price_edit.set_cents(data.price_cents)
        self.notes_edit.setPlainText(data.notes)
        self.budget_id = data.budget_id
        self.update_warnings()

    def confirm(self) -> None:
        if self.editing_id is not None:
            data = self.data()
            data.budget_id = self.budget_id
            outcome = run_booking(self, self.db, self.tr("The appointment was not changed"),
                                  lambda s, allow: update_appointment(
                                      s, self.editing_id, data,
                                      allow_customer_overlap=allow).id)
            if outcome.ok:
                self.appointment_id = self.editing_id
                appointments_changed([self.customer_id])
                self.booked.emit(self.appointment_id)
                self.accept()
            return
        if not self.customer_id:
            dialogs.show_error(self, self.tr("Book an appointment"),
                               self.tr("Choose the customer first."))
            return
        data = self.data()
        outcome = run_booking(self, self.db, self.tr("The appointment was not booked"),
                              lambda s, allow: book(s, data, allow_customer_overlap=allow).id)
        if isinstance(outcome.exception, ScheduleClash):
            appointments_changed()  # booked at another desk: the schedules show it taken
        if outcome.ok:
            self.appointment_id = outcome.value
            appointments_changed([self.customer_id])
            self.booked.emit(self.appointment_id)
            self.accept()
