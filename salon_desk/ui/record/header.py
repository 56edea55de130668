"""The top of a customer's record: who they are, how to reach them, and what to watch for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salon_desk.services.customer_views import CustomerDetails, age, days_to_birthday
from salon_desk.services.phones import format_phone
from salon_desk.ui import formatting
from salon_desk.ui.style import DANGER, MUTED
from salon_desk.ui.widgets.badges import BadgeStrip, avatar_pixmap, round_photo

AVATAR = 88


def _chip(text: str, colour: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"background: {colour}; color: white; border-radius: 9px; "
                        "padding: 1px 9px; font-weight: 600;")
    return label


class RecordHeader(QWidget):
    # Emitted after the header shows new details (features add their own strips).
    details_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#recordHeader { background: white; border-bottom: 1px solid "
                           "#d9d4e0; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.avatar = QLabel(self)
        self.avatar.setFixedSize(AVATAR, AVATAR)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)

        middle = QVBoxLayout()
        middle.setSpacing(4)
        name_row = QHBoxLayout()
        name_row.setSpacing(8)
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size: 22px; font-weight: 600; color: #2d2838;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_row.addWidget(self.name)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        name_row.addLayout(self.chips)
        name_row.addStretch(1)
        middle.addLayout(name_row)
        self.badges = BadgeStrip(self, size=20, with_names=True)
        middle.addWidget(self.badges)
        self.contact = QGridLayout()
        self.contact.setHorizontalSpacing(22)
        self.contact.setVerticalSpacing(2)
        middle.addLayout(self.contact)
        top.addLayout(middle, 1)

        self.balance = QLabel(self)
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.balance, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.allergy_banner = QLabel(self)
        self.allergy_banner.setObjectName("allergyBanner")
        self.allergy_banner.setWordWrap(True)
        self.allergy_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.allergy_banner)
        self.blocked_banner = QLabel(self)
        self.blocked_banner.setObjectName("blockedBanner")
        self.blocked_banner.setWordWrap(True)
        outer.addWidget(self.blocked_banner)

    def set_details(self, d: CustomerDetails, currency: str = "EUR") -> None:
        data = d.data
        pixmap = round_photo(d.photo, AVATAR) if d.photo else None
        self.avatar.setPixmap(pixmap or avatar_pixmap(d.initials, AVATAR))
        self.name.setText(d.full_name or self.tr("(no name)"))
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if d.category_name:
            self.chips.addWidget(_chip(d.category_name, d.category_colour or "#607d8b", self))
        if data.blocked:
            self.chips.addWidget(_chip(self.tr("Blocked"), "#37323e", self))
        elif not data.active:
            self.chips.addWidget(_chip(self.tr("Inactive"), "#8a8494", self))
        self.chips.addWidget(QLabel(f"<span style='color:{MUTED}'>#{d.id}</span>", self))
        self.badges.set_badges(d.badges)
        self._set_contact(d)

        if d.balance_cents:
            owes = d.balance_cents < 0
            text = (self.tr("Owes {0}") if owes else self.tr("In credit {0}")).format(
                formatting.money(abs(d.balance_cents), currency))
            colour = DANGER if owes else "#2e7d32"
            self.balance.setText(f"<span style='font-size:15px; font-weight:600; "
                                 f"color:{colour}'>{text}</span>")
            self.balance.setToolTip(self.tr("Balance reminder kept on the customer's record"))
        self.balance.setVisible(bool(d.balance_cents))

        allergies = data.allergies.strip()
        self.allergy_banner.setText(self.tr("⚠ Allergies / clinical information: {0}").format(
            allergies))
        self.allergy_banner.setVisible(bool(allergies))
        self.blocked_banner.setText(self.tr("⛔ Blocked: cannot be booked and receives no "
                                            "messages. Reason: {0}").format(
            data.blocked_reason or self.tr("not given")))
        self.blocked_banner.setVisible(data.blocked)
        self.details_shown.emit()

    def _set_contact(self, d: CustomerDetails) -> None:
        while self.contact.count():
            item = self.contact.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        data = d.data
        pairs: list[tuple[str, str]] = []
        if data.mobile:
            pairs.append((self.tr("Mobile"), format_phone(data.mobile)))
        if data.phone:
            pairs.append((self.tr("Landline"), format_phone(data.phone)))
        if data.email:
            pairs.append((self.tr("Email"), data.email))
        if birthday := self.birthday_text(d):
            pairs.append((self.tr("Birthday"), birthday))
        if data.customer_since:
            pairs.append((self.tr("Customer since"), formatting.date(data.customer_since)))
        if d.last_visit_at:
            pairs.append((self.tr("Last visit"), formatting.date(d.last_visit_at)))
        if not pairs:
            pairs.append((self.tr("Contact"), self.tr("no phone or email on file")))
        for i, (label, value) in enumerate(pairs):
            row, column = divmod(i, 3)
            cell = QLabel(f"<span style='color:{MUTED}'>{label}</span>&nbsp; {value}", self)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.contact.addWidget(cell, row, column)
        self.contact.setColumnStretch(3, 1)

    def birthday_text(self, d: CustomerDetails, today: dt.date | None = None) -> str:
        data = d.data
        if not (data.birth_month and data.birth_day):
            return ""
        text = formatting.day_month(data.birth_month, data.birth_day)
        years = age(data.birth_year, data.birth_month, data.birth_day, today)
        if years is not None:
            text = self.tr("{0} ({1} years old)").format(text, years)
        days = days_to_birthday(data.birth_month, data.birth_day, today)
        if days == 0:
            text += " · " + self.tr("today!")
        elif days is not None and days <= 14:
            text += " · " + self.tr("in {0} days").format(days)
        return text
