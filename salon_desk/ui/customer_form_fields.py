"""The fields of the customer form in its five sections, and their reading and writing.

Labels sit above fields in two columns; widgets are created in reading order, which is also
the tab order. Each field has an error line under it for what the services reject.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import Customer, utcnow
from salon_desk.services.customers.views import BadgeInfo, CustomerDetails, initials
from salon_desk.services import lengths
from salon_desk.services.customers.records import CustomerData
from salon_desk.services.phones import PhoneError
from salon_desk.ui import formatting
from salon_desk.ui.style import set_error
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.badges import badge_icon
from salon_desk.ui.widgets.consent_matrix import ConsentMatrix
from salon_desk.ui.widgets.countries import CountryCombo
from salon_desk.ui.widgets.partial_date import OptionalDateEdit, PartialDateEdit
from salon_desk.ui.widgets.phone_edit import PhoneEdit
from salon_desk.ui.widgets.photo_picker import PhotoPicker
from salon_desk.ui.widgets.section import titled_section
from salon_desk.ui.widgets.signature_pad import SignaturePad
from salon_desk.ui.widgets.text_limits import limit_to_column, set_whole_text


@dataclass
class FormLookups:
    """The lists the form offers, read once when it opens."""

    staff: list[tuple[int, str, bool]] = field(default_factory=list)  # id, name, active
    categories: list[tuple[int, str]] = field(default_factory=list)
    badges: list[BadgeInfo] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)
    default_country: str = "ES"


def _set_warning(widget: QWidget, on: bool) -> None:
    widget.setProperty("warning", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CustomerFormFields(QWidget):
    changed = Signal()

    def __init__(self, lookups: FormLookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self.sections: list[tuple[str, QFrame]] = []
        self.inputs: dict[str, QWidget] = {}  # error key -> the widget to mark
        self.error_labels: dict[str, QLabel] = {}
        self._order: list[str] = []
        self._privacy_at: dt.datetime | None = None
        self.badge_buttons: dict[int, QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)
        self._build_basic(layout)
        self._build_address(layout)
        self._build_preferences(layout)
        self._build_settings(layout)
        self._build_communication(layout)
        layout.addStretch(1)
        limits = lengths.limits(Customer)  # typing stops where saving would refuse
        for name, edit in self._limited().items():
            limit_to_column(edit, limits[name])
        self._connect_changes()

    def _limited(self) -> dict[str, QLineEdit]:
        """The line edits of the customer's length-limited texts, by field."""
        return {"first_name": self.first_name, "last_name": self.last_name,
                "email": self.email, "street": self.street, "city": self.city,
                "postcode": self.postcode, "region": self.region,
                "referral_source": self.referral.lineEdit(), "external_id": self.external_id}

    # --- layout helpers ---------------------------------------------------------------------
    def _section(self, parent_layout: QVBoxLayout, title: str) -> QGridLayout:
        frame, outer = titled_section(title, (16, 6, 16, 14), self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        parent_layout.addWidget(frame)
        self.sections.append((title, frame))
        return grid

    def _cell(self, grid: QGridLayout, row: int, column: int, label: str, widget: QWidget,
              key: str | None = None, span: int = 1) -> QWidget:
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        if label:
            caption = QLabel(label, cell)
            caption.setBuddy(widget)
            box.addWidget(caption)
        widget.setParent(cell)
        box.addWidget(widget)
        if key:
            error = QLabel(cell)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.inputs[key] = widget
            self.error_labels[key] = error
            self._order.append(key)
        grid.addWidget(cell, row, column, 1, span)
        return cell

    # --- the five sections ------------------------------------------------------------------
    def _build_basic(self, layout: QVBoxLayout) -> None:
        grid = self._section(layout, self.tr("Basic information"))
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self._cell(grid, 0, 0, self.tr("&First name"), self.first_name, "first_name")
        self._cell(grid, 0, 1, self.tr("&Last name"), self.last_name, "last_name")
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.gender = QComboBox(self)
        for value, label in formatting.gender_labels().items():
            self.gender.addItem(label, value)
        self._cell(grid, 1, 0, self.tr("&Email"), self.email, "email")
        self._cell(grid, 1, 1, self.tr("&Gender"), self.gender, "gender")
        self.mobile = PhoneEdit(self.lookups.default_country, self)
        self.phone = PhoneEdit(self.lookups.default_country, self)
        self._cell(grid, 2, 0, self.tr("&Mobile"), self.mobile, "mobile")
        self._cell(grid, 2, 1, self.tr("Land&line"), self.phone, "phone")
        self.birth = PartialDateEdit(self)
        self.anniversary = OptionalDateEdit(self)
        self._cell(grid, 3, 0, self.tr("Date of &birth (the year may be unknown)"), self.birth,
                   "birth_date")
        self._cell(grid, 3, 1, self.tr("Anni&versary"), self.anniversary, "anniversary")
        self.photo = PhotoPicker(self)
        self._cell(grid, 4, 0, self.tr("Photo"), self.photo, "photo", span=2)

    def _build_address(self, layout: QVBoxLayout) -> None:
        grid = self._section(layout, self.tr("Address"))
        self.street = QLineEdit(self)
        self._cell(grid, 0, 0, self.tr("&Street"), self.street, "street", span=2)
        self.city = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self._cell(grid, 1, 0, self.tr("&City"), self.city, "city")
        self._cell(grid, 1, 1, self.tr("&Postcode"), self.postcode, "postcode")
        self.region = QLineEdit(self)
        self.country = CountryCombo(self, allow_empty=True)
        self._cell(grid, 2, 0, self.tr("&Region / province"), self.region, "region")
        self._cell(grid, 2, 1, self.tr("C&ountry"), self.country, "country")

    def _build_preferences(self, layout: QVBoxLayout) -> None:
        grid = self._section(layout, self.tr("Preferences and notes"))
        self.preferred_staff = QComboBox(self)
        self.preferred_staff.addItem("—", None)
        for staff_id, name, active in self.lookups.staff:
            if active:
                self.preferred_staff.addItem(name, staff_id)
        self.referral = QComboBox(self)
        self.referral.setEditable(True)
        self.referral.addItem("")
        self.referral.addItems(self.lookups.referrals)
        self.referral.lineEdit().setPlaceholderText(self.tr("How did they hear of us?"))
        self._cell(grid, 0, 0, self.tr("Preferred staff member"), self.preferred_staff,
                   "preferred_staff_id")
        self._cell(grid, 0, 1, self.tr("Referral source"), self.referral, "referral_source")
        self.category = QComboBox(self)
        self.category.addItem("—", None)
        for category_id, name in self.lookups.categories:
            self.category.addItem(name, category_id)
        self.customer_since = OptionalDateEdit(self, maximum=dt.date.today())
        self._cell(grid, 1, 0, self.tr("Category"), self.category, "category_id")
        self._cell(grid, 1, 1, self.tr("Customer since"), self.customer_since, "customer_since")
        self.external_id = QLineEdit(self)
        self.external_id.setPlaceholderText(self.tr("ID in a previous system"))
        self.discount = QDoubleSpinBox(self)
        self.discount.setRange(0, 100)
        self.discount.setDecimals(2)
        self.discount.setSuffix(" %")
        self.discount.setMaximumWidth(140)
        self._cell(grid, 2, 0, self.tr("External ID"), self.external_id, "external_id")
        self._cell(grid, 2, 1, self.tr("Personal discount"), self.discount, "discount_percent")
        badges = QWidget(self)
        badge_grid = QGridLayout(badges)
        badge_grid.setContentsMargins(0, 0, 0, 0)
        badge_grid.setSpacing(6)
        for i, badge in enumerate(self.lookups.badges):
            button = QToolButton(badges)
            button.setObjectName("badgeToggle")
            button.setCheckable(True)
            button.setText(message_text(badge.name))
            button.setIcon(badge_icon(badge, 18))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Badge “{0}”: click to give or take away").format(
                message_text(badge.name)))
            badge_grid.addWidget(button, i // 4, i % 4)
            self.badge_buttons[badge.id] = button
        badge_grid.setColumnStretch(4, 1)
        self._cell(grid, 3, 0, self.tr("Badges"), badges, "badges", span=2)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Likes, dislikes, anything worth remembering"))
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self._cell(grid, 4, 0, self.tr("Notes"), self.notes, "notes", span=2)
        self.allergies = QPlainTextEdit(self)
        self.allergies.setPlaceholderText(self.tr(
            "Allergies, medication, pregnancy, skin conditions… shown as a warning everywhere"))
        self.allergies.setFixedHeight(62)
        self.allergies.setTabChangesFocus(True)
        self._cell(grid, 5, 0, self.tr("⚠ Allergies and clinical information"), self.allergies,
                   "allergies", span=2)

    def _build_settings(self, layout: QVBoxLayout) -> None:
        grid = self._section(layout, self.tr("Settings"))
        self.active = QCheckBox(self.tr("Active customer"), self)
        self.active.setToolTip(self.tr("Inactive customers stay on file but are left out of "
                                       "campaigns and lists of active customers"))
        self.blocked = QCheckBox(self.tr("Blocked: cannot be booked and receives nothing"), self)
        self._cell(grid, 0, 0, "", self.active, "active")
        self._cell(grid, 0, 1, "", self.blocked, "blocked")
        self.blocked_reason = QLineEdit(self)
        self.blocked_reason.setPlaceholderText(self.tr("Why the customer is blocked"))
        self._cell(grid, 1, 0, self.tr("Reason for blocking"), self.blocked_reason,
                   "blocked_reason", span=2)

    def _build_communication(self, layout: QVBoxLayout) -> None:
        grid = self._section(layout, self.tr("Communication preferences"))
        privacy = QWidget(self)
        row = QHBoxLayout(privacy)
        row.setContentsMargins(0, 0, 0, 0)
        self.privacy = QCheckBox(self.tr("Privacy policy accepted"), privacy)
        self.privacy_when = QLabel(privacy)
        self.privacy_when.setObjectName("muted")
        row.addWidget(self.privacy)
        row.addWidget(self.privacy_when)
        row.addStretch(1)
        self._cell(grid, 0, 0, "", privacy, "privacy_accepted_at", span=2)
        signature = QWidget(self)
        row = QHBoxLayout(signature)
        row.setContentsMargins(0, 0, 0, 0)
        self.signature = SignaturePad(signature)
        self.clear_signature = QPushButton(self.tr("Clear signature"), signature)
        self.clear_signature.clicked.connect(self.signature.clear)
        row.addWidget(self.signature, 1)
        row.addWidget(self.clear_signature, 0, Qt.AlignmentFlag.AlignBottom)
        self._cell(grid, 1, 0, self.tr("Customer's signature"), signature, "signature", span=2)
        self.consents = ConsentMatrix(self)
        self._cell(grid, 2, 0, self.tr("Consent to be contacted"), self.consents, "consents",
                   span=2)
        switches = QWidget(self)
        row = QHBoxLayout(switches)
        row.setContentsMargins(0, 0, 0, 0)
        self.notify_reminders = QCheckBox(self.tr("Session reminders"), switches)
        self.notify_birthday = QCheckBox(self.tr("Birthday wishes"), switches)
        self.notify_marketing = QCheckBox(self.tr("Marketing"), switches)
        for box in (self.notify_reminders, self.notify_birthday, self.notify_marketing):
            row.addWidget(box)
        row.addStretch(1)
        self._cell(grid, 3, 0, self.tr("Notifications"), switches, "notifications", span=2)

    def _connect_changes(self) -> None:
        for edit in (self.first_name, self.last_name, self.email, self.street, self.city,
                     self.postcode, self.region, self.external_id, self.blocked_reason):
            edit.textChanged.connect(self.changed)
        for combo in (self.gender, self.country, self.preferred_staff, self.category):
            combo.currentIndexChanged.connect(self.changed)
        self.referral.currentTextChanged.connect(self.changed)
        for text in (self.notes, self.allergies):
            text.textChanged.connect(self.changed)
        for widget in (self.mobile, self.phone, self.birth, self.anniversary,
                       self.customer_since, self.photo, self.signature, self.consents):
            widget.changed.connect(self.changed)
        self.discount.valueChanged.connect(self.changed)
        for box in (self.active, self.blocked, self.privacy, self.notify_reminders,
                    self.notify_birthday, self.notify_marketing, *self.badge_buttons.values()):
            box.toggled.connect(self.changed)
        self.blocked.toggled.connect(self.blocked_reason.setEnabled)
        self.allergies.textChanged.connect(
            lambda: _set_warning(self.allergies, bool(self.allergies.toPlainText().strip())))
        self.privacy.toggled.connect(self._privacy_toggled)
        self.signature.changed.connect(self._signature_changed)
        for edit in (self.first_name, self.last_name):
            edit.textChanged.connect(lambda _t: self.photo.set_initials(
                initials(self.first_name.text(), self.last_name.text())))

    def _privacy_toggled(self, on: bool) -> None:
        if on and self._privacy_at is None:
            self.privacy_when.setText(self.tr("(recorded on saving)"))
        elif on:
            self.privacy_when.setText(self.tr("on {0}").format(
                formatting.datetime(self._privacy_at)))
        else:
            self.privacy_when.setText("")

    def _signature_changed(self) -> None:
        # Signing is accepting the privacy policy.
        if not self.signature.is_empty() and not self.privacy.isChecked():
            self.privacy.setChecked(True)

    # --- reading and writing ----------------------------------------------------------------
    def load(self, details: CustomerDetails | None) -> None:
        data = details.data if details else CustomerData(customer_since=dt.date.today())
        for name, edit in self._limited().items():  # a stored text is shown whole
            set_whole_text(edit, getattr(data, name) or "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
        self.mobile.set_value(data.mobile)
        self.phone.set_value(data.phone)
        self.birth.set_value(data.birth_year, data.birth_month, data.birth_day)
        self.anniversary.set_date(data.anniversary)
        self.photo.set_photo(details.photo if details else None)
        self.photo.set_initials(initials(data.first_name, data.last_name))
        self.country.set_code(data.country)
        if data.preferred_staff_id is not None and self.preferred_staff.findData(
                data.preferred_staff_id) < 0:
            name = next((n for i, n, _a in self.lookups.staff if i == data.preferred_staff_id),
                        "?")
            self.preferred_staff.addItem(self.tr("{0} (no longer active)").format(name),
                                         data.preferred_staff_id)
        self.preferred_staff.setCurrentIndex(max(0, self.preferred_staff.findData(
            data.preferred_staff_id)))
        self.category.setCurrentIndex(max(0, self.category.findData(data.category_id)))
        self.customer_since.set_date(data.customer_since)
        self.discount.setValue(float(data.discount_percent or 0))
        for badge_id, button in self.badge_buttons.items():
            button.setChecked(badge_id in data.badge_ids)
        self.notes.setPlainText(data.notes)
        self.allergies.setPlainText(data.allergies)
        self.active.setChecked(data.active)
        self.blocked.setChecked(data.blocked)
        self.blocked_reason.setText(data.blocked_reason)
        self.blocked_reason.setEnabled(data.blocked)
        self._privacy_at = data.privacy_accepted_at
        self.privacy.setChecked(data.privacy_accepted_at is not None)
        self._privacy_toggled(self.privacy.isChecked())
        self.signature.set_png(details.signature if details else None)
        self.consents.set_cells(details.consents if details else {})
        self.notify_reminders.setChecked(data.notify_reminders)
        self.notify_birthday.setChecked(data.notify_birthday)
        self.notify_marketing.setChecked(data.notify_marketing)

    def collect(self) -> tuple[CustomerData, dict[str, str]]:
        """What the form holds, plus the errors found before the services see it (phones are
        read with the country chosen beside them)."""
        errors: dict[str, str] = {}
        phones: dict[str, str | None] = {}
        for key, edit in (("mobile", self.mobile), ("phone", self.phone)):
            try:
                phones[key] = edit.e164()
            except PhoneError as exc:
                errors[key] = exc.args[0]  # its Text: str() would be the English
                phones[key] = edit.text()
        if problem := self.birth.problem():  # said in the user's language, beside the field
            errors["birth_date"] = problem
        year, month, day = self.birth.value()
        privacy_at = None
        if self.privacy.isChecked():
            privacy_at = self._privacy_at or utcnow()
        data = CustomerData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            mobile=phones["mobile"],
            phone=phones["phone"],
            gender=self.gender.currentData(),
            birth_year=year,
            birth_month=month,
            birth_day=day,
            anniversary=self.anniversary.date(),
            street=self.street.text(),
            city=self.city.text(),
            postcode=self.postcode.text(),
            region=self.region.text(),
            country=self.country.code(),
            preferred_staff_id=self.preferred_staff.currentData(),
            referral_source=self.referral.currentText(),
            external_id=self.external_id.text(),
            customer_since=self.customer_since.date(),
            category_id=self.category.currentData(),
            discount_percent=Decimal(f"{self.discount.value():.2f}"),
            notes=self.notes.toPlainText(),
            allergies=self.allergies.toPlainText(),
            active=self.active.isChecked(),
            blocked=self.blocked.isChecked(),
            blocked_reason=self.blocked_reason.text() if self.blocked.isChecked() else "",
            privacy_accepted_at=privacy_at,
            notify_reminders=self.notify_reminders.isChecked(),
            notify_birthday=self.notify_birthday.isChecked(),
            notify_marketing=self.notify_marketing.isChecked(),
            badge_ids=[i for i, b in self.badge_buttons.items() if b.isChecked()],
            consents=self.consents.changes(),
        )
        return data, errors

    def state(self) -> tuple:
        """Everything the user can change, to tell whether something was changed."""
        return (
            tuple(w.text() for w in (self.first_name, self.last_name, self.email, self.street,
                                     self.city, self.postcode, self.region, self.external_id,
                                     self.blocked_reason)),
            self.mobile.text(), self.mobile.country(), self.phone.text(), self.phone.country(),
            self.gender.currentData(), self.country.code(), self.preferred_staff.currentData(),
            self.category.currentData(), self.referral.currentText().strip(),
            self.notes.toPlainText(), self.allergies.toPlainText(), self.birth.value(),
            self.anniversary.date(), self.customer_since.date(), self.discount.value(),
            tuple(sorted(i for i, b in self.badge_buttons.items() if b.isChecked())),
            self.active.isChecked(), self.blocked.isChecked(), self.privacy.isChecked(),
            self.notify_reminders.isChecked(), self.notify_birthday.isChecked(),
            self.notify_marketing.isChecked(), tuple(sorted(self.consents.values().items())),
            self.photo.modified, self.signature.modified,
        )

    # --- errors -----------------------------------------------------------------------------
    @staticmethod
    def _error_targets(widget: QWidget) -> list[QWidget]:
        if isinstance(widget, PhoneEdit):
            return [widget.number_edit]
        if isinstance(widget, PartialDateEdit):
            return [widget.day, widget.month, widget.year]
        if isinstance(widget, OptionalDateEdit):
            return [widget.edit]
        return [widget]

    def clear_errors(self) -> None:
        for key, label in self.error_labels.items():
            if label.sizePolicy().retainSizeWhenHidden():
                policy = label.sizePolicy()
                policy.setRetainSizeWhenHidden(False)
                label.setSizePolicy(policy)
            if label.isVisible() or label.text():
                label.hide()
                label.clear()
                for target in self._error_targets(self.inputs[key]):
                    set_error(target, False)

    def shown_errors(self) -> set[str]:
        """The fields whose error is on screen."""
        return {key for key, label in self.error_labels.items() if not label.isHidden()}

    def update_errors(self, errors: dict[str, str]) -> None:
        """Show exactly these errors: the others go (their field was fixed); focus stays."""
        for key in self.shown_errors() - set(errors):
            label = self.error_labels[key]
            # Its room stays until the next save, so the fields below do not move up under
            # the pointer while the user goes on to the next one.
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)
            label.hide()
            for target in self._error_targets(self.inputs[key]):
                set_error(target, False)
        self.show_errors({key: text for key, text in errors.items() if key in self.error_labels})

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Mark each bad field; returns the first one in form order (to move the focus to)."""
        first = None
        for key in self._order:
            if key not in errors:
                continue
            label = self.error_labels[key]
            label.setText(message_text(errors[key]))
            label.show()
            widget = self.inputs[key]
            for target in self._error_targets(widget):
                set_error(target, True)
            if first is None:
                first = widget
        return first
