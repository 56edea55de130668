"""The "Printing" page of the settings dialog: logo, taxes, formats, receipt printer, texts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from salon_desk.services import settings
from salon_desk.services.printing import common
from salon_desk.services.printing import options as opt
from salon_desk.ui import dialogs
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.printing.printer import available_printers

DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%m/%d/%Y")
_KEEP = object()  # the logo was not touched


class PrintingSettingsPage(QWidget, SettingsPageDefaults):
    """Settings page (contract: title(), load(session), save(session))."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo_choice: object = _KEEP  # a path, None (remove) or _KEEP
        self._currency, self._country = "EUR", "ES"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        column = QVBoxLayout(body)

        # documents
        box = QGroupBox(self.tr("Documents"), body)
        form = QFormLayout(box)
        self.logo_preview = QLabel(box)
        self.logo_preview.setFixedSize(160, 70)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid #c8c8c8; background: white; }")
        self.choose_logo_button = QPushButton(self.tr("Choose…"), box)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"), box)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)
        self.paper = QComboBox(box)
        for size in opt.PAPER_SIZES:
            self.paper.addItem(size, size)
        form.addRow(self.tr("Paper size"), self.paper)
        # Amounts print as the screen shows them (language and salon's country): no choice here.
        self.money_sample = QLabel(box)
        self.money_sample.setWordWrap(True)
        form.addRow(self.tr("Money format"), self.money_sample)
        self.date_format = QComboBox(box)
        import datetime as dt

        sample = dt.date(2026, 12, 31)
        for fmt in DATE_FORMATS:
            self.date_format.addItem(sample.strftime(fmt), fmt)
        form.addRow(self.tr("Date format"), self.date_format)
        column.addWidget(box)

        # taxes
        box = QGroupBox(self.tr("Taxes"), body)
        form = QFormLayout(box)
        self.prices_include_tax = QCheckBox(self.tr("Prices include tax"), box)
        form.addRow("", self.prices_include_tax)
        self.tax_label = QLineEdit(box)
        self.tax_label.setPlaceholderText(self.tr("VAT"))
        form.addRow(self.tr("Name of the tax"), self.tax_label)
        self.tax_rates = QLineEdit(box)
        self.tax_rates.setPlaceholderText("21, 10, 4, 0")
        form.addRow(self.tr("Tax rates in use (%)"), self.tax_rates)
        self.default_tax = QDoubleSpinBox(box)
        self.default_tax.setRange(0, 99.99)
        self.default_tax.setDecimals(2)
        self.default_tax.setSuffix(" %")
        form.addRow(self.tr("Rate for items without one"), self.default_tax)
        column.addWidget(box)

        # tickets
        box = QGroupBox(self.tr("Tickets"), body)
        form = QFormLayout(box)
        self.receipt_layout = QComboBox(box)
        for key, label in (("80mm", self.tr("80 mm roll")), ("58mm", self.tr("58 mm roll")),
                           ("a4", self.tr("A4 page")), ("letter", self.tr("Letter page"))):
            self.receipt_layout.addItem(label, key)
        form.addRow(self.tr("Ticket layout"), self.receipt_layout)
        self.receipt_printer = QComboBox(box)
        form.addRow(self.tr("Receipt printer"), self.receipt_printer)
        self.footer = QPlainTextEdit(box)
        self.footer.setFixedHeight(56)
        form.addRow(self.tr("Footer text"), self.footer)
        column.addWidget(box)

        # texts
        box = QGroupBox(self.tr("Texts"), body)
        form = QFormLayout(box)
        self.cancellation = QPlainTextEdit(box)
        self.cancellation.setFixedHeight(72)
        form.addRow(self.tr("Cancellation policy"), self.cancellation)
        self.conditions = QPlainTextEdit(box)
        self.conditions.setFixedHeight(72)
        form.addRow(self.tr("Budget conditions"), self.conditions)
        column.addWidget(box)
        column.addStretch(1)
        self._align_labels(body)

    @staticmethod
    def _align_labels(body: QWidget) -> None:
        """One label width for every group, so the fields line up down the page."""
        forms = [box.layout() for box in body.findChildren(QGroupBox)]
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                  for form in forms for row in range(form.rowCount())
                  if form.itemAt(row, QFormLayout.ItemRole.LabelRole)]
        width = max((label.sizeHint().width() for label in labels if label), default=0)
        for label in labels:
            if label:
                label.setMinimumWidth(width)

    def title(self) -> str:
        return self.tr("Printing")

    # --------------------------------------------------------------- logo
    def choose_logo(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Choose the salon's logo"),
                                        self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp "
                                                "*.gif)"))
        if not path:
            return
        pixmap = QPixmap(path)
        if pixmap.isNull():
            dialogs.show_error(self, self.tr("Logo"),
                               self.tr("This file is not an image Salon Desk can read."))
            return
        self._logo_choice = path
        self._show_logo(pixmap)

    def remove_logo(self) -> None:
        self._logo_choice = None
        self._show_logo(None)

    def _show_logo(self, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.remove_logo_button.setEnabled(False)
            return
        self.logo_preview.setPixmap(pixmap.scaled(
            self.logo_preview.size() - QSize(10, 10), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(True)

    def _update_sample(self) -> None:
        money = common.Money(self._currency, common.document_locale(self._country))
        self.money_sample.setText(self.tr(
            "{amount}, as on screen (from the language and the salon's country)").format(
            amount=money(123450)))

    # --------------------------------------------------------------- load / save
    def load(self, session: Session) -> None:
        get = lambda option: settings.get(session, option)
        self._currency, self._country = get(settings.CURRENCY), get(settings.DEFAULT_COUNTRY)
        self._logo_choice = _KEEP
        path = opt.logo_path(session)
        self._show_logo(QPixmap(str(path)) if path else None)
        _select(self.paper, get(opt.PAPER_SIZE))
        _select(self.date_format, get(opt.DATE_FORMAT), add=True)
        self.prices_include_tax.setChecked(bool(get(opt.PRICES_INCLUDE_TAX)))
        self.tax_label.setText(_shown(get, opt.TAX_LABEL))
        self.tax_rates.setText(get(opt.TAX_RATES))
        self.default_tax.setValue(float(get(opt.DEFAULT_TAX_RATE)))
        _select(self.receipt_layout, get(opt.RECEIPT_LAYOUT))
        chosen = get(opt.RECEIPT_PRINTER)
        self.receipt_printer.clear()
        self.receipt_printer.addItem(self.tr("Choose when printing"), "")
        for name in available_printers():
            self.receipt_printer.addItem(name, name)
        if chosen and self.receipt_printer.findData(chosen) < 0:
            self.receipt_printer.addItem(self.tr("{name} (not connected)").format(name=chosen),
                                         chosen)
        _select(self.receipt_printer, chosen)
        self.footer.setPlainText(_shown(get, opt.TICKET_FOOTER))
        self.cancellation.setPlainText(_shown(get, opt.CANCELLATION_POLICY))
        self.conditions.setPlainText(_shown(get, opt.BUDGET_CONDITIONS))
        self._update_sample()

    def save(self, session: Session) -> None:
        """Store the page; raises ValidationError (shown by the dialog) on bad tax rates."""
        rates = opt.parse_tax_rates(self.tax_rates.text())
        set_value = lambda option, value: settings.set_value(session, option, value)
        set_value(opt.TAX_RATES, ", ".join(f"{r.normalize():f}" for r in rates))
        set_value(opt.DEFAULT_TAX_RATE, Decimal(str(round(self.default_tax.value(), 2))))
        set_value(opt.PRICES_INCLUDE_TAX, self.prices_include_tax.isChecked())
        set_value(opt.TAX_LABEL, _stored(opt.TAX_LABEL, self.tax_label.text())
                  or opt.TAX_LABEL.default)
        set_value(opt.PAPER_SIZE, self.paper.currentData())
        set_value(opt.DATE_FORMAT, self.date_format.currentData())
        set_value(opt.RECEIPT_LAYOUT, self.receipt_layout.currentData())
        set_value(opt.RECEIPT_PRINTER, self.receipt_printer.currentData() or "")
        set_value(opt.TICKET_FOOTER, _stored(opt.TICKET_FOOTER, self.footer.toPlainText()))
        set_value(opt.CANCELLATION_POLICY,
                  _stored(opt.CANCELLATION_POLICY, self.cancellation.toPlainText()))
        set_value(opt.BUDGET_CONDITIONS, _stored(opt.BUDGET_CONDITIONS,
                                                 self.conditions.toPlainText()))
        if self._logo_choice is not _KEEP:
            opt.store_logo(session, Path(self._logo_choice) if self._logo_choice else None)
            self._logo_choice = _KEEP


def _shown(get, option: settings.Option) -> str:
    """A shipped text in the interface language (as it prints); the salon's own as written."""
    value = get(option)
    return common.shipped_text(option) if value == option.default else value


def _stored(option: settings.Option, text: str) -> str:
    """What to keep: the shipped text, when left as shown, so it goes on following the language."""
    text = text.strip()
    return option.default if text == common.shipped_text(option).strip() else text


def _select(combo: QComboBox, value, add: bool = False) -> None:
    index = combo.findData(value)
    if index < 0 and add and value:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
