"""The at-risk / lapsed mark and filter in the customer list, and the care strip of the record
header (at-risk mark and pinned notes).

Both plug in through ui.composition, so the list and the record window stay unaware of them:
- ``install_customer_list(main_window)`` adds a "Visits" filter combo to the customer list (its
  ids come from ``services.insights.at_risk_ids``, worked out off the UI thread and kept for a
  few minutes) and paints the mark beside the last-visit date of the rows on screen;
- ``install_record_header(record_window)`` adds a strip under the header with the mark and the
  pinned notes, refreshed whenever the header is.
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass
import time

from PySide6.QtCore import QModelIndex, QObject, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.care import insights
from salon_desk.services.care import notes
from salon_desk.ui.care.common import read, tr
from salon_desk.ui.care.risk_mark import COLOURS, RiskMark, reason_text, status_labels
from salon_desk.ui.customer_list_model import COL_LAST_VISIT, IdRole
from salon_desk.ui.events import events
from salon_desk.ui.hosts import MainWindowHost, RecordWindowHost
from salon_desk.ui.tasks import BackgroundTask

CACHE_SECONDS = 300
KINDS = (insights.AT_RISK, insights.LAPSED, "at_risk_or_lapsed")


def kind_labels() -> dict[str | None, str]:
    return {None: tr("All visit statuses"), insights.AT_RISK: tr("At risk"),
            insights.LAPSED: tr("Lapsed"), "at_risk_or_lapsed": tr("At risk or lapsed")}


class RiskFilter(QObject):
    """The "visits" filter: restricts a CustomerFilter to at-risk or lapsed customers."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.combo = QComboBox(parent)
        self.combo.setToolTip(tr("Customers who have not come back for longer than usual "
                                 "(thresholds in Settings)"))
        for kind, label in kind_labels().items():
            self.combo.addItem(label, kind)
        self.combo.currentIndexChanged.connect(self._kind_changed)
        self._ids: dict[str, tuple[float, list[int]]] = {}
        self.task: BackgroundTask | None = None
        # bound methods: the connections end with this object (a lambda would outlive it)
        events().customers_changed.connect(self._customers_changed)
        events().settings_changed.connect(self._settings_changed)

    def kind(self) -> str | None:
        return self.combo.currentData()

    def ids(self) -> list[int] | None:
        """The restriction for the current choice; None when no restriction (or not ready)."""
        kind = self.kind()
        if kind is None:
            return None
        cached = self._ids.get(kind)
        return cached[1] if cached else None

    def apply(self, flt):
        """The filter with the at-risk restriction added (combined with any ids it had)."""
        ids = self.ids()
        if ids is None:
            return flt
        if flt.ids is not None:
            allowed = set(flt.ids)
            ids = [i for i in ids if i in allowed]
        return dataclasses.replace(flt, ids=ids)

    def _customers_changed(self, _ids: list) -> None:
        self._ids.clear()

    def _settings_changed(self) -> None:
        self._ids.clear()
        if self.kind() is not None:
            self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        cached = self._ids.get(kind) if kind else None
        if kind is None or (cached and time.monotonic() - cached[0] < CACHE_SECONDS):
            self.changed.emit()
            return
        self.task = BackgroundTask(self.combo.window(), tr("Finding customers at risk"),
                                   lambda: insights.at_risk_ids_job(self.db, kind))
        self.task.finished.connect(lambda ids, k=kind: self._computed(k, ids))
        self.task.cancelled.connect(lambda: self.combo.setCurrentIndex(0))
        self.task.failed.connect(lambda _exc, _tb: self.combo.setCurrentIndex(0))
        self.task.start()

    def _computed(self, kind: str, ids: list[int]) -> None:
        self._ids[kind] = (time.monotonic(), ids)
        if self.kind() == kind:
            self.changed.emit()


