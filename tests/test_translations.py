"""The Spanish translation: complete, faithful to placeholders and markup, compiled, and shown.

The strings are found by scripts/i18n_extract.py; scripts/update_translations.py writes the .ts.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations as updater
from i18n_extract import extract

from salon_desk.ui.i18n import install_translator

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")


@pytest.fixture(scope="module")
def extraction():
    return extract(updater.PACKAGE, updater.ROOT)


@pytest.fixture(scope="module")
def spanish_ts() -> dict:
    return updater.read_ts(updater.ts_path("es"))


def _live(entries: dict) -> list:
    return [e for e in entries.values() if e.type not in ("obsolete", "vanished")]


# ------------------------------------------------------------------------- the .ts file
def test_every_translation_keeps_placeholders_tags_and_mnemonics(spanish_ts):
    wrong = []
    for e in _live(spanish_ts):
        for text in e.forms if e.numerus else [e.translation]:
            for name, pattern in (("placeholders", PLACEHOLDER), ("HTML tags", TAG)):
                if sorted(pattern.findall(e.source)) != sorted(pattern.findall(text)):
                    wrong.append((e.context, e.source, text, name))
            if (len(MNEMONIC.findall(e.source)) != len(MNEMONIC.findall(text))
                    or e.source.count("&&") != text.count("&&")):
                wrong.append((e.context, e.source, text, "mnemonic"))
            if (e.source[:1].isspace(), e.source[-1:].isspace()) != (
                    text[:1].isspace(), text[-1:].isspace()):
                wrong.append((e.context, e.source, text, "leading/trailing space"))
    assert wrong == []


def test_the_code_passes_only_translatable_text(extraction):
    assert [str(w) for w in extraction.warnings] == []


def test_spanish_file_translates_every_string_of_the_code(extraction, spanish_ts):
    missing = [key for key in extraction.messages if key not in spanish_ts]
    unfinished = [e.key for e in _live(spanish_ts) if not e.finished]
    stale = [e.key for e in _live(spanish_ts) if e.key not in extraction.messages]
    assert missing == [], "run scripts/update_translations.py"
    assert unfinished == []
    assert stale == [], "run scripts/update_translations.py to mark them obsolete"
    assert len(extraction.messages) > 1500


def test_update_keeps_translations_and_marks_vanished_strings_obsolete(tmp_path):
    from i18n_extract import Extraction, Message

    found = Extraction()
    for source in ("Kept", "New", "Given"):
        found.messages[("Ctx", source, "")] = Message("Ctx", source,
                                                      locations=[("salon_desk/x.py", 3)])
    old = {e.key: e for e in (updater.Entry("Ctx", "Kept", translation="Guardado"),
                              updater.Entry("Ctx", "Gone", translation="Ido"),
                              updater.Entry("Ctx", "Never", type="unfinished"))}
    result = updater.merge(found, old, {("Ctx", "Given"): "Dado"})
    ts = tmp_path / "x.ts"
    ts.write_text(updater.render_ts(result.entries, "es", tmp_path), encoding="utf-8")
    back = updater.read_ts(ts)
    assert back[("Ctx", "Kept", "")].translation == "Guardado" and back[("Ctx", "Kept", "")].finished
    assert back[("Ctx", "Given", "")].translation == "Dado"
    assert back[("Ctx", "New", "")].type == "unfinished"
    assert (back[("Ctx", "Gone", "")].type, back[("Ctx", "Gone", "")].translation) == (
        "obsolete", "Ido")
    assert ("Ctx", "Never", "") not in back  # nothing worth keeping
    assert [e.source for e in result.unfinished] == ["New"]


def test_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "salon_desk_es.qm"
    updater.compile_qm(updater.ts_path("es"), compiled)
    assert compiled.read_bytes() == updater.qm_path("es").read_bytes(), \
        "run scripts/update_translations.py (or pyside6-lrelease) to rebuild the .qm"


# --------------------------------------------------------------------------- the extractor
def test_extractor_finds_strings_of_wrapper_modules(extraction):
    contexts = extraction.contexts()
    sources = {ctx: {m.source for m in messages} for ctx, messages in contexts.items()}
    assert {"Female", "Male", "Appointment information"} <= sources["Format"]  # ui.formatting
    assert {"Yes", "No"} <= sources["dialogs"]
    assert "Subtotal" in sources["PrintedDocument"]  # services' _() through set_translator
    assert "Same email" in sources["duplicates"]
    assert "New sale" in sources["Visits"]  # tr imported from ui.visits.common
    assert "Notes && formulas" in sources["Care"]
    # Values of tables translated at run time: tr(STATUS_LABELS[status]), # tr: pragmas.
    assert {"Confirmed", "No-show", "Used up"} <= sources["Visits"]
    assert "Writing customers…" in sources["BackgroundTask"]
    # A base class's self.tr is looked up under the base class's name (see the next test).
    assert "Nothing here yet: click Add." in sources["CatalogPage"]
    assert {"self.tr", "wrapper", "table"} <= {k for m in extraction.messages.values()
                                                 for k in m.kinds}


def test_self_tr_context_is_the_class_that_writes_it(qapp, tmp_path):
    """PySide6 looks self.tr() up under type(self).__name__ and then along the MRO."""
    from PySide6.QtCore import QObject, QTranslator

    class Base(QObject):
        def hello(self):
            return self.tr("hello")

    class Page(Base):
        pass

    ts = tmp_path / "t.ts"
    ts.write_text(updater.render_ts([updater.Entry("Base", "hello", translation="hola")], "es",
                                    tmp_path), encoding="utf-8")
    updater.compile_qm(ts, tmp_path / "t.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    qapp.installTranslator(translator)
    try:
        assert Page().hello() == "hola"
    finally:
        qapp.removeTranslator(translator)


def test_extractor_on_a_small_package(tmp_path, monkeypatch):
    pkg = tmp_path / "shop"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "words.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication

        LABELS = {"a": "Apple", "b": "Banana"}

        def tr(text):
            return QCoreApplication.translate("Words", text)

        later = lambda text: QCoreApplication.translate("Later", text)
        TOO_EARLY = tr("At import")
    '''))
    (pkg / "page.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication, QObject
        from shop.words import LABELS, later
        from shop.words import tr as t

        class Base(QObject):
            def title(self, n, name, key, extra):
                self.tr("Hello {0}").format(name)
                t(f"Hi {name}")
                t(LABELS[key])
                for code, label in LABELS.items():
                    self.tr(label)
                later(extra)  # tr: LABELS
                return QCoreApplication.translate("Direct", "Straight")

        class Page(Base):
            def more(self):
                return self.tr("More")
    '''))
    monkeypatch.syspath_prepend(str(tmp_path))
    found = extract(pkg, tmp_path)
    got = {(m.context, m.source) for m in found.messages.values()}
    assert got == {("Words", "At import"), ("Base", "Hello {0}"), ("Words", "Apple"),
                   ("Words", "Banana"), ("Base", "Apple"), ("Base", "Banana"),
                   ("Later", "Apple"), ("Later", "Banana"), ("Direct", "Straight"),
                   ("Page", "More")}
    f_string = (pkg / "page.py").read_text().splitlines().index('        t(f"Hi {name}")') + 1
    assert [(w.path, w.line) for w in found.warnings if "f-string" in w.text] == [
        ("shop/page.py", f_string)]
    assert [w.path for w in found.warnings if "imported" in w.text] == ["shop/words.py"]
    assert len(found.warnings) == 2


# ------------------------------------------------------------------------------ the app
@pytest.fixture
def pseudo(qapp):
    translator = install_translator(qapp, "pseudo")
    yield translator
    qapp.removeTranslator(translator)


def test_main_window_speaks_spanish(qtbot, salon_db, spanish):
    from salon_desk.ui.composition import build_main_window

    window = build_main_window(salon_db)
    qtbot.addWidget(window)
    window.show()
    assert [m.title() for m in window.menus.values()] == ["&Archivo", "&Clientes",
                                                          "&Herramientas", "Ay&uda"]
    assert window.navigation.item(0).text() == "Clientes"
    file_actions = [a.text() for a in window.menus["file"].actions()]
    assert "Importar clientes…" in file_actions  # a wrapper-based module (TransferActions)
    assert QCoreApplication.translate("Format", "Female") == "Mujer"
    assert QCoreApplication.translate("PrintedDocument", "Subtotal") == "Subtotal"
    assert QCoreApplication.translate("Visits", "No-show") == "No acudió"
    window.close()


def test_english_is_back_after_the_spanish_test(qapp):
    assert QCoreApplication.translate("MainWindow", "&Customers") == "&Customers"
    assert QApplication.translate("Format", "Female") == "Female"


def test_pseudo_locale_stretches_strings(pseudo):
    text = QCoreApplication.translate("MainWindow", "&Customers")
    assert text.startswith("[") and text.endswith("]")
    assert len(text) >= 1.4 * len("&Customers")
    assert "&" in text
    assert "{0}" in QCoreApplication.translate("MainWindow", "{0} customers")
