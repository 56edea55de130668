"""The record's Budgets tab: the columns a salon expects, expired budgets, the status filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from visits_helpers import service_id, staff_id

from salon_desk.services import settings
from salon_desk.services.sales.budgets import BudgetData, BudgetLineData, create_budget

TODAY = dt.date.today()


def _budget(db, cid, issued: dt.date, description: str) -> int:
    with db.transaction() as s:
        return create_budget(s, cid, BudgetData(
            issued_on=issued, staff_id=staff_id(db, "Elena"), description=description,
            valid_until=issued + dt.timedelta(days=30),
            lines=[BudgetLineData("service", service_id(db, "Laser session"))])).id


def _texts(tab) -> list[list[str]]:
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _count(db, cid: int) -> int:
    from salon_desk.services.customers.record_counts import BUDGETS, tab_counts

    with db.session() as s:
        return tab_counts(s, cid)[BUDGETS]


def test_budgets_list_columns_and_an_expired_budget(qtbot, salon_db, make_customer):
    from salon_desk.ui.record.budgets_tab import BudgetsTab

    with salon_db.transaction() as s:
        settings.set_value(s, settings.SALON_NAME, "Salón Aurora")
    cid = make_customer(first_name="Nora", last_name="Vidal")
    _budget(salon_db, cid, TODAY - dt.timedelta(days=90), "Laser, legs")  # expired
    _budget(salon_db, cid, TODAY, "Laser, arms")
    tab = BudgetsTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.model.columnCount())]
    assert headers[:7] == ["Date", "Code", "Description", "Business", "Employee", "Customer",
                           "Total"]
    old, new = _texts(tab)
    assert old[2:6] == ["Laser, legs", "Salón Aurora", "Elena", "Nora Vidal"]
    assert old[-1] == "Expired" and new[-1] == "Open"
    summary = tab.summary.text()
    assert summary.startswith("1 open, worth ") and "1 expired" in summary
    assert _count(salon_db, cid) == 2

    tab.status_combo.setCurrentIndex(tab.status_combo.findData("open"))
    assert [row[2] for row in _texts(tab)] == ["Laser, arms"]
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("expired"))
    assert [row[2] for row in _texts(tab)] == ["Laser, legs"]
    assert tab.buttons["reject"].isEnabled()
    assert _count(salon_db, cid) == 2  # the tab's label still counts every budget
