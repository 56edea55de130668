"""The painted day grid: staff as columns, time slots as rows, appointments as blocks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from salon_desk.services.schedule.appointments import STATUS_LABELS, DaySchedule, ScheduleItem
from salon_desk.ui.visits.common import tr

GUTTER = 58
ROW_HEIGHT = 24
HEADER_HEIGHT = 30
LINE = QColor("#e6e2ec")
HOUR_LINE = QColor("#cfc8d8")
HOVER = QColor("#efe8f6")
NOW_LINE = QColor("#c62828")


class ScheduleGrid(QWidget):
    """Clicking a free slot emits ``slot_clicked(staff_id, start)``; clicking an appointment emits
    ``appointment_clicked(appointment_id, global_position)``."""

    slot_clicked = Signal(int, object)
    appointment_clicked = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule: DaySchedule | None = None
        self._slots: list[dt.datetime] = []
        self._hover: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setMinimumWidth(GUTTER + 120)

    def set_schedule(self, schedule: DaySchedule) -> None:
        self.schedule = schedule
        self._slots = schedule.slots()
        self.setMinimumHeight(len(self._slots) * ROW_HEIGHT + 1)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(GUTTER + 120 * max(1, self.column_count()), len(self._slots) * ROW_HEIGHT + 1)

    # --- geometry -----------------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self.schedule.columns) if self.schedule else 0

    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(1, self.column_count())

    def column_left(self, column: int) -> float:
        return GUTTER + column * self.column_width()

    def slot_rect(self, column: int, row: int) -> QRectF:
        return QRectF(self.column_left(column), row * ROW_HEIGHT, self.column_width(), ROW_HEIGHT)

    def _minutes_y(self, when: dt.datetime) -> float:
        start = self._slots[0]
        minutes = (when - start).total_seconds() / 60
        return minutes / self.schedule.slot_minutes * ROW_HEIGHT

    def item_rect(self, item: ScheduleItem) -> QRectF | None:
        if not self._slots or self.schedule is None:
            return None
        column = next((i for i, c in enumerate(self.schedule.columns)
                       if c.staff_id == item.staff_id), None)
        if column is None:
            return None
        top = max(0.0, self._minutes_y(item.starts_at))
        bottom = min(len(self._slots) * ROW_HEIGHT,
                     self._minutes_y(item.starts_at + dt.timedelta(minutes=item.minutes)))
        if bottom <= top:
            return None
        return QRectF(self.column_left(column) + 2, top + 1, self.column_width() - 5,
                      bottom - top - 2)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if self.schedule is None or pos.x() < GUTTER:
            return None
        column = int((pos.x() - GUTTER) // self.column_width())
        row = int(pos.y() // ROW_HEIGHT)
        if 0 <= column < self.column_count() and 0 <= row < len(self._slots):
            return column, row
        return None

    def item_at(self, pos: QPoint) -> ScheduleItem | None:
        if self.schedule is None:
            return None
        for item in reversed(self.schedule.items):
            rect = self.item_rect(item)
            if rect is not None and rect.contains(pos):
                return item
        return None

    def slot_position(self, staff_id: int, when: dt.datetime) -> QPoint:
        """The centre of a slot (for tests and keyboard use)."""
        column = next(i for i, c in enumerate(self.schedule.columns) if c.staff_id == staff_id)
        row = next(i for i, s in enumerate(self._slots) if s == when.astimezone())
        return self.slot_rect(column, row).center().toPoint()

    # --- events -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None:
            self.appointment_clicked.emit(item.id, self.mapToGlobal(pos))
            return
        cell = self.cell_at(pos)
        if cell is not None:
            column, row = cell
            self.slot_clicked.emit(self.schedule.columns[column].staff_id, self._slots[row])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell != self._hover:
            self._hover = cell
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self.item_at(event.pos())
            if item is not None:
                end = item.starts_at + dt.timedelta(minutes=item.minutes)
                lines = [f"{item.starts_at:%H:%M}–{end:%H:%M}  {item.customer_name}",
                         item.service_name, tr(STATUS_LABELS.get(item.status, item.status))]
                if item.room_name:
                    lines.append(item.room_name)
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                cell = self.cell_at(event.pos())
                if cell is not None:
                    QToolTip.showText(event.globalPos(), tr("Click to book at {0}").format(
                        self._slots[cell[1]].strftime("%H:%M")), self)
                else:
                    QToolTip.hideText()
            return True
        return super().event(event)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.schedule is None or not self._slots:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        painter.setFont(small)
        if self._hover is not None:
            painter.fillRect(self.slot_rect(*self._hover), HOVER)
        for row, when in enumerate(self._slots):
            y = row * ROW_HEIGHT
            on_hour = when.minute == 0
            painter.setPen(QPen(HOUR_LINE if on_hour else LINE, 1))
            painter.drawLine(GUTTER if not on_hour else 0, y, self.width(), y)
            if on_hour or self.schedule.slot_minutes >= 30:
                painter.setPen(QColor("#6f6a78"))
                painter.drawText(QRectF(4, y + 2, GUTTER - 10, ROW_HEIGHT),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 when.strftime("%H:%M"))
        painter.setPen(QPen(HOUR_LINE, 1))
        for column in range(self.column_count() + 1):
            x = int(self.column_left(column))
            painter.drawLine(x, 0, x, len(self._slots) * ROW_HEIGHT)
        self._paint_now(painter)
        painter.setFont(self.font())
        for item in self.schedule.items:
            self._paint_item(painter, item)

    def _paint_now(self, painter: QPainter) -> None:
        now = dt.datetime.now().astimezone()
        if now.date() != self.schedule.day:
            return
        y = self._minutes_y(now)
        if 0 <= y <= len(self._slots) * ROW_HEIGHT:
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(GUTTER, int(y), self.width(), int(y))

    def _paint_item(self, painter: QPainter, item: ScheduleItem) -> None:
        rect = self.item_rect(item)
        if rect is None:
            return
        base = QColor(item.colour)
        fill = QColor(base)
        fill.setAlpha(60)
        border = QPen(base, 1.5)
        if item.status == "no_show":
            fill = QColor("#eceaef")
            border = QPen(QColor("#9a95a3"), 1.5)
        elif item.status == "pending":
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), base)
        text_rect = rect.adjusted(8, 2, -4, -2)
        mark = {"completed": "✓ ", "no_show": "✗ ", "confirmed": ""}.get(item.status, "")
        title = f"{mark}{item.starts_at:%H:%M} {item.customer_name}"
        lines = [title, item.service_name]
        if item.room_name:
            lines.append(item.room_name)
        painter.setPen(QColor("#1d1a22") if item.status != "no_show" else QColor("#6f6a78"))
        metrics = painter.fontMetrics()
        fit = max(1, int(text_rect.height() // metrics.height()))
        shown = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, int(text_rect.width()))
                 for t in lines[:fit]]
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         "\n".join(shown))


class ScheduleHeader(QWidget):
    """The staff names above the grid (kept outside the scroll area so they stay visible)."""

    def __init__(self, grid: ScheduleGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setFixedHeight(HEADER_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f3f1f6"))
        schedule = self.grid.schedule
        if schedule is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for i, column in enumerate(schedule.columns):
            left = self.grid.column_left(i)
            rect = QRectF(left, 0, self.grid.column_width(), HEADER_HEIGHT)
            painter.fillRect(QRectF(left + 1, HEADER_HEIGHT - 4, rect.width() - 2, 4),
                             QColor(column.colour))
            painter.setPen(QColor("#2d2838"))
            painter.drawText(rect.adjusted(4, 0, -4, -4), Qt.AlignmentFlag.AlignCenter,
                             column.name)
