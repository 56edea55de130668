"""The Surveys tab: fill in a satisfaction survey and read the completed ones."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import QuestionKind
from salon_desk.models.db import Database
from salon_desk.services.care import notes
from salon_desk.services.customers import record_counts
from salon_desk.services.care import surveys
from salon_desk.services.care.surveys import ResponseRow
from salon_desk.ui import formatting
from salon_desk.ui.care.common import appointment_text, delete_confirmed, read, tr
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.saving import error_label, run_write, save_buttons
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table, select_id, selected_row


def decimal_text(value) -> str:
    return "" if value is None else f"{value:.1f}"


class RatingInput(QWidget):
    """Five checkable star buttons; clicking the chosen one again clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        self._value: int | None = None
        for i in range(1, 6):
            button = QToolButton(self)
            button.setText("☆")
            button.setToolTip(str(i))
            button.setAutoRaise(True)
            button.setStyleSheet("QToolButton { font-size: 20px; color: #c9a227; }")
            button.clicked.connect(lambda _=False, n=i: self.set_value(
                None if self._value == n else n))
            layout.addWidget(button)
            self.buttons.append(button)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def set_value(self, value: int | None) -> None:
        self._value = value
        for i, button in enumerate(self.buttons, start=1):
            button.setText("★" if value is not None and i <= value else "☆")
        self.label.setText(f"{value} / 5" if value else "")

    def value(self) -> int | None:
        return self._value


