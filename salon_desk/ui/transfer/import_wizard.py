"""The customer import wizard: file and options, column mapping, date order, preview, import.

Reading the file, the preview and the import run off the UI thread (ui.tasks.BackgroundTask);
the import is one transaction, so Cancel leaves nothing behind.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.importing import (
    TARGET_LABELS,
    ImportOptions,
    analyse_job,
    apply_mapping,
    preview_import,
)
from salon_desk.services.importing.dates import detect_date_order
from salon_desk.services.importing.mapping import refresh_conventions
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text
from salon_desk.ui.transfer.import_steps import (
    ImportPage,
    ResultPage,
    error_text,
    show_warnings,
    warnings_label,
)
from salon_desk.ui.transfer.preview_models import PreviewRowsModel, ProblemsModel
from salon_desk.ui.widgets.countries import countries

PAGE_FILE, PAGE_MAPPING, PAGE_DATES, PAGE_PREVIEW, PAGE_IMPORT, PAGE_RESULT = range(6)
FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;All files (*)"


def _radios(page: QWidget, choices: list[tuple[str, str]], checked: str
            ) -> tuple[QVBoxLayout, QButtonGroup, dict[str, QRadioButton]]:
    box, group, buttons = QVBoxLayout(), QButtonGroup(page), {}
    box.setSpacing(2)
    for key, text in choices:
        button = QRadioButton(text, page)
        button.setObjectName(f"radio_{key}")
        group.addButton(button)
        buttons[key] = button
        box.addWidget(button)
        button.setChecked(key == checked)
    return box, group, buttons


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import customers"))
        self.setSubTitle(self.tr("Choose a spreadsheet (.xlsx, .xls, .ods) or a .csv file: the "
                                 "app's template or export, or the customer export of your "
                                 "previous system."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("Choose file…"), self)
        self.browse.clicked.connect(self.choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("File:"), row)
        self.file_info = QLabel(self)
        self.file_info.setWordWrap(True)
        form.addRow("", self.file_info)
        self.warnings = warnings_label(self, "file_warnings")
        form.addRow("", self.warnings)
        self.country = QComboBox(self)
        for code, name, calling in countries():
            self.country.addItem(f"{name} ({code}, +{calling})", code)
        form.addRow(self.tr("Phone numbers without a country code are from:"), self.country)
        layout, self.duplicates, self.dup_buttons = _radios(self, [
            ("skip", self.tr("Skip them (keep the customer as it is)")),
            ("update", self.tr("Use them to fill the customer's empty fields")),
            ("new", self.tr("Import them as new customers anyway")),
        ], "skip")
        form.addRow(self.tr("Rows matching an existing customer\n(same email, mobile or "
                            "external ID):"), layout)
        layout, self.bad, self.bad_buttons = _radios(self, [
            ("keep", self.tr("Import the row and keep the value in the notes (flagged "
                             "“Check import”)")),
            ("reject", self.tr("Reject the row (it goes to a file of rejected rows with the "
                               "reason)")),
        ], "keep")
        form.addRow(self.tr("A value that cannot be understood:"), layout)
        self.task: BackgroundTask | None = None

    def initializePage(self) -> None:
        with self.w.db.session() as session:
            country = settings.get(session, settings.DEFAULT_COUNTRY)
        index = self.country.findData(country.upper())
        if index >= 0:
            self.country.setCurrentIndex(index)
        if self.w.initial_path and not self.w.analysis:
            self.load(self.w.initial_path)

    def choose(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Import customers from"), FILE_FILTER)
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        self.w.analysis = None
        self.path_edit.setText(str(path))
        self.file_info.setText(self.tr("Reading the file…"))
        self.browse.setEnabled(False)
        self.completeChanged.emit()
        db, country = self.w.db, self.country.currentData()
        self.task = BackgroundTask(self, self.tr("Reading the file"),
                                   lambda: analyse_job(db, path, country), show_dialog=False)
        self.task.finished.connect(self._loaded)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _loaded(self, analysis) -> None:
        self.browse.setEnabled(True)
        self.w.analysis = analysis
        known = sum(1 for m in analysis.matches if m.target)
        text = "; ".join((
            self.tr("{rows} row(s) on sheet “{sheet}”", "", len(analysis.rows)).format(
                rows=formatting.number(len(analysis.rows)), sheet=analysis.sheet_name),
            self.tr("{known} of %n column(s) recognised.", "", len(analysis.matches)).format(
                known=known)))
        if analysis.saved_mapping_used:
            text += " " + self.tr("Your saved mapping for these columns was applied.")
        self.file_info.setText(text)
        show_warnings(self.warnings, analysis.warnings)
        self.completeChanged.emit()

    def _failed(self, exc: Exception, _tb: str) -> None:
        self.browse.setEnabled(True)
        self.file_info.setText("<span style='color:#b71c1c'>{0}</span>".format(
            html.escape(error_text(exc))))
        show_warnings(self.warnings, [])
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.analysis is not None

    def validatePage(self) -> bool:
        self.w.options = ImportOptions(
            country=self.country.currentData(),
            on_duplicate=next(k for k, b in self.dup_buttons.items() if b.isChecked()),
            on_bad_value=next(k for k, b in self.bad_buttons.items() if b.isChecked()))
        refresh_conventions(self.w.analysis, self.w.options.country)
        return True


class MappingPage(QWizardPage):
    COL_HEADER, COL_SAMPLES, COL_TARGET = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                              self.tr("First values"), self.tr("Import as")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_TARGET, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.COL_HEADER, 190)
        self.table.setColumnWidth(self.COL_TARGET, 290)
        layout.addWidget(self.table, 1)
        self.remember = QCheckBox(self.tr("Remember this mapping for files with these columns"),
                                  self)
        layout.addWidget(self.remember)
        self.combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:
        analysis = self.w.analysis
        matches = analysis.matches
        self.table.setRowCount(len(matches))
        self.combos.clear()
        unknown = [m for m in matches if m.target is None]
        for row, m in enumerate(matches):
            item = QTableWidgetItem(message_text(m.header))  # "Column C" when it has none
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            samples = QTableWidgetItem("  ·  ".join(analysis.samples(m.index)))
            samples.setFlags(Qt.ItemFlag.ItemIsEnabled)
            combo = QComboBox(self.table)
            combo.setObjectName(f"map_{m.index}")
            if m.target is None:
                combo.addItem(self.tr("— Choose —"), None)
                for cell in (item, samples):
                    cell.setBackground(QBrush(QColor("#fff3cd")))
            for key, label in TARGET_LABELS.items():
                combo.addItem(self.tr(label), key)
            if m.target and combo.findData(m.target) < 0:  # Google phone pairs and the like
                from salon_desk.services.importing import target_label

                combo.addItem(target_label(m.target), m.target)
            combo.setCurrentIndex(max(0, combo.findData(m.target)))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setItem(row, self.COL_HEADER, item)
            self.table.setItem(row, self.COL_SAMPLES, samples)
            self.table.setCellWidget(row, self.COL_TARGET, combo)
            self.combos[m.index] = combo
        if unknown:
            self.setSubTitle(self.tr("Say what the highlighted columns are, or ignore them. "
                                     "You can also correct any other column."))
        else:
            self.setSubTitle(self.tr("Every column was recognised. Check them, or correct any."))
        self.remember.setChecked(bool(unknown) or analysis.saved_mapping_used)
        self._changed()

    def _changed(self) -> None:
        missing = sum(1 for c in self.combos.values() if c.currentData() is None)
        total = len(self.combos)
        self.summary.setText(
            self.tr("{known} of %n column(s) will be imported or ignored as shown; "
                    "{missing} still to choose.", "", total).format(known=total - missing,
                                                                    missing=missing)
            if missing else self.tr("All %n column(s) ready.", "", total))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return all(c.currentData() is not None for c in self.combos.values())

    def validatePage(self) -> bool:
        analysis = self.w.analysis
        choices = {index: combo.currentData() for index, combo in self.combos.items()}
        changed = {i: t for i, t in choices.items()
                   if t != next(m.target for m in analysis.matches if m.index == i)}
        apply_mapping(analysis, changed)
        self.w.options.save_mapping = self.remember.isChecked()
        self.w.options.forget_mapping = analysis.saved_mapping_used and not (
            self.remember.isChecked())
        refresh_conventions(analysis, self.w.options.country)
        return True

    def nextId(self) -> int:
        analysis = self.w.analysis
        if analysis is not None and analysis.date_order_needed and not self.w.options.date_order:
            return PAGE_DATES
        return PAGE_PREVIEW


class DatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Dates"))
        self.setSubTitle(self.tr("The dates in this file can be read two ways. Which is right?"))
        layout = QVBoxLayout(self)
        self.examples = QLabel(self)
        self.examples.setWordWrap(True)
        layout.addWidget(self.examples)
        radios, self.group, self.buttons = _radios(self, [
            ("dmy", self.tr("Day first: 05/06/1990 is 5 June 1990")),
            ("mdy", self.tr("Month first: 05/06/1990 is May 6, 1990")),
            ("ymd", self.tr("Year first: 1990/06/05")),
        ], "")
        layout.addLayout(radios)
        layout.addStretch(1)
        for button in self.buttons.values():
            button.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        from salon_desk.services.importing.rows import date_values

        values = [v for v in date_values(self.w.analysis.matches, self.w.analysis.rows)
                  if isinstance(v, str) and detect_date_order([v])[1]][:6]
        self.examples.setText(self.tr("For example: {0}").format(", ".join(values)))

    def isComplete(self) -> bool:
        return any(b.isChecked() for b in self.buttons.values())

    def validatePage(self) -> bool:
        self.w.options.date_order = next(k for k, b in self.buttons.items() if b.isChecked())
        return True

    def nextId(self) -> int:
        return PAGE_PREVIEW


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. This is what the import "
                                 "will do."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar(self)
        layout.addWidget(self.progress)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setObjectName("preview_counts")
        layout.addWidget(self.counts)
        self.warnings = warnings_label(self, "preview_warnings")
        layout.addWidget(self.warnings)
        self.tabs = QTabWidget(self)
        self.rows_model = PreviewRowsModel(self)
        self.rows_view = self._view(self.rows_model)
        self.problems_model = ProblemsModel(self)
        self.problems_view = self._view(self.problems_model)
        self.duplicates_model = ProblemsModel(self)
        self.duplicates_model.HEADERS = ("Row", "Same as row", "Why", "")
        self.duplicates_view = self._view(self.duplicates_model)
        self.columns_model = ProblemsModel(self)
        self.columns_model.HEADERS = ("Column in the file", "Imported as")
        self.columns_view = self._view(self.columns_model)
        self.tabs.addTab(self.rows_view, self.tr("Rows as they will be saved"))
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.addTab(self.duplicates_view, self.tr("Duplicates in the file"))
        self.tabs.addTab(self.columns_view, self.tr("Columns"))
        layout.addWidget(self.tabs, 1)
        self.preview = None
        self.task: BackgroundTask | None = None

    def _view(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def initializePage(self) -> None:
        self.preview = None
        self.rows_model.set_preview(None)
        self.problems_model.set_rows([])
        self.duplicates_model.set_rows([])
        self.columns_model.set_rows([])
        self.counts.setText(self.tr("Checking every row…"))
        self.progress.show()
        self.progress.setRange(0, 0)
        self.completeChanged.emit()
        db, analysis, options = self.w.db, self.w.analysis, self.w.options
        self.task = BackgroundTask(self, self.tr("Checking the rows"),
                                   lambda: preview_import(db, analysis, options),
                                   show_dialog=False)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._done)
        self.task.failed.connect(lambda exc, _tb: self.counts.setText(error_text(exc)))
        self.task.start()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, preview) -> None:
        self.preview = preview
        self.progress.hide()
        self.rows_model.set_preview(preview)
        self.problems_model.set_rows(preview.problems)
        self.duplicates_model.set_rows([(a, b, why, "") for a, b, why in
                                        preview.in_file_duplicates])
        self.columns_model.set_rows([(header, self.tr(label)) for header, label in
                                     preview.columns])  # tr: TARGET_LABELS
        for view in (self.rows_view, self.problems_view, self.duplicates_view,
                     self.columns_view):
            header = view.horizontalHeader()
            for col in range(view.model().columnCount() - 1):
                # The sample is at most SAMPLE_ROWS rows, so measuring it is cheap.
                wanted = max(view.sizeHintForColumn(col),
                             header.sectionSizeFromContents(col).width())
                header.resizeSection(col, min(wanted + 12, 300))
        self.tabs.setTabText(1, self.tr("Problems ({0})").format(preview.problem_count))
        self.tabs.setTabText(2, self.tr("Duplicates in the file ({0})").format(
            len(preview.in_file_duplicates)))
        recognised = sum(1 for _h, label in preview.columns if label != "Ignore this column")
        self.tabs.setTabText(3, self.tr("Columns ({0} imported)").format(recognised))
        self.counts.setText(self.summary(preview))
        show_warnings(self.warnings, preview.warnings)
        self.completeChanged.emit()

    def summary(self, p) -> str:
        action = {"skip": self.tr("will be skipped"),
                  "update": self.tr("will fill their empty fields"),
                  "new": self.tr("will be imported as new customers")}[self.w.options.on_duplicate]
        parts = [self.tr("<b>{rows}</b> row(s):", "", p.rows).format(
            rows=formatting.number(p.rows)) + " " + self.tr(
            "<b>{new}</b> new customer(s)", "", p.new).format(new=formatting.number(p.new))]
        if p.matching:
            parts.append(self.tr("{n} match(es) customers already here and {action}", "",
                                 p.matching).format(n=formatting.number(p.matching),
                                                    action=action))
        if p.with_problems:
            what = (self.tr("kept in the notes") if self.w.options.on_bad_value == "keep"
                    else self.tr("rejected"))
            parts.append(self.tr("{n} with values that cannot be read ({what})", "",
                                 p.with_problems).format(n=formatting.number(p.with_problems),
                                                         what=what))
        if p.rejected:
            parts.append(self.tr("{n} will be rejected", "", p.rejected).format(
                n=formatting.number(p.rejected)))
        if p.in_file_duplicates:
            parts.append(self.tr("{n} repeat(s) an earlier row of the file", "",
                                 len(p.in_file_duplicates)).format(
                n=formatting.number(len(p.in_file_duplicates))))
        if p.flagged:
            parts.append(self.tr("{n} with a value guessed or cleaned on the way (kept, with the "
                                 "“Check import” badge)", "", p.flagged).format(
                n=formatting.number(p.flagged)))
        if p.example_rows:
            parts.append(self.tr("the template's example row is skipped"))
        return "; ".join(parts) + "."

    def isComplete(self) -> bool:
        return self.preview is not None


class ImportWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None,
                 path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.initial_path = path
        self.analysis = None
        self.options = ImportOptions()
        self.result = None
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 660)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dates_page = DatesPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((PAGE_FILE, self.file_page), (PAGE_MAPPING, self.mapping_page),
                              (PAGE_DATES, self.dates_page), (PAGE_PREVIEW, self.preview_page),
                              (PAGE_IMPORT, self.import_page), (PAGE_RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_FILE)

    def reject(self) -> None:
        task = self.import_page.task
        if task is not None and task.running:
            self.import_page.cancel()  # closing while importing means cancel, never half done
            return
        super().reject()
