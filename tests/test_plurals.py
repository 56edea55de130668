"""Texts that count use Qt's plural forms: "1 customer" and "2 customers" in English, "1 cliente"
and "2 clientes" in Spanish; never "1 groups", "point(s)" or "(1 activos)"."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication

from salon_desk.models import Voucher
from salon_desk.ui.i18n import install_translator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations as updater  # noqa: E402
from i18n_extract import extract  # noqa: E402

# A count written into a text by hand: "{0} customers", "{n} days", "%n visits".
BY_HAND = re.compile(
    r"(\{\w*(:[^}]*)?\}|%L?n)\)?\s+(\w+\s)?(customers|sales|visits|days|groups|points|rows|"
    r"columns|months|times|pages|appointments|sessions|years|matches|fields|records|items|"
    r"vouchers|cards|notes|documents|hours|minutes|weeks)\b")
ALLOWED = {
    # shown only for two fields or more ("Please correct the highlighted field." for one)
    ("CustomerFormDialog", "Please correct the {0} highlighted fields."),
    # a rate with decimals (0.5 points): the whole-number rate has its plural forms
    ("PointsTab", "{0} points per currency unit spent"),
}


@pytest.fixture(scope="module")
def extraction():
    return extract(updater.PACKAGE, updater.ROOT)


def t(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


# ---------------------------------------------------------------------------- the code
def test_no_count_is_written_into_a_text_by_hand(extraction):
    by_hand = [(m.context, m.source) for m in extraction.messages.values()
               if not m.numerus and ("(s)" in m.source or BY_HAND.search(m.source))
               and (m.context, m.source) not in ALLOWED]
    assert by_hand == []


def test_every_text_that_counts_has_english_and_spanish_forms(extraction):
    counting = {k for k, m in extraction.messages.items() if m.numerus}
    assert len(counting) > 50
    for language, forms in (("en", 2), ("es", 2)):
        ts = updater.read_ts(updater.ts_path(language))
        missing = [k for k in counting if k not in ts or not ts[k].finished
                   or not ts[k].numerus or len(ts[k].forms) != forms]
        assert missing == [], language
        assert not [k for k in counting if any("(s)" in f or "(es)" in f for f in ts[k].forms)]


def test_english_file_is_compiled_from_its_ts(tmp_path):
    compiled = tmp_path / "salon_desk_en.qm"
    updater.compile_qm(updater.ts_path("en"), compiled)
    assert compiled.read_bytes() == updater.qm_path("en").read_bytes()


def test_english_forms_are_made_from_the_source():
    assert updater.english_forms("%n customer(s) found") == ["%n customer found",
                                                             "%n customers found"]
    assert updater.english_forms("{0} of {1} match(es)") == ["{0} of {1} match",
                                                             "{0} of {1} matches"]
    assert updater.english_forms("%n expired") == ["%n expired", "%n expired"]


def test_a_language_without_a_translation_gets_the_english_forms(qapp):
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        assert t("SummaryTab", "%n visit(s)", 1) == "1 visit"
    finally:
        qapp.removeTranslator(translator)


# ------------------------------------------------------------------------- the texts
@pytest.mark.parametrize(("context", "source", "one", "two"), [
    ("CustomerListPage", "%Ln customer(s)", "1 customer", "2 customers"),
    ("SummaryTab", "%n visit(s)", "1 visit", "2 visits"),
    ("RecordHeader", "in %n day(s)", "in 1 day", "in 2 days"),
    ("PointsTab", "%n point(s) per currency unit spent", "1 point per currency unit spent",
     "2 points per currency unit spent"),
    ("DuplicatesPage", "%n group(s) ({0} high, {1} medium, {2} low confidence)",
     "1 group ({0} high, {1} medium, {2} low confidence)",
     "2 groups ({0} high, {1} medium, {2} low confidence)"),
    ("PreviewPage", "{n} match(es) customers already here and {action}",
     "{n} matches a customer already here and {action}",
     "{n} match customers already here and {action}"),
])
def test_english_plurals(qapp, context, source, one, two):
    assert (t(context, source, 1), t(context, source, 2)) == (one, two)


@pytest.mark.parametrize(("context", "source", "one", "two"), [
    ("CustomerListPage", "%Ln customer(s)", "1 cliente", "2 clientes"),
    ("SummaryTab", "%n visit(s)", "1 visita", "2 visitas"),
    ("CreditsTab", "Vouchers (%n active)", "Bonos (1 activo)", "Bonos (2 activos)"),
    ("CreditsTab", "Prepaid cards (%n active)", "Tarjetas prepago (1 activa)",
     "Tarjetas prepago (2 activas)"),
    ("ResultPage", "{0} customer(s) with a value that could not be read: it is in the notes, "
                   "with the “Check import” badge.",
     "{0} cliente con un valor que no se ha podido leer: está en sus notas, con la etiqueta "
     "«Revisar importación».",
     "{0} clientes con un valor que no se ha podido leer: está en sus notas, con la etiqueta "
     "«Revisar importación»."),
])
def test_spanish_plurals(qapp, spanish, context, source, one, two):
    assert (t(context, source, 1), t(context, source, 2)) == (one, two)


def test_merge_moves_one_sale_and_two_notes(qapp, spanish):
    from salon_desk.ui.duplicates.labels import moved_text

    assert (moved_text("sales", 1), moved_text("notes", 2)) == ("1 venta", "2 notas")


def test_merge_moves_in_english(qapp):
    from salon_desk.ui.duplicates.labels import moved_text

    assert (moved_text("sales", 1), moved_text("sales", 2)) == ("1 sale", "2 sales")


def _voucher(db, customer_id: int) -> None:
    with db.transaction() as session:
        session.add(Voucher(customer_id=customer_id, name="Cut x5", purchased_on=dt.date.today(),
                            sessions_bought=5))


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "Vouchers (1 active)", "Vouchers (2 active)"),
    ("es", "Bonos (1 activo)", "Bonos (2 activos)")])
def test_credits_tab_counts_active_vouchers(qtbot, qapp, salon_db, make_customer, language, one,
                                            two):
    from salon_desk.ui.record.credits_tab import CreditsTab

    translator = install_translator(qapp, language)
    try:
        cid = make_customer()
        _voucher(salon_db, cid)
        tab = CreditsTab(salon_db, cid)
        qtbot.addWidget(tab)
        tab.ensure_loaded()
        assert tab.voucher_title.text() == one
        _voucher(salon_db, cid)
        tab.load()
        assert tab.voucher_title.text() == two
    finally:
        qapp.removeTranslator(translator)


def test_points_rule_says_point_not_points(qtbot, salon_db, make_customer):
    from salon_desk.ui.record.points_tab import PointsTab

    tab = PointsTab(salon_db, make_customer())
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert tab.rule_label.text().startswith("Rule: 1 point per currency unit spent;")
    assert "(s)" not in tab.rule_label.text() and "0 points" in tab.balance_label.text()


@pytest.mark.parametrize(("language", "one"), [("en", "1 sale"), ("es", "1 venta")])
def test_printed_summary_counts_one_sale(qapp, salon_db, make_customer, language, one):
    import salon_desk.ui.printing  # noqa: F401 - the translator hooks for printed documents
    from printing_data import make_sale

    from salon_desk.services import printing

    translator = install_translator(qapp, language)
    try:
        cid = make_customer()
        with salon_db.transaction() as session:
            make_sale(session, cid, "T-1", dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC),
                      [("Facial", 1, 5000, 0, 21)], [("card", 5000, None)])
        with salon_db.session() as session:
            data = printing.render(session, "summary", cid)
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert one in text and f"{one}s" not in text
    finally:
        qapp.removeTranslator(translator)
