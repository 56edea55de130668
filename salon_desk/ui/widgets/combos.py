"""Combo boxes filled from the salon's lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox


def fill_combo(combo: QComboBox, items: Sequence[tuple[Any, str]], blank: str | None = None,
               current: Any = None) -> None:
    """Refill ``combo`` with (value, label) items, an optional blank first, choosing
    ``current`` (or the first entry), without emitting change signals."""
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for value, label in items:
        combo.addItem(label, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
