"""One number and money format per language, from the salon's locale (interface language and the
salon's country), the same on screen and on paper."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from printing_data import make_sale
from PySide6.QtCore import QCoreApplication
from visits_helpers import service_id

from salon_desk.services import money, printing, settings
from salon_desk.services.sales.selling import LineDraft, SaleDraft, create_sale
from salon_desk.ui import formatting
from salon_desk.ui.i18n import interface_language

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)
NBSP = "\u00a0"


@pytest.fixture
def uk_salon(salon_db):
    with salon_db.transaction() as session:
        settings.set_value(session, settings.DEFAULT_COUNTRY, "GB")
        settings.set_value(session, settings.CURRENCY, "GBP")
    money.set_salon("GB", "GBP")
    return salon_db


def pdf_text(data: bytes) -> str:
    """The PDF's text with no-break spaces read as spaces (pypdf gives either)."""
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join(page.extract_text() for page in pages).replace(NBSP, " ")


# ------------------------------------------------------------------------------ the one module
def test_locale_is_the_interface_language_with_the_salons_country():
    assert money.locale_name("es", "ES") == "es_ES"
    assert money.locale_name("en", "GB") == "en_GB"
    assert money.locale_name("es", "GB") == "es"  # a pair CLDR does not know keeps the language
    assert money.locale_name("[xx~]", "ES") == "en_ES"  # an unknown language is English


@pytest.mark.parametrize(("locale", "currency", "cents", "expected"), [
    ("es_ES", "EUR", 8550, f"85,50{NBSP}€"),
    ("en_GB", "GBP", 8550, "£85.50"),
    ("es_ES", "EUR", -8550, f"-85,50{NBSP}€"),
    ("en_GB", "GBP", -8550, "-£85.50"),
    ("es_ES", "EUR", 123456789, f"1.234.567,89{NBSP}€"),
    ("en_GB", "GBP", 123456789, "£1,234,567.89"),
    ("es_ES", "EUR", 0, f"0,00{NBSP}€"),
])
def test_money_formats(locale, currency, cents, expected):
    assert money.format_money(cents, currency, locale) == expected


def test_numbers_percentages_and_editable_amounts():
    assert money.format_number(1234567, "es_ES") == "1.234.567"
    assert money.format_number(1234567, "en_GB") == "1,234,567"
    assert money.format_percent_value(10.5, "es_ES") == f"10,5{NBSP}%"
    assert money.format_percent_value(21, "en_GB") == "21%"
    assert money.amount_text(3850, "es_ES") == "38,50"
    assert money.amount_text(-3850, "en_GB") == "-38.50"
    for typed in ("1234,50", "1234.50", "1.234,50", "1,234.50", f"1{NBSP}234,50"):
        assert money.parse_cents(typed) == 123450, typed


# ------------------------------------------------------------------------------------ on screen
def test_screen_helpers_follow_the_interface_language(qapp, spanish):
    assert interface_language() == "es"
    assert formatting.money(8550) == f"85,50{NBSP}€"
    assert formatting.money(-123450) == f"-1.234,50{NBSP}€"
    assert formatting.cents_to_text(12000) == "120,00"
    assert formatting.percent(10) == f"10{NBSP}%"
    assert formatting.number(12000) == "12.000"


def test_screen_helpers_for_a_uk_salon(qapp, uk_salon):
    assert interface_language() == "en"
    assert formatting.money(8550) == "£85.50"
    assert formatting.money(-123450) == "-£1,234.50"
    assert formatting.cents_to_text(8550) == "85.50"
    assert formatting.currency_symbol() == "£"


def test_english_is_back_after_spanish(qapp):
    money.set_salon(None)
    assert interface_language() == "en"
    assert formatting.money(8550, "EUR") == "€85.50"


