"""Close matches: the customers a text would find with one typo corrected.

A word of four or more letters typed with one letter wrong, missing or extra, or two
neighbouring letters swapped (Damerau-Levenshtein distance 1: "Pjzos", "Pzos", "Pazoss",
"Paozs" for Pazos) finds the customers whose first name or surname has the word meant; an
email local part typed so finds that email. Texts of three letters or fewer never have close
matches: too many words are one typo away from them. A word of three letters beside a longer
one may be a four-letter word with a letter missing ("Nilda Cifuentes Len" finds Nilda
Cifuentes León).

Everything is looked up in the search index (SQLite's FTS5 tables, or a salon server's
trigram and word indexes: services.search.dialect), never by reading every customer:

- Names and short email local parts: models.search_words, the vocabulary with its one-letter
  deletions. One indexed lookup of the typed word's own deletions gives the known words that
  may be one typo away; rapidfuzz keeps those that are; the trigram index gives the customers
  having them.
- Longer email local parts: the trigram index. With one typo at position p of the typed local
  part q, the email's local part starts with q[:p] and ends with q[p+2:]. The positions are
  taken in ranges; for each range, the start and the end that every position in it leaves
  intact make one query ("| mari" and "azos@": the body puts " | " before each field), whose
  first EMAIL_CANDIDATES customers by id rapidfuzz checks.

In a text of several words, any one of them may be the one with the typo; the others match as
they do in the search. Plain SQL on a DB-API connection, like services.search.sql.
"""

from __future__ import annotations

from salon_desk.services.search.dialect import Groups, of
from salon_desk.services.search.sql import CLOSE_LIMIT, Sql, clean_query, query_tokens, tokens_sql
from salon_desk.text.fold import fold
from salon_desk.text.search import MAX_LOCAL, MIN_WORD, deletions

MIN_LENGTH = MIN_WORD  # shorter typed words alone get no close matches
EMAIL_CANDIDATES = 200  # trigram-index rows checked per range of typo positions
ANCHOR = 9  # characters the start and end kept by a range of typo positions have in all


def close_ids(conn, query: str, limit: int = CLOSE_LIMIT) -> list[int]:
    """Live customers one typo away from the text and not matched by it, in name order (at
    most ``limit``); ``conn`` is a DB-API connection (sqlite3, or psycopg on a server)."""
    dialect = of(conn)
    long_tokens, short_tokens = query_tokens(clean_query(query))
    clauses, params = [], {}
    for i, token in enumerate(long_tokens):
        others = long_tokens[:i] + long_tokens[i + 1:]
        if len(token) < MIN_LENGTH and not any(len(o) >= MIN_LENGTH for o in others):
            continue  # three letters are a typo ("Len" for León) only beside a longer word
        condition, more = _near(conn, token, others, f"n{i}")
        if condition:
            clauses.append(f"({condition})")
            params |= more
    if not clauses:
        return []
    exact, exact_params = tokens_sql(long_tokens, short_tokens, key="x", dialect=dialect)
    params |= exact_params
    also = ""
    if short_tokens:  # the name-word prefixes typed with the word, as they match
        short, short_params = tokens_sql([], short_tokens, key="s", dialect=dialect)
        also = f" AND {short}"
        params |= short_params
    return [cid for (cid,) in dialect.rows(
        conn, f"SELECT id FROM customers WHERE merged_into_id IS NULL AND "
              f"({' OR '.join(clauses)}){also} AND NOT ({exact}) "
              f"ORDER BY {dialect.name_order} LIMIT {int(limit)}", params)]


def one_typo(a: str, b: str) -> bool:
    """True when b is a with one letter wrong, missing or extra, or two neighbours swapped."""
    from rapidfuzz.distance import OSA  # only when looking for close matches

    return a != b and OSA.distance(a, b, score_cutoff=1) <= 1


def candidates(conn, word: str) -> list[str]:
    """Known words that may be one typo away from a folded word: those sharing one of its
    deletions (models.search_words). Within two typos; close_words keeps those within one."""
    keys = {f"v{i}": key for i, key in enumerate(sorted(deletions(word)))}
    marks = ", ".join(f":{name}" for name in keys)
    return [w for (w,) in of(conn).rows(
        conn, f"SELECT DISTINCT word FROM search_variants WHERE variant IN ({marks})", keys)]


def close_words(conn, word: str) -> list[str]:
    """Known name words (and short email local parts) one typo away from a folded word of
    three letters or more (the words themselves have four or more)."""
    if len(word) < MIN_LENGTH - 1:
        return []
    return sorted(w for w in candidates(conn, word) if len(w) >= MIN_LENGTH and one_typo(word, w))


def _near(conn, token: str, others: list[str], key: str) -> Sql:
    """Condition on customers.id: found by ``token`` with one typo corrected, and by the
    ``others`` tokens as they are ("" when nothing can be)."""
    dialect = of(conn)
    local, at, domain = token.partition("@")
    conditions, params = [], {}
    rest = [[other] for other in others]
    words = close_words(conn, local)
    if words:
        # One condition: FTS5 stops early when another word of the text finds no one.
        condition, params = dialect.fragments([[w + at + domain for w in words], *rest], key)
        conditions.append(condition)
    if len(local) >= MAX_LOCAL and (ids := close_email_ids(conn, local, domain)):
        listed = f"customers.id IN ({', '.join(str(int(i)) for i in ids)})"
        if others:
            condition, more = dialect.fragments(rest, f"{key}e")
            listed += f" AND {condition}"
            params |= more
        conditions.append(f"({listed})")
    return " OR ".join(conditions), params


def email_fragments(local: str, domain: str = "") -> list[Groups]:
    """Fragment queries of the index body (services.search.dialect) that, together, find
    every email whose local part is one typo away from ``local`` (and whose domain starts with
    ``domain``)."""
    n, end = len(local), "@" + domain
    if n < MIN_LENGTH:
        return []
    # A typo at position p keeps the start local[:p] and the end local[p + 2:]. At p = 0 the
    # end is all there is; from p = n - 3 on, the start is long enough alone. Between, the
    # positions go in ranges lo..hi that all keep local[:lo] and local[hi + 2:], both long
    # enough to look up (three characters with "| " and "@"), ANCHOR characters together.
    last = n - 3
    queries = [[[local[2:] + end]]]
    width = max(0, n + 1 - ANCHOR)
    lo = 1
    while lo < last:
        hi = min(last - 1, lo + width)
        queries.append([["| " + local[:lo]], [local[hi + 2:] + end]])
        lo = hi + 1
    queries.append([["| " + local[:last]]])
    return queries


def close_email_ids(conn, local: str, domain: str = "") -> list[int]:
    """Live customers whose email's local part is one typo away from ``local``."""
    dialect = of(conn)
    selects, params = [], {}
    for i, groups in enumerate(email_fragments(local, domain)):
        select, more = dialect.first_rows(groups, EMAIL_CANDIDATES, f"e{i}")
        selects.append(select)
        params |= more
    if not selects:
        return []
    found = []
    for cid, email in dialect.rows(
            conn, "SELECT id, email FROM customers WHERE merged_into_id IS NULL AND email IS NOT "
                  f"NULL AND id IN ({' UNION '.join(selects)})", params):
        their_local, _at, their_domain = fold(email).partition("@")
        if their_domain.startswith(domain) and one_typo(local, their_local):
            found.append(cid)
    return found
