"""Update the Qt translation files of Salon Desk from the code, and compile them.

    .venv/bin/python scripts/update_translations.py            # update salon_desk_es.ts + .qm
    .venv/bin/python scripts/update_translations.py --check    # exit 1 if anything is missing
    .venv/bin/python scripts/update_translations.py --translations more_es.py
    .venv/bin/python scripts/update_translations.py --language en   # English plural forms

The strings are found by scripts/i18n_extract.py (the ast module, not pyside6-lupdate, which
misses the module-level wrappers such as ``_tr = QCoreApplication.translate("Format", ...)``).
The .ts file is the source of the translations (edit it in Qt Linguist or by hand): updating
keeps every translation it has, adds the new strings as unfinished and marks the strings gone
from the code obsolete (Linguist still shows them; lrelease leaves them out). ``--translations``
merges a Python file defining ``TRANSLATIONS = {"source": "translation", ("Context",
"source"): "translation"}``, a context-specific entry winning over a plain one; it overrides what
the .ts file says for those strings; a text that counts (``tr(text, "", n)``) takes the list of
its plural forms.

English is the source language, but a text that counts needs its English forms too: "%n
customer(s)" must read "1 customer" and "2 customers". salon_desk_en.ts holds only those
messages; forms are made from the source where it says "word(s)" or "word(es)" and may be given
with --translations for the others. The app installs the English file whenever the interface is
not in a language it has a translation for.
"""

from __future__ import annotations

import argparse
import re
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_extract import Extraction, Message, extract

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "salon_desk"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"es": "es_ES", "en": "en"}
SOURCE_LANGUAGE = "en"
_PLURAL = re.compile(r"(\w+)\((s|es)\)")


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"salon_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"salon_desk_{language}.qm"


@dataclass
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str = ""
    translation: str = ""
    forms: list[str] = field(default_factory=list)  # plural forms of a numerus message
    type: str = ""  # "" (finished), "unfinished", "obsolete" or "vanished"
    numerus: bool = False
    translator_comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        done = all(self.forms) and bool(self.forms) if self.numerus else bool(self.translation)
        return self.type == "" and done


# --------------------------------------------------------------------------- reading a .ts
def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            entry = Entry(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                translator_comment=message.findtext("translatorcomment") or "")
            if translation is not None:
                entry.type = translation.get("type", "")
                entry.translation = translation.text or ""
                entry.forms = [f.text or "" for f in translation.iter("numerusform")]
            entries[entry.key] = entry
    return entries


# --------------------------------------------------------------------------- writing a .ts
def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render_ts(entries: list[Entry], language: str, ts_dir: Path = TRANSLATIONS_DIR) -> str:
    """The .ts text, laid out as lupdate writes it (contexts by name, messages by place)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           (f'<TS version="2.1" language="{LANGUAGES.get(language, language)}" '
            'sourcelanguage="en">')]
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    for context in sorted(by_context, key=lambda c: (c.casefold(), c)):
        out += ["<context>", f"    <name>{_escape(context)}</name>"]
        for e in sorted(by_context[context], key=_order):
            out.append('    <message numerus="yes">' if e.numerus else "    <message>")
            for filename, line in e.locations:
                rel = Path(_relative(ROOT / filename, ts_dir)).as_posix()
                out.append(f'        <location filename="{_escape(rel)}" line="{line}"/>')
            out.append(f"        <source>{_escape(e.source)}</source>")
            if e.comment:
                out.append(f"        <comment>{_escape(e.comment)}</comment>")
            if e.translator_comment:
                out.append(f"        <translatorcomment>{_escape(e.translator_comment)}"
                           "</translatorcomment>")
            kind = f' type="{e.type}"' if e.type else ""
            if e.numerus:
                forms = e.forms or ["", ""]
                out.append(f"        <translation{kind}>")
                out += [f"            <numerusform>{_escape(f)}</numerusform>" for f in forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{kind}>{_escape(e.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _order(entry: Entry) -> tuple:
    first = entry.locations[0] if entry.locations else ("~", 0)  # obsolete ones last
    return (first[0], first[1], entry.source, entry.comment)


def _relative(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path, start)


# ------------------------------------------------------------------------------- merging
def load_translations(path: Path) -> dict:
    return dict(runpy.run_path(str(path)).get("TRANSLATIONS", {}))


def lookup(translations: dict, message: Message | Entry):
    return translations.get((message.context, message.source), translations.get(message.source))


@dataclass
class Update:
    entries: list[Entry]
    added: int = 0
    obsolete: int = 0
    unfinished: list[Entry] = field(default_factory=list)


def merge(extraction: Extraction, old: dict[tuple[str, str, str], Entry],
          translations: dict | None = None) -> Update:
    """The .ts entries for the extracted messages, keeping the old translations."""
    translations = translations or {}
    update = Update([])
    for key, message in extraction.messages.items():
        entry = old.get(key)
        if entry is None:
            update.added += 1
            entry = Entry(message.context, message.source, message.disambiguation,
                          type="unfinished")
        else:
            entry = Entry(**{**entry.__dict__, "locations": []})
            if entry.type in ("obsolete", "vanished"):
                entry.type = "" if entry.translation or any(entry.forms) else "unfinished"
        entry.numerus = message.numerus
        entry.locations = sorted(set(message.locations))
        given = lookup(translations, message)
        if given:
            if isinstance(given, (list, tuple)):
                entry.forms, entry.translation = list(given), ""
            else:
                entry.translation = given
                entry.forms = [given, given] if message.numerus else []
            entry.type = ""
        if not entry.finished:
            entry.type = "unfinished"
            update.unfinished.append(entry)
        update.entries.append(entry)
    for key, entry in old.items():
        if key in extraction.messages:
            continue
        if entry.translation or any(entry.forms):
            update.obsolete += 1
            update.entries.append(Entry(**{**entry.__dict__, "type": "obsolete",
                                           "locations": []}))
    return update


# ----------------------------------------------------------------------------- compiling
def lrelease() -> str:
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"),
                      Path(sys.executable).with_name("pyside6-lrelease.exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English text that counts, from its "(s)" and "(es)": "%n
    customer(s) found" -> ["%n customer found", "%n customers found"]; a text without them
    reads the same for one and for many ("%n expired")."""
    return [_PLURAL.sub(r"\1", source), _PLURAL.sub(r"\1\2", source)]


