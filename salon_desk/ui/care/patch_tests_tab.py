"""The Patch tests tab: skin tests with their result and validity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import PatchTestResult, Product, Service
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.customers import record_counts
from salon_desk.services.sales import catalog
from salon_desk.services.care import patch_tests
from salon_desk.services.care.patch_tests import PatchTestData, PatchTestRow
from salon_desk.ui import formatting
from salon_desk.ui.care.common import (
    delete_confirmed,
    muted_label,
    read,
    staff_choices,
    tr,
)
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.saving import error_label, run_write, save_buttons
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table, select_id, selected_row
from salon_desk.ui.widgets.dates import from_qdate, to_qdate
from salon_desk.services import permissions
from salon_desk.ui.signin.guard import guard

STATUS_COLOURS = {"Valid": "#2e7d32", "Expired": "#8a8494", "Failed": "#c62828",
                  "Pending": "#b26a00"}


def result_labels() -> dict[str, str]:
    return {PatchTestResult.PASS.value: tr("Passed"), PatchTestResult.FAIL.value: tr("Failed"),
            PatchTestResult.PENDING.value: tr("Pending")}


def status_label(status: str) -> str:
    return {"Valid": tr("Valid"), "Expired": tr("Expired"), "Failed": tr("Failed"),
            "Pending": tr("Pending")}.get(status, status)


def _columns() -> list[Column]:
    def colour(row: PatchTestRow) -> str | None:
        return STATUS_COLOURS.get(row.status)

    return [
        Column(tr("Date"), lambda r: formatting.date(r.tested_on), 95),
        Column(tr("Tested"), lambda r: r.tested, 230),
        Column(tr("Result"), lambda r: result_labels().get(r.result, r.result), 75,
               colour=colour),
        Column(tr("Valid until"), lambda r: formatting.date(r.valid_until), 95),
        Column(tr("Status"), lambda r: status_label(r.status), 75, colour=colour),
        Column(tr("Staff"), lambda r: r.staff_name, 80),
        Column(tr("Notes"), lambda r: r.notes.replace("\n", " "), 200),
    ]


class PatchTestDialog(QDialog):
    def __init__(self, db: Database, customer_id: int, data: PatchTestData,
                 test_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.test_id = db, customer_id, test_id
        self.setWindowTitle(tr("Record a patch test") if test_id is None
                            else tr("Edit patch test"))
        self.resize(480, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(data.tested_on), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_format())
        self.date_edit.setMaximumDate(to_qdate(dt.date.today()))
        form.addRow(tr("Date"), self.date_edit)

        def load_lists(session):
            services = catalog.list_items(session, Service, active_only=True)
            needing = sorted((s for s in services if s.requires_patch_test), key=lambda s: s.name)
            others = sorted((s for s in services if not s.requires_patch_test),
                            key=lambda s: s.name)
            products = catalog.list_items(session, Product, active_only=True)
            return ([(s.id, s.name) for s in needing + others],
                    [(p.id, f"{p.name} ({p.brand})" if p.brand else p.name) for p in products],
                    settings.get(session, patch_tests.VALIDITY_DAYS))

        service_items, product_items, self.validity_days = read(db, load_lists)
        self.service_combo = QComboBox(self)
        fill_combo(self.service_combo, service_items, blank=tr("(no service)"),
                   current=data.service_id)
        form.addRow(tr("For service"), self.service_combo)
        self.product_combo = QComboBox(self)
        fill_combo(self.product_combo, product_items, blank=tr("(no product)"),
                   current=data.product_id)
        form.addRow(tr("Product"), self.product_combo)
        self.subject_edit = QLineEdit(data.subject, self)
        self.subject_edit.setPlaceholderText(tr("e.g. dye 6.3 behind the ear"))
        form.addRow(tr("What was tested"), self.subject_edit)
        self.staff_combo = QComboBox(self)
        fill_combo(self.staff_combo, staff_choices(db), blank=tr("(not said)"),
                   current=data.staff_id)
        form.addRow(tr("Done by"), self.staff_combo)
        self.result_combo = QComboBox(self)
        fill_combo(self.result_combo, list(result_labels().items()), current=data.result)
        form.addRow(tr("Result"), self.result_combo)
        until_row = QHBoxLayout()
        self.until_box = QCheckBox(tr("Valid until"), self)
        self.until_edit = QDateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat(formatting.date_format())
        self.until_box.setChecked(data.valid_until is not None)
        self.until_edit.setDate(to_qdate(data.valid_until or data.tested_on
                                         + dt.timedelta(days=self.validity_days)))
        self.until_box.toggled.connect(self._update_until)
        self.result_combo.currentIndexChanged.connect(self._update_until)
        self.date_edit.dateChanged.connect(self._date_changed)
        until_row.addWidget(self.until_box)
        until_row.addWidget(self.until_edit, 1)
        form.addRow("", until_row)
        self.until_hint = muted_label("", self)
        form.addRow("", self.until_hint)
        self.notes_edit = QPlainTextEdit(data.notes, self)
        self.notes_edit.setMaximumHeight(80)
        form.addRow(tr("Notes"), self.notes_edit)
        layout.addLayout(form)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        buttons = save_buttons(self, self.save)
        layout.addWidget(buttons)
        self._update_until()

    def _date_changed(self) -> None:
        if not self.until_box.isChecked():
            self.until_edit.setDate(self.date_edit.date().addDays(self.validity_days))

    def _update_until(self) -> None:
        passed = self.result_combo.currentData() == PatchTestResult.PASS.value
        self.until_box.setEnabled(passed)
        self.until_edit.setEnabled(passed and self.until_box.isChecked())
        if passed and not self.until_box.isChecked():
            self.until_hint.setText(tr("Left unticked: valid for %n day(s) after the test "
                                        "(Settings).", self.validity_days))
        elif not passed:
            self.until_hint.setText(tr("Only a passed test is valid."))
        else:
            self.until_hint.setText("")

    def test_data(self) -> PatchTestData:
        passed = self.result_combo.currentData() == PatchTestResult.PASS.value
        return PatchTestData(
            tested_on=from_qdate(self.date_edit.date()), result=self.result_combo.currentData(),
            service_id=self.service_combo.currentData(),
            product_id=self.product_combo.currentData(), subject=self.subject_edit.text(),
            staff_id=self.staff_combo.currentData(),
            valid_until=from_qdate(self.until_edit.date())
            if passed and self.until_box.isChecked() else None,
            notes=self.notes_edit.toPlainText())

    def save(self) -> None:
        data = self.test_data()

        def work(session) -> int:
            if self.test_id is None:
                return patch_tests.record_patch_test(session, self.customer_id, data).id
            patch_tests.update_patch_test(session, self.test_id, data)
            return self.test_id

        outcome = run_write(self, self.db, self.windowTitle(), work, self.error_label)
        if outcome.ok:
            self.test_id = outcome.value
            self.accept()


class PatchTestsTab(RecordTab):
    COUNT = record_counts.PATCH_TESTS
    EVENTS = frozenset({"customers"})  # sales and appointments change nothing here

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        # made here, not in build(): the label turns red from its rows once they are loaded
        self.model = RowsModel(_columns(), self, view_alignment=True)

    def build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("Record a test…"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_test)
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tr("Delete…"), self)
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_selected)
        guard(self.add_button, permissions.WRITE_NOTES)
        guard(self.edit_button, permissions.WRITE_NOTES, hide=True)
        guard(self.delete_button, permissions.WRITE_NOTES, hide=True)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = make_table(self.model, self, scroll_per_pixel=False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def title(self) -> str:
        return tr("Patch tests")

    def highlighted(self, counts: Mapping[str, int]) -> bool:
        return any(r.status == "Failed" for r in self.model.rows)

    def load(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else getattr(selected_row(self.table), "id", None)
        cid = self.customer_id
        rows = read(self.db, lambda s: patch_tests.list_patch_tests(s, cid))
        self.model.set_rows(rows)
        select_id(self.table, self.model, keep)
        if selected_row(self.table) is None and self.model.rows:
            self.table.selectRow(0)
        by_status: dict[str, list[PatchTestRow]] = {}
        for r in rows:
            by_status.setdefault(r.status, []).append(r)
        parts = []
        if valid := by_status.get("Valid"):
            parts.append("<span style='color:#2e7d32'>" + tr("Valid: {items}").format(
                items=", ".join(f"{r.tested} ({tr('until')} {formatting.date(r.valid_until)})"
                                for r in valid)) + "</span>")
        else:
            parts.append("<span style='color:#b26a00'>" + tr(
                "No valid patch test: booking a service that needs one shows a warning.")
                + "</span>")
        if failed := by_status.get("Failed"):
            parts.append("<span style='color:#c62828'>" + tr("Failed: {items}").format(
                items=", ".join(f"{r.tested} ({formatting.date(r.tested_on)})" for r in failed))
                + "</span>")
        if pending := by_status.get("Pending"):
            parts.append(tr("Waiting for the result: {items}").format(
                items=", ".join(f"{r.tested} ({formatting.date(r.tested_on)})" for r in pending)))
        if not valid and (expired := by_status.get("Expired")):
            last = expired[0]
            parts.append("<span style='color:#6f6a78'>" + tr(
                "Last passed test: {item}, expired on {date}").format(
                item=last.tested, date=formatting.date(last.valid_until)) + "</span>")
        self.summary.setText("<br>".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = selected_row(self.table) is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _run(self, dialog: PatchTestDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.test_id)
            self.changed.emit()

    def add_test(self) -> None:
        self._run(PatchTestDialog(self.db, self.customer_id,
                                  PatchTestData(tested_on=dt.date.today()), parent=self))

    def edit_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        data = read(self.db, lambda s: patch_tests.get_patch_test(s, row.id))
        self._run(PatchTestDialog(self.db, self.customer_id, data, row.id, self))

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None and delete_confirmed(
                self, self.db, tr("Delete patch test"),
                tr("Delete the patch test of {date}?").format(date=formatting.date(row.tested_on)),
                lambda s: patch_tests.delete_patch_test(s, row.id)):
            self.reload()
            self.changed.emit()
