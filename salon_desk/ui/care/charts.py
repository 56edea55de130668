"""Charts drawn with QPainter: visits and spend per month, and ranked horizontal bars."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from salon_desk.services.care.insights import MonthFigure
from salon_desk.ui.care.common import tr

BAR = QColor("#8c6bb8")
BAR_EMPTY = QColor("#ece7f3")
LINE = QColor("#e07a5f")
GRID = QColor("#ebe8ef")
AXIS_TEXT = QColor("#6f6a78")


def nice_max(value: float, ticks: int = 4) -> float:
    """A round axis maximum at or above value, divisible into ``ticks`` steps."""
    if value <= 0:
        return float(ticks)
    raw = value / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= raw:
            return step * magnitude * ticks
    return 10 * magnitude * ticks


class MonthlyChart(QWidget):
    """Visits per month as bars (left axis) and spend per month as a line (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthFigure] = []
        self.money: Callable[[int], str] = lambda cents: f"{cents / 100:.0f}"
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(760, 280)

    def set_data(self, months: list[MonthFigure], money: Callable[[int], str]) -> None:
        self.months = list(months)
        self.money = money
        self.update()

    def _plot(self) -> QRectF:
        fm = QFontMetrics(self.font())
        right = fm.horizontalAdvance(self._axis_money(max((m.spend_cents for m in self.months),
                                                          default=0) * 10)) + 12
        return QRectF(40, 30, max(10, self.width() - 40 - right), max(10, self.height() - 68))

    def _axis_money(self, cents: int) -> str:
        """Whole amounts on the axis: "400 €" rather than "400.00 €"."""
        text = self.money(cents - cents % 100)
        return text.replace(f"{QLocale().decimalPoint()}00", "", 1)

    def _month_name(self, figure: MonthFigure) -> str:
        return QLocale().monthName(figure.month, QLocale.FormatType.ShortFormat)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        p.setFont(small)
        plot = self._plot()
        self._draw_legend(p, plot)
        if not self.months:
            return
        # whole visits on the left axis: a step of 1, 2, 3... visits per grid line
        max_visits = 4 * max(1, math.ceil(max(m.visits for m in self.months) / 4))
        max_spend = nice_max(max(m.spend_cents for m in self.months) / 100) * 100
        ticks = 4
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS_TEXT)
            visits = max_visits * i / ticks
            p.drawText(QRectF(0, y - 8, plot.left() - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{visits:g}")
            p.drawText(QRectF(plot.right() + 6, y - 8, self.width() - plot.right() - 6, 16),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self._axis_money(int(max_spend * i / ticks)))
        slot = plot.width() / len(self.months)
        bar_width = max(2.0, slot * 0.62)
        points = []
        for i, m in enumerate(self.months):
            x = plot.left() + slot * i + slot / 2
            height = plot.height() * m.visits / max_visits
            rect = QRectF(x - bar_width / 2, plot.bottom() - height, bar_width, height)
            if m.visits:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(BAR)
                p.drawRoundedRect(rect, 2, 2)
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(BAR_EMPTY)
                p.drawRect(QRectF(x - bar_width / 2, plot.bottom() - 2, bar_width, 2))
            points.append(QPointF(x, plot.bottom() - plot.height() * m.spend_cents / max_spend))
            if m.month == 1 or i == 0:
                p.setPen(AXIS_TEXT)
                p.drawText(QRectF(x - slot / 2, plot.bottom() + 18, 60, 16),
                           Qt.AlignmentFlag.AlignLeft, str(m.year))
                if i:
                    p.setPen(QPen(GRID.darker(115), 1, Qt.PenStyle.DashLine))
                    p.drawLine(QPointF(x - slot / 2, plot.top()),
                               QPointF(x - slot / 2, plot.bottom() + 30))
            if slot >= 26 or i % 3 == 0:
                p.setPen(AXIS_TEXT)
                p.drawText(QRectF(x - slot, plot.bottom() + 3, slot * 2, 14),
                           Qt.AlignmentFlag.AlignHCenter, self._month_name(m))
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(LINE, 2.2))
        p.drawPath(path)
        p.setBrush(LINE)
        p.setPen(QPen(QColor("white"), 1.2))
        for point, m in zip(points, self.months, strict=True):
            if m.spend_cents:
                p.drawEllipse(point, 3.4, 3.4)
        p.end()

    def _draw_legend(self, p: QPainter, plot: QRectF) -> None:
        x = plot.left()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAR)
        p.drawRoundedRect(QRectF(x, 9, 12, 12), 2, 2)
        p.setPen(QColor("#2d2838"))
        text = tr("Visits per month")
        p.drawText(QPointF(x + 18, 20), text)
        x += 18 + QFontMetrics(p.font()).horizontalAdvance(text) + 24
        p.setPen(QPen(LINE, 2.2))
        p.drawLine(QPointF(x, 15), QPointF(x + 16, 15))
        p.setPen(QColor("#2d2838"))
        p.drawText(QPointF(x + 22, 20), tr("Spend per month"))
        if not self.months or not any(m.visits or m.spend_cents for m in self.months):
            p.setPen(AXIS_TEXT)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                       tr("No visits in the last two years"))

    def month_at(self, x: float) -> MonthFigure | None:
        plot = self._plot()
        if not self.months or not plot.left() <= x <= plot.right():
            return None
        i = int((x - plot.left()) / (plot.width() / len(self.months)))
        return self.months[min(i, len(self.months) - 1)]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        m = self.month_at(event.position().x())
        if m is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), tr(
            "{month} {year}: {visits}, {spend}").format(
            month=self._month_name(m), year=m.year, visits=tr("%n visit(s)", m.visits),
            spend=self.money(m.spend_cents)), self)


