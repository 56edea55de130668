"""The salon's own details: name, address, contact, tax ID, currency, country, opening hours."""

from __future__ import annotations

import re

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from salon_desk.services import settings
from salon_desk.services.errors import SalonError
from salon_desk.ui.formatting import CURRENCIES
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.widgets.countries import CountryCombo

_TEXT_OPTIONS = [
    (settings.SALON_NAME, "name"),
    (settings.SALON_PHONE, "phone"),
    (settings.SALON_EMAIL, "email"),
    (settings.SALON_TAX_ID, "tax_id"),
    (settings.SALON_WEBSITE, "website"),
]


class SalonPage(QWidget, SettingsPageDefaults):
    """Settings page (contract: title(), load(session), save(session))."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Long labels (in some languages) go above their field instead of widening the page.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setFixedHeight(60)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.tax_id = QLineEdit(self)
        self.website = QLineEdit(self)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMaximumWidth(120)
        self.country = CountryCombo(self)
        self.opening = QTimeEdit(self)
        self.closing = QTimeEdit(self)
        for edit in (self.opening, self.closing):
            edit.setDisplayFormat("HH:mm")
            edit.setMaximumWidth(100)
        self.slot = QSpinBox(self)
        self.slot.setRange(5, 120)
        self.slot.setSingleStep(5)
        self.slot.setSuffix(self.tr(" min"))
        self.slot.setMaximumWidth(100)
        form.addRow(self.tr("Salon name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Tax ID"), self.tax_id)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Currency (ISO code)"), self.currency)
        form.addRow(self.tr("Default country for phone numbers"), self.country)
        form.addRow(self.tr("Opens at"), self.opening)
        form.addRow(self.tr("Closes at"), self.closing)
        form.addRow(self.tr("Schedule slot"), self.slot)

    def title(self) -> str:
        return self.tr("Salon")

    def load(self, session: Session) -> None:
        for option, attr in _TEXT_OPTIONS:
            getattr(self, attr).setText(settings.get(session, option))
        self.address.setPlainText(settings.get(session, settings.SALON_ADDRESS))
        self.currency.setCurrentText(settings.get(session, settings.CURRENCY))
        self.country.set_code(settings.get(session, settings.DEFAULT_COUNTRY))
        self.opening.setTime(QTime.fromString(settings.get(session, settings.OPENING_TIME),
                                              "HH:mm"))
        self.closing.setTime(QTime.fromString(settings.get(session, settings.CLOSING_TIME),
                                              "HH:mm"))
        self.slot.setValue(settings.get(session, settings.SLOT_MINUTES))
        self._loaded = self._state()

    def _state(self) -> tuple:
        return (*(getattr(self, attr).text() for _option, attr in _TEXT_OPTIONS),
                self.address.toPlainText(), self.currency.currentText(), self.country.code(),
                self.opening.time(), self.closing.time(), self.slot.value())

    def has_changes(self) -> bool:
        return self._state() != getattr(self, "_loaded", None)

    def save(self, session: Session) -> None:
        currency = self.currency.currentText().strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise SalonError(self.tr("The currency must be a three-letter ISO code, such as EUR, "
                                     "GBP or USD."))
        if self.opening.time() >= self.closing.time():
            raise SalonError(self.tr("The salon must open before it closes."))
        if not self.name.text().strip():
            raise SalonError(self.tr("Give the salon a name."))
        for option, attr in _TEXT_OPTIONS:
            settings.set_value(session, option, getattr(self, attr).text().strip())
        settings.set_value(session, settings.SALON_ADDRESS, self.address.toPlainText().strip())
        settings.set_value(session, settings.CURRENCY, currency)
        settings.set_value(session, settings.DEFAULT_COUNTRY, self.country.code() or "ES")
        settings.set_value(session, settings.OPENING_TIME, self.opening.time().toString("HH:mm"))
        settings.set_value(session, settings.CLOSING_TIME, self.closing.time().toString("HH:mm"))
        settings.set_value(session, settings.SLOT_MINUTES, self.slot.value())
