"""Whole-number fields of the settings pages, one width for all."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

FIELD_WIDTH = 130


def whole_number(parent: QWidget, minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
    """A whole-number setting, as wide as the page's other number fields."""
    spin = QSpinBox(parent)
    spin.setRange(minimum, maximum)
    spin.setMinimumWidth(FIELD_WIDTH)
    spin.setSuffix(suffix)
    return spin
