"""The two-step merge dialog: choose the record to keep, then resolve each field that differs.

Step 1 lists the records with what they hold (visits, sales, contact); the one with the most
history is preselected (or the record the dialog was opened from). Step 2 shows, for every
field whose values differ, one choice per value, the most informative preselected (the rules
are services.merge_fields': an empty or "unspecified" value is no choice, then the most
complete, the larger discount, a refusal to be contacted, the most recent); notes, allergies
and consent are shown as they will be combined; and what will move to the kept record.
Finish merges (services.merge) in one transaction and emits customers_changed, so every open
record of these customers reloads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salon_desk.models.db import Database, DatabaseError
from salon_desk.services.merging.review import RecordSummary, staff_names, summaries
from salon_desk.services.errors import SalonError
from salon_desk.services.merging.merge import merge_customers, propose
from salon_desk.services.merging.fields import MergeProposal
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.duplicates.labels import (
    category_text,
    channel_text,
    field_label,
    moved_text,
    tr,
    value_text,
)
from salon_desk.ui.events import customers_changed
from salon_desk.ui.style import DANGER


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


class KeepPage(QWizardPage):
    """Step 1: which record stays (the others become tombstones pointing to it)."""

    def __init__(self, wizard: MergeWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Step 1 of 2: the record to keep"))
        self.setSubTitle(self.tr(
            "Everything the other records hold (visits, sales, cards, points, notes...) moves "
            "to the record you keep. The others stay as links to it, so their old numbers "
            "still find the person."))
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for cid in wizard.ids:
            s = wizard.summaries[cid]
            frame = QFrame(self)
            frame.setObjectName("section")
            box = QVBoxLayout(frame)
            box.setContentsMargins(10, 8, 10, 8)
            button = QRadioButton(f"#{cid}  {s.name}", frame)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.group.addButton(button, cid)
            self.buttons[cid] = button
            details = QLabel(self._details(s), frame)
            details.setObjectName("muted")
            details.setWordWrap(True)
            details.setContentsMargins(22, 0, 0, 0)
            box.addWidget(button)
            box.addWidget(details)
            layout.addWidget(frame)
        layout.addStretch(1)
        self.buttons[wizard.keep_id].setChecked(True)

    def _details(self, s: RecordSummary) -> str:
        contact = " · ".join(p for p in (s.mobile, s.email, s.birth and self.tr(
            "born {0}").format(s.birth), s.address) if p)
        history = self.tr("{0}, {1} · customer since {2} · last visit {3}").format(
            moved_text("appointments", s.appointments), moved_text("sales", s.sales),
            _date(s.created), _date(s.last_visit.astimezone() if s.last_visit else None))
        if not s.active:
            history += " · " + self.tr("inactive")
        return f"{contact or self.tr('No contact details')}\n{history}"

    def keep_id(self) -> int:
        return self.group.checkedId()


class FieldsPage(QWizardPage):
    """Step 2: a choice for each field that differs; what is combined; what moves."""

    def __init__(self, wizard: MergeWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Step 2 of 2: the values to keep"))
        self.setSubTitle(self.tr(
            "For each field that differs, choose the value to keep. The most informative value "
            "is chosen for you: a known value over an empty or unspecified one, the most "
            "complete, the larger discount, a refusal to be contacted. Notes, allergies and "
            "consent are combined."))
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Merge"))
        self.choices: dict[str, QButtonGroup] = {}
        self.proposal: MergeProposal | None = None
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.by_combo = QComboBox(self)
        self.by_combo.setEditable(True)
        self.by_combo.setMinimumWidth(200)
        self.by_combo.lineEdit().setPlaceholderText(self.tr("Who is merging (optional)"))
        by_row = QFormLayout()
        by_row.addRow(self.tr("Merged by:"), self.by_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(by_row)

    def initializePage(self) -> None:
        wizard = self.wizard_
        keep = wizard.keep_page.keep_id()
        others = [i for i in wizard.ids if i != keep]
        with wizard.db.session() as session:
            self.proposal = propose(session, keep, others)
            staff = staff_names(session)
        current = self.by_combo.currentText()
        self.by_combo.clear()
        self.by_combo.addItems(["", *staff])
        self.by_combo.setCurrentText(current)
        self.scroll.setWidget(self._build(self.proposal))

    def _section(self, parent: QWidget, layout: QVBoxLayout, title: str) -> None:
        label = QLabel(title, parent)
        label.setObjectName("sectionTitle")
        layout.addWidget(label)

    def _build(self, proposal: MergeProposal) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 12, 8)
        self.choices = {}
        differing = [f for f in proposal.fields if f.differs]
        self._section(body, layout, self.tr("Fields that differ"))
        if differing:
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(4)
            row = 0
            for fp in differing:
                label = QLabel(field_label(fp.spec.key, fp.spec.label), body)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                grid.addWidget(label, row, 0)
                group = QButtonGroup(body)
                for option in fp.options:
                    text = value_text(option.text) or self.tr("(empty)")
                    button = QRadioButton(self.tr("{0}   — from #{1}").format(
                        text.replace("\n", " "), option.customer_id), body)
                    button.setObjectName(f"choice_{fp.spec.key}_{option.customer_id}")
                    group.addButton(button, option.customer_id)
                    if option.customer_id == fp.chosen:
                        button.setChecked(True)
                    grid.addWidget(button, row, 1)
                    row += 1
                self.choices[fp.spec.key] = group
            grid.setColumnStretch(1, 1)
            layout.addLayout(grid)
        else:
            layout.addWidget(self._muted(body, self.tr(
                "No field has conflicting values: each takes the value a record has.")))
        same = sum(1 for f in proposal.fields if f.options and not f.differs)
        if same:
            layout.addWidget(self._muted(body, self.tr(
                "%n other field(s) the same in every record.", "", same)))

        self._section(body, layout, self.tr("Combined"))
        if not (proposal.notes or proposal.allergies or proposal.consents
                or proposal.balance_cents):
            layout.addWidget(self._muted(body, self.tr(
                "No notes, allergies, consent or balance to combine.")))
        for title, text in ((field_label("notes"), proposal.notes),
                            (field_label("allergies"), proposal.allergies)):
            if not text:
                continue
            layout.addWidget(QLabel(title, body))
            view = QPlainTextEdit(text, body)
            view.setReadOnly(True)
            view.setFixedHeight(min(110, 26 + 18 * (text.count("\n") + 1)))
            layout.addWidget(view)
        if proposal.consents:
            layout.addWidget(QLabel(self.tr("Consent (a refusal on any record wins; every "
                                            "change is kept in the history):"), body))
            layout.addLayout(self._consent_grid(body, proposal.consents))
        if proposal.balance_cents:
            layout.addWidget(self._muted(body, self.tr("Balances are added up: {0}").format(
                formatting.money(proposal.balance_cents))))

        self._section(body, layout, self.tr("What moves to #{0}").format(proposal.keep_id))
        moved = [moved_text(kind, n) for kind, n in sorted(proposal.counts.items())]
        layout.addWidget(self._muted(body, ", ".join(moved) if moved else self.tr(
            "The other records have no history to move.")))
        layout.addWidget(self._muted(body, self.tr(
            "Badges are combined. The merge can be undone from the kept record while it is "
            "its latest merge.")))
        layout.addStretch(1)
        return body

    def _consent_grid(self, parent: QWidget, consents) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setContentsMargins(12, 0, 0, 0)
        categories = list(dict.fromkeys(cat for cat, _ch, _g, _s in consents))
        channels = list(dict.fromkeys(ch for _cat, ch, _g, _s in consents))
        for col, channel in enumerate(channels, start=1):
            grid.addWidget(self._muted(parent, channel_text(channel)), 0, col)
        for row, category in enumerate(categories, start=1):
            grid.addWidget(QLabel(category_text(category), parent), row, 0)
        for cat, ch, granted, source in consents:
            cell = QLabel(self.tr("✓ yes") if granted else self.tr("✗ no"), parent)
            cell.setStyleSheet(f"color: {'#2e7d32' if granted else DANGER};")
            cell.setToolTip(self.tr("From #{0}").format(source))
            grid.addWidget(cell, categories.index(cat) + 1, channels.index(ch) + 1)
        grid.setColumnStretch(len(channels) + 1, 1)
        return grid

    @staticmethod
    def _muted(parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("muted")
        label.setWordWrap(True)
        return label

    def field_choices(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.choices.items()
                if group.checkedId() != -1}


class MergeWizard(QWizard):
    """Merge the customers ``ids``; ``keep_id`` preselects the record to keep."""

    merged = Signal(int, list)  # kept id, merged ids

    def __init__(self, db: Database, ids: list[int], keep_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ids = list(dict.fromkeys(ids))
        if len(self.ids) < 2:
            raise ValueError("A merge needs at least two customers")
        with db.session() as session:
            self.summaries = summaries(session, self.ids)
        self.ids = [i for i in self.ids if i in self.summaries]
        if keep_id is None or keep_id not in self.ids:
            keep_id = max(self.ids, key=lambda i: (self.summaries[i].history,
                                                   -self.ids.index(i)))
        self.keep_id = keep_id
        self.setWindowTitle(self.tr("Merge customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.keep_page = KeepPage(self)
        self.fields_page = FieldsPage(self)
        self.addPage(self.keep_page)
        self.addPage(self.fields_page)
        self.resize(800, 700)

    def accept(self) -> None:
        keep = self.keep_page.keep_id()
        others = [i for i in self.ids if i != keep]
        try:
            with self.db.transaction() as session:
                merge_customers(session, keep, others, self.fields_page.field_choices(),
                                by=self.fields_page.by_combo.currentText().strip())
        except (SalonError, DatabaseError) as exc:  # DatabaseError: another program saving
            dialogs.show_error(self, tr("Merge customers"), str(exc))
            return
        customers_changed([keep, *others])
        self.merged.emit(keep, others)
        super().accept()
