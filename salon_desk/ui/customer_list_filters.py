"""The customer list's filter bar: the search text, badge, category and active/inactive boxes,
and the filters other features add (the "Visits" box of ui.care.at_risk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from salon_desk.services.customers.views import BadgeInfo
from salon_desk.services.search.lookup import CustomerFilter
from salon_desk.ui.style import icon
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.badges import badge_icon
from salon_desk.ui.widgets.placeholder import fit_placeholder
from salon_desk.ui.i18n import translator

TYPING_PAUSE_MS = 150  # the list follows the text once typing pauses this long


# The customer list's texts, in the context they had when the page built this bar itself.
_tr = translator("CustomerListPage")


class CustomerFilterBar(QWidget):
    """``changed`` when the filter the bar builds may have changed: at once for a box, after a
    pause in typing for the text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        # Other features narrow the list too (e.g. at-risk customers): each hook takes the
        # filter built from the bar and returns it narrowed.
        self._hooks: list[Callable[[CustomerFilter], CustomerFilter]] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(_tr("Filter by name, phone, email or ID…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        fit_placeholder(self.search_edit)  # the hint whole, in any language
        self.row.addWidget(self.search_edit, 3)
        self.badge_combo = QComboBox(self)
        self.badge_combo.setToolTip(_tr("Only customers with this badge"))
        self.category_combo = QComboBox(self)
        self.category_combo.setToolTip(_tr("Only customers of this category"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(_tr("Active and inactive"), None)
        self.status_combo.addItem(_tr("Active only"), True)
        self.status_combo.addItem(_tr("Inactive only"), False)
        for combo in (self.badge_combo, self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.changed)
            self.row.addWidget(combo, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit,
                  self.search_edit.clear, context=Qt.ShortcutContext.WidgetShortcut)

    def add_filter(self, widget: QWidget,
                   hook: Callable[[CustomerFilter], CustomerFilter],
                   beside_search: bool = False) -> None:
        """A feature's own filter: its control at the end of the bar (or right after the
        search box), and ``hook``, which narrows the list's filter while the control asks."""
        if beside_search:
            self.row.insertWidget(self.row.indexOf(self.search_edit) + 1, widget)
        else:
            self.row.addWidget(widget, 1)
        self._hooks.append(hook)

    def cancel_pending(self) -> None:
        """The list follows the bar now: no pause in typing left to report."""
        self._typing.stop()

    def current_filter(self) -> CustomerFilter:
        flt = CustomerFilter(text=self.search_edit.text(),
                             badge_id=self.badge_combo.currentData(),
                             category_id=self.category_combo.currentData(),
                             active=self.status_combo.currentData())
        for hook in self._hooks:
            flt = hook(flt)
        return flt

    def set_choices(self, badges: list[BadgeInfo], categories: list[tuple[int, str]]) -> None:
        """Fill the badge and category boxes, keeping what was chosen when it is still there."""
        for combo, everything, items in (
            (self.badge_combo, _tr("All badges"),
             [(b.id, message_text(b.name), badge_icon(b)) for b in badges]),
            (self.category_combo, _tr("All categories"),
             [(i, name, None) for i, name in categories]),
        ):
            wanted = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item_id, name, item_icon in items:
                if item_icon is not None:
                    combo.addItem(item_icon, name, item_id)
                else:
                    combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)


def is_filtered(flt: CustomerFilter) -> bool:
    """Whether the customer list shows only some customers (text, badge, category, status, a
    restriction such as the at-risk filter, or a segment's criteria)."""
    return bool(flt.text.strip() or flt.badge_id is not None or flt.category_id is not None
                or flt.active is not None or flt.ids is not None or flt.where)
