"""Menu and toolbar actions: import, export (all, filtered, selected, a saved segment), template,
history, and the whole-record export of one customer. Plugged in through ui.composition."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from salon_desk.models.db import Database
from salon_desk.services.errors import SalonError
from salon_desk.services.segments import saved as saved_segments
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.hosts import MainWindowHost, RecordWindowHost
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.i18n import translator

EXPORT_FILTER = "Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"


_tr = translator("TransferActions")


def _with_suffix(path: str, default: str = ".xlsx") -> Path:
    p = Path(path)
    return p if p.suffix.lower() in (".xlsx", ".csv") else p.with_suffix(default)


def export_customers_to(parent: QWidget, db: Database, ids: list[int] | None,
                        what: str, about: str = "") -> BackgroundTask | None:
    """Ask where, then export in the background; ``ids`` None means every customer;
    ``about`` says in the audit trail what was exported (a segment)."""
    from salon_desk.services.customers.exporting import export_customers

    if ids is not None and not ids:
        dialogs.show_info(parent, _tr("Export customers"), _tr("There are no customers to "
                                                               "export in {0}.").format(what))
        return None
    suggested = f"customers-{dt.date.today().isoformat()}.xlsx"
    path = dialogs.choose_save_file(parent, _tr("Export {0} to").format(what), suggested,
                                    EXPORT_FILTER)
    if not path:
        return None
    target = _with_suffix(path)
    task = BackgroundTask(parent, _tr("Exporting customers"),
                          lambda: export_customers(db, target, ids, about))
    task.finished.connect(lambda result: dialogs.show_info(
        parent, _tr("Export customers"), export_done_text(result)))
    task.failed.connect(lambda exc, _tb: dialogs.show_error(parent, _tr("Export customers"),
                                                            str(exc)))
    return task.start()


def choose_segment(parent: QWidget, rows: list[saved_segments.SegmentRow]
                   ) -> saved_segments.SegmentRow | None:
    """The saved segment to export, picked by name; None when cancelled (tests replace this)."""
    names = [row.name for row in rows]
    name, ok = QInputDialog.getItem(parent, _tr("Export a segment"),
                                    _tr("Export the customers of the segment:"), names, 0, False)
    return rows[names.index(name)] if ok and name in names else None


def export_segment(parent: QWidget, db: Database, segment_id: int | None = None
                   ) -> BackgroundTask | None:
    """Export the customers of a saved segment, its rules read again now (a segment is a rule,
    not a list); which segment is asked when ``segment_id`` is None."""
    if segment_id is None:
        with db.session() as session:
            rows = saved_segments.list_segments(session)
        if not rows:
            dialogs.show_info(parent, _tr("Export a segment"),
                              _tr("There are no saved segments yet. Save a filter as a segment "
                                  "(Filters ▸ Save as segment…) to export it."))
            return None
        chosen = choose_segment(parent, rows)
        if chosen is None:
            return None
        segment_id = chosen.id
    try:
        with db.session() as session:
            name = saved_segments.load(session, segment_id).name
            ids = saved_segments.customer_ids(session, segment_id)
    except SalonError as exc:  # deleted in another window meanwhile
        dialogs.show_error(parent, _tr("Export a segment"), str(exc))
        return None
    return export_customers_to(parent, db, ids, _tr("the segment “{0}”").format(name),
                               f"of segment {segment_id}")


def export_done_text(result) -> str:
    """What an export did; texts too long for a spreadsheet cell are said by record number."""
    text = QCoreApplication.translate("TransferActions", "{0} customer(s) exported to {1}", None,
                                      result.customers).format(
        formatting.number(result.customers), result.path)
    if result.long_cells:
        ids = result.long_customers
        shown = ", ".join(f"#{i}" for i in ids[:20])
        if len(ids) > 20:
            shown = QCoreApplication.translate("TransferActions", "{0} and %n more", None,
                                               len(ids) - 20).format(shown)
        text += "\n\n" + QCoreApplication.translate(
            "TransferActions", "%n cell(s) held more than the 32,767 characters a spreadsheet "
            "cell takes (customers {0}): each goes on in the “(continued)” columns at the end of "
            "its row, and importing this file joins them back whole. A .csv export keeps them "
            "in one cell.", None, result.long_cells).format(shown)
    return text


def download_template(parent: QWidget) -> Path | None:
    from salon_desk.services.template import build_template

    path = dialogs.choose_save_file(parent, _tr("Save the import template as"),
                                    "customer-import-template.xlsx",
                                    "Excel workbook (*.xlsx)")
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
    try:
        build_template(target)
    except SalonError as exc:  # a folder that is not there, no permission...
        dialogs.show_error(parent, _tr("Import template"), str(exc))
        return None
    dialogs.show_info(parent, _tr("Import template"),
                      _tr("The template was saved to {0}. Fill in one customer per row, then "
                          "use File ▸ Import customers.").format(target))
    return target


def open_import_wizard(parent: QWidget, db: Database, on_done=None):
    # Imported on first use, not at start: the wizard, the history and the file readers behind
    # them take about 90 ms of CPU to import, against ~770 ms for the main window (as measured
    # in ui.composition).
    from salon_desk.ui.transfer.import_wizard import ImportWizard

    wizard = ImportWizard(db, parent)
    if on_done:
        wizard.finished.connect(lambda _code: wizard.result and on_done())
    wizard.open()
    return wizard


def open_import_history(parent: QWidget, db: Database, on_change=None):
    # On first use, as the wizard: it brings the same import services.
    from salon_desk.ui.transfer.history_dialog import ImportHistoryDialog

    dialog = ImportHistoryDialog(db, parent, on_change)
    dialog.open()
    return dialog


def _refresh_list(window: MainWindowHost) -> None:
    window.customer_list.refresh()


def install(window: MainWindowHost) -> dict[str, QAction]:
    """File and Customers menu actions."""
    db = window.db
    actions: dict[str, QAction] = {}

    def make(key: str, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, window)
        action.setObjectName(key)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        actions[key] = action
        return action

    make("import_customers", _tr("Import customers…"),
         lambda: open_import_wizard(window, db, lambda: _refresh_list(window)), "Ctrl+Shift+I")
    make("export_all", _tr("Export all customers…"),
         lambda: export_customers_to(window, db, None, _tr("all customers")), "Ctrl+Shift+E")
    make("export_segment", _tr("Export a segment…"), lambda: export_segment(window, db))
    make("import_template", _tr("Download import template…"), lambda: download_template(window))
    make("import_history", _tr("Import history…"),
         lambda: open_import_history(window, db, lambda: _refresh_list(window)))
    make("export_filtered", _tr("Export customers in the list…"),
         lambda: export_customers_to(window, db, window.customer_list.filtered_ids(),
                                     _tr("the customers in the list")))
    make("export_selected", _tr("Export selected customers…"),
         lambda: export_customers_to(window, db, window.customer_list.selected_ids(),
                                     _tr("the selected customers")))
    file_menu = window.menus["file"]
    before: QAction | None = window.quit_action
    if before not in file_menu.actions():
        before = None
    for key in ("import_customers", "import_history", "import_template", None, "export_all",
                "export_segment", None):
        if key is None:
            if before is not None:
                file_menu.insertSeparator(before)
            else:
                file_menu.addSeparator()
        elif before is not None:
            file_menu.insertAction(before, actions[key])
        else:
            file_menu.addAction(actions[key])
    customers = window.menus["customers"]
    customers.addAction(actions["export_filtered"])
    customers.addAction(actions["export_selected"])
    return actions


def export_record_to(parent: QWidget, db: Database, customer_id: int) -> BackgroundTask | None:
    from salon_desk.services.customers.record_export import export_record

    path = dialogs.choose_save_file(parent, _tr("Export the whole record to"),
                                    f"customer-{customer_id}-record.xlsx",
                                    "Excel workbook (*.xlsx)")
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
    task = BackgroundTask(parent, _tr("Exporting the record"),
                          lambda: export_record(db, customer_id, target))
    task.finished.connect(lambda result: dialogs.show_info(
        parent, _tr("Export record"),
        _tr("Everything about this customer was exported to {0}").format(result)))
    task.failed.connect(lambda exc, _tb: dialogs.show_error(parent, _tr("Export record"),
                                                            str(exc)))
    return task.start()


def add_record_export(window: RecordWindowHost) -> QAction:
    """"Export record (all data)…" in the record toolbar."""
    action = QAction(_tr("Export record (all data)…"), window)
    action.setObjectName("export_record")
    action.setToolTip(_tr("Save everything about this customer in a workbook, one sheet per "
                          "tab (for a customer who asks for their data)"))
    action.triggered.connect(lambda: export_record_to(window, window.db, window.customer_id))
    window.toolbar.addAction(action)
    return action
