"""Where each part of the app plugs into the shared windows, as "module:name" strings.

Keeping the lists here lets a feature add its menu actions, settings pages and record toolbar
buttons without editing the windows themselves.
"""

# Functions f(main_window) called once the main window is built (menu actions, pages...).
MAIN_WINDOW_EXTENSIONS: list[str] = [
    "salon_desk.ui.visits.extensions:add_schedule_page",
    "salon_desk.ui.care.at_risk:install_customer_list",
    "salon_desk.ui.transfer.export_actions:install",
    "salon_desk.ui.duplicates.extension:install_main_window",
]

# Functions f(record_window) called when a record window is built (toolbar actions...).
RECORD_WINDOW_EXTENSIONS: list[str] = [
    "salon_desk.ui.visits.extensions:add_record_actions",
    "salon_desk.ui.printing.record_actions:add_print_summary",
    "salon_desk.ui.care.at_risk:install_record_header",
    "salon_desk.ui.transfer.export_actions:add_record_export",
    "salon_desk.ui.duplicates.extension:install_record_window",
]

# Settings dialog pages: QWidget classes with title() -> str, load(session) and save(session).
SETTINGS_PAGES: list[str] = [
    "salon_desk.ui.printing.settings_page:PrintingSettingsPage",
    "salon_desk.ui.visits.settings_page:CardsPointsPage",
    "salon_desk.ui.care.settings_pages:SurveyTemplatesPage",
    "salon_desk.ui.care.settings_pages:CareSettingsPage",
]


def load(spec: str):
    """The object a "module:name" string points to."""
    import importlib

    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)
