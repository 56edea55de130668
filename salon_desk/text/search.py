"""Text as the customer search index holds it and as queries are read: folded, cut into words.

Plain Python on purpose (no SQLAlchemy, no Qt): the index writer (models.search_index,
models.search_words), the search (services.search.sql) and the quick command line
(``salon-desk search`` without the ORM, cli.quick_search) all use these same functions. The
folding itself is salon_desk.text.fold, the one the duplicate finder uses too.
"""

from __future__ import annotations

import re

from salon_desk.text.fold import fold

# The format of what the index holds (fold and the words here; index_body, index_words and
# phone_digits in models.search_index): raise it whenever one of them changes. The database
# keeps the format its index was written in (PRAGMA user_version); models.db re-indexes a
# file whose format differs when it opens it.
# 2: the vocabulary of close matches (search_variants) is part of the index.
# 3: one folding with the duplicate finder (Greek and Cyrillic written in Latin, the marks of
#    every script dropped); the name words (index_words) and sort names folded too.
INDEX_FORMAT = 3

MIN_WORD = 4  # shorter words (Ana, Li, Eva) never get close matches: too many are one typo away
MAX_WORD = 40  # longer "words" are not names; they are left out
MAX_LOCAL = 7  # email local parts up to this long are vocabulary words; longer ones use trigrams

_WORDS = re.compile(r"[^\W\d_]+")  # letters only: "Name2499" is no name to correct


def deletions(word: str) -> set[str]:
    """The word and every string made from it by deleting one letter."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def name_words(folded: str) -> set[str]:
    """The words of a folded name that can have close matches: its runs of letters."""
    return {w for w in _WORDS.findall(folded) if MIN_WORD <= len(w) <= MAX_WORD}


def email_word(folded_email: str) -> str | None:
    """A short email local part, kept as a word ("pazos" of "pazos@example.com")."""
    local, at, _domain = folded_email.partition("@")
    return local if at and MIN_WORD <= len(local) <= MAX_LOCAL else None


def customer_words(first: str | None, last: str | None, email: str | None) -> set[str]:
    """The vocabulary words of one customer."""
    words = name_words(fold(first)) | name_words(fold(last))
    if email and (local := email_word(fold(email))):
        words.add(local)
    return words
