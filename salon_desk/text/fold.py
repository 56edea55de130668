"""The one folding of Salon Desk: what the search index holds, what queries are read as, and
what the duplicate finder compares.

``fold`` gives lower case without accents, the letters that do not decompose written as plain
Latin ("ß" "ss", "ø" "o", "æ" "ae", Turkish "ı" "i"), compatibility forms as their plain letters
(ligatures, full-width letters), combining marks of any script dropped, and Greek and Cyrillic
letters written in Latin, so "Ηλίας" and "Ilias" or "Ольга" and "Olga" compare equal. Punctuation
and spaces stay: the search finds "o'brien" and "ana@example.com" as typed. ``fold_words`` is
the same text cut into words of Latin letters and digits, as the duplicate finder reads names.

Done with C-speed string methods: a scan folds hundreds of thousands of names, and plain ASCII
(most of them) is only lower-cased.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe",
                          "ı": "i"})
# The marks of the Latin alphabet's accents; other scripts' marks are found one by one.
_ACCENTS = re.compile("[\u0300-\u036f]+")
# Greek (ELOT 743, simplified) and Cyrillic (Ukrainian/Russian, simplified) to Latin.
_TRANSLIT = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r",
    "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e",
    "ъ": "", "ё": "e",
})
_GREEK_DIGRAPHS = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("μπ", "b"),
                   ("ντ", "d"), ("γκ", "g"), ("αυ", "av"), ("ευ", "ev"))
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(value: str | None) -> str:
    """Lower case without accents, Greek and Cyrillic in Latin ("Ηλίας O'Brien-Pérez" ->
    "ilias o'brien-perez")."""
    if not value:
        return ""
    text = value.casefold()
    if text.isascii():
        return text
    text = _ACCENTS.sub("", unicodedata.normalize("NFKD", text.translate(_SPECIAL)))
    if text.isascii():
        return text.lower()  # "ᴬ" and "ℂ" decompose to capitals
    # Marks outside the Latin accents' block, and capitals that only NFKD made ("ℌ" is "H").
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.translate(_SPECIAL)
    for greek, latin in _GREEK_DIGRAPHS:
        text = text.replace(greek, latin)
    return text.translate(_TRANSLIT)


def fold_words(value: str | None) -> str:
    """The folded words, Latin letters and digits only, separated by single spaces
    ("Ηλίας O'Brien-Pérez" -> "ilias o brien perez")."""
    return _NON_WORD.sub(" ", fold(value)).strip()
