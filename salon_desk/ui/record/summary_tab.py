"""History at a glance: visits, spending, the staff member seen most, favourite services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services.settings import CURRENCY
from salon_desk.services.settings import get as get_setting
from salon_desk.services.customers.visit_summary import VisitSummary, visit_summary
from salon_desk.ui import formatting
from salon_desk.ui.record.base import RecordTab


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 10, 14, 10)
        head = QLabel(title, self)
        head.setObjectName("muted")
        self.value = QLabel(self)
        self.value.setStyleSheet("font-size: 18px; font-weight: 600; color: #2d2838;")
        self.value.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        col.addWidget(head)
        col.addWidget(self.value)
        col.addWidget(self.detail)
        col.addStretch(1)

    def set(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value)
        style = f"font-size: 18px; font-weight: 600; color: {colour or '#2d2838'};"
        self.value.setStyleSheet(style)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class SummaryTab(RecordTab):
    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.summary: VisitSummary | None = None

    def build(self) -> None:
        grid = QGridLayout(self)
        grid.setSpacing(12)
        titles = {
            "visits": self.tr("Visits"), "first": self.tr("First visit"),
            "last": self.tr("Last visit"), "next": self.tr("Next appointment"),
            "spent": self.tr("Total spent"), "average": self.tr("Average ticket"),
            "staff": self.tr("Seen most by"), "services": self.tr("Most booked services"),
            "owed": self.tr("Owes"), "points": self.tr("Points"),
            "no_shows": self.tr("No-shows"),
        }
        self.cards = {key: _Card(text, self) for key, text in titles.items()}
        layout = [["visits", "first", "last", "next"], ["spent", "average", "owed", "points"]]
        for r, keys in enumerate(layout):
            for c, key in enumerate(keys):
                grid.addWidget(self.cards[key], r, c)
        grid.addWidget(self.cards["staff"], 2, 0)
        grid.addWidget(self.cards["services"], 2, 1, 1, 2)
        grid.addWidget(self.cards["no_shows"], 2, 3)
        for c in range(4):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(3, 1)
        self.empty = QLabel(self.tr("No visits yet."), self)
        self.empty.setObjectName("emptyMessage")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.empty, 3, 0, 1, 4)

    def title(self) -> str:
        return self.tr("Summary")

    def load(self) -> None:
        with self.db.session() as session:
            s = self.summary = visit_summary(session, self.customer_id)
            money = get_setting(session, CURRENCY)
        self.cards["visits"].set(str(s.visits), self.tr("%n sale(s)", "", s.sales))
        self.cards["first"].set(formatting.date(s.first_visit) or "—")
        self.cards["last"].set(formatting.date(s.last_visit) or "—")
        nxt = s.next_appointment
        self.cards["next"].set(formatting.datetime(nxt.starts_at) if nxt else "—",
                               f"{nxt.service_name} · {nxt.staff_name}" if nxt else "")
        self.cards["spent"].set(formatting.money(s.total_spent_cents, money))
        self.cards["average"].set(formatting.money(s.average_ticket_cents, money))
        self.cards["owed"].set(formatting.money(s.owed_cents, money),
                               colour="#c62828" if s.owed_cents else None)
        self.cards["points"].set(str(s.points))
        self.cards["staff"].set(s.top_staff or "—", self.tr("%n visit(s)", "",
                                                            s.top_staff_visits)
                                if s.top_staff else "")
        self.cards["services"].set(
            ", ".join(name for name, _n in s.top_services) or "—",
            "  ·  ".join(self.tr("{0}: %n time(s)", "", n).format(name)
                         for name, n in s.top_services))
        self.cards["no_shows"].set(str(s.no_shows),
                                   colour="#c62828" if s.no_shows else None)
        self.empty.setVisible(s.visits == 0 and s.sales == 0)
