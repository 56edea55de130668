"""Badges drawn as small coloured discs with their glyph, for the list, the header and the form."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QTextLayout
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from salon_desk.services.customers.views import BadgeInfo
from salon_desk.ui.texts import message_text


@lru_cache(maxsize=256)
def glyph_available(text: str, family: str, pixel_size: int) -> bool:
    """True when some installed font can draw every character of text (no empty boxes)."""
    if not text:
        return False
    font = QFont(family)
    font.setPixelSize(pixel_size)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            return False
    return True


def badge_glyph(badge: BadgeInfo, pixel_size: int = 10) -> str:
    """The badge's icon when it can be drawn here, else the first letter of its name."""
    family = QApplication.font().family()
    if badge.icon and glyph_available(badge.icon, family, pixel_size):
        return badge.icon
    return (message_text(badge.name)[:1] or "?").upper()


def _text_colour(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#1f1f1f") if luminance > 170 else QColor("white")


def paint_disc(painter: QPainter, rect: QRectF, colour: str, glyph: str) -> None:
    background = QColor(colour or "#607d8b")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawEllipse(rect)
    font = QFont(painter.font())
    font.setPixelSize(max(7, int(rect.height() * 0.58)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(_text_colour(background))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.restore()


def paint_badges(painter: QPainter, rect: QRect, badges: list[BadgeInfo], size: int = 18,
                 gap: int = 4) -> None:
    """Discs left to right, vertically centred in rect, as many as fit."""
    x = rect.left() + 2
    top = rect.top() + (rect.height() - size) / 2
    for badge in badges:
        if x + size > rect.right():
            break
        paint_disc(painter, QRectF(x, top, size, size), badge.colour,
                   badge_glyph(badge, int(size * 0.58)))
        x += size + gap


def badge_pixmap(badge: BadgeInfo, size: int = 18, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_disc(painter, QRectF(0, 0, size, size), badge.colour, badge_glyph(badge, int(size * .58)))
    painter.end()
    return pixmap


def badge_icon(badge: BadgeInfo, size: int = 18) -> QIcon:
    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1
    return QIcon(badge_pixmap(badge, size, ratio))


def avatar_pixmap(initials: str, size: int, colour: str = "#8e6aa8") -> QPixmap:
    """A round avatar with the customer's initials, for customers without a photo."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(painter.font())
    font.setPixelSize(int(size * 0.38))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def round_photo(image_bytes: bytes, size: int) -> QPixmap | None:
    """The photo cropped to a circle of this size, or None when it cannot be read."""
    source = QPixmap()
    if not source.loadFromData(image_bytes):
        return None
    scaled = source.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                           Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(scaled)
    painter.setPen(Qt.PenStyle.NoPen)
    offset = QPointF((scaled.width() - size) / 2, (scaled.height() - size) / 2)
    painter.translate(-offset)
    painter.drawEllipse(QRectF(offset.x(), offset.y(), size, size))
    painter.end()
    return pixmap


class BadgeStrip(QWidget):
    """A row of badge discs, each with its name as tooltip, optionally followed by names."""

    def __init__(self, parent: QWidget | None = None, size: int = 20,
                 with_names: bool = False) -> None:
        super().__init__(parent)
        self._size = size
        self._with_names = with_names
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

    def set_badges(self, badges: list[BadgeInfo]) -> None:
        layout = self.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # at once: a modal dialog may hold off the deletion
                item.widget().deleteLater()
        for badge in badges:
            disc = QLabel(self)
            disc.setPixmap(badge_pixmap(badge, self._size, self.devicePixelRatioF()))
            disc.setToolTip(message_text(badge.name))
            disc.setAccessibleName(message_text(badge.name))
            layout.addWidget(disc)
            if self._with_names:
                name = QLabel(message_text(badge.name), self)
                name.setObjectName("badgeName")
                layout.addWidget(name)
                layout.addSpacing(6)
        layout.addStretch(1)
        self.setVisible(bool(badges))
