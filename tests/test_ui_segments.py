"""The segment filter in the customer list, driven as a receptionist does: criteria ticked in
the filter panel, the count, Apply, the chips above the list, Save as segment and the quick
filter beside the search box."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from salon_desk.models import Appointment, Service, ServiceType
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.segments import Criteria, saved
from salon_desk.ui.composition import build_main_window
from salon_desk.ui.customer_list_model import COL_NAME
from salon_desk.ui.printing.preview import PrintPreview
from salon_desk.ui.segments import feature as segments_feature
from salon_desk.ui.segments.feature import SegmentsInList

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@pytest.fixture
def history(db):
    """Ana had a Colour; Bea's only Colour was cancelled (not booked); Carla missed hers
    (a no-show was booked); Dani had a Cut; Fran, a man, has a Colour coming; Eva nothing."""
    with db.transaction() as s:
        hair = ServiceType(name="Hair")
        s.add(hair)
        s.flush()
        colour = Service(name="Colour", service_type_id=hair.id, price_cents=5000)
        cut = Service(name="Cut", service_type_id=hair.id, price_cents=2000)
        s.add_all([colour, cut])
        s.flush()
        for first, gender, service, status, days in (
                ("Ana", "female", colour, "completed", -10), ("Bea", "female", colour,
                                                              "cancelled", -5),
                ("Carla", "female", colour, "no_show", -3), ("Dani", "male", cut,
                                                             "completed", -30),
                ("Eva", "female", None, None, 0), ("Fran", "male", colour, "pending", 4)):
            customer = create_customer(s, CustomerData(first_name=first, last_name="Test",
                                                       gender=gender))
            if service is not None:
                s.add(Appointment(customer_id=customer.id, service_id=service.id,
                                  starts_at=NOW + dt.timedelta(days=days), status=status,
                                  price_cents=service.price_cents))
    return db


@pytest.fixture
def window(qtbot, history):
    win = build_main_window(history, features=[segments_feature.install])
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    return win


def listed(window) -> list[str]:
    model = window.customer_list.model
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]


def test_a_filter_built_in_the_panel_is_counted_applied_saved_and_chosen_again(
        qtbot, window, history, monkeypatch):
    segments = window.features.get(SegmentsInList)
    page = window.customer_list
    assert len(listed(window)) == 6
    qtbot.mouseClick(segments.filter_button, Qt.MouseButton.LeftButton)
    panel = segments.panel
    assert panel.isVisible() and "cancelled" in panel.help_label.text()
    panel.fields["services"].tick("Colour")
    panel.fields["genders"].tick("Female")
    qtbot.waitUntil(lambda: panel.count_label.text() == "2 customers match")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert listed(window) == ["Ana Test", "Carla Test"]
    assert page.count_label.text() == "2 customers"

    monkeypatch.setattr(segments_feature, "ask_name", lambda *_a, **_k: "Colour clients")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with history.session() as s:
        assert [r.name for r in saved.list_segments(s)] == ["Colour clients"]
    menu = segments.filter_button.menu()
    quick = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in quick] == ["Colour clients"] and quick[0].isChecked()
    assert segments.chips.title.text() == "Segment “Colour clients”:"

    panel.close()
    qtbot.mouseClick(segments.chips.clear_button, Qt.MouseButton.LeftButton)
    assert len(listed(window)) == 6 and not quick[0].isChecked()
    quick[0].trigger()  # the saved segment, its rules read again
    assert listed(window) == ["Ana Test", "Carla Test"]
    assert set(segments.chips.chips) == {"genders", "services"}
    assert segments.filter_button.text() == "Filters (2)"


def test_removing_a_chip_drops_its_criterion_and_lists_again(qtbot, window):
    segments = window.features.get(SegmentsInList)
    panel = segments.open_panel()
    panel.fields["services"].tick("Colour")
    panel.fields["genders"].tick("Female")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    chips = segments.chips
    assert chips.isVisible()
    assert chips.chips["services"].text().startswith("Booked a service: Colour")
    assert listed(window) == ["Ana Test", "Carla Test"]
    qtbot.mouseClick(chips.chips["genders"], Qt.MouseButton.LeftButton)
    assert listed(window) == ["Ana Test", "Carla Test", "Fran Test"]
    assert list(segments.chips.chips) == ["services"]
    assert panel.fields["genders"].get() == []
    qtbot.mouseClick(segments.chips.chips["services"], Qt.MouseButton.LeftButton)
    assert len(listed(window)) == 6 and not chips.isVisible()


def test_a_saved_segment_is_renamed_and_deleted_after_asking(qtbot, window, history,
                                                            monkeypatch, asked):
    segments = window.features.get(SegmentsInList)
    with history.transaction() as s:
        segment = saved.save(s, "Women", Criteria(genders=["female"]))
    segments.reload_segments()
    segments.choose_segment(segment.id)
    assert len(listed(window)) == 4
    monkeypatch.setattr(segments_feature, "ask_name", lambda *_a, **_k: "Ladies")
    segments.rename_action.trigger()
    assert [a.text() for a in segments.segment_actions.values()] == ["Ladies"]
    asked.answers = [False]
    segments.delete_action.trigger()
    assert asked[0][1].startswith("Delete the segment “Ladies”?")
    assert list(segments.segment_actions) == [segment.id]
    asked.answers = [True]
    segments.delete_action.trigger()
    assert segments.segment_actions == {} and len(listed(window)) == 6


def test_a_taken_name_is_refused_in_the_screen_language(qtbot, window, history, monkeypatch,
                                                        spanish):
    from salon_desk.ui import dialogs
    from salon_desk.ui.texts import message_text

    shown = []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda _parent, _title, text: shown.append(message_text(text)))
    with history.transaction() as s:
        saved.save(s, "Mujeres", Criteria(genders=["female"]))
    segments = window.features.get(SegmentsInList)
    monkeypatch.setattr(segments_feature, "ask_name", lambda *_a, **_k: "mujeres")
    segments.save_segment(Criteria(genders=["male"]))
    assert shown == ["Ya hay un segmento llamado «Mujeres»"]


def test_the_status_bar_counts_the_customers_a_segment_shows(qtbot, window):
    assert window.count_label.text() == "6 customers"
    feature = window.features.get(SegmentsInList)
    feature.apply(Criteria(genders=["male"]))
    qtbot.waitUntil(lambda: sorted(listed(window)) == ["Dani Test", "Fran Test"], timeout=3000)
    qtbot.waitUntil(lambda: window.count_label.text() == "2 of 6 customers", timeout=2000)
    feature.clear()
    qtbot.waitUntil(lambda: window.count_label.text() == "6 customers", timeout=2000)


def test_a_category_is_set_on_every_customer_a_segment_shows_and_undone(qtbot, window, history,
                                                                        asked, monkeypatch):
    from sqlalchemy import select

    from salon_desk.models import Customer
    from salon_desk.models.customers import CustomerCategory
    from salon_desk.ui import dialogs

    with history.transaction() as s:
        s.add(CustomerCategory(name="Colour club"))
    page = window.customer_list
    page.reload_choices()
    segments = window.features.get(SegmentsInList)
    panel = segments.open_panel()
    panel.fields["services"].tick("Colour")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    panel.close()
    assert listed(window) == ["Ana Test", "Carla Test", "Fran Test"]
    bulk = page.bulk
    assert bulk.all_button.text() == "Apply to all 3 customers the filter shows…"
    qtbot.mouseClick(bulk.all_button, Qt.MouseButton.LeftButton)
    assert bulk.bar.isVisible() and bulk.label.text() == "All 3 customers the filter shows"
    assert not bulk.delete_button.isVisible()
    club = next(a for a in bulk.category_menu.actions() if a.text() == "Colour club")
    asked.answers = [False]
    club.trigger()
    assert asked[0][1] == "Set the category of 3 customers?"
    with history.session() as s:
        assert not any(s.scalars(select(Customer.category_id)))  # answered No
    asked.answers = [True]
    club.trigger()
    with history.session() as s:
        rows = s.execute(select(Customer.first_name, CustomerCategory.name)
                         .outerjoin(CustomerCategory)).all()
    assert {first for first, name in rows if name == "Colour club"} == {"Ana", "Carla", "Fran"}
    assert len(rows) == 6

    asked.answers = [True]  # undo, from the bar still on the filter's customers
    qtbot.mouseClick(bulk.undo_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1] == ("Give 3 customers back what they had before the last bulk "
                            "change?")
    with history.session() as s:
        assert not any(s.scalars(select(Customer.category_id)))

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append(text))
    assert not bulk.undo_button.isEnabled()  # nothing left to undo
    asked.answers = [True]
    club.trigger()
    with history.transaction() as s:
        s.scalar(select(Customer).where(Customer.first_name == "Ana")).notes = "Edited"
    asked.answers = [True]
    qtbot.mouseClick(bulk.undo_button, Qt.MouseButton.LeftButton)
    assert str(errors[-1]) == ("The last bulk change cannot be undone: 1 of its 3 customers "
                               "changed since")
    with history.session() as s:
        assert len([c for c in s.scalars(select(Customer.category_id)) if c]) == 3


def test_the_customers_a_segment_shows_are_exported_and_printed(qtbot, window, tmp_path,
                                                                 monkeypatch):
    import csv

    import pypdf

    from salon_desk.ui import dialogs

    segments = window.features.get(SegmentsInList)
    panel = segments.open_panel()
    panel.fields["services"].tick("Colour")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    panel.close()
    bulk = window.customer_list.bulk
    qtbot.mouseClick(bulk.all_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(dialogs, "show_info", lambda *_a, **_k: None)
    monkeypatch.setattr(dialogs, "choose_save_file",
                        lambda _p, _c, suggested, _f="": str(tmp_path / suggested))
    qtbot.mouseClick(bulk.print_button, Qt.MouseButton.LeftButton)
    # The printed list opens in the print preview, as the other printed documents do.
    preview = window.customer_list.preview
    assert isinstance(preview, PrintPreview) and preview.isVisible()
    assert preview.windowTitle() == "Customer list preview"
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=10000)
    assert not any(tmp_path.glob("*.pdf"))  # nothing saved until asked
    preview.save_action.trigger()
    pdf = tmp_path / "Customer list.pdf"
    assert pdf.exists()
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert [n for n in ("Ana", "Bea", "Carla", "Dani", "Eva", "Fran") if f"{n} Test" in text] == [
        "Ana", "Carla", "Fran"]

    monkeypatch.setattr(dialogs, "choose_save_file",
                        lambda _p, _c, _s, _f="": str(tmp_path / "chosen.csv"))
    qtbot.mouseClick(bulk.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "chosen.csv"
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.wait(200)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    first = rows[0].index("First name")
    assert [r[first] for r in rows[1:]] == ["Ana", "Carla", "Fran"]


def _csv_first_names(path) -> list[str]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    first = rows[0].index("First name")
    return [r[first] for r in rows[1:]]


def _book_colour(db, first: str) -> None:
    from sqlalchemy import select

    with db.transaction() as s:
        colour = s.scalar(select(Service).where(Service.name == "Colour"))
        customer = create_customer(s, CustomerData(first_name=first, last_name="Test",
                                                   gender="female"))
        s.add(Appointment(customer_id=customer.id, service_id=colour.id, status="completed",
                          starts_at=NOW - dt.timedelta(days=1), price_cents=5000))


def test_a_saved_segment_is_exported_from_the_file_menu_and_its_menu_rules_read_again(
        qtbot, history, tmp_path, monkeypatch):
    from salon_desk.ui import dialogs
    from salon_desk.ui.transfer import export_actions

    with history.transaction() as s:
        saved.save(s, "Women", Criteria(genders=["female"]))
        colour = saved.save(s, "Colour clients", Criteria(services=[
            s.scalar(select_service_id("Colour"))]))
    win = build_main_window(history, features=[segments_feature.install,
                                               export_actions.install])
    qtbot.addWidget(win)
    _book_colour(history, "Gala")  # after saving: the segment is a rule, not a list
    offered = []

    def choose(_parent, rows):
        offered.append([r.name for r in rows])
        return next(r for r in rows if r.name == "Colour clients")

    monkeypatch.setattr(export_actions, "choose_segment", choose)
    monkeypatch.setattr(dialogs, "show_info", lambda *_a, **_k: None)
    target = tmp_path / "segment.csv"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_a, **_k: str(target))
    action = win.findChild(type(win.quit_action), "export_segment")
    assert action in win.menus["file"].actions()
    assert action.text() == "Export a segment…"
    action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.wait(200)
    assert offered == [["Colour clients", "Women"]]
    assert _csv_first_names(target) == ["Ana", "Carla", "Fran", "Gala"]

    segments = win.features.get(SegmentsInList)
    assert not segments.export_action.isEnabled()  # no segment chosen
    segments.choose_segment(colour.id)
    assert segments.export_action.isEnabled()
    _book_colour(history, "Hana")
    target.unlink()
    segments.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.wait(200)
    assert _csv_first_names(target) == ["Ana", "Carla", "Fran", "Gala", "Hana"]


def select_service_id(name: str):
    from sqlalchemy import select

    return select(Service.id).where(Service.name == name)


def test_with_no_saved_segment_the_export_says_so(qtbot, history, monkeypatch):
    from salon_desk.ui import dialogs
    from salon_desk.ui.transfer import export_actions

    win = build_main_window(history, features=[export_actions.install])
    qtbot.addWidget(win)
    told = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(export_actions, "choose_segment",
                        lambda *_a: pytest.fail("nothing to choose from"))
    win.findChild(type(win.quit_action), "export_segment").trigger()
    assert told == ["There are no saved segments yet. Save a filter as a segment (Filters ▸ "
                    "Save as segment…) to export it."]


def test_undo_in_the_customers_menu_names_the_change_and_follows_changes(
        qtbot, window, history, asked):
    from sqlalchemy import select

    from salon_desk.models import Customer
    from salon_desk.models.customers import CustomerCategory

    with history.transaction() as s:
        s.add(CustomerCategory(name="Colour club"))
    page = window.customer_list
    page.reload_choices()
    undo = page.undo_action
    assert undo in window.menus["customers"].actions()
    assert not undo.isEnabled() and undo.text() == "Undo last bulk change"
    bar_buttons = (page.bulk.undo_button, page.bulk.hint_undo_button)
    assert not any(b.isEnabled() for b in bar_buttons)  # the bar's undo follows the menu's

    segments = window.features.get(SegmentsInList)
    segments.apply(Criteria(services=[1]))
    qtbot.mouseClick(page.bulk.all_button, Qt.MouseButton.LeftButton)
    club = next(a for a in page.bulk.category_menu.actions() if a.text() == "Colour club")
    asked.answers = [True]
    club.trigger()
    assert undo.isEnabled()
    assert undo.text() == "Undo setting the category “Colour club” on 3 customers"
    assert all(b.isEnabled() and b.toolTip() == undo.text() for b in bar_buttons)

    asked.answers = [True]
    undo.trigger()
    with history.session() as s:
        assert not any(s.scalars(select(Customer.category_id)))
    assert not undo.isEnabled() and undo.text() == "Undo last bulk change"
    assert not any(b.isEnabled() for b in bar_buttons)

    page.model.set_checked([page.model.id_at(0)], True)
    page.bulk.deactivate_button.click()
    assert undo.isEnabled() and undo.text() == "Undo deactivating 1 customer"


def test_the_panel_counts_off_the_ui_thread_and_keeps_only_the_latest_count(
        qtbot, window, monkeypatch):
    import threading
    import time

    from salon_desk.services.segments import query as segment_query

    real = segment_query.count
    threads = []

    def count(session, criteria, *args, **kwargs):
        threads.append(threading.current_thread())
        if criteria.genders == ["male"]:
            time.sleep(0.6)  # a slow count, overtaken by the next one
        return real(session, criteria, *args, **kwargs)

    segments = window.features.get(SegmentsInList)
    panel = segments.open_panel()
    qtbot.waitUntil(lambda: panel.count_label.text() == "6 customers match", timeout=3000)
    monkeypatch.setattr(segment_query, "count", count)
    panel.fields["genders"].tick("Male")
    panel.update_count()
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=3000)  # the men's count has begun
    panel.fields["genders"].set_value(["female"])
    panel.update_count()
    qtbot.waitUntil(lambda: panel.count_label.text() == "4 customers match", timeout=3000)
    qtbot.wait(900)  # the slow count of the men has ended meanwhile, and is ignored
    assert panel.count_label.text() == "4 customers match"
    assert len(threads) >= 2 and threading.main_thread() not in threads


def test_with_no_filter_the_bulk_bar_speaks_of_all_customers(qtbot, window):
    bulk = window.customer_list.bulk
    assert bulk.all_button.text() == "Apply to all 6 customers…"
    qtbot.mouseClick(bulk.all_button, Qt.MouseButton.LeftButton)
    assert bulk.label.text() == "All 6 customers"
    segments = window.features.get(SegmentsInList)
    segments.apply(Criteria(genders=["male"]))
    assert bulk.all_button.text() == "Apply to all 2 customers the filter shows…"
