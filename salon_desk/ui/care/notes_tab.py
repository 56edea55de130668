"""The Notes & formulas tab: consultation notes and colour formula cards, pinned first."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import NoteType
from salon_desk.models.db import Database
from salon_desk.services.care import notes
from salon_desk.services.customers import record_counts
from salon_desk.services.care.notes import NoteData, NoteRow
from salon_desk.ui import formatting
from salon_desk.ui.care.common import appointment_text, delete_confirmed, read, tr, write
from salon_desk.ui.care.icons import pin_icon
from salon_desk.ui.care.note_dialogs import HistoryDialog, NoteDialog, formula_html
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table, select_id, selected_row
from salon_desk.services import permissions
from salon_desk.ui.signin.guard import guard

PIN = "⚑"


def note_summary(row: NoteRow) -> str:
    first_line = row.text.strip().splitlines()[0] if row.text.strip() else ""
    if row.formula is not None:
        summary = row.formula.summary()
        return f"{summary} — {first_line}" if first_line and summary else summary or first_line
    return first_line


def _columns() -> list[Column]:
    def tooltip(row: NoteRow) -> str | None:
        return row.text or None

    return [
        Column("", lambda r: "", 28, icon=lambda r: pin_icon() if r.pinned else None,
               tooltip=lambda r: tr("Pinned") if r.pinned else None),
        Column(tr("Date"), lambda r: formatting.date(r.created_at), 95, tooltip=tooltip),
        Column(tr("Type"), lambda r: tr("Colour") if r.is_colour else tr("General"), 70,
               colour=lambda r: "#d81b60" if r.is_colour else None, tooltip=tooltip),
        Column(tr("Note"), note_summary, 380, tooltip=tooltip),
        Column(tr("Appointment"), lambda r: appointment_text(r.appointment_at,
                                                             r.appointment_service), 190,
               tooltip=tooltip),
        Column(tr("By"), lambda r: r.author_name, 80, tooltip=tooltip),
        Column(tr("Edits"), lambda r: str(r.revisions) if r.revisions else "", 40,
               tooltip=tooltip),
    ]


class NotesTab(RecordTab):
    COUNT = record_counts.NOTES

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.last_dialog: NoteDialog | None = None

    def title(self) -> str:
        return tr("Notes && formulas")  # "&&": a tab label shows one "&"

    def build(self) -> None:
        self.model = RowsModel(_columns(), self, view_alignment=True)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(tr("New note"), self)
        self.new_button.clicked.connect(lambda: self.new_note(NoteType.GENERAL.value))
        self.colour_button = QPushButton(tr("New colour formula"), self)
        self.colour_button.setObjectName("primary")
        self.colour_button.clicked.connect(lambda: self.new_note(NoteType.COLOUR.value))
        self.reuse_button = QPushButton(tr("Reuse this formula"), self)
        self.reuse_button.setToolTip(tr("Start a new colour formula from the selected one"))
        self.reuse_button.clicked.connect(self.reuse_selected)
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem(tr("All notes"), None)
        self.filter_combo.addItem(tr("General notes"), NoteType.GENERAL.value)
        self.filter_combo.addItem(tr("Colour formulas"), NoteType.COLOUR.value)
        self.filter_combo.currentIndexChanged.connect(lambda: self.reload())
        for w in (self.new_button, self.colour_button, self.reuse_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.filter_combo)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = make_table(self.model, splitter, scroll_per_pixel=False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.card = QTextBrowser(bottom)
        self.card.setOpenLinks(False)
        bottom_layout.addWidget(self.card, 1)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(tr("Edit…"), bottom)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pin_button = QPushButton(tr("Pin"), bottom)
        self.pin_button.clicked.connect(self.toggle_pin)
        self.history_button = QPushButton(tr("History…"), bottom)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button = QPushButton(tr("Delete…"), bottom)
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_selected)
        for w in (self.edit_button, self.pin_button, self.history_button):
            actions.addWidget(w)
        guard(self.new_button, permissions.WRITE_NOTES)
        guard(self.colour_button, permissions.WRITE_NOTES)
        for w in (self.reuse_button, self.edit_button, self.pin_button, self.delete_button):
            guard(w, permissions.WRITE_NOTES, hide=True)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        bottom_layout.addLayout(actions)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 220])
        layout.addWidget(splitter, 1)
        self._show_selected()

    # data -----------------------------------------------------------------------------------
    def load(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else getattr(selected_row(self.table), "id", None)
        kind = self.filter_combo.currentData()
        cid = self.customer_id
        self.model.set_rows(read(self.db, lambda s: notes.list_notes(s, cid, kind)))
        select_id(self.table, self.model, keep)
        if selected_row(self.table) is None and self.model.rows:
            self.table.selectRow(0)
        self._show_selected()

    def selected_note(self) -> NoteRow | None:
        return selected_row(self.table)

    def _show_selected(self) -> None:
        row = self.selected_note()
        for w in (self.edit_button, self.pin_button, self.history_button, self.delete_button):
            w.setEnabled(row is not None)
        self.reuse_button.setEnabled(row is not None and row.formula is not None)
        if row is None:
            empty = tr("No notes yet.") if not self.model.rows else tr("Select a note to read it.")
            self.card.setHtml(f"<p style='color:#6f6a78'>{html.escape(empty)}</p>")
            return
        self.pin_button.setText(tr("Unpin") if row.pinned else tr("Pin"))
        self.history_button.setText(tr("History ({n})…").format(n=row.revisions + 1))
        kind = tr("Colour formula") if row.is_colour else tr("Note")
        meta = [formatting.datetime(row.created_at)]
        if row.author_name:
            meta.append(tr("by {name}").format(name=row.author_name))
        if row.revisions:
            meta.append(tr("edited {when}").format(when=formatting.datetime(row.updated_at)))
        if row.appointment_at:
            meta.append(tr("appointment {label}").format(
                label=appointment_text(row.appointment_at, row.appointment_service)))
        pin = f"<span style='color:#e53935'>{PIN}</span> " if row.pinned else ""
        body = html.escape(row.text).replace("\n", "<br>")
        self.card.setHtml(
            f"<p><b>{pin}{html.escape(kind)}</b> <span style='color:#6f6a78'>· "
            f"{html.escape(' · '.join(meta))}</span></p>"
            + formula_html(row.formula) + (f"<p>{body}</p>" if body else ""))

    # actions --------------------------------------------------------------------------------
    def _run_dialog(self, dialog: NoteDialog) -> None:
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.saved_id)
            self.changed.emit()

    def new_note(self, note_type: str, data: NoteData | None = None) -> None:
        data = data or NoteData(note_type=note_type)
        self._run_dialog(NoteDialog(self.db, self.customer_id, data, parent=self))

    def reuse_selected(self) -> None:
        row = self.selected_note()
        if row is None or row.formula is None:
            return
        data = read(self.db, lambda s: notes.start_from(s, row.id))
        self.new_note(NoteType.COLOUR.value, data)

    def edit_selected(self) -> None:
        row = self.selected_note()
        if row is None:
            return
        data = NoteData(note_type=row.note_type, text=row.text, formula=row.formula,
                        appointment_id=row.appointment_id, pinned=row.pinned,
                        author_id=row.author_id, based_on_id=row.based_on_id)
        self._run_dialog(NoteDialog(self.db, self.customer_id, data, note_id=row.id,
                                    parent=self))

    def toggle_pin(self) -> None:
        row = self.selected_note()
        if row is None:
            return
        ok, _ = write(self, self.db, tr("Pin note"),
                      lambda s: notes.set_pinned(s, row.id, not row.pinned))
        if ok:
            self.reload(select=row.id)
            self.changed.emit()  # the header shows pinned notes

    def show_history(self) -> None:
        row = self.selected_note()
        if row is None:
            return
        versions = read(self.db, lambda s: notes.note_history(s, row.id))
        HistoryDialog(versions, self).exec()

    def delete_selected(self) -> None:
        row = self.selected_note()
        if row is not None and delete_confirmed(
                self, self.db, tr("Delete note"), tr("Delete this note and its history?"),
                lambda s: notes.delete_note(s, row.id)):
            self.reload()
            self.changed.emit()
