"""Segments in the customer list: the Filters button and the saved segments beside the search
box, the filter panel (ui.segments.panel), and the active criteria as chips above the list.

The criteria narrow the list through its filter hook: services.segments.query.narrowed adds
their SQL conditions to the list's own query, which the list model pages as it pages any
filter. A saved segment is read again each time it is chosen (it is a rule, not a list).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton,
                               QSizePolicy, QToolButton, QWidget)

from salon_desk.models import Badge, CustomerCategory, Package, Service, ServiceType
from salon_desk.models.db import Database
from salon_desk.services.jobs import Job
from salon_desk.services.sales import catalog
from salon_desk.services.search.lookup import CustomerFilter
from salon_desk.services.segments import query as segment_query
from salon_desk.services.segments import saved
from salon_desk.services.segments.criteria import ACTIVE, Criteria
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.customer_list_page import CustomerListPage
from salon_desk.ui.hosts import MainWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.saving import run_write
from salon_desk.ui.widgets.flow import FlowLayout
from salon_desk.ui.segments.labels import any_status_label, criterion_label, value_label
from salon_desk.ui.segments.panel import SegmentPanel, without
from salon_desk.ui.texts import message_text
from salon_desk.ui.transfer.export_actions import export_segment

_tr = translator("Segments")

# The criteria holding ids of the salon's things, and the things they name.
_ID_CHOICES = {"categories": CustomerCategory, "badges_any": Badge, "badges_all": Badge,
               "badges_none": Badge, "services": Service, "service_types": ServiceType,
               "unused_services": Service, "unused_service_types": ServiceType,
               "packages": Package}
_MONEY = {"spent_min", "spent_max", "average_ticket_min", "average_ticket_max"}


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A name typed by the user, or None when cancelled (tests replace this)."""
    name, ok = QInputDialog.getText(parent, title, label, text=text)
    return name if ok else None


