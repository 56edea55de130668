"""The customer list: the paged model without a window, then the page driven like a user."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Badge, Customer, customer_badges
from salon_desk.models.db import Database
from salon_desk.services.customers.records import count_customers
from salon_desk.services.demo.salon import build_demo
from salon_desk.services.jobs import run
from salon_desk.services.search.lookup import CustomerFilter
from salon_desk.ui import dialogs
from salon_desk.ui.customer_list_model import (
    COL_EMAIL,
    COL_LAST_VISIT,
    COL_NAME,
    COL_SELECT,
    PAGE_SIZE,
    CustomerListModel,
    RowRole,
)
from salon_desk.ui.customer_list_page import CustomerListPage

DEMO_CUSTOMERS = 450  # more than two pages of the model


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A small demo salon, built once per module and copied for each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = Database(path)
    with database.transaction() as session:
        run(build_demo(session, customers=DEMO_CUSTOMERS, seed=3))
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    path = tmp_path / "salon.sqlite"
    shutil.copy(demo_file, path)
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture
def page(qtbot, demo_db):
    widget = CustomerListPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _names(model: CustomerListModel, rows: range) -> list[str]:
    return [model.data(model.index(r, COL_NAME), RowRole).name for r in rows]


# --- the model, without a window --------------------------------------------------------------

def test_model_counts_every_customer_and_fetches_rows_page_by_page(demo_db):
    model = CustomerListModel(demo_db)
    model.set_filter(CustomerFilter())
    assert model.rowCount() == DEMO_CUSTOMERS
    assert model.pages_fetched == 0  # nothing read until a row is shown
    assert model.data(model.index(0, COL_NAME))
    assert model.pages_fetched == 1
    model.data(model.index(5, COL_EMAIL))
    assert model.pages_fetched == 1  # same page, from the cache
    last = model.data(model.index(DEMO_CUSTOMERS - 1, COL_NAME), RowRole)
    assert model.pages_fetched == 2
    assert last.id == model.ids[-1]


def test_model_shows_first_page_before_reading_every_id(qtbot, demo_db):
    model = CustomerListModel(demo_db)
    model.set_filter(CustomerFilter())
    assert not model.complete and model.rowCount() == DEMO_CUSTOMERS
    qtbot.waitUntil(lambda: model.complete, timeout=5000)  # the rest arrives from a worker
    assert len(model.ids) == DEMO_CUSTOMERS
    with demo_db.session() as session:
        expected = list(session.scalars(select(Customer.id).order_by(Customer.sort_name,
                                                                     Customer.id)))
    assert model.ids == expected


def test_sorting_by_a_column_runs_a_new_query(demo_db):
    model = CustomerListModel(demo_db)
    model.set_filter(CustomerFilter())
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    ascending = model.ids
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.ids == ascending[::-1]
    model.sort(COL_EMAIL, Qt.SortOrder.AscendingOrder)
    emails = [model.data(model.index(r, COL_EMAIL)) for r in range(PAGE_SIZE + 20)]
    present = [e for e in emails if e]
    assert present == sorted(present) and present
    model.sort(COL_LAST_VISIT, Qt.SortOrder.DescendingOrder)
    visits = [model.data(model.index(r, 0), RowRole).last_visit_at for r in range(50)]
    assert visits == sorted(visits, reverse=True)


def test_search_text_filters_the_model(demo_db):
    with demo_db.session() as session:
        customer = session.get(Customer, 7)
        last_word = customer.last_name.split()[0]
        mobile = customer.mobile
    model = CustomerListModel(demo_db)
    model.set_filter(CustomerFilter(text=last_word))
    assert 0 < model.rowCount() < DEMO_CUSTOMERS
    assert 7 in model.ids
    if mobile:
        model.set_filter(CustomerFilter(text=mobile[-6:-2]))
        assert 7 in model.ids


# --- the page, driven like a user ------------------------------------------------------------

def test_typing_in_the_search_box_filters_as_you_type(qtbot, page, demo_db):
    with demo_db.session() as session:
        target = session.get(Customer, 11)
        word = target.first_name
    qtbot.keyClicks(page.filters.search_edit, word)
    qtbot.waitUntil(lambda: page.model.filter.text == word, timeout=2000)
    assert 0 < page.model.rowCount() < DEMO_CUSTOMERS
    assert 11 in page.filtered_ids()
    assert page.count_label.text().split()[0] in (str(page.model.rowCount()),
                                                  f"{page.model.rowCount():,}")


def test_an_empty_result_says_so(qtbot, page):
    qtbot.keyClicks(page.filters.search_edit, "zqxwv")
    qtbot.waitUntil(lambda: page.empty_label.isVisible(), timeout=2000)
    assert "zqxwv" in page.empty_label.text()
    page.filters.search_edit.clear()
    qtbot.waitUntil(lambda: not page.empty_label.isVisible(), timeout=2000)


def test_badge_and_status_filters(qtbot, page, demo_db):
    with demo_db.session() as session:
        vip = session.scalar(select(Badge).where(Badge.key == "vip"))
        with_vip = set(session.scalars(select(customer_badges.c.customer_id).where(
            customer_badges.c.badge_id == vip.id)))
        inactive = set(session.scalars(select(Customer.id).where(Customer.active.is_(False))))
    page.filters.badge_combo.setCurrentIndex(page.filters.badge_combo.findData(vip.id))
    assert set(page.filtered_ids()) == with_vip
    page.filters.badge_combo.setCurrentIndex(0)
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData(False))
    assert set(page.filtered_ids()) == inactive


def _tick(qtbot, page, rows: list[int]) -> list[int]:
    ids = []
    for row in rows:
        page.table.setCurrentIndex(page.model.index(row, COL_NAME))
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
        ids.append(page.model.id_at(row))
    return ids


def test_bulk_set_badge_deactivate_and_delete(qtbot, page, demo_db, monkeypatch):
    ids = _tick(qtbot, page, [0, 1, 2])
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)  # "Change 3…?"
    assert page.bulk.bar.isVisible()
    assert page.bulk.label.text().startswith("3")
    assert page.selected_ids() == ids

    action = next(a for a in page.bulk.set_badge_menu.actions() if a.text() == "Often Late")
    action.trigger()
    with demo_db.session() as session:
        late = session.scalar(select(Badge.id).where(Badge.key == "often_late"))
        tagged = set(session.scalars(select(customer_badges.c.customer_id).where(
            customer_badges.c.badge_id == late)))
    assert set(ids) <= tagged

    qtbot.mouseClick(page.bulk.deactivate_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert not any(session.get(Customer, i).active for i in ids)

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes=None:
                        asked.append(text) or False)
    qtbot.mouseClick(page.bulk.delete_button, Qt.MouseButton.LeftButton)
    assert "3" in asked[0]
    with demo_db.session() as session:
        assert count_customers(session) == DEMO_CUSTOMERS  # answered No

    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(page.bulk.delete_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert count_customers(session) == DEMO_CUSTOMERS - 3
        assert all(session.get(Customer, i) is None for i in ids)
    assert page.model.rowCount() == DEMO_CUSTOMERS - 3
    assert not page.bulk.bar.isVisible()


def test_select_all_ticks_every_listed_customer(qtbot, page):
    qtbot.keyClicks(page.filters.search_edit, "a")
    qtbot.waitUntil(lambda: page.model.filter.text == "a", timeout=2000)
    qtbot.mouseClick(page.select_all_box, Qt.MouseButton.LeftButton)
    assert page.model.checked_count() == page.model.rowCount()
    assert page.select_all_box.checkState() == Qt.CheckState.Checked
    assert page.model.data(page.model.index(0, COL_SELECT),
                           Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(page.select_all_box, Qt.MouseButton.LeftButton)
    assert page.model.checked_count() == 0


def test_row_actions_open_edit_and_delete(qtbot, page, demo_db, monkeypatch):
    opened, edited = [], []
    page.open_record_requested.connect(opened.append)
    page.edit_requested.connect(edited.append)
    index = page.model.index(4, COL_NAME)
    page.table.setCurrentIndex(index)
    customer_id = page.model.id_at(4)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert opened == [customer_id, customer_id] and edited == [customer_id]
    assert page.selected_ids() == [customer_id]

    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert session.get(Customer, customer_id) is None
    assert customer_id not in page.filtered_ids()


def test_refresh_keeps_the_scroll_position_and_the_highlighted_customer(qtbot, page):
    bar = page.table.verticalScrollBar()
    page.table.setCurrentIndex(page.model.index(300, COL_NAME))  # beyond the first page
    highlighted = page.current_id()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    assert position > 0
    page.refresh()
    assert bar.value() == position
    qtbot.waitUntil(lambda: page.current_id() == highlighted, timeout=5000)
