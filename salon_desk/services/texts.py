"""Messages services give the user (errors, warnings), translated by the interface in one place.

A service never words a message in the user's language. It raises an error (or returns a
warning) carrying a ``Text``: a source text from the one catalogue of them,
services.error_texts, where each is marked for the translation tools, and the values to put in
it. ``str()`` of a Text is the message in English (for logs and the command line); the interface
translates the source and shows the values as it shows any value (ui.dialogs.message_text), so
"Only {amount} is left to pay on this debt" reaches a Spanish screen as "Solo quedan 45,00 € por
pagar de esta deuda".

Values: an ``Amount`` (cents) is shown as money, a ``datetime.date`` as a date, a
``datetime.time`` as a time of day, a ``datetime.datetime`` as a local date and time, a Text is
translated in its turn, anything else is shown as it is. A value named ``n`` is a count: the
source text says ``%n`` where it goes and Qt's plural forms choose the words ("%n session(s)").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from salon_desk.services import error_texts


CONTEXT = "ServiceMessages"  # the translation context of every catalogue text

_PLURAL = re.compile(r"(\w+)\((\w+)\)")


@dataclass(frozen=True)
class Amount:
    """An amount of money in a message, in cents."""

    cents: int

    def __str__(self) -> str:
        # Here, not at the top: money brings Babel, which an error class alone does not need
        # (the command line imports SalonError whatever it runs).
        from salon_desk.services.money import cents_text

        return cents_text(self.cents)


def english(source: str, n: int | None) -> str:
    """The English text with its count: "%n session(s) left", 1 -> "1 session left"."""
    if n is None:
        return source
    text = _PLURAL.sub(lambda m: m.group(1) + ("" if n == 1 else m.group(2)), source)
    return text.replace("%n", str(n))


def english_value(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


class Text(str):
    """A message for the user: its catalogue source text and values; ``str()`` is English."""

    source: str
    values: dict[str, object]

    def __new__(cls, source: str, **values: object) -> Text:
        text = super().__new__(cls, _render(source, values, english, english_value))
        text.source, text.values = source, values
        return text

    def __reduce__(self):  # keep the source and values when copied (copy.deepcopy, pickle)
        return (_rebuild, (type(self), self.source, self.values))

    def render(self, translate: Callable[[str, int | None], str],
               show: Callable[[object], str]) -> str:
        """The message through ``translate(source, n)`` with its values shown by ``show``."""
        return _render(self.source, self.values, translate, show)

    @classmethod
    def joined(cls, parts: Iterable[object], separator: str = "; ") -> Text:
        """Several messages as one (each translated in its turn)."""
        values = {f"part{i}": part for i, part in enumerate(parts)}
        return cls(separator.join(f"{{{name}}}" for name in values), **values)


def _rebuild(cls: type[Text], source: str, values: dict[str, object]) -> Text:
    return cls(source, **values)


def _render(source: str, values: dict[str, object], translate, show) -> str:
    n = values.get("n")
    pattern = translate(source, n if isinstance(n, int) else None)
    shown = {name: value.render(translate, show) if isinstance(value, Text) else show(value)
             for name, value in values.items()}
    if not shown:
        return pattern
    try:
        return pattern.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english(source, n if isinstance(n, int) else None).format(**shown)


# ------------------------------------------------------------------ names the app has stored
@functools.cache
def _stored_patterns(sources: tuple[str, ...]) -> list[tuple[str, re.Pattern]]:
    patterns = []
    for source in sources:
        parts = re.split(r"\{(\w+)\}", source)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                        for i, p in enumerate(parts))
        patterns.append((source, re.compile(regex)))
    return patterns


def _match_stored(value: str, sources: tuple[str, ...] | None = None) -> Text | None:
    """``value`` as the Text of the stored source it was written from; in the texts of
    STORED_NESTING, a placeholder's value that is one of the STORED_PARTS (the reason inside
    "Not sent: ... (reason)") becomes its Text too, so the whole line is in the user's
    language."""
    for source, pattern in _stored_patterns(sources or error_texts.STORED):
        match = pattern.fullmatch(value)
        if match:
            values = match.groupdict()
            if source in error_texts.STORED_NESTING:
                values = {name: _match_stored(part, error_texts.STORED_PARTS) or part
                          for name, part in values.items()}
            return Text(source, **values)
    return None


def stored_text(value: str | None) -> str:
    """A name the app wrote itself and stored in English ("Unpaid on ticket T2026-000012",
    'Prepaid card "Member C"'), as a Text the interface shows in the user's language; anything
    else (what a person typed) as it is. A note typed after the name ("Debt payment: cash at
    the desk") is kept as typed."""
    value = value or ""
    found = _match_stored(value)
    if found is not None:
        return found
    head, separator, note = value.partition(": ")
    found = _match_stored(head) if separator else None
    if found is not None:
        return Text(error_texts.WITH_NOTE, what=found, note=note)
    return value
