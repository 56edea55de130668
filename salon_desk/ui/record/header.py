"""The top of a customer's record: who they are, how to reach them, and what to watch for.

What the customer owes on unpaid tickets comes first, large and red; the balance reminder the
receptionist keeps by hand is a separate, smaller line. The allergy and blocked warnings sit in
one row of fixed height (one line each, the whole text in the tooltip, the icons drawn, not
taken from the font), so refreshing the header never moves the tabs under the pointer.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salon_desk.paths import resource
from salon_desk.services.customers.views import CustomerDetails, age, days_to_birthday
from salon_desk.services.phones import format_phone
from salon_desk.ui import formatting
from salon_desk.ui.style import DANGER, MUTED
from salon_desk.ui.widgets.badges import BadgeStrip, avatar_pixmap, round_photo

AVATAR = 88
ICON = 16
CREDIT = "#2e7d32"
REMINDER_OWES = "#a15c00"


class Banner(QLabel):
    """A warning on one line: a drawn icon and the message, cut with "…" to the width it has
    (the whole message is the tooltip). Its height never depends on the message."""

    def __init__(self, name: str, icon_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._icon = resource("icons", icon_file).as_uri()
        self._message = ""

    def message(self) -> str:
        return self._message

    def set_message(self, text: str) -> None:
        self._message = " ".join(text.split())  # one line, whatever was typed
        self.setToolTip(self._message)
        self._render()

    def line_height(self) -> int:
        self.ensurePolished()
        margins = self.contentsMargins()
        return max(self.fontMetrics().lineSpacing(), ICON) + margins.top() + margins.bottom() + 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        room = self.contentsRect().width() - ICON - self.fontMetrics().horizontalAdvance("  ") - 4
        shown = self.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight,
                                              max(room, 40))
        text = (f"<img src='{self._icon}' width='{ICON}' height='{ICON}' "
                f"style='vertical-align: middle'>&nbsp; {html.escape(shown)}")
        if text != self.text():
            self.setText(text)


def _clear(layout: QLayout) -> None:
    """Empty a layout; its widgets are hidden at once, so they never paint over the new ones."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def _chip(text: str, colour: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"background: {colour}; color: white; border-radius: 9px; "
                        "padding: 2px 9px; font-weight: 600;")
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
        self.chips.setAlignment(Qt.AlignmentFlag.AlignVCenter)  # chips as tall as their text
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

        money = QVBoxLayout()
        money.setSpacing(2)
        self.debt_label = QLabel(self)
        font = self.debt_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.debt_label.setFont(font)
        self.debt_label.setStyleSheet(f"color: {DANGER};")
        self.debt_label.setToolTip(self.tr("Left unpaid on the customer's tickets; paid from "
                                           "the Debts tab or with the next sale"))
        self.reminder_label = QLabel(self)
        self.reminder_label.setToolTip(self.tr("Balance reminder kept by hand on the customer's "
                                               "record; it moves no money"))
        for label in (self.debt_label, self.reminder_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.hide()
            money.addWidget(label, 0, Qt.AlignmentFlag.AlignRight)
        money.addStretch(1)
        top.addLayout(money)
        outer.addLayout(top)

        # One row of fixed height for the warnings, shown or not.
        self.alerts = QWidget(self)
        alerts = QHBoxLayout(self.alerts)
        alerts.setContentsMargins(0, 0, 0, 0)
        alerts.setSpacing(8)
        self.allergy_banner = Banner("allergyBanner", "alert-triangle.svg", self.alerts)
        self.blocked_banner = Banner("blockedBanner", "blocked.svg", self.alerts)
        self.no_alerts = QLabel(self.tr("No allergies or clinical notes on file"), self.alerts)
        self.no_alerts.setObjectName("muted")
        alerts.addWidget(self.allergy_banner, 1)
        alerts.addWidget(self.blocked_banner, 1)
        alerts.addWidget(self.no_alerts, 1)
        self.alerts.setFixedHeight(max(self.allergy_banner.line_height(),
                                       self.blocked_banner.line_height()))
        outer.addWidget(self.alerts)

    def set_details(self, d: CustomerDetails, currency: str = "EUR") -> None:
        data = d.data
        pixmap = round_photo(d.photo, AVATAR) if d.photo else None
        self.avatar.setPixmap(pixmap or avatar_pixmap(d.initials, AVATAR))
        self.name.setText(d.full_name or self.tr("(no name)"))
        _clear(self.chips)
        if d.category_name:
            self.chips.addWidget(_chip(d.category_name, d.category_colour or "#607d8b", self))
        if data.blocked:
            self.chips.addWidget(_chip(self.tr("Blocked"), "#37323e", self))
        elif not data.active:
            self.chips.addWidget(_chip(self.tr("Inactive"), "#8a8494", self))
        self.chips.addWidget(QLabel(f"<span style='color:{MUTED}'>#{d.id}</span>", self))
        self.badges.set_badges(d.badges)
        self._set_contact(d)

        self._set_money(d, currency)
        self._set_alerts(d)
        self.details_shown.emit()

    def _set_money(self, d: CustomerDetails, currency: str) -> None:
        owed = max(0, d.owed_cents)
        self.debt_label.setText(self.tr("Owes {0}").format(formatting.money(owed, currency)))
        self.debt_label.setVisible(owed > 0)
        if d.balance_cents:
            amount = formatting.money(abs(d.balance_cents), currency)
            if d.balance_cents < 0:
                text, colour = self.tr("owes {0}").format(amount), REMINDER_OWES
            else:
                text, colour = self.tr("in credit {0}").format(amount), CREDIT
            self.reminder_label.setText(
                f"<span style='color:{MUTED}'>{html.escape(self.tr('Balance reminder:'))}</span>"
                f" <span style='color:{colour}; font-weight:600'>{html.escape(text)}</span>")
        self.reminder_label.setVisible(bool(d.balance_cents))

    def _set_alerts(self, d: CustomerDetails) -> None:
        data = d.data
        allergies = data.allergies.strip()
        self.allergy_banner.set_message(self.tr("Allergies / clinical information: {0}").format(
            allergies))
        self.allergy_banner.setVisible(bool(allergies))
        self.blocked_banner.set_message(self.tr("Blocked: {0}. Cannot be booked and receives no "
                                                "messages.").format(
            (data.blocked_reason or "").strip().rstrip(".") or self.tr("no reason given")))
        self.blocked_banner.setVisible(data.blocked)
        self.no_alerts.setVisible(not allergies and not data.blocked)

    def _set_contact(self, d: CustomerDetails) -> None:
        _clear(self.contact)
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
            text = self.tr("{0} (%n year(s) old)", "", years).format(text)
        days = days_to_birthday(data.birth_month, data.birth_day, today)
        if days == 0:
            text += " · " + self.tr("today!")
        elif days is not None and days <= 14:
            text += " · " + self.tr("in %n day(s)", "", days)
        return text
