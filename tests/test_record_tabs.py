"""The record tab contract: a tab is built for its customer, loads the first time it is shown,
and every label's count comes from one query (services.customers.record_counts)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from sqlalchemy import event

from salon_desk.services.care.notes import NoteData, create_note
from salon_desk.services.customers import record_counts
from salon_desk.services.messages import MessageData, log_message
from salon_desk.ui.events import money_changed
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.record.details_tab import DetailsTab
from salon_desk.ui.style import DANGER

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


class CountingTab(RecordTab):
    """A tab as a feature writes one: built for its customer, counted by the window."""

    COUNT = record_counts.NOTES
    builds = 0
    loads: list[int] = []

    def title(self):
        return "Visits"

    def build(self):
        CountingTab.builds += 1

    def load(self):
        CountingTab.loads.append(self.customer_id)

    def highlighted(self, counts):
        return counts[record_counts.NOTES] > 2


@pytest.fixture(autouse=True)
def _fresh_counting_tab():
    CountingTab.builds, CountingTab.loads = 0, []
    yield
    record_window._windows.clear()


def _note(db, customer_id: int) -> None:
    with db.transaction() as session:
        create_note(session, customer_id, NoteData(text="Prefers mornings"))


def _open(qtbot, db, customer_id, tabs):
    window = record_window.open_record_window(db, customer_id, tabs=tabs)
    qtbot.addWidget(window)
    return window


def test_a_tab_is_built_for_its_customer_and_loads_when_first_shown(qtbot, salon_db,
                                                                     make_customer):
    ana = make_customer(first_name="Ana")
    for _ in range(3):
        _note(salon_db, ana)
    window = _open(qtbot, salon_db, ana, [DetailsTab, CountingTab])
    bar = window.tab_widget.tabBar()
    tab = window.tab("CountingTab")
    assert tab.customer_id == ana and tab.db is salon_db
    assert CountingTab.builds == 0 and CountingTab.loads == []  # not shown yet
    assert bar.tabText(1) == "Visits (3)"  # counted without loading the tab
    assert bar.tabTextColor(1) == QColor(DANGER)
    window.show_tab("CountingTab")
    assert CountingTab.builds == 1 and CountingTab.loads == [ana]
    window.show_tab("DetailsTab")
    window.show_tab("CountingTab")
    assert CountingTab.loads == [ana]  # still fresh
    _note(salon_db, ana)
    window.tab("DetailsTab").changed.emit()  # another tab changed data
    assert bar.tabText(1) == "Visits (4)"  # every label counted again
    window.show_tab("CountingTab")
    assert CountingTab.builds == 1 and CountingTab.loads == [ana, ana]  # was stale


def test_app_events_mark_stale_only_the_tabs_they_concern(qtbot, salon_db, make_customer,
                                                          monkeypatch):
    ana = make_customer(first_name="Ana")
    window = _open(qtbot, salon_db, ana, [DetailsTab, CountingTab])
    window.show_tab("CountingTab")
    monkeypatch.setattr(CountingTab, "EVENTS", frozenset({"customers"}))
    money_changed([ana])
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive())
    assert CountingTab.loads == [ana]  # a sale changes nothing it shows
    monkeypatch.setattr(CountingTab, "EVENTS", frozenset({"money"}))
    money_changed([ana])
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive())
    assert CountingTab.loads == [ana, ana]  # in front: loaded again at once


def test_every_record_tab_shows_its_customers_rows(qtbot, salon_db, make_customer):
    from salon_desk.ui.care.messages_tab import MessagesTab
    from salon_desk.ui.care.notes_tab import NotesTab

    ana, eva = make_customer(first_name="Ana"), make_customer(first_name="Eva")
    _note(salon_db, ana)
    with salon_db.transaction() as session:
        log_message(session, eva, MessageData(channel="call", category="other",
                                              subject="Called back"))
    for cls, rows in ((NotesTab, {ana: 1, eva: 0}), (MessagesTab, {ana: 0, eva: 1})):
        for customer_id, expected in rows.items():
            tab = cls(salon_db, customer_id)
            qtbot.addWidget(tab)
            tab.ensure_loaded()
            assert tab.model.rowCount() == expected, (cls.__name__, customer_id)


def _count_queries(db) -> list[str]:
    statements: list[str] = []

    def before(_conn, _cursor, statement, *_args):
        if "count(" in statement.lower():
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", before)
    return statements


def test_opening_a_record_counts_every_tab_in_one_query(qtbot, salon_db, make_customer):
    from salon_desk.ui.composition import record_tabs

    ana = make_customer(first_name="Ana")
    _note(salon_db, ana)
    statements = _count_queries(salon_db)
    window = _open(qtbot, salon_db, ana, record_tabs())
    counting = [s for s in statements if "FROM appointments" in s and "FROM notes" in s]
    assert len(counting) == 1  # one query for all the labels, not one per tab
    labels = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert "Notes && formulas (1)" in labels and "Appointments (0)" in labels
    statements.clear()
    window.tab("DetailsTab").changed.emit()
    assert len([s for s in statements if "FROM notes" in s]) == 1
