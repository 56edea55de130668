"""The print preview: the PDF shown page by page inside the app, with Print and Save as PDF.

The PDF is built off the UI thread (BackgroundTask) and so is printing; only drawing the page
on screen happens here, at screen resolution, which takes a few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QScrollArea,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import printing, settings
from salon_desk.services.printing import options as print_options
from salon_desk.services.errors import SalonError
from salon_desk.services.printing.common import write_pdf
from salon_desk.ui import dialogs
from salon_desk.ui.printing import printer as printer_mod
from salon_desk.ui.printing.pdf_pages import PdfPages
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text
from salon_desk.ui.i18n import translator

MAX_FIT_ZOOM = 1.25  # a receipt roll fitted to the width would be huge
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96.0
ROLL_LAYOUTS = ("80mm", "58mm")


_tr = translator("PrintPreview")


class PrintPreview(QDialog):
    """Preview of one document (kind: ticket, summary, appointments, budget or customer_list)."""

    def __init__(self, parent: QWidget | None, db, kind: str, object_id: int,
                 **options) -> None:
        super().__init__(parent)
        if kind not in printing.KINDS:
            raise ValueError(f"Unknown document kind {kind!r}")
        self.db, self.kind, self.object_id, self.options = db, kind, object_id, dict(options)
        self.pages: PdfPages | None = None
        self.page = 0
        self.zoom = 1.0
        self._fit_on_load = True
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self._kind_title())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 900)
        self._build()
        self.generate()

    # ------------------------------------------------------------------ layout
    def _kind_title(self) -> str:
        return {"ticket": self.tr("Ticket preview"), "summary": self.tr("Record summary preview"),
                "appointments": self.tr("Appointments preview"),
                "budget": self.tr("Budget preview"),
                "customer_list": self.tr("Customer list preview")}[self.kind]

    def _build(self) -> None:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        self.save_action = QAction(self.tr("&Save as PDF…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_pdf)
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        self.layout_combo: QComboBox | None = None
        if self.kind == "ticket":
            bar.addSeparator()
            bar.addWidget(QLabel(self.tr("Layout") + " "))
            self.layout_combo = QComboBox(self)
            for key, label in (("80mm", self.tr("80 mm roll")), ("58mm", self.tr("58 mm roll")),
                               ("a4", self.tr("A4 page")), ("letter", self.tr("Letter page"))):
                self.layout_combo.addItem(label, key)
            if "layout" not in self.options:
                with self.db.session() as session:
                    self.options["layout"] = settings.get(session, print_options.RECEIPT_LAYOUT)
            index = self.layout_combo.findData(self.options["layout"])
            self.layout_combo.setCurrentIndex(max(index, 0))
            self.layout_combo.currentIndexChanged.connect(self._layout_changed)
            bar.addWidget(self.layout_combo)
        self.sales_combo: QComboBox | None = None
        if self.kind == "summary":
            bar.addSeparator()
            bar.addWidget(QLabel(self.tr("Sales") + " "))
            self.sales_combo = QComboBox(self)
            self.sales_combo.addItem(self.tr("All"), 0)
            for n in (10, 25, 50, 100):
                self.sales_combo.addItem(self.tr("Last {count}").format(count=n), n)
            self.sales_combo.setCurrentIndex(
                max(self.sales_combo.findData(self.options.get("sales_limit") or 0), 0))
            self.sales_combo.currentIndexChanged.connect(self._sales_changed)
            bar.addWidget(self.sales_combo)
        bar.addSeparator()
        self.prev_action = QAction(self.tr("◀ Previous"), self)
        self.prev_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.prev_action.triggered.connect(lambda: self.show_page(self.page - 1))
        self.next_action = QAction(self.tr("Next ▶"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.triggered.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel(self)
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addAction(self.prev_action)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        self.zoom_out_action = QAction(self.tr("Zoom out"), self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_action = QAction(self.tr("Zoom in"), self)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.fit_action = QAction(self.tr("Fit width"), self)
        self.fit_action.triggered.connect(self.fit_width)
        for item in (self.zoom_out_action, self.zoom_label, self.zoom_in_action,
                     self.fit_action):
            if isinstance(item, QAction):
                bar.addAction(item)
            else:
                bar.addWidget(item)

        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        desk = QWidget(self)  # the grey desk the page lies on
        desk.setObjectName("desk")
        desk.setStyleSheet("QWidget#desk { background: #8a8a8a; }")
        desk_layout = QVBoxLayout(desk)
        desk_layout.setContentsMargins(18, 18, 18, 18)
        desk_layout.addWidget(self.image_label, 0, Qt.AlignmentFlag.AlignHCenter)
        desk_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(desk)
        self.scroll.setWidgetResizable(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        self.status.setContentsMargins(8, 4, 8, 4)
        self._update_controls()

    # ------------------------------------------------------------------ document
    @property
    def page_count(self) -> int:
        return len(self.pages) if self.pages else 0

    @property
    def is_roll(self) -> bool:
        return self.kind == "ticket" and self.options.get("layout") in ROLL_LAYOUTS

    def generate(self) -> None:
        """Build the PDF in the background; the preview shows it when ready."""
        self.status.setText(self.tr("Preparing the document…"))
        self._set_busy(True)
        kind, object_id, opts = self.kind, self.object_id, dict(self.options)
        task = BackgroundTask(self, self.tr("Preparing the document"),
                              lambda: printing.render_steps(self.db.session, kind, object_id,
                                                            **opts),
                              show_dialog=False)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self._task = task.start()

    def _loaded(self, data: bytes) -> None:
        if self.pages:
            self.pages.close()
        self.pages = PdfPages(data)
        self.status.setText("")
        self._set_busy(False)
        if self._fit_on_load:
            self.zoom = min(self._fit_zoom(), MAX_FIT_ZOOM)
        self.show_page(min(self.page, self.page_count - 1))

    def _failed(self, exc: Exception, _tb: str) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("The document could not be made: {error}").format(
            error=message_text(str(exc))))

    def _layout_changed(self) -> None:
        self.options["layout"] = self.layout_combo.currentData()
        self.page = 0
        self._fit_on_load = True
        self.generate()

    def _sales_changed(self) -> None:
        self.options["sales_limit"] = self.sales_combo.currentData() or None
        self.page = 0
        self.generate()

    def _set_busy(self, busy: bool) -> None:
        for action in (self.print_action, self.save_action):
            action.setEnabled(not busy and self.pages is not None)
        for combo in (self.layout_combo, self.sales_combo):
            if combo:
                combo.setEnabled(not busy)

    # ------------------------------------------------------------------ viewing
    def _fit_zoom(self) -> float:
        if not self.pages:
            return 1.0
        width_pt = self.pages.page_size(self.page)[0]
        # the page lies on the desk with a margin, and a scroll bar appears beside a tall page
        bar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.scroll.width() - 2 * self.scroll.frameWidth() - bar - 40
        return max(0.3, room / (width_pt / 72.0 * SCREEN_DPI))

    def show_page(self, index: int) -> None:
        if not self.pages:
            return
        self.page = max(0, min(index, self.page_count - 1))
        ratio = self.devicePixelRatioF()
        image = self.pages.render(self.page, SCREEN_DPI * self.zoom * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)
        self._update_controls()

    def step_zoom(self, direction: int) -> None:
        self._fit_on_load = False
        if direction > 0:
            self.zoom = next((z for z in ZOOM_STEPS if z > self.zoom + 0.01), ZOOM_STEPS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 0.01),
                             ZOOM_STEPS[0])
        self.show_page(self.page)

    def fit_width(self) -> None:
        self._fit_on_load = False
        self.zoom = self._fit_zoom()
        self.show_page(self.page)

    def _update_controls(self) -> None:
        count = self.page_count
        self.page_label.setText(self.tr("Page {page} of {pages}").format(
            page=self.page + 1 if count else 0, pages=count))
        self.prev_action.setEnabled(self.page > 0)
        self.next_action.setEnabled(self.page < count - 1)
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")

    # ------------------------------------------------------------------ output
    def suggested_file_name(self) -> str:
        title = (self.pages.title if self.pages else "") or self._kind_title()
        safe = "".join(ch if ch.isalnum() or ch in " -_.,()" else "-" for ch in title).strip()
        return f"{safe or 'document'}.pdf"

    def save_pdf(self) -> None:
        if not self.pages:
            return
        path = dialogs.choose_save_file(self, self.tr("Save as PDF"),
                                        self.suggested_file_name(), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(path, self.pages.data)
        except SalonError as exc:  # a missing folder, no permission...: said in the user's words
            dialogs.show_error(self, self.tr("Save as PDF"), str(exc))
            return
        except OSError as exc:
            dialogs.show_error(self, self.tr("Save as PDF"),
                               self.tr("The file could not be saved: {error}").format(error=exc))
            return
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def print_document(self) -> None:
        if not self.pages:
            return
        receipt_printer = ""
        if self.is_roll:
            with self.db.session() as session:
                receipt_printer = settings.get(session, print_options.RECEIPT_PRINTER)
        qprinter = printer_mod.make_printer(self.pages, receipt_printer)
        if not printer_mod.ask_print(self, qprinter, self.page_count):
            return
        indexes = printer_mod.page_indexes(qprinter, self.page_count)
        data = self.pages.data
        task = BackgroundTask(self, self.tr("Printing"),
                              lambda: printer_mod.print_steps(data, qprinter, indexes))
        self._printer = qprinter  # kept alive until the job ends
        task.finished.connect(lambda pages: self.status.setText(
            self.tr("Sent %n page(s) to {printer}", "", pages).format(
                printer=qprinter.printerName() or qprinter.outputFileName())))
        task.failed.connect(lambda exc, _tb: dialogs.show_error(self, self.tr("Print"),
                                                                str(exc)))
        self._print_task = task.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pages and self._fit_on_load:
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        if self.pages and self._fit_on_load:
            self.zoom = min(self._fit_zoom(), MAX_FIT_ZOOM)
            self.show_page(self.page)

    def closeEvent(self, event) -> None:
        if getattr(self, "_print_task", None) and self._print_task.running:
            event.ignore()  # let the print job finish first
            return
        super().closeEvent(event)


def open_preview(parent: QWidget | None, db, kind: str, object_id: int,
                 **options) -> PrintPreview:
    """Show the preview of a document: kind "ticket" (sale id), "summary" (customer id),
    "appointments" (customer id), "budget" (budget id) or "customer_list" (0, the customers
    in the ``ids`` option). Options go to the builder
    (a ticket's ``layout``: "80mm", "58mm", "a4" or "letter")."""
    preview = PrintPreview(parent, db, kind, object_id, **options)
    preview.show()
    return preview
