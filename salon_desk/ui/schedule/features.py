"""Where visits and money plug into the shared windows (listed in ui.composition): the record's
"New sale" and "Book appointment" actions, and the main window's Schedule page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from salon_desk.services.sales.selling import SaleDraft
from salon_desk.ui.hosts import MainWindowHost, RecordWindowHost
from salon_desk.ui.sales.sale_dialog import SaleDialog, open_sale_dialog
from salon_desk.ui.schedule.day_view import BookingScheduleDialog, DayView, open_booking
from salon_desk.ui.style import icon
from salon_desk.ui.visits.common import tr


@dataclass
class VisitActions:
    """A record window's "New sale" and "Book appointment", and the dialog each last opened."""

    sale_action: QAction
    book_action: QAction
    sale_dialog: SaleDialog | None = None
    booking_dialog: BookingScheduleDialog | None = None


def add_record_actions(window: RecordWindowHost) -> VisitActions:
    def new_sale() -> None:
        def charged(_sale_id: int) -> None:
            window.refresh()
            window.show_tab("SalesTab")

        actions.sale_dialog = open_sale_dialog(window, window.db, SaleDraft(window.customer_id),
                                               charged)

    def book() -> None:
        actions.booking_dialog = open_booking(window, window.db, window.customer_id,
                                              window.refresh)

    sale_action = QAction(icon("sale"), tr("New sale"), window)
    sale_action.setObjectName("new_sale")
    sale_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    sale_action.setToolTip(tr("Charge a sale to this customer"))
    sale_action.triggered.connect(new_sale)
    book_action = QAction(icon("calendar"), tr("Book appointment"), window)
    book_action.setObjectName("book_appointment")
    book_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    book_action.setToolTip(tr("Open the day schedule to book this customer"))
    book_action.triggered.connect(book)
    window.toolbar.addAction(sale_action)
    window.toolbar.addAction(book_action)
    actions = window.features.add(VisitActions(sale_action, book_action))
    return actions


def add_schedule_page(main_window: MainWindowHost) -> None:
    """The Schedule page of the main window (``pages["schedule"]``): the day for every
    customer."""
    view = DayView(main_window.db, None, main_window, open_record=main_window.open_record)
    main_window.add_page("schedule", view, tr("Schedule"), icon("calendar"))
