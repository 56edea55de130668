"""Spanish complete where the app names things itself: built-in badges, country names, and the
record window's fourteen tabs with their counts fitting 1280 px."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from salon_desk.models import Badge
from salon_desk.services.customers.views import list_badge_infos
from salon_desk.ui import composition
from salon_desk.ui.record.window import RecordWindow
from salon_desk.ui.texts import message_text

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def styled(qapp):
    """The app's own style sheet (the tab bar's size depends on it), put back afterwards."""
    from salon_desk.ui.style import apply_style

    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


# ----------------------------------------------------------------------------------- badges
def test_built_in_badges_in_spanish_and_the_salons_own_as_typed(qapp, salon_db, spanish):
    with salon_db.transaction() as session:
        session.add(Badge(name="Alérgica al látex", colour="#000000"))  # the salon's own
        renamed = session.query(Badge).filter_by(key="often_early").one()
        renamed.name = "Early bird"  # renamed by the salon: kept as typed
    with salon_db.session() as session:
        names = [message_text(b.name) for b in list_badge_infos(session)]
    assert {"VIP", "Prefiere silencio", "Suele llegar tarde", "Cliente frecuente",
            "Cliente nuevo"} <= set(names)
    assert "Early bird" in names and "Alérgica al látex" in names
    assert "Prefers Silence" not in names and "New Customer" not in names


def test_badge_strip_shows_spanish_badge_names(qtbot, salon_db, spanish):
    from salon_desk.ui.widgets.badges import BadgeStrip

    with salon_db.session() as session:
        badges = [b for b in list_badge_infos(session) if b.builtin]
    strip = BadgeStrip(size=18, with_names=True)
    qtbot.addWidget(strip)
    strip.set_badges(badges)
    shown = [w.text() for w in strip.findChildren(QLabel) if w.objectName() == "badgeName"]
    assert "Cliente frecuente" in shown and "Frequent Visitor" not in shown


def test_settings_keep_a_built_in_badge_following_the_language(qtbot, salon_db, spanish):
    from salon_desk.ui.settings_pages.catalog_pages import BadgesPage

    with salon_db.session() as session:
        badge = session.query(Badge).filter_by(key="new_customer").one()
        page = BadgesPage(salon_db)
        qtbot.addWidget(page)
        values = page.to_values(badge)
    assert values["name"] == "Cliente nuevo"
    from salon_desk.ui.settings_pages.catalog_page import Entry

    assert page.to_db(Entry(badge.id, dict(values)))["name"] == "New Customer"
    values["name"] = "Primera visita"
    assert page.to_db(Entry(badge.id, dict(values)))["name"] == "Primera visita"


# -------------------------------------------------------------------------------- countries
def test_country_names_in_the_interface_language(qapp, spanish):
    from salon_desk.ui.widgets.countries import CountryCombo, countries, country_name

    assert country_name("ES") == "España"
    assert country_name("GB") == "Reino Unido"
    assert country_name("DE") == "Alemania"
    names = [name for _code, name, _calling in countries()]
    assert names.index("Alemania") < names.index("Austria") < names.index("España")
    combo = CountryCombo()
    combo.set_code("US")
    assert combo.currentText() == "Estados Unidos"


def test_country_names_back_in_english(qapp):
    from salon_desk.ui.widgets.countries import country_name

    assert country_name("ES") == "Spain" and country_name("GB") == "United Kingdom"


# ------------------------------------------------------------------------ the record's tabs
@pytest.fixture
def busy_customer(salon_db):
    from printing_data import make_budget, rich_customer

    with salon_db.transaction() as session:
        customer_id = rich_customer(session, sales=150, notes=40)
        for i in range(12):
            make_budget(session, customer_id, code=f"P-2026-{i:04d}")
    return customer_id


def _tabs_fit(qtbot, window) -> list[str]:
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tab_widget.tabBar()
    problems = []
    for index in range(bar.count()):
        bar.setCurrentIndex(index)  # the selected tab is drawn bold: each in turn
        QApplication.processEvents()
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        if arrows or bar.sizeHint().width() > bar.width():
            problems.append(f"{bar.tabText(index)} selected: {bar.sizeHint().width()} px of "
                            f"{bar.width()}")
        last = bar.tabRect(bar.count() - 1)
        if last.right() > bar.width() or bar.elideMode() != Qt.TextElideMode.ElideNone:
            problems.append(f"{bar.tabText(bar.count() - 1)} cut")
    return problems


def test_record_tabs_fit_1280_px_in_spanish(qtbot, salon_db, busy_customer, spanish, styled):
    window = RecordWindow(salon_db, busy_customer, tabs=composition.record_tabs(),
                          features=composition.record_window_features())
    qtbot.addWidget(window)
    texts = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert "Ventas (150)" in texts and "Notas && fórmulas (40)" in texts
    assert _tabs_fit(qtbot, window) == []


def test_record_tabs_fit_1280_px_in_english(qtbot, salon_db, busy_customer, styled):
    window = RecordWindow(salon_db, busy_customer, tabs=composition.record_tabs(),
                          features=composition.record_window_features())
    qtbot.addWidget(window)
    assert _tabs_fit(qtbot, window) == []