class RiskMarkDelegate(QStyledItemDelegate):
    """Paints the cell as usual, plus an "At risk"/"Lapsed" pill at its right edge.

    Statuses are read for the rows on screen, a batch at a time, and kept until the list
    reloads or customers change.
    """

    def __init__(self, db: Database, id_role: int, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.id_role = id_role
        self.statuses: dict[int, str | None] = {}
        self._wanted: set[int] = set()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._fetch)
        events().customers_changed.connect(self._customers_changed)

    def _customers_changed(self, _ids: list) -> None:
        self.clear()

    def clear(self) -> None:
        self.statuses.clear()
        view = self.parent()
        if isinstance(view, QWidget) and hasattr(view, "viewport"):
            view.viewport().update()

    def _fetch(self) -> None:
        ids = sorted(self._wanted - set(self.statuses))
        self._wanted.clear()
        if not ids:
            return
        found = read(self.db, lambda s: insights.statuses_for(s, ids))
        for cid in ids:
            risk = found.get(cid)
            self.statuses[cid] = risk.status if risk and risk.status in (
                insights.AT_RISK, insights.LAPSED) else None
        view = self.parent()
        if hasattr(view, "viewport"):
            view.viewport().update()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        cid = index.data(self.id_role)
        status = self.statuses.get(cid) if cid is not None else None
        if cid is not None and cid not in self.statuses:
            self._wanted.add(cid)
            self._timer.start()
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = status_labels()[status]
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(label) + 14
        pill = QRectF(option.rect.right() - width - 4, option.rect.center().y() - 9, width, 18)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setPen(QColor("#8a8494"))  # the list draws last-visit dates grey
        text_rect = QRect(option.rect.left() + 4, option.rect.top(),
                          max(0, int(pill.left()) - option.rect.left() - 8), option.rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))
        fg, bg, border = COLOURS[status]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(border))
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(pill, 9, 9)
        painter.setPen(QColor(fg))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


@dataclass
class VisitStatusInList:
    """The customer list's "Visits" filter and the mark painted beside the last visit."""

    risk_filter: RiskFilter
    delegate: RiskMarkDelegate


def install_customer_list(main_window: MainWindowHost) -> VisitStatusInList:
    """The visits filter and the at-risk mark in the customer list."""
    page = main_window.customer_list
    risk = RiskFilter(main_window.db, page)
    page.add_filter(risk.combo, risk.apply)

    def refilter() -> None:
        page.apply_filter()
        if risk.kind() is not None and page.model.rowCount() == 0:
            page.empty_label.setText(tr("No customers match these filters."))

    risk.changed.connect(refilter)
    delegate = RiskMarkDelegate(main_window.db, IdRole, page.table)
    page.model.modelReset.connect(delegate.clear)
    page.table.setItemDelegateForColumn(COL_LAST_VISIT, delegate)
    # room for the date and the mark side by side
    page.table.setColumnWidth(COL_LAST_VISIT, max(page.table.columnWidth(COL_LAST_VISIT), 175))
    return main_window.features.add(VisitStatusInList(risk, delegate))


class CareStrip(QWidget):
    """Under the record header: the at-risk mark and the pinned notes."""

    open_notes = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.mark = RiskMark(self)
        self.mark.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reason = QLabel(self)
        self.reason.setObjectName("muted")
        layout.addWidget(self.reason, 1)
        self.pinned = QLabel(self)
        self.pinned.setWordWrap(True)
        self.pinned.setTextFormat(Qt.TextFormat.RichText)
        self.pinned.setStyleSheet("QLabel { background: #fff8e1; color: #5d4a00; border: 1px "
                                  "solid #f3dc8c; border-radius: 6px; padding: 4px 10px; }")
        self.pinned.linkActivated.connect(lambda _link: self.open_notes.emit())
        layout.addWidget(self.pinned, 1)
        self.hide()

    def follow(self, window: RecordWindowHost) -> None:
        """Reload whenever the record window's header shows new details."""
        self._window = window
        window.header.details_shown.connect(self._header_shown)

    def _header_shown(self) -> None:
        self.reload(self._window.customer_id)

    def reload(self, customer_id: int) -> None:
        risk, pinned = read(self.db, lambda s: (insights.customer_risk(s, customer_id),
                                                notes.pinned_notes(s, customer_id)))
        self.mark.set_risk(risk)
        self.reason.setText(reason_text(risk) if not self.mark.isHidden() else "")
        self.reason.setVisible(not self.mark.isHidden() and not pinned)
        if pinned:
            items = " &nbsp;·&nbsp; ".join(
                "⚑ " + html.escape(" ".join(n.text.split()) or (
                    n.formula.summary() if n.formula else "")) for n in pinned[:3])
            more = tr(" (+{n} more)").format(n=len(pinned) - 3) if len(pinned) > 3 else ""
            self.pinned.setText(f"{items}{more} &nbsp;<a href='notes'>{tr('Notes')}</a>")
        self.pinned.setVisible(bool(pinned))
        self.setVisible(not self.mark.isHidden() or bool(pinned))


def install_record_header(window: RecordWindowHost) -> CareStrip:
    """The care strip under the record header."""
    strip = CareStrip(window.db, window.header)
    window.add_header_strip(strip)
    strip.open_notes.connect(lambda: window.show_tab("NotesTab"))
    strip.follow(window)
    strip.reload(window.customer_id)
    return window.features.add(strip)
