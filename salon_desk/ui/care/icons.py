"""File-type icons drawn with QPainter (a page with a folded corner and a coloured label), and
thumbnails decoded from the stored JPEG bytes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

KIND_COLOURS = {"pdf": "#d32f2f", "text": "#1e88e5", "sheet": "#2e7d32", "image": "#8e24aa",
                "video": "#ef6c00", "audio": "#00897b", "file": "#607d8b"}


@lru_cache(maxsize=64)
def type_pixmap(kind: str, label: str, size: int = 96) -> QPixmap:
    """A document page icon with the file type written on a coloured band."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = size * 0.62, size * 0.80
    x, y = (size - w) / 2, (size - h) / 2
    fold = w * 0.28
    page = QPainterPath()
    page.moveTo(x, y)
    page.lineTo(x + w - fold, y)
    page.lineTo(x + w, y + fold)
    page.lineTo(x + w, y + h)
    page.lineTo(x, y + h)
    page.closeSubpath()
    p.setPen(QPen(QColor("#b8b2c2"), max(1.0, size / 64)))
    p.setBrush(QColor("white"))
    p.drawPath(page)
    corner = QPainterPath()
    corner.moveTo(x + w - fold, y)
    corner.lineTo(x + w - fold, y + fold)
    corner.lineTo(x + w, y + fold)
    corner.closeSubpath()
    p.setBrush(QColor("#e6e2ec"))
    p.drawPath(corner)
    colour = QColor(KIND_COLOURS.get(kind, KIND_COLOURS["file"]))
    p.setPen(QPen(colour.lighter(160), max(1.0, size / 48)))
    for i in range(3):
        ly = y + h * 0.30 + i * h * 0.09
        p.drawLine(QPointF(x + w * 0.15, ly), QPointF(x + w * (0.85 if i < 2 else 0.6), ly))
    band = QRectF(x - size * 0.06, y + h * 0.58, w + size * 0.12, h * 0.26)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(band, size / 32, size / 32)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(band.height() * 0.62)))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(band, Qt.AlignmentFlag.AlignCenter, label.upper()[:4])
    p.end()
    return pixmap


def type_icon(kind: str, label: str) -> QIcon:
    return QIcon(type_pixmap(kind, label))


def thumbnail_pixmap(data: bytes | None) -> QPixmap | None:
    if not data:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(data) else None


def square_icon(pixmap: QPixmap, size: int = 128) -> QIcon:
    """The picture centred on a square canvas, so a grid of thumbnails lines up."""
    canvas = QPixmap(size, size)
    canvas.fill(Qt.GlobalColor.transparent)
    scaled = pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    p = QPainter(canvas)
    p.drawPixmap((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    p.end()
    return QIcon(canvas)


@lru_cache(maxsize=4)
def pin_pixmap(size: int = 16) -> QPixmap:
    """A small red push-pin, drawn (emoji fonts are not everywhere)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#6f6a78"), max(1.0, size / 10)))
    p.drawLine(QPointF(size * 0.42, size * 0.58), QPointF(size * 0.12, size * 0.9))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e53935"))
    p.drawEllipse(QRectF(size * 0.35, size * 0.08, size * 0.55, size * 0.55))
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QRectF(size * 0.5, size * 0.2, size * 0.14, size * 0.14))
    p.end()
    return pixmap


def pin_icon() -> QIcon:
    return QIcon(pin_pixmap(16))
