"""The main window: its contract for other features, the toolbar search, shortcuts, demo offer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolBar

from salon_desk.services.customers.records import count_customers
from salon_desk.ui import composition, customer_form, demo_offer
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.prefs import prefs
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.details_tab import DetailsTab


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setattr(composition, "record_tabs", lambda: [DetailsTab])
    monkeypatch.setattr(composition, "record_window_features", list)
    monkeypatch.setattr(composition, "MAIN_WINDOW_FEATURES", [])
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    yield
    record_window._windows.clear()


def _window(qtbot, db) -> MainWindow:
    window = composition.build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    return window


def _activate(qtbot, window) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_contract_for_other_features(qtbot, salon_db, monkeypatch):
    called = []
    monkeypatch.setattr(composition, "MAIN_WINDOW_FEATURES", [called.append])
    window = _window(qtbot, salon_db)
    assert called == [window]
    assert window.db is salon_db
    assert set(window.menus) == {"file", "customers", "tools", "help"}
    assert all(isinstance(m, QMenu) for m in window.menus.values())
    assert isinstance(window.toolbar, QToolBar)
    page = QLabel("Schedule")
    window.add_page("schedule", page, "Schedule")
    assert window.navigation.count() == 2
    window.navigation.setCurrentRow(1)
    assert window.stack.currentWidget() is page
    for name in ("selected_ids", "filtered_ids", "refresh"):
        assert callable(getattr(window.customer_list, name))


def test_search_box_finds_and_enter_opens_the_highlighted_record(qtbot, salon_db,
                                                                 make_customer):
    make_customer(first_name="Beatriz", last_name="Soler", mobile="+34611223344")
    wanted = make_customer(first_name="Berta", last_name="Soler", mobile="+34699887766")
    window = _window(qtbot, salon_db)
    box = window.search_box
    _activate(qtbot, window)
    window.customer_list.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    qtbot.keyClicks(box, "soler")
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.popup.model.rowCount() == 2,
                    timeout=2000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.current_id() == wanted
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert (str(salon_db.path), wanted) in record_window._windows
    assert not box.popup.isVisible()


def test_enter_on_a_phone_fragment_with_one_match_opens_it(qtbot, salon_db, make_customer):
    make_customer(first_name="Carla", mobile="+34611223344")
    wanted = make_customer(first_name="Dora", mobile="+34699887766")
    window = _window(qtbot, salon_db)
    qtbot.keyClicks(window.search_box, "887 76")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert (str(salon_db.path), wanted) in record_window._windows


def test_enter_on_an_id_opens_that_customer(qtbot, salon_db, make_customer):
    ids = [make_customer(first_name=f"Client{i}") for i in range(3)]
    window = _window(qtbot, salon_db)
    qtbot.keyClicks(window.search_box, f"#{ids[1]}")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert (str(salon_db.path), ids[1]) in record_window._windows


def test_escape_clears_the_search_box(qtbot, salon_db, make_customer):
    make_customer(first_name="Elena")
    window = _window(qtbot, salon_db)
    qtbot.keyClicks(window.search_box, "elena")
    window.search_box.run_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and not window.search_box.popup.isVisible()


def test_shift_enter_with_many_matches_lists_them(qtbot, salon_db, make_customer):
    for name in ("Fina", "Fidela", "Filomena"):
        make_customer(first_name=name, last_name="Roig")
    make_customer(first_name="Gala")
    window = _window(qtbot, salon_db)
    qtbot.keyClicks(window.search_box, "roig")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.customer_list.model.rowCount() == 3
    assert window.customer_list.filters.search_edit.text() == "roig"


def test_new_customer_shortcut_opens_the_form(qtbot, salon_db):
    window = _window(qtbot, salon_db)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, customer_form.CustomerFormDialog) and w.isVisible()]
    assert forms and forms[0].customer_id is None
    form = forms[0]
    form.fields.first_name.setText("Hanna")
    form.save_and_close()
    with salon_db.session() as session:
        assert count_customers(session) == 1
    assert window.count_label.text() == "1 customer"
    assert window.customer_list.model.rowCount() == 1


def test_status_bar_and_demo_offer_on_an_empty_database(qtbot, db, monkeypatch):
    window = _window(qtbot, db)
    assert str(db.path) in window.db_label.text()
    assert window.demo_action.isEnabled()

    def accept(dialog):
        dialog.customers.setValue(40)
        return demo_offer.DemoOfferDialog.DialogCode.Accepted

    monkeypatch.setattr(demo_offer.DemoOfferDialog, "exec", accept)
    window.demo_action.trigger()
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 40, timeout=20000)
    with db.session() as session:
        assert count_customers(session) == 40
    assert not window.demo_action.isEnabled()
    assert window.count_label.text() == "40 customers"
    assert window.salon_label.text()  # the demo salon's name


def test_window_geometry_is_remembered(qtbot, salon_db):
    window = _window(qtbot, salon_db)
    assert window.width() == 1280  # the first time
    window.resize(950, 600)
    window.close()
    assert prefs().value("main_window/geometry")
    again = _window(qtbot, salon_db)
    # Restored (the offscreen test screen is 800 px wide, so Qt fits it to the minimum).
    assert again.width() < 1280


def test_a_file_that_is_not_a_salon_database_is_explained(qtbot, tmp_path, monkeypatch):
    from salon_desk.ui import app, dialogs

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    assert app.open_database(path) is None
    assert str(path) in shown[0] and "Nothing was changed" in shown[0]
    assert path.read_bytes().startswith(b"this is not a database")


def test_start_creates_the_builtin_badges(qtbot, tmp_path):
    from sqlalchemy import select

    from salon_desk.models import Badge
    from salon_desk.ui import app

    db = app.open_database(tmp_path / "new.sqlite")
    with db.session() as session:
        keys = set(session.scalars(select(Badge.key)))
    db.dispose()
    assert {"vip", "prefers_silence", "often_late", "often_early", "frequent_visitor",
            "new_customer"} <= keys