def test_spanish_debts_tab_shows_120_comma_00(qtbot, salon_db, make_customer, spanish):
    from salon_desk.ui.record.debts_tab import DebtsTab

    cid = make_customer(first_name="Marta")
    with salon_db.transaction() as session:
        create_sale(session, SaleDraft(cid, lines=[LineDraft(
            "service", service_id(salon_db, "Balayage"))]))  # 120.00, nothing paid
    tab = DebtsTab(salon_db, cid)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert "120,00" in tab.owed_label.text() and "120.00" not in tab.owed_label.text()
    cells = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert f"120,00{NBSP}€" in cells


def test_money_box_shows_the_locale_separator_and_reads_both(qtbot, spanish):
    from salon_desk.ui.widgets.money_edit import MoneyEdit

    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.set_cents(3850)
    assert edit.text() == "38,50" and edit.placeholderText() == "0,00"
    for typed in ("38.50", "38,50"):
        edit.clear()
        qtbot.keyClicks(edit, typed)
        assert edit.cents() == 3850, typed


# ------------------------------------------------------------------------------------- on paper
def _ticket(db, customer_id) -> bytes:
    with db.transaction() as session:
        sale = make_sale(session, customer_id, "T-LOCALE", dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC),
                         [("Facial", 1, 8550, 0, 21), ("Gift set", 1, 123400, 0, 21)],
                         [("card", 131950, None)])
    with db.session() as session:
        return printing.render(session, "ticket", sale.id, layout="80mm")


def test_spanish_ticket_prints_as_the_spanish_screen(qapp, salon_db, make_customer, spanish):
    import salon_desk.ui.printing  # noqa: F401 - installs the translator and language hooks

    text = pdf_text(_ticket(salon_db, make_customer()))
    assert "85,50 €" in text and "1.234,00 €" in text and "1.319,50 €" in text
    assert formatting.money(8550).replace(NBSP, " ") in text
    assert "85.50" not in text
    assert "IVA 21" in text and "¡Gracias por su visita!" in text


def test_uk_ticket_prints_pounds(qapp, uk_salon, make_customer):
    import salon_desk.ui.printing  # noqa: F401

    text = pdf_text(_ticket(uk_salon, make_customer()))
    assert "£85.50" in text and "£1,234.00" in text and "£1,319.50" in text
    assert formatting.money(8550).replace(NBSP, " ") in text
    assert "VAT 21%" in text and "Thank you for your visit!" in text


def test_a_salons_own_footer_prints_as_written(qapp, salon_db, make_customer, spanish):
    import salon_desk.ui.printing  # noqa: F401
    from salon_desk.services.printing import options

    with salon_db.transaction() as session:
        settings.set_value(session, options.TICKET_FOOTER, "See you soon at Lumière")
    text = pdf_text(_ticket(salon_db, make_customer()))
    assert "See you soon at Lumière" in text and "Gracias" not in text
    assert QCoreApplication.translate("PrintedDocument", "VAT") == "IVA"


# ------------------------------------------------------------------------------- the installer
def test_installer_bundles_every_locale_file_the_app_can_load():
    """build_installer.spec keeps only the Babel files of the app's languages: every locale
    made of an interface language and a country the settings offer is among them, with the
    files it inherits from."""
    import sys
    from pathlib import Path

    import phonenumbers
    from babel.core import get_global

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from babel_data import app_languages, bundled_files, locale_data_dir

    languages = app_languages()
    assert {"en", "es"} <= set(languages)
    kept = {p.stem for p in bundled_files(languages)}
    parents = get_global("parent_exceptions")
    for language in languages:
        for country in phonenumbers.SUPPORTED_REGIONS:
            name = money.locale_name(language, country)
            while name != "root":
                assert name in kept, (language, country, name)
                name = parents.get(name) or (name.rsplit("_", 1)[0] if "_" in name else "root")
    assert "root" in kept and "fr" not in kept
    size = sum(p.stat().st_size for p in bundled_files(languages))
    everything = sum(p.stat().st_size for p in locale_data_dir().glob("*.dat"))
    assert size < 2_000_000 < 20_000_000 < everything
