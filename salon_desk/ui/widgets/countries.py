"""Countries for the phone and address fields: ISO code, name and calling code.

Names come from CLDR (Babel) in the interface language: "España", "Reino Unido" in Spanish.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from babel import Locale
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salon_desk.services.money import locale_name
from salon_desk.text.fold import fold
from salon_desk.ui.i18n import interface_language

NameRole = Qt.ItemDataRole.UserRole + 1


@lru_cache(maxsize=8)
def _territory_names(language: str) -> dict[str, str]:
    return dict(Locale.parse(locale_name(language, None)).territories)


def country_name(code: str | None) -> str:
    """The country's name in the interface language ("ES" -> "España" in Spanish)."""
    if not code:
        return ""
    code = code.upper()
    return _territory_names(interface_language()).get(code) or code


def countries() -> list[tuple[str, str, int]]:
    """(code, name, calling code) of every country phonenumbers knows, sorted by name in the
    interface language."""
    return _countries(interface_language())


@lru_cache(maxsize=8)
def _countries(language: str) -> list[tuple[str, str, int]]:
    names = _territory_names(language)
    items = [(code, names.get(code) or code, phonenumbers.country_code_for_region(code))
             for code in phonenumbers.SUPPORTED_REGIONS]
    return sorted(items, key=lambda item: (fold(item[1]), item[1]))


class _NamedDelegate(QStyledItemDelegate):
    """In the open list, show the country's name after the short text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        name = index.data(NameRole)
        if name:
            option.text = f"{option.text}    {name}"


class CountryCombo(QComboBox):
    """A country chooser. For phones it is compact ("ES +34", with names in the open list);
    for addresses it shows names. Typing the first letters jumps to a country."""

    def __init__(self, parent: QWidget | None = None, with_calling_code: bool = False,
                 allow_empty: bool = False) -> None:
        super().__init__(parent)
        if with_calling_code:
            self.setItemDelegate(_NamedDelegate(self))
        if allow_empty:
            self.addItem("—", None)
        for code, name, calling in countries():
            text = f"{code} +{calling}" if with_calling_code else name
            self.addItem(text, code)
            if with_calling_code:
                self.setItemData(self.count() - 1, name, NameRole)
            self.setItemData(self.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.view().setMinimumWidth(300)
        self.setMaxVisibleItems(16)
        self.currentIndexChanged.connect(self._update_tooltip)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper() if code else None)
        if index >= 0:
            self.setCurrentIndex(index)

    def _update_tooltip(self) -> None:
        self.setToolTip(country_name(self.code()))
