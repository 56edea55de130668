"""The Insights tab: a chart of visits and spend per month over two years, habits and the
at-risk status."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services.care import insights
from salon_desk.services.care import surveys
from salon_desk.services.care.insights import CustomerInsights
from salon_desk.ui import formatting
from salon_desk.ui.care.charts import MonthlyChart, RankChart
from salon_desk.ui.care.common import muted_label, read, tr
from salon_desk.ui.care.risk_mark import RiskMark, reason_text
from salon_desk.ui.record.base import RecordTab


class Figure(QFrame):
    """A number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.value = QLabel("—", self)
        self.value.setStyleSheet("font-size: 17px; font-weight: 600; color: #2d2838;")
        self.caption = muted_label(caption, self)
        self.detail = muted_label("", self)
        self.detail.setStyleSheet("font-size: 11px;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value or "—")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class InsightsTab(RecordTab):
    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.data: CustomerInsights | None = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.mark = RiskMark(self, always=True)
        self.reason = muted_label("", self)
        top.addWidget(self.mark)
        top.addWidget(self.reason, 1)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.visits = Figure(tr("visits in the last 2 years"), self)
        self.days_since = Figure(tr("days since the last visit"), self)
        self.interval = Figure(tr("days between visits, on average"), self)
        self.spend = Figure(tr("spent in the last 2 years"), self)
        self.ticket = Figure(tr("average ticket"), self)
        self.staff = Figure(tr("staff member seen most"), self)
        self.satisfaction = Figure(tr("average satisfaction"), self)
        self.next_booking = Figure(tr("next appointment"), self)
        figures = [self.visits, self.days_since, self.interval, self.next_booking,
                   self.spend, self.ticket, self.staff, self.satisfaction]
        for i, figure in enumerate(figures):
            grid.addWidget(figure, i // 4, i % 4)
        layout.addLayout(grid)
        self.chart = MonthlyChart(self)
        layout.addWidget(self.chart, 1)
        ranks = QHBoxLayout()
        self.services_chart = RankChart(tr("Services"), self)
        self.staff_chart = RankChart(tr("Staff seen"), self)
        ranks.addWidget(self.services_chart, 3)
        ranks.addSpacing(24)
        ranks.addWidget(self.staff_chart, 2)
        layout.addLayout(ranks)

    def title(self) -> str:
        return tr("Insights")

    def load(self) -> None:
        code = formatting.salon_currency(self.db)
        data, satisfaction = read(self.db, lambda s: (
            insights.customer_insights(s, self.customer_id),
            surveys.average_satisfaction(s, self.customer_id)))
        self.data = data

        def money(cents: int) -> str:
            return formatting.money(cents, code)

        self.mark.set_risk(data.risk)
        self.reason.setText(reason_text(data.risk) if data.risk else "")
        recent_visits = sum(m.visits for m in data.months)
        recent_spend = sum(m.spend_cents for m in data.months)
        self.visits.set(str(recent_visits), tr("{n} in all since {date}").format(
            n=data.visit_count, date=formatting.date(data.first_visit)) if data.first_visit else "")
        self.days_since.set("" if data.days_since_last_visit is None
                            else str(data.days_since_last_visit),
                            tr("last on {date}").format(date=formatting.date(data.last_visit))
                            if data.last_visit else "")
        self.interval.set("" if data.average_interval_days is None
                          else f"{data.average_interval_days:.0f}")
        self.next_booking.set(formatting.datetime(data.next_booking) if data.next_booking else
                              tr("none booked"))
        self.spend.set(money(recent_spend), tr("{total} in all").format(
            total=money(data.total_spend_cents)) if data.total_spend_cents else "")
        self.ticket.set(money(data.average_ticket_cents)
                        if data.average_ticket_cents is not None else "")
        self.staff.set(data.staff_seen_most or "", tr("%n visit(s)", data.staff[0][1])
                       if data.staff else "")
        self.satisfaction.set(f"★ {satisfaction:.1f} / 5" if satisfaction is not None else "")
        self.chart.set_data(data.months, money)
        self.services_chart.set_items(data.services)
        self.staff_chart.set_items(data.staff)
