"""How long an SMS is and how many messages (segments) it costs.

A text in the GSM 03.38 alphabet travels in 7-bit characters (GSM-7): 160 in one message, 153
in each part of a longer one (the rest carries the header that joins them). The characters of
its extension table (€ [ ] { } \\ ^ ~ |, form feed) take two (an escape and the character), and
the two are never split between parts. Any other character (á, ç, an emoji) sends the whole
text as UCS-2: 70 UTF-16 units in one message, 67 in each part; an emoji outside the basic
plane takes two units, never split either.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

SINGLE = {"GSM-7": 160, "UCS-2": 70}
PART = {"GSM-7": 153, "UCS-2": 67}


@dataclass(frozen=True)
class SmsLength:
    characters: int
    segments: int
    encoding: str  # "GSM-7" or "UCS-2"


def _units(text: str) -> tuple[str, list[int]]:
    """The encoding and the size of each character in it (septets or UTF-16 units)."""
    if all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text):
        return "GSM-7", [2 if ch in GSM_EXTENSION else 1 for ch in text]
    return "UCS-2", [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _parts(sizes: list[int], room: int) -> int:
    parts, used = 1, 0
    for size in sizes:
        if used + size > room:
            parts, used = parts + 1, 0
        used += size
    return parts


def sms_parts(text: str) -> SmsLength:
    """Characters, segments and encoding of an SMS text (0 segments for no text)."""
    encoding, sizes = _units(text)
    total = sum(sizes)
    if total == 0:
        segments = 0
    elif total <= SINGLE[encoding]:
        segments = 1
    else:
        segments = _parts(sizes, PART[encoding])
    return SmsLength(len(text), segments, encoding)
