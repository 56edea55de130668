"""The main window and a customer's record on both engines: on a salon server the status bar
and the About box name the server's address (never its password) where a file's path was
shown, and records and forms are told apart by that address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from salon_desk.ui import composition, customer_form
from salon_desk.ui.record import window as record_window

pytestmark = pytest.mark.any_engine


@pytest.fixture
def window(qtbot, salon_db, monkeypatch):
    """The whole main window, deleted before its database is dropped (a list refreshing
    later would reach a database that no longer exists)."""
    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    main = composition.build_main_window(salon_db)
    main.show()
    yield main
    for record in list(record_window._windows.values()):
        record.close()
        record.deleteLater()
    main.close()
    main.deleteLater()
    qtbot.wait(50)
    record_window._windows.clear()


def test_search_open_a_record_and_close_it(qtbot, window, salon_db, make_customer, engine,
                                           monkeypatch):
    make_customer(first_name="Beatriz", last_name="Soler", mobile="+34611223344")
    wanted = make_customer(first_name="Berta", last_name="Soler", mobile="+34699887766")
    shown = window.db_label.text()
    assert shown == f"Database: {salon_db.location}" and "None" not in shown
    if engine == "postgresql":
        assert shown.startswith("Database: postgresql://postgres@/salon_")
    about: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: about.append(text))
    window.about()
    assert str(salon_db.location) in about[0]

    box = window.search_box
    qtbot.keyClicks(box, "soler")
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.popup.model.rowCount() == 2,
                    timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.current_id() == wanted
    qtbot.keyClick(box, Qt.Key.Key_Return)
    record = record_window._windows[(salon_db.address, wanted)]
    qtbot.waitUntil(record.isVisible, timeout=3000)
    assert "Berta" in record.windowTitle()

    form = customer_form.open_customer_form(salon_db, wanted, record)
    assert customer_form._open_forms[(salon_db.address, wanted)] is form
    form.close()
    record.close()
    qtbot.waitUntil(lambda: (salon_db.address, wanted) not in record_window._windows,
                    timeout=3000)
