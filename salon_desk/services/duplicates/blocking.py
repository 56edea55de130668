"""Which customers are worth comparing: blocking keys, so the work grows with n, not n².

Every customer gets a handful of keys; only customers that share a key are compared:

- the email, and each phone (last nine digits);
- each surname word's phonetic code (normalise.phonetic: b/v, c/s/z, silent h, vowels do not
  count) with the first name's initial (nicknames resolved: Paco counts as F for Francisco):
  typos, accents, compound surnames and maiden names kept as one of the surnames still meet;
- the same with first and last name read the other way round (swapped names meet);
- birth day and month with the first initial; postcode with the start of the surname;
- sorted neighbourhoods: in "last first" order, and in the order of the names written
  backwards, each customer is compared with the next few (a typo in the first letters).

Inside a name block a cheap Jaro-Winkler test on the first names (or a token-set test on the
whole names) drops pairs that clearly differ before the full comparison. A block bigger than
``MAX_BLOCK`` (a common surname with a common initial, a salon's own phone typed as everyone's)
is not compared all-pairs: its members are sorted by name and each is compared with the next
``WINDOW`` only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from salon_desk.services.duplicates.normalise import phonetic
from salon_desk.services.duplicates.records import Person

MAX_BLOCK = 40
MAX_CONTACT_BLOCK = 12
WINDOW = 5
NEIGHBOURS = 4
FIRST_CUTOFF = 0.8  # Jaro-Winkler of the first names inside a surname block
NAME_CUTOFF = 70.0  # token-set ratio of whole names inside birth date / postcode blocks

_jw = JaroWinkler.normalized_similarity
# Block kinds: how the members' text is compared before the full comparison.
CONTACT, FIRST, WHOLE = 0, 1, 2


def _initials(p: Person) -> set[str]:
    """First letters the first name may stand for (P and J for "Pepe" = José)."""
    if not p.forms:
        return {"_"}
    out = set()
    for form in p.forms:
        for name in form[0]:
            out.add(name[0])
    return out


def _canonical_first(p: Person) -> str:
    """The first name with each word replaced by its (alphabetically first) canonical name."""
    if not p.forms:
        return ""
    words = []
    for names in p.forms[0]:
        words.append(min(names) if len(names) > 1 else next(iter(names)))
    return " ".join(words)


def _swapped_first(p: Person) -> str:
    return p.last_tokens[0] if p.last_tokens else ""


def block_entries(people: list[Person]) -> dict[tuple[int, str], list[tuple[int, str]]]:
    """Blocks as {(kind, key): [(index, text compared inside the block)]}."""
    blocks: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for i, p in enumerate(people):
        if p.email:
            blocks[CONTACT, "e" + p.email].append((i, ""))
        for phone in p.phones:
            blocks[CONTACT, "p" + phone].append((i, ""))
        first = _canonical_first(p)
        whole = p.swapped
        initials = _initials(p)
        surname_words = [t for t in p.last_tokens if len(t) > 1]
        if not surname_words and len(p.forms) and len(p.forms[0]) > 1:
            # "Ana García" typed in the first-name field: its later words are surnames.
            surname_words = list(p.first.split()[1:])
        for word in surname_words:
            code = phonetic(word)
            for initial in initials:
                blocks[FIRST, f"n{code}{initial}"].append((i, first))
        if p.last_tokens and p.first:
            # The same keys with first and last name read the other way round.
            swapped_initial = p.last_tokens[0][0]
            other = _swapped_first(p)
            for word in p.first.split():
                if len(word) > 1:
                    blocks[FIRST, f"n{phonetic(word)}{swapped_initial}"].append((i, other))
        if p.month and p.day:
            for initial in initials:
                blocks[WHOLE, f"b{p.month}-{p.day}{initial}"].append((i, whole))
            if p.year:
                # The whole birth date alone: a surname changed or missing, a first name
                # misspelt in its first letter; the full comparison decides.
                blocks[CONTACT, f"d{p.year}-{p.month}-{p.day}"].append((i, ""))
        _address_keys(blocks, i, p, surname_words, initials, whole)
    return blocks


def _address_keys(blocks, i: int, p: Person, surname_words: list[str], initials: set[str],
                  whole: str) -> None:
    """Postcode with the start of the surname, and with the first initial; the street's
    phonetic code with the house number (no contact details needed)."""
    if p.postcode:
        if surname_words:
            blocks[WHOLE, f"a{p.postcode}{surname_words[0][:2]}"].append((i, whole))
        first = _canonical_first(p)
        for initial in initials:
            blocks[FIRST, f"i{p.postcode}{initial}"].append((i, first))
    elif p.street and p.number and surname_words:
        blocks[WHOLE, f"s{p.street[:10]}{p.number}{surname_words[0][:2]}"].append((i, whole))
    if p.street and p.number:
        code = phonetic(p.street.split()[0])
        blocks[CONTACT, f"h{code}{p.number}{p.postcode[:2]}"].append((i, ""))


def _pairs_in_block(
    kind: int, entries: list[tuple[int, str]], people: list[Person]
) -> Iterator[tuple[int, int]]:
    size = len(entries)
    limit = MAX_CONTACT_BLOCK if kind == CONTACT else MAX_BLOCK
    if size > limit:
        # Too big to compare all-pairs: sort by name and compare neighbours only.
        if kind == CONTACT:
            kind = WHOLE
            entries = [(i, people[i].swapped) for i, _text in entries]
        entries = sorted(entries, key=lambda e: (e[1], people[e[0]].swapped))
        window = WINDOW
    else:
        window = size
    if kind == CONTACT:
        for x in range(size):
            i = entries[x][0]
            for y in range(x + 1, size):
                yield i, entries[y][0]
        return
    scorer, cutoff = (_jw, FIRST_CUTOFF) if kind == FIRST else (fuzz.token_set_ratio, NAME_CUTOFF)
    for x in range(size - 1):
        i, text = entries[x]
        if not text:
            continue
        end = min(size, x + 1 + window)
        if end - x <= 4:
            for y in range(x + 1, end):
                j, other = entries[y]
                if other and scorer(text, other) >= cutoff:
                    yield i, j
        else:
            choices = [e[1] for e in entries[x + 1:end]]
            for _text, _score, k in process.extract(
                    text, choices, scorer=scorer, score_cutoff=cutoff, limit=None):
                yield i, entries[x + 1 + k][0]


def _neighbourhood(people: list[Person]) -> Iterator[tuple[int, int]]:
    """Each customer against the next few in name order, forwards and written backwards."""
    for key in (lambda i: people[i].name, lambda i: people[i].name[::-1]):
        order = sorted((i for i in range(len(people)) if people[i].name), key=key)
        for x in range(len(order) - 1):
            i = order[x]
            text = people[i].name
            for y in range(x + 1, min(len(order), x + 1 + NEIGHBOURS)):
                j = order[y]
                if _jw(text, people[j].name) >= 0.9:
                    yield i, j


def _unseen(pairs: Iterable[tuple[int, int]], n: int, seen: set[int]
            ) -> Iterator[tuple[int, int]]:
    """The pairs not in ``seen`` yet (a pair of n people coded as one number), each as (lower
    index, higher index) and added to it; a customer is never paired with itself."""
    for i, j in pairs:
        if i == j:
            continue
        if i > j:
            i, j = j, i
        code = i * n + j
        if code not in seen:
            seen.add(code)
            yield i, j


def candidate_pairs(
    people: list[Person], progress: list[int] | None = None
) -> Iterator[tuple[int, int] | None]:
    """Each pair worth a full comparison, once, as (lower index, higher index).

    Now and then it yields None instead, with ``progress`` (if given) set to
    [blocks done, blocks in all], so a caller can report progress and be cancelled.
    """
    n = len(people)
    seen: set[int] = set()
    blocks = block_entries(people)
    total = len(blocks) + 1
    if progress is not None:
        progress[:] = [0, total]
    for done, ((kind, _key), entries) in enumerate(blocks.items()):
        if done % 4000 == 0:
            if progress is not None:
                progress[0] = done
            yield None
        if len(entries) < 2:
            continue
        yield from _unseen(_pairs_in_block(kind, entries, people), n, seen)
    yield from _unseen(_neighbourhood(people), n, seen)
    if progress is not None:
        progress[0] = total
