"""The first names Salon Desk knows, shipped with it (first_names.txt).

With the nickname table (services.duplicates.nicknames) they say whether a spelling is a real
name, so the duplicate finder counts "Lucas" / "Lucía" or "Marta" / "María" as two names, not a
typo. The list was taken once from Faker's name lists (scripts/make_first_names.py, the version
in the file's header) and is read from the file, so a Faker upgrade cannot change how sure the
duplicate finder is.
"""

from __future__ import annotations

import functools
from pathlib import Path

from salon_desk.text.fold import fold_words

FIRST_NAMES_FILE = Path(__file__).resolve().parent / "first_names.txt"
SHORTEST = 3  # shorter words of a name ("Mª", "Jo") say nothing about the spelling


@functools.cache
def first_names() -> frozenset[str]:
    """The folded words of SHORTEST letters or more of the shipped first names."""
    words: set[str] = set()
    with FIRST_NAMES_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                words.update(w for w in fold_words(line).split() if len(w) >= SHORTEST)
    return frozenset(words)
