"""The filter panel: every criterion of a segment, grouped as a receptionist thinks of them
(who they are; what they booked; how they visit and spend; how they may be reached), the count
of the customers they find while they change, Apply, Clear and Save as segment.

It stays open beside the list (it is not modal): the list can be scrolled and opened while it
is. The panel knows nothing of the database: the segment feature (ui.segments.feature) fills
its choices and gives it the count as a job, which runs on the thread pool (ui.tasks) so that
typing never waits for SQL; a count overtaken by a newer one is dropped when it arrives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from salon_desk.services.jobs import Job
from salon_desk.services.segments import choices
from salon_desk.services.segments.criteria import Criteria
from salon_desk.ui.i18n import translator
from salon_desk.ui.segments.fields import (ChoiceField, DayField, FlagField, NumberField,
                                           WordsField, YesNoField)
from salon_desk.ui.segments.labels import (any_status_label, booked_help, criterion_label,
                                           value_label)
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text

_tr = translator("Segments")

COUNT_PAUSE_MS = 250  # the count follows the criteria once they stop changing this long


def _fixed(values: tuple[str, ...]) -> Callable[[QWidget], ChoiceField]:
    def make(parent: QWidget) -> ChoiceField:
        field = ChoiceField(parent)
        statuses = values is choices.BOOKING_STATUSES
        field.set_choices([(v, any_status_label() if statuses and v == choices.ACTIVE
                            else value_label(v)) for v in values])
        return field
    return make


def _months(parent: QWidget) -> ChoiceField:
    field = ChoiceField(parent)
    field.set_choices([(m, QLocale().standaloneMonthName(m)) for m in range(1, 13)])
    return field


def _number(maximum: int = 100_000, scale: int = 1) -> Callable[[QWidget], NumberField]:
    return lambda parent: NumberField(maximum, scale, parent=parent)


_money = _number(1_000_000, 100)

# Each group's criteria, in order, with the field each is typed in.
GROUPS: list[tuple[str, list[tuple[str, Callable[[QWidget], QWidget]]]]] = [
    ("who", [("genders", _fixed(choices.GENDERS)),
             ("states", _fixed(choices.CUSTOMER_STATES)),
             ("categories", ChoiceField), ("badges_any", ChoiceField),
             ("badges_all", ChoiceField), ("badges_none", ChoiceField),
             ("age_min", _number(130)), ("age_max", _number(130)),
             ("birthday_months", _months), ("birthday_within_days", _number(366)),
             ("since_from", DayField), ("since_to", DayField),
             ("referral_sources", WordsField), ("cities", WordsField),
             ("postcodes", WordsField)]),
    ("booked", [("services", ChoiceField), ("service_types", ChoiceField),
                ("unused_services", ChoiceField), ("unused_service_types", ChoiceField),
                ("packages", ChoiceField), ("package_sessions_left", YesNoField),
                ("booked_from", DayField), ("booked_to", DayField),
                ("booking_statuses", _fixed(choices.BOOKING_STATUSES))]),
    ("visits", [("visited_within_days", _number(10_000)),
                ("not_visited_for_days", _number(10_000)), ("at_risk", FlagField),
                ("visits_min", _number()), ("visits_max", _number()),
                ("visits_from", DayField), ("visits_to", DayField),
                ("spent_min", _money), ("spent_max", _money),
                ("spent_from", DayField), ("spent_to", DayField),
                ("average_ticket_min", _money), ("average_ticket_max", _money),
                ("has_debt", YesNoField), ("credits", _fixed(choices.CREDITS)),
                ("points_min", _number(10_000_000))]),
    ("reach", [("subscribed", _fixed(choices.SUBSCRIPTIONS)),
               ("consents", _fixed(choices.CONSENTS)),
               ("has_email", YesNoField), ("has_mobile", YesNoField)]),
]
# Where each group sits: (row, column) of the panel's grid.
_PLACES = {"who": (0, 0), "reach": (1, 0), "booked": (0, 1), "visits": (1, 1)}


def group_title(key: str) -> str:
    return {"who": _tr("Who they are"), "booked": _tr("What they booked"),
            "visits": _tr("How they visit and spend"),
            "reach": _tr("How they may be reached")}[key]


class SegmentPanel(QDialog):
    """``applied`` with the criteria when Apply is pressed (Clear applies none);
    ``save_requested`` for Save as segment, ``update_requested`` for Save changes (a saved
    segment being edited). ``count(criteria)`` is the job that counts the customers they
    match, run off the UI thread."""

    applied = Signal(object)
    save_requested = Signal(object)
    update_requested = Signal(object)

    def __init__(self, count: Callable[[Criteria], Job[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Filter customers"))
        self.setModal(False)
        self._count = count
        self._asked = 0  # the number of the latest count asked for; older ones are dropped
        self._counting: BackgroundTask | None = None
        self._timer = QTimer(self, singleShot=True, interval=COUNT_PAUSE_MS)
        self._timer.timeout.connect(self.update_count)
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll_area(), 1)
        self.help_label = QLabel(booked_help(), self)
        self.help_label.setWordWrap(True)
        self.help_label.setObjectName("muted")
        layout.addWidget(self.help_label)
        layout.addLayout(self._buttons())
        self.resize(1040, 720)

    def _scroll_area(self) -> QScrollArea:
        inner = QWidget()
        grid = QGridLayout(inner)
        for key, rows in GROUPS:
            box = QGroupBox(group_title(key), inner)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name, make in rows:
                field = make(box)
                field.changed.connect(self._timer.start)
                self.fields[name] = field
                form.addRow(criterion_label(name), field)
            grid.addWidget(box, *_PLACES[key], Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(2, 1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(inner)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageTitle")
        row.addWidget(self.count_label, 1)
        self.clear_button = QPushButton(_tr("Clear"), self)
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(_tr("Save as segment…"), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.criteria()))
        self.update_button = QPushButton(self)
        self.update_button.clicked.connect(lambda: self.update_requested.emit(self.criteria()))
        self.update_button.hide()
        self.apply_button = QPushButton(_tr("Apply"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(lambda: self.applied.emit(self.criteria()))
        close = QPushButton(_tr("Close"), self)
        close.clicked.connect(self.close)
        for button in (self.clear_button, self.save_button, self.update_button,
                       self.apply_button, close):
            row.addWidget(button)
        return row

    # --- values -----------------------------------------------------------------------------
    def set_choices(self, things: dict[str, list[tuple[int, str]]]) -> None:
        """The salon's own things: ``things[name]`` for each criterion that holds ids."""
        for name, items in things.items():
            self.fields[name].set_choices(items)

    def criteria(self) -> Criteria:
        return Criteria(**{name: field.get() for name, field in self.fields.items()})

    def set_criteria(self, criteria: Criteria) -> None:
        for name, field in self.fields.items():
            field.blockSignals(True)
            field.set_value(getattr(criteria, name))
            field.blockSignals(False)
        self.update_count()

    def set_editing(self, name: str | None) -> None:
        """Editing the saved segment ``name`` (Save changes shown), or a new filter."""
        self.update_button.setVisible(name is not None)
        if name is not None:
            self.update_button.setText(_tr("Save changes to “{0}”").format(name))
        self.setWindowTitle(_tr("Edit segment “{0}”").format(name) if name is not None
                            else _tr("Filter customers"))

    def clear(self) -> None:
        """Every criterion back to asking nothing, and the list without them."""
        self.set_criteria(Criteria())
        self.applied.emit(Criteria())

    def update_count(self) -> None:
        """Count the customers the criteria match, on the thread pool."""
        self._timer.stop()
        self._asked += 1
        asked, job = self._asked, self._count(self.criteria())
        if self._counting is not None:
            self._counting.cancel()  # not begun yet (threads busy): it never runs its SQL
        task = BackgroundTask(self, _tr("Counting customers"), lambda: job, show_dialog=False)
        task.finished.connect(lambda n: self._counted(task, asked, n))
        task.failed.connect(lambda exc, _tb: self._counted(task, asked, exc))
        task.cancelled.connect(task.deleteLater)
        self._counting = task.start()

    def _counted(self, task: BackgroundTask, asked: int, n: int | Exception) -> None:
        task.deleteLater()
        if task is self._counting:
            self._counting = None
        if asked != self._asked:
            return  # the criteria changed since this count was asked for
        if isinstance(n, Exception):
            self.count_label.setText(_tr("The customers could not be counted: {0}")
                                     .format(message_text(str(n))))
        else:
            self.count_label.setText(_tr("%n customer(s) match", n))


def without(criteria: Criteria, name: str) -> Criteria:
    """``criteria`` with the criterion ``name`` asking nothing again."""
    return dataclasses.replace(criteria, **{name: getattr(Criteria(), name)})
