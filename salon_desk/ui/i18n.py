"""Loading the interface language.

Translations are Qt .qm files in resources/translations (salon_desk_<lang>.qm, compiled from the
.ts files with pyside6-lrelease). SALON_DESK_LANG chooses a language over the system one;
SALON_DESK_LANG=pseudo stretches every string by 40 % and wraps it in brackets, to find clipped
layouts and strings that escaped translation.
"""

from __future__ import annotations

import os
import re

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from salon_desk.paths import resource

PSEUDO_STRETCH = 1.4
_PLACEHOLDER = re.compile(r"(%\d+|%n|\{[^}]*\}|&(?=\w))")
_ACCENTED = str.maketrans("aeiouAEIOUcnCN", "åéîøüÅÉÎØÜçñÇÑ")


def pseudo(text: str) -> str:
    """A stretched, accented copy of text that keeps placeholders and mnemonics intact."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    out = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    extra = max(1, int(len(text) * (PSEUDO_STRETCH - 1)))
    return f"[{out}{'~' * extra}]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def interface_language() -> str:
    """The language of the translation in use ("en" when none is installed): the installed
    translation's own answer, so installing or removing a translator changes it at once."""
    code = QCoreApplication.translate(
        "Language", "en", "ISO 639 code of the language of this translation (es for Spanish)")
    return code if re.fullmatch(r"[a-z]{2,3}", code or "") else "en"


def chosen_language() -> str:
    return os.environ.get("SALON_DESK_LANG") or QLocale.system().name().split("_")[0]


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Install the translator for language (default: SALON_DESK_LANG or the system's). A
    language Salon Desk is not translated into gets English, whose file holds the plural forms
    of the texts that count ("1 customer", "2 customers")."""
    language = language or chosen_language()
    if language == "pseudo":
        translator: QTranslator = PseudoTranslator(app)
    else:
        translator = QTranslator(app)
        loaded = False
        for name in dict.fromkeys((language, "en")):
            path = resource("translations", f"salon_desk_{name}.qm")
            if path.exists() and translator.load(str(path)):
                loaded = True
                break
        if not loaded:
            return None
    app.installTranslator(translator)
    return translator


def translator(context: str) -> Callable[..., str]:
    """The translating function of one context, for a module's texts outside a QObject:
    ``_tr = translator("Visits")``, then ``_tr("Voucher")``, or ``_tr("%n session(s)", n)`` for a
    text that counts. scripts/i18n_extract.py reads such an assignment as the module's wrapper."""

    def translate(text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    translate.__qualname__ = f"translator({context!r})"
    return translate
