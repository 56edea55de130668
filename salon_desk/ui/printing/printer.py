"""Sending a PDF to a system printer: each page is drawn by PDFium at the printer's resolution
and painted onto the QPrinter (QPainter may paint on a QPrinter outside the UI thread)."""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImageWriter, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from salon_desk.services.errors import SalonError
from salon_desk.ui.printing.pdf_pages import PdfPages
from salon_desk.ui.i18n import translator

MAX_PRINT_DPI = 300  # sharp on any printer, and an A4 page stays ~26 MB in memory


_tr = translator("printing")


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def make_printer(pages: PdfPages, printer_name: str = "", doc_name: str = "") -> QPrinter:
    """A printer set up for the document: its page size (a receipt roll gets its exact
    custom length), no margins (the PDF has its own) and the chosen printer, if any.
    Made on the UI thread, which also loads Qt's image plugins here (see below)."""
    # Painting an image onto a printer asks which image formats Qt can write; the first time,
    # Qt loads the plugins and moves them to the UI thread under a lock of its signals. Done
    # from print_steps' worker thread, which holds Python's lock while it paints, that could
    # meet the UI thread holding Qt's lock and waiting for Python's: both stood still. Loaded
    # here, on the UI thread, the worker finds them loaded and takes no lock.
    QImageWriter.supportedImageFormats()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name and printer_name in available_printers():
        printer.setPrinterName(printer_name)
    width, height = pages.page_size(0)
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(doc_name or pages.title or "Salon Desk")
    return printer


def ask_print(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """Qt's print dialog (tests replace this function)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print"))
    dialog.setMinMax(1, max(page_count, 1))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def page_indexes(printer: QPrinter, page_count: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(page_count))
    return list(range(max(first, 1) - 1, min(last, page_count)))


def print_steps(data: bytes, printer: QPrinter,
                indexes: list[int] | None = None) -> Generator[tuple[int, int, str], None, int]:
    """Paint the pages onto the printer, yielding progress; returns the pages printed."""
    pages = PdfPages(data)
    indexes = list(range(len(pages))) if indexes is None else indexes
    painter = QPainter()
    if not painter.begin(printer):
        pages.close()
        raise SalonError(_tr("The printer could not be started. Check that it is switched on "
                             "and connected."))
    done = 0
    try:
        dpi = min(max(printer.resolution(), 72), MAX_PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for done, index in enumerate(indexes, start=1):
            if done > 1:
                printer.newPage()
            image = pages.render(index, dpi)
            # fit the page onto the paper, top-centred, keeping its proportions
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveLeft((paper.width() - target.width()) / 2)
            painter.drawImage(target, image)
            yield done, len(indexes), _tr("Printing page {page} of {pages}…").format(
                page=done, pages=len(indexes))
    except GeneratorExit:
        printer.abort()
        raise
    finally:
        painter.end()
        pages.close()
    return done