def counting_only(extraction: Extraction) -> dict:
    """Keep the texts that count (the English file holds only them); returns their English
    forms made from the source."""
    extraction.messages = {k: m for k, m in extraction.messages.items() if m.numerus}
    return {(m.context, m.source): english_forms(m.source)
            for m in extraction.messages.values()}


# ---------------------------------------------------------------------------------- main
def update(language: str = "es", translations_file: Path | None = None, check: bool = False,
           out=print) -> int:
    extraction = extract(PACKAGE, ROOT)
    counts = ", ".join(f"{n} {kind}" for kind, n in extraction.calls.items())
    out(f"{len(extraction.messages)} strings in {len(extraction.contexts())} contexts "
        f"(calls: {counts})")
    for warning in extraction.warnings:
        out(f"warning: {warning}")
    path = ts_path(language)
    translations = load_translations(translations_file) if translations_file else {}
    old = read_ts(path)
    if language == SOURCE_LANGUAGE:  # forms made from the source, unless given before
        made = {key: forms for key, forms in counting_only(extraction).items()
                if not (old.get((*key, "")) and old[(*key, "")].finished)}
        translations = {**made, **translations}
    result = merge(extraction, old, translations)
    text = render_ts(result.entries, language)
    out(f"{path.name}: {result.added} new, {len(result.unfinished)} unfinished, "
        f"{result.obsolete} obsolete")
    if check:
        old_text = path.read_text(encoding="utf-8") if path.exists() else ""
        stale = _without_locations(old_text) != _without_locations(text)
        if stale:
            out(f"{path.name} is not up to date with the code: run this script")
        return 1 if stale or result.unfinished or extraction.warnings else 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    compile_qm(path, qm_path(language))
    out(f"wrote {path.relative_to(ROOT)} and {qm_path(language).relative_to(ROOT)}")
    return 0


def _without_locations(text: str) -> list[str]:
    return [line for line in text.splitlines() if "<location " not in line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", help="language code (default: es, then the English "
                                               "plural forms, en)")
    parser.add_argument("--translations", type=Path,
                        help="a Python file with TRANSLATIONS = {...} to merge (into Spanish "
                             "unless --language says otherwise)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 on warnings, unfinished or stale strings")
    args = parser.parse_args(argv)
    if args.language:
        return update(args.language, args.translations, args.check)
    spanish = update("es", args.translations, args.check)
    return update(SOURCE_LANGUAGE, None, args.check) or spanish


if __name__ == "__main__":
    sys.exit(main())
