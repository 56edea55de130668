"""A phone number field with its country code: parsed with phonenumbers, kept as E.164."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from salon_desk.services.phones import PhoneError, normalise_phone
from salon_desk.ui.widgets.countries import CountryCombo


class PhoneEdit(QWidget):
    """Country code chooser + number. A number typed with "+" keeps its own country."""

    changed = Signal()

    def __init__(self, default_country: str = "ES", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.country_combo = CountryCombo(self, with_calling_code=True)
        self.country_combo.set_code(default_country)
        self.country_combo.setFixedWidth(104)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("Number"))
        row.addWidget(self.country_combo)
        row.addWidget(self.number_edit, 1)
        self.setFocusProxy(self.number_edit)
        self.number_edit.textChanged.connect(self.changed)
        self.country_combo.currentIndexChanged.connect(self.changed)
        self.number_edit.editingFinished.connect(self._tidy)

    def country(self) -> str:
        return self.country_combo.code() or "ES"

    def text(self) -> str:
        return self.number_edit.text().strip()

    def set_value(self, value: str | None) -> None:
        """Show a stored number: its country in the chooser, the national format in the box."""
        self.number_edit.setText(value or "")
        if value and value.startswith("+"):
            try:
                number = phonenumbers.parse(value, None)
            except phonenumbers.NumberParseException:
                return
            region = phonenumbers.region_code_for_number(number)
            if region:
                self.country_combo.set_code(region)
                self.number_edit.setText(phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.NATIONAL))

    def e164(self) -> str | None:
        """The number in E.164, None when empty; raises PhoneError when it is not valid."""
        return normalise_phone(self.text(), self.country())

    def _tidy(self) -> None:
        """Once typed, show the number formatted for its country (or moved to its country)."""
        try:
            value = self.e164()
        except PhoneError:
            return
        if value:
            self.number_edit.blockSignals(True)
            self.set_value(value)
            self.number_edit.blockSignals(False)
