"""Painting of the customer list's name column (warning marks) and badges column (discs)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from salon_desk.ui.customer_list_model import (
    COL_BADGES,
    COL_NAME,
    BadgesRole,
    RowRole,
)
from salon_desk.ui.style import DANGER
from salon_desk.ui.widgets.badges import paint_badges


class CustomerListDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        column = index.column()
        if column not in (COL_NAME, COL_BADGES):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(6, 0, -4, 0)
        if column == COL_BADGES:
            paint_badges(painter, rect, index.data(BadgesRole) or [], size=18)
            return
        row = index.data(RowRole)
        if row is None:
            return
        painter.save()
        x = rect.left()
        font = opt.font
        metrics = opt.fontMetrics
        for glyph, show in (("⚠", bool(row.allergies)), ("⛔", row.blocked)):
            if not show:
                continue
            painter.setPen(QColor(DANGER))
            painter.setFont(font)
            width = metrics.horizontalAdvance(glyph) + 4
            painter.drawText(QRect(x, rect.top(), width, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, glyph)
            x += width + 2
        name = row.name or self.tr("(no name)")
        # The stylesheet keeps selected rows light, so the normal text colour stays readable.
        colour = opt.palette.color(QPalette.ColorRole.Text)
        if not row.active:
            colour = QColor("#8a8494")
        painter.setPen(colour)
        painter.setFont(font)
        text_rect = QRect(x, rect.top(), rect.right() - x, rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()
