"""The record window's "Print summary" toolbar action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from salon_desk.ui.hosts import RecordWindowHost
from salon_desk.ui.printing.preview import open_preview


def add_print_summary(window: RecordWindowHost) -> QAction:
    # The record window's context: window.tr() would look the text up there at run time.
    action = QAction(QCoreApplication.translate("RecordWindow", "Print summary…"), window)
    action.setObjectName("print_summary")
    action.setToolTip(QCoreApplication.translate(
        "RecordWindow", "Preview and print a summary of this record"))
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.triggered.connect(lambda: open_preview(window, window.db, "summary",
                                                  window.customer_id))
    window.toolbar.addAction(action)
    return action
