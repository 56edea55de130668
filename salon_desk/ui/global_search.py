"""The search box of the main toolbar: finds a customer from anywhere and opens the record.

Typing shows the first matches in a popup under the box (name, phone, email, ID), the first
one highlighted (the customer whose ID was typed comes first); Up/Down move through them, Enter
opens the highlighted one (the first if none is), Shift+Enter shows every match in the
customer list, Escape clears. When the text finds fewer than a handful, its close matches (one
typo away) follow, marked "close match".
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.phones import format_phone
from salon_desk.services.search.lookup import CustomerRow, fetch_rows, find_customers
from salon_desk.ui.style import DANGER, MUTED, icon

MAX_RESULTS = 12
ROW_HEIGHT = 42


def close_mark() -> str:
    """What a close match (one typo away from the text) is marked with."""
    return QCoreApplication.translate("GlobalSearchBox", "close match")


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CustomerRow] = []

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} ({close_mark()})" if row.close else row.name
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Two lines per match: the name (with warning marks), then mobile, email and ID."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: CustomerRow = index.data(Qt.ItemDataRole.UserRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter,
                                       opt.widget)
        painter.save()
        # On the highlighted row the texts are drawn light, readable on the highlight colour.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        secondary = QColor("#ece6f5") if selected else QColor(MUTED)
        rect = option.rect.adjusted(10, 3, -10, -3)
        top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        bottom = QRect(rect.left(), rect.top() + rect.height() // 2, rect.width(),
                       rect.height() // 2)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        x = top.left()
        if row.allergies or row.blocked:
            marks = ("⚠ " if row.allergies else "") + ("⛔ " if row.blocked else "")
            painter.setPen(QColor(DANGER))
            painter.drawText(top, Qt.AlignmentFlag.AlignVCenter, marks)
            x += painter.fontMetrics().horizontalAdvance(marks)
        if selected:
            painter.setPen(QColor("white"))
        else:
            painter.setPen(QColor("#1d1a22") if row.active else QColor(MUTED))
        name = row.name or "—"
        painter.drawText(QRect(x, top.top(), top.right() - x, top.height()),
                         Qt.AlignmentFlag.AlignVCenter, name)
        if row.close:
            x += painter.fontMetrics().horizontalAdvance(name + "  ")
            painter.setFont(opt.font)
            painter.setPen(secondary)
            painter.drawText(QRect(x, top.top(), max(0, top.right() - x), top.height()),
                             Qt.AlignmentFlag.AlignVCenter, close_mark())
        details = [format_phone(row.mobile) or format_phone(row.phone), row.email or "",
                   f"#{row.id}"]
        painter.setFont(opt.font)
        painter.setPen(secondary)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignVCenter,
                         "   ·   ".join(d for d in details if d))
        painter.restore()


class SearchPopup(QFrame):
    """The list of matches under the search box; never takes the keyboard focus."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("SearchPopup { background: white; border: 1px solid #cfc6dc; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchResultDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(lambda index: self.chosen.emit(index.data(
            Qt.ItemDataRole.UserRole).id))
        layout.addWidget(self.view)
        self.footer = QLabel(self)
        self.footer.setObjectName("muted")
        self.footer.setContentsMargins(10, 4, 10, 6)
        layout.addWidget(self.footer)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole).id if index.isValid() else None

    def step(self, step: int) -> None:
        n = self.model.rowCount()
        if not n:
            return
        row = self.view.currentIndex().row()
        row = (0 if step > 0 else n - 1) if row < 0 else max(0, min(n - 1, row + step))
        self.view.setCurrentIndex(self.model.index(row))


class GlobalSearchBox(QLineEdit):
    open_requested = Signal(int)  # a customer id
    show_all_requested = Signal(str)  # the typed text, to list every match

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.total = 0
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Find a customer: name, phone, email or ID  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(360)
        self.popup = SearchPopup(self)
        self.popup.chosen.connect(self._open)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.textChanged.connect(self._text_changed)

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.popup.hide()
            self.popup.model.set_rows([])
            self.total = 0

    def run_search(self) -> None:
        """Search now for the text in the box and show the popup."""
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self.popup.hide()
            return
        with self.db.session() as session:
            # An exact ID first, then by name; close matches after them when they are few.
            found = find_customers(session, text, merged=False)
            rows = fetch_rows(session, found.ids[:MAX_RESULTS], found.close)
        self.total = len(found.ids)
        self.popup.model.set_rows(rows)
        if rows:  # what Enter opens, in sight
            self.popup.view.setCurrentIndex(self.popup.model.index(0))
        locale = QLocale()
        if not rows:
            self.popup.footer.setText(self.tr("No customer matches “{0}”.").format(text))
        elif self.total > len(rows):
            self.popup.footer.setText(
                self.tr("{0} of {1} match(es) · Enter opens · Shift+Enter lists them all", "",
                        self.total).format(len(rows), locale.toString(self.total)))
        else:
            self.popup.footer.setText(self.tr("↑↓ choose · Enter opens · Esc clears"))
        self._show_popup()

    def _show_popup(self) -> None:
        n = self.popup.model.rowCount()
        width = max(self.width(), 460)
        self.popup.view.setFixedHeight(n * ROW_HEIGHT + (2 if n else 0))
        self.popup.view.setVisible(n > 0)
        self.popup.adjustSize()
        self.popup.resize(width, self.popup.sizeHint().height())
        self.popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        self.popup.show()
        self.popup.raise_()

    def _open(self, customer_id: int) -> None:
        self.popup.hide()
        self.open_requested.emit(customer_id)

    def activate(self, list_all: bool = False) -> None:
        """Enter: open the highlighted match, else the first one (the typed ID comes first).
        Shift+Enter (``list_all``): show every match in the customer list."""
        if self._timer.isActive() or (self.text().strip() and not self.popup.isVisible()):
            self.run_search()
        rows = self.popup.model.rows
        if not rows:
            return
        if list_all:
            self.popup.hide()
            self.show_all_requested.emit(self.text().strip())
            return
        cid = self.popup.current_id()
        self._open(cid if cid is not None else rows[0].id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup.isVisible() and self.text().strip():
                self.run_search()
            self.popup.step(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate(list_all=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            self.popup.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Later, so that a click on a match still reaches the popup.
        QTimer.singleShot(200, self._hide_unless_focused)
        super().focusOutEvent(event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self.popup.isVisible():
            self._show_popup()
        return super().event(event)
