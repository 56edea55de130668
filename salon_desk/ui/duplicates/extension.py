"""Where duplicates plug into the shared windows (listed in ui.composition):

- main window: the Duplicates page and "Find duplicates…" in the Customers menu;
- record window: "Join customers…" (pick another customer, then the merge dialog with this
  record kept) and "Undo last merge" when the record's latest merge can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from salon_desk.models.db import DatabaseError
from salon_desk.services.errors import SalonError
from salon_desk.services.merging.merge import can_undo, latest_merge, undo_last_merge
from salon_desk.services.search.resolve import resolve_customer
from salon_desk.ui import dialogs
from salon_desk.ui.duplicates.labels import tr
from salon_desk.ui.duplicates.merge_dialog import MergeWizard
from salon_desk.ui.duplicates.page import DuplicatesPage
from salon_desk.ui.duplicates.picker import CustomerPicker
from salon_desk.ui.events import customers_changed, events, request_record
from salon_desk.ui.hosts import MainWindowHost, RecordWindowHost
from salon_desk.ui.style import icon


@dataclass
class DuplicatesInMainWindow:
    """The main window's Duplicates page and its "Find duplicates…" action."""

    page: DuplicatesPage
    find_action: QAction


@dataclass
class MergeActions:
    """A record window's "Join customers…" and "Undo last merge", and the merge they opened."""

    join_action: QAction
    undo_action: QAction
    merge_wizard: MergeWizard | None = None
    redirected: bool = False  # this record was merged away and its successor shown


def install_main_window(window: MainWindowHost) -> DuplicatesInMainWindow:
    page = DuplicatesPage(window.db, window, open_record=window.open_record)
    window.add_page("duplicates", page, tr("Duplicates"), icon("duplicates"))

    def find() -> None:
        window.show_page("duplicates")
        if page.result is None:
            page.start_scan()

    action = QAction(icon("duplicates"), tr("Find duplicates…"), window)
    action.setToolTip(tr("Look for customers entered more than once"))
    action.triggered.connect(find)
    window.menus["customers"].addAction(action)
    return window.features.add(DuplicatesInMainWindow(page, action))


def install_record_window(window: RecordWindowHost) -> MergeActions:
    """The window reloads itself on ``customers_changed`` (ui.events), which the merge and the
    undo emit."""
    join = QAction(icon("merge"), tr("Join customers…"), window)
    join.setObjectName("join_customers")
    join.setToolTip(tr("Join another customer's record into this one"))
    undo = QAction(tr("Undo last merge"), window)
    undo.setObjectName("undo_merge")
    undo.setToolTip(tr("Separate again the records last merged into this one"))
    actions = window.features.add(MergeActions(join, undo))
    join.triggered.connect(lambda: join_customer(window, actions))
    undo.triggered.connect(lambda: undo_merge(window))
    window.toolbar.addAction(join)
    window.toolbar.addAction(undo)

    def update(_ids: list | None = None) -> None:
        try:
            with window.db.session() as session:
                undo.setVisible(can_undo(session, window.customer_id))
                found = resolve_customer(session, window.customer_id)
        except RuntimeError:  # the window is gone
            return
        if found is not None and found.id != window.customer_id:
            # This record was merged into another (here or elsewhere): show that one.
            QTimer.singleShot(0, lambda: _after_merge(window, actions, found.id))

    update()
    events().customers_changed.connect(update)
    window.destroyed.connect(lambda *_: _disconnect(update))
    return actions


def _disconnect(slot) -> None:
    try:
        events().customers_changed.disconnect(slot)
    except (RuntimeError, TypeError):
        pass


def join_customer(window: RecordWindowHost, actions: MergeActions) -> None:
    picker = CustomerPicker(window.db, window.customer_id, tr("Join customers"), window)
    if picker.exec() != CustomerPicker.DialogCode.Accepted or picker.chosen_id is None:
        return
    wizard = MergeWizard(window.db, [window.customer_id, picker.chosen_id],
                         keep_id=window.customer_id, parent=window)
    wizard.merged.connect(lambda keep, _others: _after_merge(window, actions, keep))
    actions.merge_wizard = wizard
    wizard.open()


def _after_merge(window: RecordWindowHost, actions: MergeActions, keep_id: int) -> None:
    if keep_id == window.customer_id:
        return  # the merge's customers_changed has already reloaded this record
    if actions.redirected:
        return
    actions.redirected = True
    # This record was merged away: show the one it now lives in.
    parent = window.parentWidget()
    window.close()
    request_record(window.db, keep_id, parent)


def undo_merge(window: RecordWindowHost) -> None:
    with window.db.session() as session:
        found = latest_merge(session, window.customer_id)
        summary = found.summary.splitlines()[0] if found else ""
    if not dialogs.confirm(window, tr("Undo last merge"), tr(
            "Undo this merge?\n\n{0}\n\nThe merged records come back with everything that was "
            "moved from them.").format(summary), tr("Undo merge")):
        return
    try:
        with window.db.transaction() as session:
            result = undo_last_merge(session, window.customer_id)
    except (SalonError, DatabaseError) as exc:  # DatabaseError: another program saving
        dialogs.show_error(window, tr("Undo last merge"), str(exc))
        return
    # Every open record of these customers reloads its header and tabs (this one included).
    customers_changed([window.customer_id, *result.restored_ids])
    text = tr("The records {0} are separate again.").format(
        ", ".join(f"#{i}" for i in result.restored_ids))
    if result.kept_edits:
        text += "\n" + tr("Fields edited since the merge kept their new value: {0}").format(
            ", ".join(result.kept_edits))
    dialogs.show_info(window, tr("Undo last merge"), text)
