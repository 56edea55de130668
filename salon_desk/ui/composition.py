"""How the interface is put together: every feature, record tab and settings page, listed once.

The shared windows know nothing of the features: the main window and the record window are
hosts (ui.hosts), and each feature is a function that receives its host and adds pages, menu and
toolbar actions or a header strip. To add one, import it here and put it in its list; the order
of a list is the order on screen.

Windows ask for each other through the app's events (ui.events: ``open_record_requested``,
``edit_customer_requested``); ``connect_requests`` answers them with the functions below, so the
customer form, the record window and the features never import one another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from salon_desk.models.db import Database
from salon_desk.services import permissions
from salon_desk.ui.audit import feature as audit_feature
from salon_desk.ui.backups import feature as backups_feature
from salon_desk.ui.care.at_risk import install_customer_list, install_record_header
from salon_desk.ui.duplicates.extension import install_main_window, install_record_window
from salon_desk.ui.events import events
from salon_desk.ui.hosts import MainWindowFeature, RecordWindowFeature, SettingsPageFactory
from salon_desk.ui.main_window import MainWindow, WindowParts
from salon_desk.ui.privacy import retention_dialog
from salon_desk.ui.messages import feature as messages_feature
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.schedule.features import add_record_actions, add_schedule_page
from salon_desk.ui.segments import feature as segments_feature
from salon_desk.ui.server import changes as server_changes
from salon_desk.ui.server import connect as server_connect
from salon_desk.ui.signin import feature as signin_feature
from salon_desk.ui.signin.guard import guard
from salon_desk.ui.transfer import export_actions

if TYPE_CHECKING:
    from salon_desk.ui.customer_form import CustomerFormDialog
    from salon_desk.ui.settings_dialog import SettingsDialog

# Start-up. The windows opened later (a record with its tabs and print action, the customer
# form, the settings dialog and its pages) are imported when first opened, inside the functions
# below, not before the main window shows: they cost about 280 ms of the ~770 ms of imports the
# main window needs (CPU time of each group's imports, python -X importtime and
# time.process_time, median of four runs on a 2-core PC: printing and its PDF renderer 125 ms,
# the record tabs 95 ms, the customer form 30 ms, the settings dialog and pages 40 ms).
# Every other import is at the top of its module.

# Called once the main window is built, in this order (the schedule page comes second in the
# navigation, after the customers).
MAIN_WINDOW_FEATURES: list[MainWindowFeature] = [
    add_schedule_page,
    install_customer_list,
    segments_feature.install,
    export_actions.install,
    install_main_window,
    messages_feature.install_main_window,
    backups_feature.install,
    retention_dialog.install,
    audit_feature.install,
    server_changes.install,
    server_connect.install,
    signin_feature.install,  # last: it disables the others' owner-only actions
]


def record_window_features() -> list[RecordWindowFeature]:
    """Called when a record window is built, in this order: its toolbar actions and the care
    strip."""
    from salon_desk.ui.printing.record_actions import add_print_summary  # see Start-up
    from salon_desk.ui.privacy.record_actions import add_privacy_actions  # the record export

    return [
        add_record_actions,
        add_print_summary,
        install_record_header,
        export_actions.add_record_export,
        install_record_window,
        messages_feature.install_record_window,
        add_privacy_actions,
        signin_feature.install_record_window,  # last: it disables what a role may not do
    ]


def record_tabs() -> list[type[RecordTab]]:
    """The tabs of the customer record, in the order they appear."""
    # see Start-up
    from salon_desk.ui.care.documents_tab import DocumentsTab
    from salon_desk.ui.care.insights_tab import InsightsTab
    from salon_desk.ui.care.messages_tab import MessagesTab
    from salon_desk.ui.care.notes_tab import NotesTab
    from salon_desk.ui.care.patch_tests_tab import PatchTestsTab
    from salon_desk.ui.care.surveys_tab import SurveysTab
    from salon_desk.ui.record.appointments_tab import AppointmentsTab
    from salon_desk.ui.record.budgets_tab import BudgetsTab
    from salon_desk.ui.record.credits_tab import CreditsTab
    from salon_desk.ui.record.debts_tab import DebtsTab
    from salon_desk.ui.record.details_tab import DetailsTab
    from salon_desk.ui.record.history_tab import HistoryTab
    from salon_desk.ui.record.points_tab import PointsTab
    from salon_desk.ui.record.sales_tab import SalesTab
    from salon_desk.ui.record.summary_tab import SummaryTab

    return [DetailsTab, SummaryTab, AppointmentsTab, SalesTab, DebtsTab, CreditsTab, PointsTab,
            BudgetsTab, NotesTab, DocumentsTab, PatchTestsTab, SurveysTab, MessagesTab,
            InsightsTab, HistoryTab]


def settings_pages() -> list[SettingsPageFactory]:
    """The settings dialog's pages after the salon's own (details, lists, catalogue)."""
    # see Start-up
    from salon_desk.ui.backups.settings_page import BackupSettingsPage
    from salon_desk.ui.care.settings_pages import CareSettingsPage, SurveyTemplatesPage
    from salon_desk.ui.messages.settings_pages import (AutomaticMessagesPage, EmailSettingsPage,
                                                       SmsSettingsPage)
    from salon_desk.ui.messages.templates_page import TemplatesPage
    from salon_desk.ui.printing.settings_page import PrintingSettingsPage
    from salon_desk.ui.settings_pages.staff_page import StaffRolesPage
    from salon_desk.ui.visits.settings_page import CardsPointsPage

    return [
        StaffRolesPage,
        lambda _db, parent: PrintingSettingsPage(parent),
        CardsPointsPage,
        lambda _db, parent: SurveyTemplatesPage(parent=parent),
        lambda _db, parent: CareSettingsPage(parent=parent),
        BackupSettingsPage,
        EmailSettingsPage,
        SmsSettingsPage,
        AutomaticMessagesPage,
        TemplatesPage,
    ]


def open_record(db: Database, customer_id: int, parent: QWidget | None = None
                ) -> record_window.RecordWindow:
    """Show a customer's record (one window per customer: an open one comes to the front)."""
    return record_window.open_record_window(db, customer_id, parent, tabs=record_tabs(),
                                            features=record_window_features())


