"""Communication consent: two categories by three channels, each cell with its last change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from salon_desk.models.customers import Channel, ConsentCategory
from salon_desk.services.customers.views import ConsentCell
from salon_desk.ui import formatting

CATEGORIES = [ConsentCategory.APPOINTMENTS.value, ConsentCategory.MARKETING.value]
CHANNELS = [Channel.EMAIL.value, Channel.SMS.value, Channel.WHATSAPP.value]


class ConsentMatrix(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict[tuple[str, str], ConsentCell] = {}
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        self.dates: dict[tuple[str, str], QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        channel_names = formatting.channels()
        category_names = formatting.consent_categories()
        kinds = {ConsentCategory.APPOINTMENTS.value: self.tr("transactional"),
                 ConsentCategory.MARKETING.value: self.tr("marketing")}
        for column, channel in enumerate(CHANNELS, start=1):
            header = QLabel(f"<b>{channel_names[channel]}</b>", self)
            grid.addWidget(header, 0, column)
        for row, category in enumerate(CATEGORIES, start=1):
            label = QLabel(f"{category_names[category]}<br><span style='color:#6f6a78'>"
                           f"{kinds[category]}</span>", self)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            for column, channel in enumerate(CHANNELS, start=1):
                cell = QWidget(self)
                box_layout = QVBoxLayout(cell)
                box_layout.setContentsMargins(0, 4, 0, 4)
                box_layout.setSpacing(0)
                box = QCheckBox(self.tr("Allowed"), cell)
                box.setAccessibleName(f"{category_names[category]}: {channel_names[channel]}")
                date = QLabel(cell)
                date.setObjectName("muted")
                box_layout.addWidget(box)
                box_layout.addWidget(date)
                grid.addWidget(cell, row, column)
                key = (category, channel)
                self.boxes[key] = box
                self.dates[key] = date
                box.toggled.connect(lambda _on, k=key: self._toggled(k))
        grid.setColumnStretch(len(CHANNELS) + 1, 1)
        self._grid = grid
        self._reserve_widths()
        self.set_cells({})

    def _reserve_widths(self) -> None:
        """Each channel column is as wide as its longest possible date line, so ticking a box
        (“Not given” becomes “Given on saving”) never moves the boxes beside it."""
        sample = formatting.date(dt.date(2000, 12, 28))
        texts = [self.tr("Not given"), self.tr("Given on saving"), self.tr("Withdrawn on saving"),
                 self.tr("Given {0}").format(sample), self.tr("Withdrawn {0}").format(sample)]
        label = next(iter(self.dates.values()))
        widest = max(label.fontMetrics().horizontalAdvance(t) for t in texts)
        box = max(b.sizeHint().width() for b in self.boxes.values())
        for column in range(1, len(CHANNELS) + 1):
            self._grid.setColumnMinimumWidth(column, max(widest + 2, box))

    def changeEvent(self, event: QEvent) -> None:
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and hasattr(self, "_grid"):
            self._reserve_widths()
        super().changeEvent(event)

    def set_cells(self, cells: dict[tuple[str, str], ConsentCell]) -> None:
        self._loaded = dict(cells)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(cells.get(key) and cells[key].granted))
            box.blockSignals(False)
            self._describe(key)

    def values(self) -> dict[tuple[str, str], bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def changes(self) -> dict[tuple[str, str], bool]:
        """Cells to record: those that differ from what was stored (never-asked cells left
        unticked are not recorded as withdrawn)."""
        out = {}
        for key, box in self.boxes.items():
            stored = self._loaded.get(key)
            if stored is None:
                if box.isChecked():
                    out[key] = True
            elif stored.granted != box.isChecked():
                out[key] = box.isChecked()
        return out

    def _toggled(self, key: tuple[str, str]) -> None:
        self._describe(key)
        self.changed.emit()

    def _describe(self, key: tuple[str, str]) -> None:
        stored = self._loaded.get(key)
        checked = self.boxes[key].isChecked()
        label = self.dates[key]
        if stored is not None and stored.granted == checked and stored.changed_at:
            when = formatting.date(stored.changed_at)
            text = (self.tr("Given {0}") if checked else self.tr("Withdrawn {0}")).format(when)
        elif stored is None and not checked:
            text = self.tr("Not given")
        else:
            text = self.tr("Given on saving") if checked else self.tr("Withdrawn on saving")
        label.setText(text)
