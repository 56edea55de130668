"""Close matches: the customers a text would find with one typo corrected.

A word of four or more letters typed with one letter wrong, missing or extra, or two
neighbouring letters swapped (Damerau-Levenshtein distance 1: "Pjzos", "Pazo s", "Pazoss",
"Paozs" for Pazos) finds the customers whose first name or surname has the word meant; an
email local part typed so finds that email. Words of three letters or fewer never have close
matches: too many words are one typo away from them.

Everything is looked up in SQLite's indexes, never by reading every customer:

- Names and short email local parts: models.search_words, the vocabulary with its one-letter
  deletions. One indexed lookup of the typed word's own deletions gives the known words that
  may be one typo away; rapidfuzz keeps those that are; the trigram index gives the customers
  having them.
- Longer email local parts: the trigram index. With one typo at position p of the typed local
  part q, the email's local part starts with q[:p] and ends with q[p+2:]. The positions are
  taken in ranges; for each range, the start and the end that every position in it leaves
  intact make one query ("| mari" AND "azos@": the body puts " | " before each field), whose
  first EMAIL_CANDIDATES customers rapidfuzz checks.

In a text of several words, any one of them may be the one with the typo; the others match as
they do in the search.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from salon_desk.models import Customer, search_words
from salon_desk.models.search_index import fold
from salon_desk.services.search import clean_query, query_tokens, quote, tokens_condition

MIN_LENGTH = search_words.MIN_WORD  # shorter typed words get no close matches
CLOSE_LIMIT = 500  # at most this many close matches are listed, first by name
EMAIL_CANDIDATES = 200  # trigram-index rows checked per range of typo positions
ANCHOR = 9  # characters the start and end kept by a range of typo positions have in all


def close_ids(session: Session, query: str, limit: int = CLOSE_LIMIT) -> list[int]:
    """Live customers one typo away from the text, not matched by it, in name order."""
    long_tokens, short_tokens = query_tokens(clean_query(query))
    conn = session.connection()
    clauses = []
    for i, token in enumerate(long_tokens):
        near = _near(conn, token, i)
        if near is None:
            continue
        others = long_tokens[:i] + long_tokens[i + 1:]
        if others or short_tokens:
            near = and_(near, tokens_condition(others, short_tokens, key=f"o{i}"))
        clauses.append(near)
    if not clauses:
        return []
    exact = tokens_condition(long_tokens, short_tokens, key="x")
    stmt = (select(Customer.id)
            .where(Customer.merged_into_id.is_(None), or_(*clauses), ~exact)
            .order_by(Customer.sort_name, Customer.id)
            .limit(limit))
    return list(session.scalars(stmt))


def one_typo(a: str, b: str) -> bool:
    """True when b is a with one letter wrong, missing or extra, or two neighbours swapped."""
    from rapidfuzz.distance import OSA  # only when looking for close matches

    return a != b and OSA.distance(a, b, score_cutoff=1) <= 1


def close_words(conn: Connection, word: str) -> list[str]:
    """Known name words (and short email local parts) one typo away from a folded word."""
    if len(word) < MIN_LENGTH:
        return []
    return sorted(w for w in search_words.candidates(conn, word)
                  if len(w) >= MIN_LENGTH and one_typo(word, w))


def _near(conn: Connection, token: str, i: int):
    """Condition on Customer.id: a customer found by ``token`` with one typo corrected."""
    local, at, domain = token.partition("@")
    conditions = []
    words = close_words(conn, local)
    if words:
        phrases = " OR ".join(quote(w + at + domain) for w in words)
        conditions.append(Customer.id.in_(
            select(text("rowid")).select_from(text("customer_fts")).where(
                text(f"customer_fts MATCH :near{i}").bindparams(**{f"near{i}": phrases}))))
    if len(local) >= search_words.MAX_LOCAL:
        ids = close_email_ids(conn, local, domain)
        if ids:
            conditions.append(Customer.id.in_(ids))
    return or_(*conditions) if conditions else None


def email_queries(local: str, domain: str = "") -> list[str]:
    """FTS5 queries of the trigram index that, together, find every email whose local part is
    one typo away from ``local`` (and whose domain starts with ``domain``)."""
    n = len(local)
    width = max(0, n + 1 - ANCHOR)
    queries = []
    lo = 0
    while lo <= n:
        hi = min(n, lo + width)
        # A typo at any position p in lo..hi keeps the start local[:lo] and the end
        # local[hi + 2:]; an anchor under three characters cannot be looked up.
        parts = [part for part in ("| " + local[:lo], local[hi + 2:] + "@" + domain)
                 if len(part) >= 3]
        if parts:
            queries.append(" AND ".join(quote(part) for part in parts))
        lo = hi + 1
    return queries


def close_email_ids(conn: Connection, local: str, domain: str = "") -> list[int]:
    """Live customers whose email's local part is one typo away from ``local``."""
    queries = email_queries(local, domain)
    if not queries:
        return []
    union = " UNION ".join(
        "SELECT * FROM (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? "
        f"LIMIT {EMAIL_CANDIDATES})" for _ in queries)
    found = []
    for cid, email in conn.exec_driver_sql(
            f"SELECT id, email FROM customers WHERE merged_into_id IS NULL AND email IS NOT "
            f"NULL AND id IN ({union})", tuple(queries)):
        their_local, _at, their_domain = fold(email).partition("@")
        if their_domain.startswith(domain) and one_typo(local, their_local):
            found.append(cid)
    return found
