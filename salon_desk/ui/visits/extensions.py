"""Where visits and money plug into the shared windows: the record's "New sale" and "Book
appointment" actions, and the main window's Schedule page."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from salon_desk.services.sales.selling import SaleDraft
from salon_desk.ui.style import icon
from salon_desk.ui.visits.common import tr


def add_record_actions(window) -> None:
    """Toolbar actions of a record window (needs ``db``, ``customer_id``, ``toolbar``,
    ``refresh()`` and ``show_tab()``)."""
    from salon_desk.ui.sales.sale_dialog import open_sale_dialog
    from salon_desk.ui.schedule.day_view import open_booking

    def new_sale() -> None:
        def charged(_sale_id: int) -> None:
            window.refresh()
            window.show_tab("SalesTab")

        window.sale_dialog = open_sale_dialog(window, window.db, SaleDraft(window.customer_id),
                                              charged)

    def book() -> None:
        window.booking_dialog = open_booking(window, window.db, window.customer_id,
                                             window.refresh)

    sale_action = QAction(icon("sale"), tr("New sale"), window)
    sale_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    sale_action.setToolTip(tr("Charge a sale to this customer"))
    sale_action.triggered.connect(new_sale)
    book_action = QAction(icon("calendar"), tr("Book appointment"), window)
    book_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    book_action.setToolTip(tr("Open the day schedule to book this customer"))
    book_action.triggered.connect(book)
    window.toolbar.addAction(sale_action)
    window.toolbar.addAction(book_action)
    window.sale_action, window.book_action = sale_action, book_action


def add_schedule_page(main_window) -> None:
    """The Schedule page of the main window: the day for every customer."""
    from salon_desk.ui.schedule.day_view import DayView

    view = DayView(main_window.db, None, main_window, open_record=main_window.open_record)
    main_window.schedule_view = view
    main_window.add_page("schedule", view, tr("Schedule"), icon("calendar"))