def open_customer_form(db: Database, customer_id: int | None, parent: QWidget | None = None
                       ) -> CustomerFormDialog:
    """The customer form: editing ``customer_id``, or a new customer when None."""
    from salon_desk.ui.customer_form import open_customer_form as open_form  # see Start-up

    return open_form(db, customer_id, parent)


def open_settings(db: Database, parent: QWidget | None = None) -> SettingsDialog:
    from salon_desk.ui.backups.settings_page import BackupSettingsPage  # see Start-up
    from salon_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db, parent, settings_pages())
    for page in dialog.pages:  # what a role may not change, disabled saying who may
        if page is dialog.badges_page:
            guard(page, permissions.CUSTOM_BADGES)
        elif isinstance(page, BackupSettingsPage):
            guard(page, permissions.BACKUP_SETTINGS)
    return dialog


def preload_record(db: Database | None = None) -> None:
    """Import the record's tabs ahead of the first record and build one record off screen
    (the app calls this once it is idle after start): the first record then opens as quickly
    as the next ones."""
    record_window.preload(db, record_tabs(), record_window_features())


_connected = False


def connect_requests() -> None:
    """Answer the windows' requests (ui.events) for a record or the customer form."""
    global _connected
    if _connected:
        return
    _connected = True
    events().open_record_requested.connect(
        lambda db, customer_id, parent: open_record(db, customer_id, parent))
    events().edit_customer_requested.connect(
        lambda db, customer_id, parent: open_customer_form(db, customer_id, parent))


def build_main_window(db: Database, features: Sequence[MainWindowFeature] | None = None
                      ) -> MainWindow:
    """The main window with every feature installed (``features``: only these, for tests)."""
    connect_requests()
    parts = WindowParts(open_record=open_record, open_customer_form=open_customer_form,
                        open_settings=open_settings)
    return MainWindow(db, parts, MAIN_WINDOW_FEATURES if features is None else features)
