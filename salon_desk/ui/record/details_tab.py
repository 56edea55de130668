"""The Details tab of the record: every field of the customer, read-only, with an Edit button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models.db import Database
from salon_desk.services.customers.views import CustomerDetails, age, customer_details
from salon_desk.services.phones import format_phone
from salon_desk.ui import formatting
from salon_desk.ui.events import request_customer_form
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.style import DANGER, MUTED, icon
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.consent_matrix import CATEGORIES, CHANNELS
from salon_desk.ui.widgets.countries import country_name
from salon_desk.ui.widgets.section import titled_section


def _value(text: str | None, parent: QWidget) -> QLabel:
    label = QLabel(text if text else "—", parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if not text:
        label.setStyleSheet(f"color: {MUTED};")
    return label


class DetailsTab(RecordTab):
    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.details: CustomerDetails | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(14, 10, 14, 0)
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("muted")
        bar.addWidget(self.updated_label)
        bar.addStretch(1)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit customer…"), self)
        self.edit_button.setObjectName("primary")
        self.edit_button.clicked.connect(self.edit)
        bar.addWidget(self.edit_button)
        outer.addLayout(bar)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)

    def title(self) -> str:
        return self.tr("Details")

    def load(self) -> None:
        with self.db.session() as session:
            self.details = customer_details(session, self.customer_id)
        self._fill(self.details)

    def edit(self) -> None:
        # Saving the form says customers_changed, which reloads the record window.
        request_customer_form(self.db, self.customer_id, self.window())

    # --- content ----------------------------------------------------------------------------
    def _fill(self, d: CustomerDetails) -> None:
        data = d.data
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(14, 10, 14, 14)
        columns.setSpacing(14)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        genders = formatting.gender_labels()
        form = self._section(left, self.tr("Basic information"))
        self._rows(form, [
            (self.tr("First name"), data.first_name),
            (self.tr("Last name"), data.last_name),
            (self.tr("Email"), data.email),
            (self.tr("Mobile"), format_phone(data.mobile)),
            (self.tr("Landline"), format_phone(data.phone)),
            (self.tr("Gender"), genders.get(data.gender, data.gender)),
            (self.tr("Date of birth"), self._birth_text(d)),
            (self.tr("Anniversary"), formatting.date(data.anniversary)),
        ])
        form = self._section(left, self.tr("Address"))
        self._rows(form, [
            (self.tr("Street"), data.street),
            (self.tr("City"), data.city),
            (self.tr("Postcode"), data.postcode),
            (self.tr("Region"), data.region),
            (self.tr("Country"), country_name(data.country)),
        ])
        form = self._section(left, self.tr("Settings"))
        self._rows(form, [
            (self.tr("Status"), self.tr("Active") if data.active else self.tr("Inactive")),
            (self.tr("Blocked"), self.tr("Yes: {0}").format(data.blocked_reason)
             if data.blocked else self.tr("No")),
        ])
        left.addStretch(1)

        form = self._section(right, self.tr("Preferences and notes"))
        self._rows(form, [
            (self.tr("Preferred staff"), d.preferred_staff_name),
            (self.tr("Referral source"), data.referral_source),
            (self.tr("External ID"), data.external_id),
            (self.tr("Customer since"), formatting.date(data.customer_since)),
            (self.tr("Category"), d.category_name),
            (self.tr("Badges"), ", ".join(message_text(b.name) for b in d.badges)),
            (self.tr("Personal discount"), formatting.percent(data.discount_percent)
             if data.discount_percent else ""),
            (self.tr("Notes"), data.notes),
        ])
        allergies = _value(data.allergies, content)
        if data.allergies:
            allergies.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
        form.addRow(self.tr("Allergies / clinical"), allergies)

        form = self._section(right, self.tr("Communication preferences"))
        privacy = (self.tr("Accepted on {0}").format(formatting.datetime(
            data.privacy_accepted_at)) if data.privacy_accepted_at else self.tr("Not accepted"))
        self._rows(form, [(self.tr("Privacy policy"), privacy)])
        if d.signature:
            signature = QLabel(content)
            pixmap = QPixmap()
            pixmap.loadFromData(d.signature)
            signature.setPixmap(pixmap.scaledToHeight(
                min(90, pixmap.height()), Qt.TransformationMode.SmoothTransformation))
            signature.setStyleSheet("background: white; border: 1px solid #d9d4e0;")
            form.addRow(self.tr("Signature"), signature)
        else:
            form.addRow(self.tr("Signature"), _value("", content))
        form.addRow(self.tr("Consent"), self._consents(d, content))
        yes, no = self.tr("Yes"), self.tr("No")
        self._rows(form, [
            (self.tr("Session reminders"), yes if data.notify_reminders else no),
            (self.tr("Birthday wishes"), yes if data.notify_birthday else no),
            (self.tr("Marketing"), yes if data.notify_marketing else no),
        ])
        right.addStretch(1)
        self.scroll.setWidget(content)
        self.updated_label.setText(self.tr("Created {0} · last changed {1}").format(
            formatting.datetime(d.created_at), formatting.datetime(d.updated_at)))

    def _section(self, column: QVBoxLayout, title: str) -> QFormLayout:
        frame, box = titled_section(title, (14, 4, 14, 12))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        box.addLayout(form)
        column.addWidget(frame)
        return form

    def _rows(self, form: QFormLayout, rows: list[tuple[str, str | None]]) -> None:
        parent = form.parentWidget()
        for label, value in rows:
            caption = QLabel(label, parent)
            caption.setStyleSheet(f"color: {MUTED};")
            form.addRow(caption, _value(value, parent))

    def _birth_text(self, d: CustomerDetails) -> str:
        data = d.data
        if data.birth_year and data.birth_month and data.birth_day:
            born = dt.date(data.birth_year, data.birth_month, data.birth_day)
            years = age(data.birth_year, data.birth_month, data.birth_day)
            return self.tr("{0} (%n year(s) old)", "", years).format(formatting.date(born))
        if data.birth_month and data.birth_day:
            return self.tr("{0} (year unknown)").format(
                formatting.day_month(data.birth_month, data.birth_day))
        return ""

    def _consents(self, d: CustomerDetails, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        channels = formatting.channels()
        categories = formatting.consent_categories()
        for column, channel in enumerate(CHANNELS, start=1):
            grid.addWidget(QLabel(f"<b>{channels[channel]}</b>", box), 0, column)
        for row, category in enumerate(CATEGORIES, start=1):
            grid.addWidget(QLabel(categories[category], box), row, 0)
            for column, channel in enumerate(CHANNELS, start=1):
                cell = d.consents.get((category, channel))
                if cell is None:
                    text = f"<span style='color:{MUTED}'>{self.tr('not given')}</span>"
                elif cell.granted:
                    text = f"<span style='color:#2e7d32'>✔</span> {formatting.date(cell.changed_at)}"
                else:
                    text = (f"<span style='color:{DANGER}'>✘</span> "
                            f"{formatting.date(cell.changed_at)}")
                label = QLabel(text, box)
                label.setToolTip(self.tr("Given") if cell and cell.granted else
                                 self.tr("Withdrawn") if cell else self.tr("Never given"))
                grid.addWidget(label, row, column)
        return box
