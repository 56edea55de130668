"""Writing a note or a colour formula, and reading a note's history."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget, QTextBrowser, QVBoxLayout,
    QWidget)

from salon_desk.models import NoteType
from salon_desk.models.db import Database
from salon_desk.services.care import notes
from salon_desk.services.care.notes import Formula, NoteData, NoteVersion, Shade
from salon_desk.ui.care.common import appointment_text, read, staff_choices, tr
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.saving import error_label, run_write, save_buttons
from salon_desk.ui import formatting

DEVELOPER_VOLUMES = [5, 10, 15, 20, 30, 40]
RATIOS = ["1:1", "1:1.5", "1:2", "1:3"]


def formula_html(formula: Formula | None, highlight: set[str] | frozenset = frozenset()) -> str:
    """The formula card as rich text; fields named in ``highlight`` are marked (history)."""
    if formula is None:
        return ""

    def cell(key: str, label: str, value: str, span: int = 1) -> str:
        style = " bgcolor='#fff4e0'" if key in highlight else ""
        colspan = f" colspan='{span}'" if span > 1 else ""
        return (f"<td style='color:#6f6a78;padding-right:10px'>{html.escape(label)}</td>"
                f"<td{style}{colspan} style='padding-right:24px'>{value}</td>")

    shades = " &nbsp;+&nbsp; ".join(f"<b>{html.escape(s.shade)}</b> {s.grams:g} g"
                                    for s in formula.shades) or "—"
    if len(formula.shades) > 1:
        shades += (f" &nbsp;<span style='color:#6f6a78'>({tr('total')} "
                   f"{formula.total_grams():g} g)</span>")
    dash = "—"
    levels = f"{formula.starting_level or dash} → {formula.target_level or dash}"
    level_key = "starting_level" if "starting_level" in highlight else "target_level"
    rows = [
        cell("brand", tr("Brand / line"), html.escape(formula.brand) or dash, 3),
        cell("shades", tr("Shades"), shades, 3),
        cell("developer_volume", tr("Developer"),
             f"{formula.developer_volume} vol" if formula.developer_volume else dash)
        + cell("mixing_ratio", tr("Mixing ratio"), html.escape(formula.mixing_ratio) or dash),
        cell("processing_minutes", tr("Processing time"),
             f"{formula.processing_minutes} min" if formula.processing_minutes else dash)
        + cell(level_key, tr("Level"), levels),
        cell("result", tr("Result"), html.escape(formula.result) or dash, 3),
    ]
    return ("<table cellspacing='0' cellpadding='2'>"
            + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>")


def _level_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setMinimumWidth(70)
    spin.setRange(0, notes.MAX_LEVEL)
    spin.setSpecialValueText("—")
    return spin


class FormulaEditor(QWidget):
    """The structured fields of a colour formula, with a table of shades and grams."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QGridLayout()
        self.brand_edit = QLineEdit(self)
        self.brand_edit.setPlaceholderText(tr("e.g. Lumina Color Pro"))
        form.addWidget(QLabel(tr("Brand / line")), 0, 0)
        form.addWidget(self.brand_edit, 0, 1, 1, 3)
        self.developer_combo = QComboBox(self)
        self.developer_combo.addItem("—", None)
        for vol in DEVELOPER_VOLUMES:
            self.developer_combo.addItem(tr("{n} vol ({pct} %)").format(
                n=vol, pct=f"{vol * 0.3:g}"), vol)
        self.ratio_combo = QComboBox(self)
        self.ratio_combo.setEditable(True)
        self.ratio_combo.addItems(["", *RATIOS])
        self.ratio_combo.lineEdit().setPlaceholderText("1:1.5")
        self.time_spin = QSpinBox(self)
        self.time_spin.setRange(0, 240)
        self.time_spin.setSingleStep(5)
        self.time_spin.setSuffix(tr(" min"))
        self.time_spin.setSpecialValueText("—")
        self.start_spin = _level_spin(self)
        self.target_spin = _level_spin(self)
        form.addWidget(QLabel(tr("Developer")), 1, 0)
        form.addWidget(self.developer_combo, 1, 1)
        form.addWidget(QLabel(tr("Mixing ratio")), 1, 2)
        form.addWidget(self.ratio_combo, 1, 3)
        form.addWidget(QLabel(tr("Processing time")), 2, 0)
        form.addWidget(self.time_spin, 2, 1)
        levels = QHBoxLayout()
        levels.addWidget(self.start_spin)
        levels.addWidget(QLabel("→"))
        levels.addWidget(self.target_spin)
        form.addWidget(QLabel(tr("Level: start → target")), 2, 2)
        form.addLayout(levels, 2, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addLayout(form)

        box = QGroupBox(tr("Shades"), self)
        box_layout = QVBoxLayout(box)
        self.shades = QTableWidget(0, 2, box)
        self.shades.setHorizontalHeaderLabels([tr("Shade"), tr("Grams")])
        self.shades.verticalHeader().setVisible(False)
        self.shades.verticalHeader().setDefaultSectionSize(30)
        self.shades.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shades.horizontalHeader().resizeSection(1, 110)
        self.shades.setMinimumHeight(130)
        box_layout.addWidget(self.shades)
        buttons = QHBoxLayout()
        self.add_shade_button = QPushButton(tr("Add shade"), box)
        self.add_shade_button.clicked.connect(lambda: self.add_shade())
        self.remove_shade_button = QPushButton(tr("Remove shade"), box)
        self.remove_shade_button.clicked.connect(self.remove_shade)
        self.total_label = QLabel(box)
        buttons.addWidget(self.add_shade_button)
        buttons.addWidget(self.remove_shade_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        box_layout.addLayout(buttons)
        layout.addWidget(box)

        result_row = QHBoxLayout()
        result_row.addWidget(QLabel(tr("Result")))
        self.result_edit = QLineEdit(self)
        self.result_edit.setPlaceholderText(tr("How it came out, e.g. even warm blonde"))
        result_row.addWidget(self.result_edit)
        layout.addLayout(result_row)
        self.set_formula(Formula())

    # shades table ---------------------------------------------------------------------------
    def add_shade(self, shade: str = "", grams: float = 0.0) -> int:
        row = self.shades.rowCount()
        self.shades.insertRow(row)
        name = QLineEdit(shade, self.shades)
        name.setPlaceholderText(tr("e.g. 6.3"))
        name.setFrame(False)
        amount = QDoubleSpinBox(self.shades)
        amount.setRange(0, 1000)
        amount.setDecimals(1)
        amount.setSingleStep(5)
        amount.setSuffix(" g")
        amount.setFrame(False)
        amount.setValue(grams)
        amount.valueChanged.connect(self._update_total)
        self.shades.setCellWidget(row, 0, name)
        self.shades.setCellWidget(row, 1, amount)
        self._update_total()
        return row

    def remove_shade(self) -> None:
        row = self.shades.currentRow()
        if row < 0:
            row = self.shades.rowCount() - 1
        if row >= 0:
            self.shades.removeRow(row)
        self._update_total()

    def shade_edit(self, row: int) -> QLineEdit:
        return self.shades.cellWidget(row, 0)

    def grams_spin(self, row: int) -> QDoubleSpinBox:
        return self.shades.cellWidget(row, 1)

    def _update_total(self) -> None:
        total = sum(self.grams_spin(r).value() for r in range(self.shades.rowCount()))
        self.total_label.setText(tr("Total: {grams} g").format(grams=f"{total:g}"))

    # values ------------------------------------------------------------------------------
    def set_formula(self, formula: Formula) -> None:
        self.brand_edit.setText(formula.brand)
        self.shades.setRowCount(0)
        for shade in formula.shades:
            self.add_shade(shade.shade, shade.grams)
        if not formula.shades:
            self.add_shade()
        self.developer_combo.setCurrentIndex(max(0, self.developer_combo.findData(
            formula.developer_volume)) if formula.developer_volume else 0)
        self.ratio_combo.setCurrentText(formula.mixing_ratio)
        self.time_spin.setValue(formula.processing_minutes or 0)
        self.start_spin.setValue(formula.starting_level or 0)
        self.target_spin.setValue(formula.target_level or 0)
        self.result_edit.setText(formula.result)
        self._update_total()

    def formula(self) -> Formula:
        shades = [Shade(self.shade_edit(r).text(), self.grams_spin(r).value())
                  for r in range(self.shades.rowCount())]
        return Formula(brand=self.brand_edit.text(), shades=shades,
                       developer_volume=self.developer_combo.currentData(),
                       mixing_ratio=self.ratio_combo.currentText(),
                       processing_minutes=self.time_spin.value() or None,
                       starting_level=self.start_spin.value() or None,
                       target_level=self.target_spin.value() or None,
                       result=self.result_edit.text())


class NoteDialog(QDialog):
    """New or edited note; a colour note gets the formula editor above its free text."""

    def __init__(self, db: Database, customer_id: int, data: NoteData,
                 note_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.note_id = db, customer_id, note_id
        self.data = data
        self.saved_id: int | None = None
        colour = data.note_type == NoteType.COLOUR.value
        if note_id is None:
            self.setWindowTitle(tr("New colour formula") if colour else tr("New note"))
        else:
            self.setWindowTitle(tr("Edit colour formula") if colour else tr("Edit note"))
        self.resize(620, 680 if colour else 420)
        layout = QVBoxLayout(self)
        self.formula_editor: FormulaEditor | None = None
        self.reuse_combo: QComboBox | None = None
        if colour:
            if note_id is None:
                self._build_reuse(layout)
            self.formula_editor = FormulaEditor(self)
            self.formula_editor.set_formula(data.formula or Formula())
            layout.addWidget(self.formula_editor)
        self.text_edit = QPlainTextEdit(data.text, self)
        self.text_edit.setPlaceholderText(
            tr("Notes: condition of the hair, what to do next time…") if colour
            else tr("What to remember about this customer's care"))
        layout.addWidget(QLabel(tr("Notes") if colour else tr("Note")))
        layout.addWidget(self.text_edit, 1)
        form = QFormLayout()
        self.appointment_combo = QComboBox(self)
        choices = read(db, lambda s: notes.appointment_choices(s, customer_id))
        fill_combo(self.appointment_combo,
                   [(c.id, appointment_text(c.starts_at, c.service, c.staff, with_time=True))
                    for c in choices],
                   blank=tr("(no appointment)"), current=data.appointment_id)
        form.addRow(tr("Appointment"), self.appointment_combo)
        self.staff_combo = QComboBox(self)
        fill_combo(self.staff_combo, staff_choices(db), blank=tr("(not said)"),
                   current=data.author_id)
        form.addRow(tr("Written by") if note_id is None else tr("Changed by"), self.staff_combo)
        self.pinned_box = QCheckBox(tr("Pin: show first and in the record header"), self)
        self.pinned_box.setChecked(data.pinned)
        form.addRow("", self.pinned_box)
        layout.addLayout(form)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        buttons = save_buttons(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

    def _build_reuse(self, layout: QVBoxLayout) -> None:
        previous = read(self.db, lambda s: notes.previous_formulas(s, self.customer_id))
        if not previous:
            return
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Start from")))
        self.reuse_combo = QComboBox(self)
        items = [(n.id, f"{formatting.date(n.created_at)} · {n.formula.summary()}")
                 for n in previous]
        fill_combo(self.reuse_combo, items, blank=tr("(a blank formula)"),
                   current=self.data.based_on_id)
        self.reuse_combo.currentIndexChanged.connect(self._reuse)
        row.addWidget(self.reuse_combo, 1)
        layout.addLayout(row)

    def _reuse(self) -> None:
        note_id = self.reuse_combo.currentData()
        if note_id is None:
            self.data.based_on_id = None
            self.formula_editor.set_formula(Formula())
            return
        start = read(self.db, lambda s: notes.start_from(s, note_id))
        self.data.based_on_id = note_id
        self.formula_editor.set_formula(start.formula)

    def note_data(self) -> NoteData:
        return NoteData(note_type=self.data.note_type, text=self.text_edit.toPlainText(),
                        formula=self.formula_editor.formula() if self.formula_editor else None,
                        appointment_id=self.appointment_combo.currentData(),
                        pinned=self.pinned_box.isChecked(),
                        author_id=self.staff_combo.currentData(),
                        based_on_id=self.data.based_on_id)

    def save(self) -> None:
        data = self.note_data()

        def work(session) -> int:
            if self.note_id is None:
                return notes.create_note(session, self.customer_id, data).id
            notes.update_note(session, self.note_id, data, changed_by_id=data.author_id)
            return self.note_id

        # On an error the dialog stays open with what was typed.
        outcome = run_write(self, self.db, self.windowTitle(), work, self.error_label)
        if outcome.ok:
            self.saved_id = outcome.value
            self.accept()


def _change_text(change: str) -> str:
    """What services.notes.note_history says changed: "Written", "Text" or a formula label."""
    if change == "Written":
        return tr("Written")
    if change == "Text":
        return tr("Text")
    return tr(change)  # tr: notes.FORMULA_LABELS


class HistoryDialog(QDialog):
    """Every version of a note: who wrote or changed it, when, and what changed."""

    def __init__(self, versions: list[NoteVersion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Note history"))
        self.resize(760, 460)
        self.versions = versions
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        for v in reversed(versions):
            what = ", ".join(_change_text(c) for c in v.changes) if v.changes \
                else tr("No change")
            who = v.by or tr("someone")
            self.list.addItem(tr("Version {n} · {when} · {who}\n{what}").format(
                n=v.number, when=formatting.datetime(v.at), who=who, what=what))
        self.view = QTextBrowser(splitter)
        splitter.setSizes([300, 460])
        layout.addWidget(splitter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        version = self.versions[len(self.versions) - 1 - row]
        keys = {key for key, label in notes.FORMULA_LABELS.items() if label in version.changes}
        text_style = " style='background:#fff4e0'" if "Text" in version.changes else ""
        body = html.escape(version.text).replace("\n", "<br>") or "<i>—</i>"
        self.view.setHtml(
            f"<p><b>{html.escape(tr('Version {n}').format(n=version.number))}</b> · "
            f"{html.escape(formatting.datetime(version.at))} · {html.escape(version.by or '')}</p>"
            + formula_html(version.formula, keys) + f"<p{text_style}>{body}</p>")