class ChipStrip(QWidget):
    """The active criteria above the list, each a button that removes it; more chips than
    the width holds wrap onto further lines, so every one stays readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            "QToolButton#chip { background: #e8f0fe; color: #1a3e72; border: 1px solid #b6cbf2;"
            " border-radius: 11px; padding: 2px 10px; }"
            "QToolButton#chip:hover { background: #d2e3fc; }")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(_tr("Filtered by:"), self)
        self.title.setObjectName("muted")
        outer.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        self.holder = QWidget(self)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.holder.setSizePolicy(policy)
        self.row = FlowLayout(self.holder)
        outer.addWidget(self.holder, 1)
        self.clear_button = QPushButton(_tr("Clear filter"), self)
        outer.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.chips: dict[str, QToolButton] = {}
        self.hide()

    def show_chips(self, chips: list[tuple[str, str]], remove) -> None:
        """``chips``: (criterion, text); ``remove(criterion)`` when a chip is clicked."""
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.chips = {}
        for name, text in chips:
            chip = QToolButton(self.holder)
            chip.setObjectName("chip")
            chip.setText(f"{text}  ✕")
            chip.setToolTip(_tr("Remove this criterion"))
            chip.clicked.connect(lambda _checked=False, n=name: remove(n))
            self.chips[name] = chip
            self.row.addWidget(chip)
        self.row.invalidate()
        self.setVisible(bool(chips))


class SegmentsInList:
    """The segment filter of one customer list page (a feature object of the main window)."""

    def __init__(self, db: Database, page: CustomerListPage) -> None:
        self.db = db
        self.page = page
        self.criteria = Criteria()
        self.segment_id: int | None = None  # the saved segment shown, if any
        self.panel: SegmentPanel | None = None
        self._editing: saved.SegmentRow | None = None
        self._names: dict[str, dict[int, str]] = {}
        self.controls = QWidget(page)
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.filter_button = QToolButton(self.controls)
        self.filter_button.setToolTip(_tr("Find customers by what they are, booked, spent "
                                          "and may receive; the arrow lists the saved "
                                          "segments"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.filter_button.setMenu(self._segment_menu())
        self.filter_button.clicked.connect(lambda: self.open_panel())
        row.addWidget(self.filter_button)
        page.add_filter(self.controls, self.narrow, beside_search=True)
        self.chips = ChipStrip(page)
        self.chips.clear_button.clicked.connect(self.clear)
        page.add_strip(self.chips)
        self.reload_segments()

    def _segment_menu(self) -> QMenu:
        """The saved segments (the quick filter: one click shows its customers), then what
        can be done with the filter and the chosen segment."""
        menu = QMenu(self.controls)
        self.segments_section = menu.addSection(_tr("Saved segments"))
        self.no_segments = menu.addAction(_tr("No saved segments yet"))
        self.no_segments.setEnabled(False)
        self.tools_separator = menu.addSeparator()
        self.save_action = menu.addAction(_tr("Save as segment…"),
                                          lambda: self.save_segment(self.criteria))
        self.rename_action = menu.addAction(_tr("Rename segment…"), self.rename_segment)
        self.edit_action = menu.addAction(_tr("Edit segment…"), self.edit_segment)
        self.delete_action = menu.addAction(_tr("Delete segment…"), self.delete_segment)
        menu.addSeparator()
        self.export_action = menu.addAction(
            _tr("Export segment…"), lambda: export_segment(self.page, self.db, self.segment_id))
        self.segment_actions: dict[int, QAction] = {}
        return menu

    # --- the list's filter ------------------------------------------------------------------
    def narrow(self, flt: CustomerFilter) -> CustomerFilter:
        if self.criteria.is_empty():
            return flt
        with self.db.session() as session:
            return segment_query.narrowed(session, self.criteria, flt)

    def count(self, criteria: Criteria) -> Job[int]:
        """The job counting the customers the list would show with ``criteria`` instead of its
        own (the list's filter read here, on the UI thread; the job runs on the thread pool)."""
        base = self.page.current_filter()
        base = CustomerFilter(text=base.text, badge_id=base.badge_id,
                              category_id=base.category_id, active=base.active, ids=base.ids)
        return segment_query.count_job(self.db, criteria, base)

    def apply(self, criteria: Criteria, segment_id: int | None = None) -> None:
        """Show the customers ``criteria`` find (the chosen saved segment, if any)."""
        self.criteria = criteria
        self.segment_id = segment_id
        self._update_actions()
        self._show_chips()
        self.page.apply_filter()

    def remove(self, name: str) -> None:
        self.apply(without(self.criteria, name))
        if self.panel is not None:
            self.panel.set_criteria(self.criteria)

    def clear(self) -> None:
        self.apply(Criteria())
        if self.panel is not None:
            self.panel.set_criteria(self.criteria)

    # --- chips ------------------------------------------------------------------------------
    def _show_chips(self) -> None:
        chips = [(name, self.chip_text(name)) for name in self.criteria.set_names()]
        self.chips.show_chips(chips, self.remove)

    def chip_text(self, name: str) -> str:
        value = getattr(self.criteria, name)
        label = criterion_label(name)
        if value is True:
            return label
        if value is False:
            return f"{label}: {_tr('No')}"
        if isinstance(value, list):
            names = self._names.get(name)
            shown = [names.get(v, str(v)) if names else self._value_text(name, v) for v in value]
            more = f" +{len(shown) - 3}" if len(shown) > 3 else ""
            return f"{label}: {', '.join(shown[:3])}{more}"
        if isinstance(value, dt.date):
            return f"{label}: {formatting.date(value)}"
        if name in _MONEY:
            return f"{label}: {formatting.money(value)}"
        return f"{label}: {value}"

    @staticmethod
    def _value_text(name: str, value: object) -> str:
        if name == "birthday_months":
            return QLocale().standaloneMonthName(int(value))
        if name == "booking_statuses" and value == ACTIVE:
            return any_status_label()
        return value_label(str(value))

    # --- the panel --------------------------------------------------------------------------
    def open_panel(self, criteria: Criteria | None = None,
                   editing: saved.SegmentRow | None = None) -> SegmentPanel:
        if self.panel is None:
            self.panel = SegmentPanel(self.count, self.page)
            self.panel.applied.connect(self._panel_applied)
            self.panel.save_requested.connect(self.save_segment)
            self.panel.update_requested.connect(self._update_segment)
        self._load_choices()
        self._editing = editing
        self.panel.set_editing(editing.name if editing else None)
        self.panel.set_criteria(criteria if criteria is not None else self.criteria)
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def _load_choices(self) -> None:
        with self.db.session() as session:
            things = {model: [(row.id, message_text(row.name) if model is Badge else row.name)
                              for row in catalog.list_items(session, model)]
                      for model in set(_ID_CHOICES.values())}
        choices = {name: things[model] for name, model in _ID_CHOICES.items()}
        self._names = {name: dict(items) for name, items in choices.items()}
        self.panel.set_choices(choices)

    def _panel_applied(self, criteria: Criteria) -> None:
        keep = self._editing.id if self._editing is not None else None
        self.apply(criteria, keep if criteria == self._current_saved() else None)

    def _current_saved(self) -> Criteria | None:
        return self._editing.criteria if self._editing is not None else None

    # --- saved segments ---------------------------------------------------------------------
    def reload_segments(self) -> None:
        with self.db.session() as session:
            rows = saved.list_segments(session)
        menu = self.filter_button.menu()
        for action in self.segment_actions.values():
            menu.removeAction(action)
            action.deleteLater()
        self.segment_actions = {}
        for row in rows:
            action = QAction(row.name, menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _on=False, i=row.id: self.choose_segment(i))
            menu.insertAction(self.tools_separator, action)
            self.segment_actions[row.id] = action
        self.no_segments.setVisible(not rows)
        if self.segment_id not in self.segment_actions:
            self.segment_id = None
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.segment_id is not None
        for action in (self.rename_action, self.edit_action, self.delete_action,
                       self.export_action):
            action.setEnabled(chosen)
        for segment_id, action in self.segment_actions.items():
            action.setChecked(segment_id == self.segment_id)
        self.save_action.setEnabled(not self.criteria.is_empty())
        n = len(self.criteria.set_names())
        self.filter_button.setText(_tr("Filters ({0})").format(n) if n else _tr("Filters"))
        chosen_action = self.segment_actions.get(self.segment_id)
        self.chips.title.setText(_tr("Segment “{0}”:").format(chosen_action.text())
                                 if chosen_action is not None else _tr("Filtered by:"))

    def choose_segment(self, segment_id: int) -> None:
        """Show the customers of a saved segment, its rules read again."""
        with self.db.session() as session:
            row = saved.load(session, segment_id)
        self.apply(row.criteria, row.id)

    def save_segment(self, criteria: Criteria) -> None:
        title = _tr("Save as segment")
        name = ask_name(self.panel or self.page, title, _tr("Name of the segment:"))
        if name is None:
            return
        outcome = run_write(self.panel or self.page, self.db, title,
                            lambda s: saved.save(s, name, criteria))
        if outcome.ok:
            self.reload_segments()
            self._editing = outcome.value
            if self.panel is not None:
                self.panel.set_editing(outcome.value.name)
            self.apply(criteria, outcome.value.id)

    def _update_segment(self, criteria: Criteria) -> None:
        if self._editing is None:
            return
        segment_id = self._editing.id
        outcome = run_write(self.panel, self.db, _tr("Save segment"),
                            lambda s: saved.update(s, segment_id, criteria))
        if outcome.ok:
            self._editing = outcome.value
            self.apply(criteria, segment_id)

    def _chosen(self) -> saved.SegmentRow | None:
        segment_id = self.segment_id
        if segment_id is None:
            return None
        with self.db.session() as session:
            return saved.load(session, segment_id)

    def rename_segment(self) -> None:
        row = self._chosen()
        if row is None:
            return
        title = _tr("Rename segment")
        name = ask_name(self.page, title, _tr("New name of the segment:"), row.name)
        if name is None:
            return
        if run_write(self.page, self.db, title, lambda s: saved.rename(s, row.id, name)).ok:
            self.reload_segments()

    def edit_segment(self) -> None:
        row = self._chosen()
        if row is not None:
            self.open_panel(row.criteria, editing=row)

    def delete_segment(self) -> None:
        row = self._chosen()
        if row is None or not dialogs.confirm(
                self.page, _tr("Delete segment"),
                _tr("Delete the segment “{0}”? The customers in it are not touched.")
                .format(row.name), _tr("Delete")):
            return
        if run_write(self.page, self.db, _tr("Delete segment"),
                     lambda s: saved.delete(s, row.id)).ok:
            self.reload_segments()
            self.clear()


def install(main_window: MainWindowHost) -> SegmentsInList:
    """The segment filter in the customer list."""
    return main_window.features.add(SegmentsInList(main_window.db, main_window.customer_list))