class YesNoInput(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton(tr("Yes"), self)
        self.no = QRadioButton(tr("No"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)

    def value(self) -> str | None:
        if self.yes.isChecked():
            return surveys.YES
        if self.no.isChecked():
            return surveys.NO
        return None


class SurveyDialog(QDialog):
    """The questions of one template as a form; blank answers are skipped."""

    def __init__(self, db: Database, customer_id: int, template_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.template_id = db, customer_id, template_id
        self.response_id: int | None = None

        def load(session):
            template = surveys.get_template(session, template_id)
            questions = [(q.id, q.text, q.kind, list(q.choices or []))
                         for q in template.questions]
            return (template.name, questions, notes.appointment_choices(session, customer_id),
                    surveys.latest_visit_appointment(session, customer_id))

        name, questions, appointments, visit = read(db, load)
        self.setWindowTitle(tr("Survey: {name}").format(name=name))
        self.resize(560, 600)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.appointment_combo = QComboBox(self)
        fill_combo(self.appointment_combo,
                   [(a.id, appointment_text(a.starts_at, a.service, a.staff, with_time=True))
                    for a in appointments],
                   blank=tr("(no appointment)"), current=visit)  # the latest past visit
        top.addRow(tr("After the appointment"), self.appointment_combo)
        layout.addLayout(top)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QVBoxLayout(body)
        self.inputs: dict[int, Any] = {}
        for qid, text, kind, choices in questions:
            label = QLabel(f"<b>{html.escape(text)}</b>", body)
            label.setWordWrap(True)
            form.addWidget(label)
            if kind == QuestionKind.RATING.value:
                widget = RatingInput(body)
            elif kind == QuestionKind.YES_NO.value:
                widget = YesNoInput(body)
            elif kind == QuestionKind.CHOICE.value:
                widget = QComboBox(body)
                fill_combo(widget, [(c, c) for c in choices], blank=tr("(no answer)"))
            else:
                widget = QPlainTextEdit(body)
                widget.setMaximumHeight(70)
            self.inputs[qid] = widget
            form.addWidget(widget)
            form.addSpacing(6)
        form.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        buttons = save_buttons(self, self.save)
        layout.addWidget(buttons)

    def answers(self) -> dict[int, Any]:
        out: dict[int, Any] = {}
        for qid, widget in self.inputs.items():
            if isinstance(widget, (RatingInput, YesNoInput)):
                out[qid] = widget.value()
            elif isinstance(widget, QComboBox):
                out[qid] = widget.currentData()
            else:
                out[qid] = widget.toPlainText()
        return out

    def save(self) -> None:
        outcome = run_write(self, self.db, self.windowTitle(),
                            lambda s: surveys.fill_survey(
                                s, self.customer_id, self.template_id, self.answers(),
                                appointment_id=self.appointment_combo.currentData()).id,
                            self.error_label)
        if outcome.ok:
            self.response_id = outcome.value
            self.accept()


def _columns() -> list[Column]:
    def average(row: ResponseRow) -> str:
        return f"★ {decimal_text(row.average_rating)}" if row.average_rating is not None else ""

    return [
        Column(tr("Completed"), lambda r: formatting.datetime(r.completed_at), 130),
        Column(tr("Survey"), lambda r: r.template_name, 150),
        Column(tr("Appointment"), lambda r: appointment_text(r.appointment_at,
                                                             r.appointment_service), 170),
        Column(tr("Average"), average, 60),
    ]


class SurveysTab(RecordTab):
    COUNT = record_counts.SURVEYS

    def build(self) -> None:
        self.model = RowsModel(_columns(), self, view_alignment=True)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.template_combo = QComboBox(self)
        self.template_combo.setMinimumWidth(220)
        self.fill_button = QPushButton(tr("Fill in…"), self)
        self.fill_button.setObjectName("primary")
        self.fill_button.clicked.connect(self.fill_in)
        self.average_label = QLabel(self)
        self.delete_button = QPushButton(tr("Delete…"), self)
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(QLabel(tr("Survey")))
        bar.addWidget(self.template_combo)
        bar.addWidget(self.fill_button)
        bar.addStretch(1)
        bar.addWidget(self.average_label)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = make_table(self.model, left, scroll_per_pixel=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        self.answers_view = QTextBrowser(splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.answers_view)
        splitter.setSizes([560, 380])
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return tr("Surveys")

    def load(self) -> None:
        templates = read(self.db, lambda s: [(t.id, t.name) for t in
                                             surveys.list_templates(s, active_only=True)])
        fill_combo(self.template_combo, templates, current=self.template_combo.currentData())
        self.fill_button.setEnabled(bool(templates))
        self.fill_button.setToolTip("" if templates else
                                    tr("Create a survey template in Settings first"))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        cid = self.customer_id
        keep = select if select is not None else getattr(selected_row(self.table), "id", None)
        rows, average = read(self.db, lambda s: (surveys.list_responses(s, cid),
                                                 surveys.average_satisfaction(s, cid)))
        self.model.set_rows(rows)
        self.average_label.setText(
            tr("Average satisfaction: <b>★ {avg} / 5</b>").format(avg=decimal_text(average))
            if average is not None else tr("No ratings yet"))
        select_id(self.table, self.model, keep)
        if keep is None and rows:
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        row: ResponseRow | None = selected_row(self.table)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            text = tr("No surveys completed yet.") if not self.model.rows else ""
            self.answers_view.setHtml(f"<p style='color:#6f6a78'>{html.escape(text)}</p>")
            return
        parts = [f"<p><b>{html.escape(row.template_name)}</b><br>"
                 f"<span style='color:#6f6a78'>{html.escape(formatting.datetime(row.completed_at))}"
                 + (f" · {html.escape(appointment_text(row.appointment_at, row.appointment_service))}"
                    if row.appointment_at else "")
                 + "</span></p>"]
        for answer in row.answers:
            value = html.escape(answer.shown).replace("\n", "<br>")
            if answer.kind == QuestionKind.RATING.value:
                value = f"<span style='color:#c9a227;font-size:15px'>{value}</span>"
            parts.append(f"<p style='margin-bottom:2px;color:#4a4458'>"
                         f"{html.escape(answer.question)}</p><p style='margin-top:0'>{value}</p>")
        self.answers_view.setHtml("".join(parts))

    def fill_in(self) -> None:
        template_id = self.template_combo.currentData()
        if template_id is None:
            return
        dialog = SurveyDialog(self.db, self.customer_id, template_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.response_id)
            self.changed.emit()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None and delete_confirmed(
                self, self.db, tr("Delete survey"), tr("Delete this completed survey?"),
                lambda s: surveys.delete_response(s, row.id)):
            self.reload()
            self.changed.emit()
