"""The record's appointments: upcoming and past apart, filtered by dates and service, with status
changes, completing and charging, booking and printing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from salon_desk.models.db import Database
from salon_desk.services.schedule import appointments
from salon_desk.services.customers import record_counts
from salon_desk.services.schedule.appointments import STATUS_LABELS, AppointmentRow
from salon_desk.services.sales.catalog import list_items
from salon_desk.services.settings import CURRENCY
from salon_desk.services.settings import get as get_setting
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.events import appointments_changed
from salon_desk.ui.saving import run_write
from salon_desk.ui.overlap import run_booking
from salon_desk.ui.sales.sale_view import open_sale_view
from salon_desk.ui.schedule.booking_dialog import BookingDialog
from salon_desk.ui.schedule.day_view import open_booking
from salon_desk.ui.sales.sale_dialog import open_sale_dialog
from salon_desk.ui.visits.common import open_print_preview, tr
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row
from salon_desk.ui.widgets.dates import date_edit, from_qdate
from salon_desk.services import permissions
from salon_desk.ui.signin.guard import guard

STATUS_COLOURS = {"pending": "#b26a00", "confirmed": "#1565c0", "completed": "#2e7d32",
                  "cancelled": "#8a8494", "no_show": "#c62828"}


def _columns(currency: str) -> list[Column]:
    return [
        Column(tr("Date"), lambda r: formatting.date(r.starts_at), 100),
        Column(tr("Time"), lambda r: f"{formatting.local(r.starts_at):%H:%M}–"
                                     f"{formatting.local(r.ends_at):%H:%M}", 95),
        Column(tr("Service"), lambda r: r.service_name, 190),
        Column(tr("Staff"), lambda r: r.staff_name, 90),
        Column(tr("Room"), lambda r: r.room_name, 95),
        Column(tr("Status"), lambda r: tr(STATUS_LABELS.get(r.status, r.status)), 90,
               colour=lambda r: STATUS_COLOURS.get(r.status)),
        Column(tr("Price"), lambda r: formatting.money(r.price_cents, currency), 80, RIGHT),
        Column(tr("Ticket"), lambda r: r.ticket_number or "", 105),
        Column(tr("Notes"), lambda r: " ".join(r.notes.split()), 150, tooltip=lambda r: r.notes),
    ]


class AppointmentsTab(RecordTab):
    COUNT = record_counts.APPOINTMENTS

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.currency = "EUR"
        self.sale_dialog = None
        self.booking = None
        self.edit_dialog = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.range_check = QCheckBox(self.tr("From"), self)
        self.from_edit = date_edit(self, dt.date.today() - dt.timedelta(days=365))
        self.to_edit = date_edit(self, dt.date.today() + dt.timedelta(days=90))
        self.service_combo = QComboBox(self)
        self.service_combo.setMinimumWidth(180)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        bar.addWidget(self.range_check)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.to_edit)
        bar.addSpacing(10)
        bar.addWidget(QLabel(self.tr("Service:"), self))
        bar.addWidget(self.service_combo)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        self.book_button = QPushButton(self.tr("Book…"), self)
        self.book_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.status_button = QPushButton(self.tr("Status"), self)
        self.charge_button = QPushButton(self.tr("Complete and charge…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        for b in (self.book_button, self.edit_button, self.status_button, self.charge_button,
                  self.print_button):
            bar.addWidget(b)
        guard(self.book_button, permissions.BOOK)
        guard(self.edit_button, permissions.BOOK, hide=True)
        guard(self.status_button, permissions.BOOK, hide=True)
        guard(self.charge_button, permissions.CHARGE, hide=True)
        layout.addLayout(bar)

        self.empty_label = QLabel(self.tr("No appointments found"), self)
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.upcoming_label, self.upcoming_model, self.upcoming_view = self._section()
        self.past_label, self.past_model, self.past_view = self._section()
        layout.addWidget(self.splitter, 1)
        self.splitter.setSizes([200, 400])

        menu = QMenu(self)
        for status in ("pending", "confirmed", "completed", "no_show", "cancelled"):
            menu.addAction(tr(STATUS_LABELS[status]), lambda s=status: self.change_status(s))
        self.status_button.setMenu(menu)
        self.range_check.toggled.connect(self.reload)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
            self.range_check.toggled.connect(edit.setEnabled)
        self.from_edit.dateChanged.connect(self._range_changed)
        self.to_edit.dateChanged.connect(self._range_changed)
        self.service_combo.currentIndexChanged.connect(self.reload)
        self.clear_button.clicked.connect(self.clear_filters)
        self.book_button.clicked.connect(self.book)
        self.edit_button.clicked.connect(self.edit)
        self.charge_button.clicked.connect(self.complete_and_charge)
        self.print_button.clicked.connect(self.print_list)

    def _section(self) -> tuple[QLabel, RowsModel, QTableView]:
        box = QWidget(self.splitter)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 4, 0, 0)
        label = QLabel(box)
        label.setObjectName("sectionTitle")
        model = RowsModel(_columns(self.currency), self,
                          muted=lambda r: r.status in ("cancelled", "no_show"))
        view = make_table(model, box)
        view.doubleClicked.connect(lambda _i, v=view: self._double_clicked(v))
        view.clicked.connect(lambda _i, v=view: self._selected_in(v))
        col.addWidget(label)
        col.addWidget(view)
        self.splitter.addWidget(box)
        return label, model, view

    # --- RecordTab ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Appointments")

    def load(self) -> None:
        from salon_desk.models import Service

        with self.db.session() as session:
            self.currency = get_setting(session, CURRENCY)
            services = [(s.id, s.name) for s in list_items(session, Service)]
        # filled again on every load: services added in the settings meanwhile appear
        wanted = self.service_combo.currentData()
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("All services"), None)
        for service_id, name in services:
            self.service_combo.addItem(name, service_id)
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(wanted)))
        self.service_combo.blockSignals(False)
        for model in (self.upcoming_model, self.past_model):
            model.columns = _columns(self.currency)
        self.reload()

    # --- filters ------------------------------------------------------------------------------
    def _range_changed(self) -> None:
        if self.range_check.isChecked():
            self.reload()

    def clear_filters(self) -> None:
        for w in (self.range_check, self.service_combo):
            w.blockSignals(True)
        self.range_check.setChecked(False)
        self.service_combo.setCurrentIndex(0)
        for w in (self.range_check, self.service_combo):
            w.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        kwargs = {"service_id": self.service_combo.currentData()}
        if self.range_check.isChecked():
            kwargs["date_from"] = from_qdate(self.from_edit.date())
            kwargs["date_to"] = from_qdate(self.to_edit.date())
        now = dt.datetime.now(dt.UTC)
        with self.db.session() as session:
            rows = appointments.list_appointments(session, self.customer_id, **kwargs, now=now)
        upcoming = [r for r in rows if r.starts_at >= now]
        past = [r for r in rows if r.starts_at < now]
        self.upcoming_model.set_rows(upcoming)
        self.past_model.set_rows(past)
        self.upcoming_label.setText(self.tr("Upcoming ({0})").format(len(upcoming)))
        self.past_label.setText(self.tr("Past ({0})").format(len(past)))
        self.empty_label.setVisible(not rows)
        self.splitter.setVisible(bool(rows))
        self.past_view.scrollToBottom()  # chronological: the latest visits at the bottom
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------------
    def _selected_in(self, view: QTableView) -> None:
        other = self.past_view if view is self.upcoming_view else self.upcoming_view
        other.clearSelection()
        self._update_buttons()

    def selected(self) -> AppointmentRow | None:
        return selected_row(self.upcoming_view) or selected_row(self.past_view)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.status_button.setEnabled(row is not None)
        self.edit_button.setEnabled(row is not None and row.sale_id is None)
        self.charge_button.setEnabled(row is not None and row.sale_id is None
                                      and row.status not in ("cancelled", "no_show"))

    def select(self, appointment_id: int) -> None:
        for model, view in ((self.upcoming_model, self.upcoming_view),
                            (self.past_model, self.past_view)):
            for i, row in enumerate(model.rows):
                if row.id == appointment_id:
                    view.selectRow(i)
                    self._selected_in(view)
                    return

    def change_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        if status == "cancelled" and not dialogs.confirm(
                self, self.tr("Cancel the appointment"),
                self.tr("Cancel this appointment? Its slot becomes free."),
                self.tr("Cancel appointment")):
            return
        outcome = run_booking(self, self.db, self.tr("The status was not changed"),
                              lambda s, allow: appointments.set_status(
                                  s, row.id, status, allow_customer_overlap=allow))
        if outcome.ok:
            appointments_changed([self.customer_id])
            self._after_change(row.id)
            if status == "completed" and row.sale_id is None:
                self.complete_and_charge()

    def complete_and_charge(self) -> None:
        row = self.selected()
        if row is None:
            return
        outcome = run_write(self, self.db, self.tr("The appointment was not completed"),
                            lambda s: appointments.complete(s, row.id))
        if not outcome.ok:
            return
        appointments_changed([self.customer_id])
        self._after_change(row.id)
        if outcome.value is not None:
            self.sale_dialog = open_sale_dialog(self, self.db, outcome.value,
                                                lambda _sale: self._after_change(row.id))

    def _after_change(self, appointment_id: int | None = None) -> None:
        self.reload()
        if appointment_id is not None:
            self.select(appointment_id)
        self.changed.emit()

    def book(self) -> None:
        self.booking = open_booking(self, self.db, self.customer_id, self._after_change)

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = BookingDialog(self.db, self.customer_id, row.starts_at, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edit_existing(row.id)
        dialog.booked.connect(self._after_change)
        self.edit_dialog = dialog
        dialog.open()

    def _double_clicked(self, view: QTableView) -> None:
        """A charged appointment shows its ticket; another one opens for changes."""
        row = selected_row(view)
        if row is not None and row.sale_id:
            self._open_ticket(view)
        elif row is not None:
            self.edit()

    def _open_ticket(self, view: QTableView) -> None:
        row = selected_row(view)
        if row is not None and row.sale_id:
            open_sale_view(self, self.db, row.sale_id)

    def print_list(self) -> None:
        open_print_preview(self, self.db, "appointments", self.customer_id)
