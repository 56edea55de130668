"""Amount and percentage fields that never go through floats (money is integer cents)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from salon_desk.ui import formatting


class MoneyEdit(QLineEdit):
    """An amount typed with two decimals, read back as cents. It is shown with the locale's
    decimal separator ("38,50" in Spanish) and both "38.50" and "38,50" are accepted."""

    def __init__(self, parent: QWidget | None = None, suffix: str = "") -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\d{0,7}([.,]\d{0,2})?$"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(formatting.cents_to_text(0))
        self.setMaximumWidth(140)
        if suffix:
            self.setToolTip(suffix)

    def cents(self) -> int:
        return formatting.text_to_cents(self.text())

    def set_cents(self, cents: int | None) -> None:
        self.setText(formatting.cents_to_text(cents or 0))


class DecimalEdit(QLineEdit):
    """A number with up to two decimals (tax rates, discounts), read back as Decimal."""

    def __init__(self, parent: QWidget | None = None, maximum: Decimal = Decimal(100)) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\d{0,3}([.,]\d{0,2})?$"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.setMaximumWidth(100)

    def value(self) -> Decimal:
        text = self.text().strip().replace(",", ".") or "0"
        try:
            return Decimal(text)
        except InvalidOperation as exc:
            raise ValueError(self.text()) from exc

    def set_value(self, value: Decimal | int | None) -> None:
        value = Decimal(value or 0)
        text = format(value.normalize(), "f") if value else "0"
        self.setText(text)
