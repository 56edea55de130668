"""The two-step merge dialog, the Duplicates page and the record window's join/undo actions,
driven as a user would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QRadioButton, QToolBar, QWizard
from sqlalchemy import select

from salon_desk.models import Appointment, Customer, DismissedPair, Merge
from salon_desk.ui import dialogs
from salon_desk.ui.duplicates.merge_dialog import MergeWizard
from salon_desk.ui.duplicates.page import DuplicatesPage
from salon_desk.ui.events import events
from salon_desk.ui.hosts import Features


@pytest.fixture
def pair(salon_db, make_customer):
    a = make_customer(first_name="Ana", last_name="García", email="ana@example.com",
                      mobile="+34611222333", birth_month=4, birth_day=3, notes="Likes tea")
    b = make_customer(first_name="Ana María", last_name="Garcia", email="anamaria@example.net",
                      mobile="611 22 23 33", birth_year=1990, birth_month=4, birth_day=3,
                      notes="Prefers mornings")
    with salon_db.transaction() as session:
        for _ in range(2):
            session.add(Appointment(customer_id=b, starts_at=dt.datetime(
                2025, 3, 1, 10, tzinfo=dt.UTC)))
    return a, b


def _click_radio(qtbot, button):
    """On the round indicator: a radio button only reacts to clicks on itself and its text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _click_next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _click_finish(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_two_step_merge_dialog(qtbot, salon_db, pair):
    a, b = pair
    wizard = MergeWizard(salon_db, [a, b])
    qtbot.addWidget(wizard)
    merged = []
    wizard.merged.connect(lambda keep, others: merged.append((keep, others)))
    wizard.show()
    # Step 1: the record with the history is preselected; the user keeps the other one.
    assert wizard.keep_page.keep_id() == b
    _click_radio(qtbot, wizard.keep_page.buttons[a])
    assert wizard.keep_page.keep_id() == a
    _click_next(qtbot, wizard)
    page = wizard.fields_page
    assert wizard.currentPage() is page
    # Step 2: one choice per differing value, the most complete preselected.
    assert page.choices["first_name"].checkedId() == b  # "Ana María" holds "Ana"
    assert page.choices["birth_date"].checkedId() == b  # with the year
    assert "mobile" not in page.choices  # the same number typed two ways, stored the same
    email_a = page.findChild(QRadioButton, f"choice_email_{a}")
    assert email_a is not None and "ana@example.com" in email_a.text()
    _click_radio(qtbot, email_a)
    texts = [w.toPlainText() for w in page.findChildren(QPlainTextEdit)]
    assert any("Likes tea" in t and "Prefers mornings" in t for t in texts)
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Merge"
    page.by_combo.setCurrentText("Laura")
    _click_finish(qtbot, wizard)
    assert merged == [(a, [b])]
    with salon_db.session() as session:
        kept = session.get(Customer, a)
        assert (kept.first_name, kept.email, kept.birth_year) == ("Ana María",
                                                                  "ana@example.com", 1990)
        assert session.get(Customer, b).merged_into_id == a
        assert set(session.scalars(select(Appointment.customer_id))) == {a}
        assert session.scalar(select(Merge.merged_by)) == "Laura"


def test_going_back_and_keeping_another_record(qtbot, salon_db, pair):
    a, b = pair
    wizard = MergeWizard(salon_db, [a, b], keep_id=a)
    qtbot.addWidget(wizard)
    wizard.show()
    _click_next(qtbot, wizard)
    assert wizard.fields_page.proposal.keep_id == a
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    _click_radio(qtbot, wizard.keep_page.buttons[b])
    _click_next(qtbot, wizard)
    assert wizard.fields_page.proposal.keep_id == b
    _click_finish(qtbot, wizard)
    with salon_db.session() as session:
        assert session.get(Customer, a).merged_into_id == b


def test_duplicates_page_scan_compare_dismiss_and_merge(qtbot, salon_db, pair, make_customer,
                                                        monkeypatch):
    a, b = pair
    c = make_customer(first_name="Pilar", last_name="Blanco", mobile="+34688999000",
                      birth_year=1960, birth_month=1, birth_day=1)
    d = make_customer(first_name="Pilar", last_name="Blanco", mobile="688 99 90 00",
                      birth_year=1960, birth_month=1, birth_day=1)
    opened = []
    page = DuplicatesPage(salon_db, open_record=opened.append)
    qtbot.addWidget(page)
    page.show()
    page.start_scan()
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    groups = {tuple(g.customers) for g in page.model.groups}
    assert groups == {(a, b), (c, d)}
    assert "2 groups" in page.status.text()
    page.select_group(0)
    assert page.compare_model.columnCount() == 2
    labels = [page.compare_model.headerData(r, Qt.Orientation.Vertical)
              for r in range(page.compare_model.rowCount())]
    assert "First name" in labels and "History" in labels
    # Not the same person: asked first, then remembered.
    group = page.current_group()
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: True)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    with salon_db.session() as session:
        pairs = {(p.first_id, p.second_id) for p in session.scalars(select(DismissedPair))}
    assert pairs == {tuple(group.customers)}
    assert page.model.rowCount() == 1
    page.select_group(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == page.current_group().customers
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    wizard = page.merge_dialog
    qtbot.waitUntil(wizard.isVisible)
    _click_next(qtbot, wizard)
    _click_finish(qtbot, wizard)
    assert page.model.rowCount() == 0
    page.start_scan()
    qtbot.waitUntil(lambda: not page.task.running, timeout=10000)
    assert page.model.rowCount() == 0  # dismissed and merged: nothing proposed again


class FakeRecordWindow(QMainWindow):
    """The record window's contract: db, customer_id, toolbar; it reloads on customers_changed."""

    def __init__(self, db, customer_id):
        super().__init__()
        self.db, self.customer_id = db, customer_id
        self.features = Features()
        self.toolbar = QToolBar(self)
        self.addToolBar(self.toolbar)
        self.refreshed = 0
        events().customers_changed.connect(self._customers_changed)

    def _customers_changed(self, ids):
        if not ids or self.customer_id in ids:
            self.refreshed += 1


def test_join_customers_and_undo_from_the_record(qtbot, salon_db, pair, monkeypatch):
    from salon_desk.ui.duplicates import extension
    from salon_desk.ui.duplicates.picker import CustomerPicker

    a, b = pair
    window = FakeRecordWindow(salon_db, a)
    qtbot.addWidget(window)
    actions = extension.install_record_window(window)
    assert not actions.undo_action.isVisible()

    def pick(self):
        qtbot.keyClicks(self.search_edit, "maria")
        self.run_search()
        assert [r.id for r in self.model.rows] == [b]  # the record itself is not offered
        self.accept()
        return CustomerPicker.DialogCode.Accepted

    monkeypatch.setattr(CustomerPicker, "exec", pick)
    actions.join_action.trigger()
    wizard = actions.merge_wizard
    assert wizard.keep_page.keep_id() == a  # joined INTO this record
    _click_next(qtbot, wizard)
    _click_finish(qtbot, wizard)
    assert window.refreshed == 1
    with salon_db.session() as session:
        assert session.get(Customer, b).merged_into_id == a
    assert actions.undo_action.isVisible()
    infos = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: True)
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: infos.append(text))
    actions.undo_action.trigger()
    with salon_db.session() as session:
        assert session.get(Customer, b).merged_into_id is None
        assert set(session.scalars(select(Appointment.customer_id))) == {b}
    assert infos and f"#{b}" in infos[0]
    assert window.refreshed == 2  # once for the merge, once for the undo
    assert not actions.undo_action.isVisible()


def test_main_window_gets_the_page_and_menu_action(qtbot, salon_db, monkeypatch):
    from salon_desk.ui import composition
    from salon_desk.ui.duplicates import extension

    assert extension.install_main_window in composition.MAIN_WINDOW_FEATURES
    assert extension.install_record_window in composition.record_window_features()
    window = composition.build_main_window(salon_db, [extension.install_main_window])
    qtbot.addWidget(window)
    feature = window.features.get(extension.DuplicatesInMainWindow)
    assert window.pages["duplicates"] is feature.page
    assert feature.find_action in window.menus["customers"].actions()
    feature.find_action.trigger()
    assert window.stack.currentWidget() is feature.page
    qtbot.waitUntil(lambda: feature.page.result is not None, timeout=10000)
