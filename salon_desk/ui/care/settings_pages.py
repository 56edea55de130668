"""Settings pages of the care part: survey templates, and the at-risk, document and patch-test
limits. Each page is a ui.hosts.SettingsPage, listed in ui.composition."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from salon_desk.models import QuestionKind, SurveyTemplate
from salon_desk.services import settings
from salon_desk.services.care import documents
from salon_desk.services.care import insights
from salon_desk.services.care import patch_tests
from salon_desk.services.care import surveys
from salon_desk.services.errors import ValidationError
from salon_desk.services.care.surveys import QuestionData, TemplateData
from salon_desk.ui import dialogs
from salon_desk.ui.care.common import muted_label, tr
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.selection import enable_with_selection
from salon_desk.ui.widgets.named_list import NamedList
from salon_desk.ui.widgets.numbers import whole_number
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.text_limits import limit_to_field, set_whole_text

QUESTION_ID = Qt.ItemDataRole.UserRole


def _parent(args: tuple, parent: QWidget | None) -> QWidget | None:
    """Pages may be built as Page(parent) or Page(db, parent): take the widget either way."""
    for arg in (*args, parent):
        if isinstance(arg, QWidget):
            return arg
    return None


def kind_labels() -> dict[str, str]:
    return {QuestionKind.RATING.value: tr("Rating 1-5"), QuestionKind.YES_NO.value: tr("Yes / no"),
            QuestionKind.CHOICE.value: tr("Choice"), QuestionKind.TEXT.value: tr("Free text")}


@dataclass
class _Template:
    id: int | None
    name: str
    active: bool = True
    questions: list[QuestionData] = field(default_factory=list)


class SurveyTemplatesPage(QWidget, SettingsPageDefaults):
    """Survey templates: their questions (rating, yes/no, choice, free text)."""

    COL_TEXT, COL_KIND, COL_CHOICES = range(3)

    def __init__(self, *args, parent: QWidget | None = None) -> None:
        super().__init__(_parent(args, parent))
        layout = QHBoxLayout(self)
        self.names = NamedList(self, tr("New survey"), tr("Delete…"), 180, store=self._store,
                               show=self._show, text=lambda t: t.name, unnamed=tr("(no name)"))
        self.list = self.names.list
        self.new_button, self.delete_button = self.names.new_button, self.names.delete_button
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_template)
        layout.addLayout(self.names.column)

        self.editor = QWidget(self)
        right = QVBoxLayout(self.editor)
        right.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit(self.editor)
        limit_to_field(self.name_edit, SurveyTemplate, "name")
        self.name_edit.textEdited.connect(self.names.name_edited)
        self.active_box = QCheckBox(tr("Offered when filling in a survey"), self.editor)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow("", self.active_box)
        right.addLayout(form)
        self.questions = QTableWidget(0, 3, self.editor)
        self.questions.setHorizontalHeaderLabels([tr("Question"), tr("Kind"),
                                                  tr("Choices (separated by ;)")])
        self.questions.verticalHeader().setDefaultSectionSize(30)
        self.questions.setWordWrap(False)
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(self.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.COL_KIND, 120)
        header.resizeSection(self.COL_CHOICES, 170)
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        right.addWidget(self.questions, 1)
        buttons = QHBoxLayout()
        self.add_question_button = QPushButton(tr("Add question"), self.editor)
        self.add_question_button.clicked.connect(lambda: self.add_question())
        self.remove_question_button = QPushButton(tr("Remove"), self.editor)
        self.remove_question_button.clicked.connect(self.remove_question)
        self.up_button = QPushButton(tr("Move up"), self.editor)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton(tr("Move down"), self.editor)
        self.down_button.clicked.connect(lambda: self.move_question(1))
        for b in (self.add_question_button, self.remove_question_button, self.up_button,
                  self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right.addLayout(buttons)
        enable_with_selection(self.questions, self.remove_question_button, self.up_button,
                              self.down_button)
        right.addWidget(muted_label(tr("Answers keep the question as it was asked, so editing "
                                       "a survey never changes completed ones."), self.editor))
        layout.addWidget(self.editor, 1)

    def title(self) -> str:
        return tr("Surveys")

    # loading and saving -------------------------------------------------------------------
    def load(self, session: Session) -> None:
        self.names.fill([
            _Template(t.id, t.name, t.active, [QuestionData(q.text, q.kind, list(q.choices or []),
                                                            q.id) for q in t.questions])
            for t in surveys.list_templates(session)])

    def save(self, session: Session) -> None:
        self.names.store_current()
        for template_id in self.names.deleted:
            surveys.delete_template(session, template_id)
        for t in self.names.items:
            try:
                saved = surveys.save_template(
                    session, TemplateData(t.name, [QuestionData(q.text, q.kind, list(q.choices),
                                                                q.id) for q in t.questions],
                                          t.active), t.id)
            except ValidationError as exc:
                name = t.name or tr("(no name)")
                raise ValidationError({f"survey {name}: {k}": f"{name}: {message_text(v)}"
                                       for k, v in exc.errors.items()}) from exc
            t.id = saved.id

    # editing ------------------------------------------------------------------------------
    def _store(self, t: _Template) -> None:
        t.name = self.name_edit.text()
        t.active = self.active_box.isChecked()
        old = {q.id: q for q in t.questions}
        t.questions = []
        for r in range(self.questions.rowCount()):
            text_item = self.questions.item(r, self.COL_TEXT)
            kind = self.questions.cellWidget(r, self.COL_KIND).currentData()
            choices_item = self.questions.item(r, self.COL_CHOICES)
            qid = text_item.data(QUESTION_ID) if text_item else None
            choices = [c.strip() for c in (choices_item.text() if choices_item else "").split(";")
                       if c.strip()]
            t.questions.append(QuestionData(text_item.text() if text_item else "", kind, choices,
                                            qid if qid in old else None))

    def _show(self, t: _Template | None) -> None:
        self.editor.setEnabled(t is not None)
        self.questions.setRowCount(0)
        if t is None:
            self.name_edit.clear()
            return
        set_whole_text(self.name_edit, t.name)
        self.active_box.setChecked(t.active)
        for q in t.questions:
            self.add_question(q)

    def new_template(self) -> None:
        self.names.add(_Template(None, tr("New survey"), True, [
            QuestionData(tr("How happy are you with the result?"), QuestionKind.RATING.value)]))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_template(self) -> None:
        self.names.remove_current(lambda t: dialogs.confirm(
            self, tr("Delete survey"),
            tr("Delete the survey “{name}”? Surveys already completed keep their answers.")
            .format(name=t.name), tr("Delete")))

    def add_question(self, question: QuestionData | None = None) -> int:
        question = question or QuestionData("", QuestionKind.RATING.value)
        r = self.questions.rowCount()
        self.questions.insertRow(r)
        text_item = QTableWidgetItem(question.text)
        text_item.setData(QUESTION_ID, question.id)
        self.questions.setItem(r, self.COL_TEXT, text_item)
        combo = QComboBox(self.questions)
        for value, label in kind_labels().items():
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(question.kind)))
        self.questions.setCellWidget(r, self.COL_KIND, combo)
        self.questions.setItem(r, self.COL_CHOICES, QTableWidgetItem("; ".join(question.choices)))
        if question.text == "":
            self.questions.setCurrentCell(r, self.COL_TEXT)
        return r

    def remove_question(self) -> None:
        r = self.questions.currentRow()
        if r >= 0:
            self.questions.removeRow(r)

    def move_question(self, step: int) -> None:
        r = self.questions.currentRow()
        target = r + step
        if r < 0 or not 0 <= target < self.questions.rowCount():
            return
        self.names.store_current()
        questions = self.names.items[self.names.current].questions
        questions[r], questions[target] = questions[target], questions[r]
        self.questions.setRowCount(0)
        for q in questions:
            self.add_question(q)
        self.questions.setCurrentCell(target, self.COL_TEXT)


class CareSettingsPage(QWidget, SettingsPageDefaults):
    """At-risk thresholds, the document size limit and how long a patch test stays valid."""

    def __init__(self, *args, parent: QWidget | None = None) -> None:
        super().__init__(_parent(args, parent))
        layout = QVBoxLayout(self)
        risk = QGroupBox(tr("At-risk and lapsed customers"), self)
        form = QFormLayout(risk)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.multiple_spin = QDoubleSpinBox(risk)
        self.multiple_spin.setRange(1.0, 10.0)
        self.multiple_spin.setMinimumWidth(130)
        self.multiple_spin.setSingleStep(0.5)
        self.multiple_spin.setDecimals(1)
        self.multiple_spin.setSuffix(" ×")
        self.min_visits_spin = self._spin(risk, 2, 50)
        self.few_days_spin = self._days(risk)
        self.min_days_spin = self._days(risk)
        self.lapsed_spin = self._days(risk, 3650)
        form.addRow(tr("At risk after (times their usual interval)"), self.multiple_spin)
        form.addRow(tr("Visits needed to know the usual interval"), self.min_visits_spin)
        form.addRow(tr("With fewer visits, at risk after"), self.few_days_spin)
        form.addRow(tr("Never at risk before"), self.min_days_spin)
        form.addRow(tr("Lapsed after"), self.lapsed_spin)
        form.addRow(muted_label(tr("The usual interval is the average time between a "
                                   "customer's visits. Customers with an appointment booked "
                                   "are never at risk."), risk))
        layout.addWidget(risk)
        care = QGroupBox(tr("Documents and patch tests"), self)
        care_form = QFormLayout(care)
        care_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.size_spin = self._spin(care, 1, 2000, " MB")
        self.validity_spin = self._days(care, 3650)
        care_form.addRow(tr("Largest file that can be attached"), self.size_spin)
        care_form.addRow(tr("A passed patch test is valid for"), self.validity_spin)
        layout.addWidget(care)
        layout.addStretch(1)

    _spin = staticmethod(whole_number)

    @classmethod
    def _days(cls, parent: QWidget, maximum: int = 1000) -> QSpinBox:
        return cls._spin(parent, 1, maximum, tr(" days"))

    def title(self) -> str:
        return tr("Care and at-risk")

    def load(self, session: Session) -> None:
        self.multiple_spin.setValue(float(settings.get(session, insights.AT_RISK_MULTIPLE)))
        self.min_visits_spin.setValue(settings.get(session, insights.MIN_VISITS))
        self.few_days_spin.setValue(settings.get(session, insights.FEW_VISITS_DAYS))
        self.min_days_spin.setValue(settings.get(session, insights.MIN_DAYS))
        self.lapsed_spin.setValue(settings.get(session, insights.LAPSED_DAYS))
        self.size_spin.setValue(settings.get(session, documents.MAX_SIZE_MB))
        self.validity_spin.setValue(settings.get(session, patch_tests.VALIDITY_DAYS))

    def save(self, session: Session) -> None:
        if self.lapsed_spin.value() <= self.min_days_spin.value():
            raise ValidationError({"insights.lapsed_days": tr(
                "“Lapsed after” must be longer than “Never at risk before”")})
        settings.set_value(session, insights.AT_RISK_MULTIPLE,
                           Decimal(str(round(self.multiple_spin.value(), 1))))
        settings.set_value(session, insights.MIN_VISITS, self.min_visits_spin.value())
        settings.set_value(session, insights.FEW_VISITS_DAYS, self.few_days_spin.value())
        settings.set_value(session, insights.MIN_DAYS, self.min_days_spin.value())
        settings.set_value(session, insights.LAPSED_DAYS, self.lapsed_spin.value())
        settings.set_value(session, documents.MAX_SIZE_MB, self.size_spin.value())
        settings.set_value(session, patch_tests.VALIDITY_DAYS, self.validity_spin.value())
