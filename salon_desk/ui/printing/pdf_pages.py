"""PDF pages as images, drawn by PDFium (pypdfium2 ships its own binary; QtPdf is not part of
PySide6-Essentials).

PDFium must never be called from two threads at once, not even on different documents, so
every call goes through ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

PDFIUM_LOCK = threading.RLock()


class PdfPages:
    """An open PDF (from bytes) whose pages render to QImages at any resolution."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with PDFIUM_LOCK:
            self._doc = pdfium.PdfDocument(data)
            self.sizes = [self._doc[i].get_size() for i in range(len(self._doc))]
            self.title = (self._doc.get_metadata_dict().get("Title") or "").strip()

    def __len__(self) -> int:
        return len(self.sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        """(width, height) in points."""
        return self.sizes[index]

    def render(self, index: int, dpi: float) -> QImage:
        """The page as an RGB QImage at dpi (a copy: it does not share PDFium's buffer)."""
        with PDFIUM_LOCK:
            bitmap = self._doc[index].render(scale=dpi / 72.0, rev_byteorder=True,
                                             may_draw_forms=False)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
            bitmap.close()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._doc.close()
