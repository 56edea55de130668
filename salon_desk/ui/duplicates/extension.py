"""Where duplicates plug into the shared windows (see ui.extensions):

- main window: the Duplicates page and "Find duplicates…" in the Customers menu;
- record window: "Join customers…" (pick another customer, then the merge dialog with this
  record kept) and "Undo last merge" when the record's latest merge can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from salon_desk.models.db import DatabaseError
from salon_desk.services.errors import SalonError
from salon_desk.services.merging.merge import can_undo, latest_merge, resolve_customer, undo_last_merge
from salon_desk.ui import dialogs
from salon_desk.ui.duplicates.labels import tr
from salon_desk.ui.events import customers_changed, events
from salon_desk.ui.style import icon


def install_main_window(window) -> None:
    """Needs ``db``, ``menus["customers"]``, ``add_page``, ``show_page``, ``open_record``."""
    from salon_desk.ui.duplicates.page import DuplicatesPage

    page = DuplicatesPage(window.db, window, open_record=window.open_record)
    window.duplicates_page = page
    window.add_page("duplicates", page, tr("Duplicates"), icon("duplicates"))

    def find() -> None:
        window.show_page("duplicates")
        if page.result is None:
            page.start_scan()

    action = QAction(icon("duplicates"), tr("Find duplicates…"), window)
    action.setToolTip(tr("Look for customers entered more than once"))
    action.triggered.connect(find)
    window.menus["customers"].addAction(action)
    window.find_duplicates_action = action


def install_record_window(window) -> None:
    """Needs ``db``, ``customer_id`` and ``toolbar``; the window reloads itself on
    ``customers_changed`` (ui.events), which the merge and the undo emit."""
    join = QAction(icon("merge"), tr("Join customers…"), window)
    join.setToolTip(tr("Join another customer's record into this one"))
    join.triggered.connect(lambda: join_customer(window))
    undo = QAction(tr("Undo last merge"), window)
    undo.setToolTip(tr("Separate again the records last merged into this one"))
    undo.triggered.connect(lambda: undo_merge(window))
    window.toolbar.addAction(join)
    window.toolbar.addAction(undo)
    window.join_action, window.undo_merge_action = join, undo

    def update(_ids: list | None = None) -> None:
        try:
            with window.db.session() as session:
                undo.setVisible(can_undo(session, window.customer_id))
                found = resolve_customer(session, window.customer_id)
        except RuntimeError:  # the window is gone
            return
        if found is not None and found.id != window.customer_id:
            # This record was merged into another (here or elsewhere): show that one.
            QTimer.singleShot(0, lambda: _after_merge(window, found.id))

    update()
    events().customers_changed.connect(update)
    window.destroyed.connect(lambda *_: _disconnect(update))


def _disconnect(slot) -> None:
    try:
        events().customers_changed.disconnect(slot)
    except (RuntimeError, TypeError):
        pass


def join_customer(window) -> None:
    from salon_desk.ui.duplicates.merge_dialog import MergeWizard
    from salon_desk.ui.duplicates.picker import CustomerPicker

    picker = CustomerPicker(window.db, window.customer_id, tr("Join customers"), window)
    if picker.exec() != CustomerPicker.DialogCode.Accepted or picker.chosen_id is None:
        return
    wizard = MergeWizard(window.db, [window.customer_id, picker.chosen_id],
                         keep_id=window.customer_id, parent=window)
    wizard.merged.connect(lambda keep, _others: _after_merge(window, keep))
    window.merge_wizard = wizard
    wizard.open()


def _after_merge(window, keep_id: int) -> None:
    if keep_id == window.customer_id:
        return  # the merge's customers_changed has already reloaded this record
    if getattr(window, "redirected", False):
        return
    window.redirected = True
    # This record was merged away: show the one it now lives in.
    from salon_desk.ui.record.window import open_record_window

    parent = window.parentWidget()
    window.close()
    open_record_window(window.db, keep_id, parent)


def undo_merge(window) -> None:
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