class RankChart(QWidget):
    """A ranked list as horizontal bars: label, bar, count (services, staff seen)."""

    ROW = 22

    def __init__(self, title: str, parent: QWidget | None = None, limit: int = 6) -> None:
        super().__init__(parent)
        self.title = title
        self.limit = limit
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(self.ROW * 3 + 24)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = list(items)
        shown = min(len(self.items), self.limit) + (1 if len(self.items) > self.limit else 0)
        self.setMinimumHeight(24 + self.ROW * max(shown, 2))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 24 + self.ROW * max(min(len(self.items), self.limit), 2))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#2d2838"))
        p.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        if not self.items:
            p.setPen(AXIS_TEXT)
            p.drawText(QRectF(0, 24, self.width(), self.ROW), Qt.AlignmentFlag.AlignLeft,
                       tr("Nothing yet"))
            return
        fm = QFontMetrics(self.font())
        label_width = min(self.width() * 0.45, max(fm.horizontalAdvance(name) for name, _ in
                                                   self.items[:self.limit]) + 10)
        top = max(n for _, n in self.items)
        bar_area = self.width() - label_width - 40
        for i, (name, n) in enumerate(self.items[:self.limit]):
            y = 24 + i * self.ROW
            p.setPen(QColor("#2d2838"))
            p.drawText(QRectF(0, y, label_width - 8, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 8)))
            width = max(2.0, bar_area * n / top)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAR if i else BAR.darker(115))
            p.drawRoundedRect(QRectF(label_width, y + 5, width, self.ROW - 10), 3, 3)
            p.setPen(AXIS_TEXT)
            p.drawText(QRectF(label_width + width + 6, y, 40, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(n))
        rest = len(self.items) - self.limit
        if rest > 0:
            p.setPen(AXIS_TEXT)
            p.drawText(QRectF(0, 24 + self.limit * self.ROW, self.width(), self.ROW),
                       Qt.AlignmentFlag.AlignVCenter,
                       tr("and {n} more").format(n=rest))
        p.end()
