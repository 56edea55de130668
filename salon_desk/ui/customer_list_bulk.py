"""The customer list's bulk-action bar: what can be done to the ticked customers at once (set or
remove a badge, set the category, activate, deactivate, export, print a list, send a message,
delete), in place of a hint while nobody
is ticked. From the hint, the same changes (but delete) can be made to every customer the list
shows ("Apply to all N customers the filter shows", or "Apply to all N customers" when no filter
is on).

The bar only asks; the list page runs the change (services.customers.bulk).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from salon_desk.services.customers.views import BadgeInfo
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.badges import badge_icon
from salon_desk.ui.widgets.flow import FlowLayout
from salon_desk.ui.i18n import translator


# The customer list's texts, in the context they had when the page built this bar itself.
_tr = translator("CustomerListPage")


class BulkActionBar(QStackedWidget):
    """The hint or, once customers are ticked, the actions. Always as tall as its tallest page
    (a stacked widget is), so ticking the first customer does not push the list down under the
    pointer."""

    set_badge = Signal(int, bool)  # badge id, True to set it, False to remove it
    set_category = Signal(object)  # category id, or None for no category
    set_active = Signal(bool)
    all_requested = Signal()  # act on every customer the filter shows
    undo_requested = Signal()  # undo the last bulk change
    export_requested = Signal()
    print_requested = Signal()
    message_requested = Signal()  # send a message (ui.messages opens the composer)
    delete_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.hint_frame = QFrame(self)
        self.hint_frame.setObjectName("bulkHint")
        hint_row = QHBoxLayout(self.hint_frame)
        hint_row.setContentsMargins(10, 4, 10, 4)
        self.hint = QLabel(_tr("Tick customers to change or delete several at once."),
                           self.hint_frame)
        self.hint.setObjectName("muted")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hint_row.addWidget(self.hint, 1)
        self.all_button = QPushButton(self.hint_frame)
        self.all_button.clicked.connect(self.all_requested)
        hint_row.addWidget(self.all_button)
        self.hint_undo_button = QPushButton(_tr("Undo last bulk change"), self.hint_frame)
        self.hint_undo_button.clicked.connect(self.undo_requested)
        hint_row.addWidget(self.hint_undo_button)
        self.all_matching = False
        self.bar = self._build_bar()
        self.addWidget(self.hint_frame)
        self.addWidget(self.bar)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _build_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("bulkBar")
        # The actions wrap onto a second line when the window (or a longer translation) has
        # no room for them all on one.
        row = FlowLayout(bar)
        row.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(bar)
        self.label.setStyleSheet("font-weight: 600; margin-right: 12px;")
        row.addWidget(self.label)
        self.set_badge_button = QToolButton(bar)
        self.set_badge_button.setText(_tr("Set badge"))
        self.remove_badge_button = QToolButton(bar)
        self.remove_badge_button.setText(_tr("Remove badge"))
        self.category_button = QToolButton(bar)
        self.category_button.setText(_tr("Set category"))
        self.set_badge_menu = QMenu(self.set_badge_button)
        self.remove_badge_menu = QMenu(self.remove_badge_button)
        self.category_menu = QMenu(self.category_button)
        for button, menu in ((self.set_badge_button, self.set_badge_menu),
                             (self.remove_badge_button, self.remove_badge_menu),
                             (self.category_button, self.category_menu)):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self.activate_button = QPushButton(_tr("Activate"), bar)
        self.activate_button.clicked.connect(lambda: self.set_active.emit(True))
        self.deactivate_button = QPushButton(_tr("Deactivate"), bar)
        self.deactivate_button.clicked.connect(lambda: self.set_active.emit(False))
        self.delete_button = QPushButton(_tr("Delete…"), bar)
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_requested)
        self.export_button = QPushButton(_tr("Export…"), bar)
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(_tr("Print list…"), bar)
        self.print_button.clicked.connect(self.print_requested)
        self.message_button = QPushButton(_tr("Send message…"), bar)
        self.message_button.setToolTip(_tr("Email, SMS or WhatsApp to these customers (only "
                                           "to those whose consent allows it)"))
        self.message_button.clicked.connect(self.message_requested)
        for button in (self.activate_button, self.deactivate_button, self.export_button,
                       self.print_button, self.message_button, self.delete_button):
            row.addWidget(button)
        self.undo_button = QPushButton(_tr("Undo last bulk change"), bar)
        self.undo_button.clicked.connect(self.undo_requested)
        row.addWidget(self.undo_button)
        self.clear_selection_button = QPushButton(_tr("Clear selection"), bar)
        self.clear_selection_button.clicked.connect(self._clear)
        row.addWidget(self.clear_selection_button)
        return bar

    # Saying it has a height for width makes the list page's layout ask for one: the stacked
    # layout then gives its pages' largest, the lines the bar's actions need at that width, so
    # the rows below stay where they are when the bar replaces the hint. The size wanted is the
    # page shown's (QStackedWidget alone would take the bar's one-action-a-line hint).
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        return height if height >= 0 else page.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return (QSize(0, page.minimumSizeHint().height()) if page is not None
                else super().minimumSizeHint())

    def set_badges(self, badges: list[BadgeInfo]) -> None:
        """The badges the Set badge and Remove badge menus offer."""
        for menu, on in ((self.set_badge_menu, True), (self.remove_badge_menu, False)):
            menu.clear()
            for badge in badges:
                action = menu.addAction(badge_icon(badge), message_text(badge.name))
                action.triggered.connect(
                    lambda _=False, b=badge.id, o=on: self.set_badge.emit(b, o))

    def _clear(self) -> None:
        self.all_matching = False
        self.clear_requested.emit()

    def set_categories(self, categories: list[tuple[int, str]]) -> None:
        """The categories (id, name) the Set category menu offers, after "No category"."""
        self.category_menu.clear()
        for category_id, name in [(None, _tr("No category")), *categories]:
            action = self.category_menu.addAction(message_text(name))
            action.triggered.connect(
                lambda _=False, c=category_id: self.set_category.emit(c))

    def show_ticked(self, count: int, matching: int = 0, filtered: bool = True) -> None:
        """The actions and how many are ticked, or the hint when none is (with the offer to act
        on all ``matching`` customers the list shows, while there are any; ``filtered``: a
        filter is on, and the texts say so). The actions stay on every matching customer while
        ``all_matching`` is set and nobody is ticked."""
        if count > 0:
            self.all_matching = False
        elif matching == 0:
            self.all_matching = False
        on_all = self.all_matching
        self.setCurrentWidget(self.bar if count > 0 or on_all else self.hint_frame)
        self.delete_button.setVisible(not on_all)
        if on_all:
            self.label.setText(_tr("All %Ln customer(s) the filter shows", matching) if filtered
                               else _tr("All %Ln customer(s)", matching))
        else:
            self.label.setText(_tr("{0} selected").format(QLocale().toString(count)))
        self.all_button.setText(
            _tr("Apply to all %Ln customer(s) the filter shows…", matching) if filtered
            else _tr("Apply to all %Ln customer(s)…", matching))
        self.all_button.setVisible(matching > 0)
