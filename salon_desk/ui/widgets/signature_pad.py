"""A pad where the customer signs with the mouse, pen or finger; saved as a PNG image."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1a237e")


class SignaturePad(QWidget):
    """Strokes drawn while the button is held. ``modified`` tells whether the user drew or
    cleared since the last ``set_png``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._image: QImage | None = None  # a signature stored earlier
        self.modified = False
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:
        return QSize(440, 140)

    def is_empty(self) -> bool:
        return not self._strokes and self._image is None

    def clear(self) -> None:
        if self.is_empty():
            return
        self._strokes.clear()
        self._image = None
        self.modified = True
        self.update()
        self.changed.emit()

    def set_png(self, data: bytes | None) -> None:
        self._strokes.clear()
        self._image = None
        if data:
            image = QImage()
            if image.loadFromData(data):
                self._image = image
        self.modified = False
        self.update()

    def to_png(self) -> bytes | None:
        """The signature as a PNG with a transparent background, or None when empty."""
        if self.is_empty():
            return None
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._draw_ink(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    # --- drawing ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([event.position()])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.modified = True
            self.update()
            self.changed.emit()

    def _draw_ink(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._image is not None:
            target = QRectF(self._image.rect())
            target.setSize(target.size().scaled(QRectF(self.rect()).size(),
                                                Qt.AspectRatioMode.KeepAspectRatio))
            painter.drawImage(target, self._image)
        pen = QPen(INK, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#d9d4e0"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 28
        painter.setPen(QPen(QColor("#c9c2d4"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self.is_empty():
            painter.setPen(QColor("#a39cae"))
            painter.drawText(QRectF(16, baseline + 4, self.width() - 32, 20),
                             Qt.AlignmentFlag.AlignLeft, self.tr("Sign above the line"))
        self._draw_ink(painter)
        painter.end()
