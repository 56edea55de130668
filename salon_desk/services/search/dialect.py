"""The one place where the customer search differs by engine.

On SQLite the search index is two FTS5 tables (models.search_index): ``customer_fts``, with the
trigram tokenizer, finds any fragment of three characters or more; ``customer_words``, with the
unicode61 tokenizer and prefix indexes, the first letters of name words. A salon server
(PostgreSQL) holds the same folded text in plain tables of the same names: a fragment is a LIKE
pattern on ``customer_fts.body`` (answered by its pg_trgm GIN index), the first letters of a
word a prefix query of ``to_tsvector('simple', words)`` (its GIN index). Both hold folded text
and queries are folded before they get here (services.search.sql), so accents, case and
scripts need nothing of either engine.

services.search writes every query once, over what a dialect gives:

- ``fragments(groups, key)``: the customers whose index body holds, of every group, one of its
  strings (``[["ana"], ["lopez", "lopes"]]``: "ana" and either spelling);
- ``prefixes(prefixes, key, alone)``: the customers with a name word starting with each
  prefix (``alone``: with no fragment beside them);
- ``first_rows(groups, limit, key)``: the first ``limit`` index rows, by id, of a ``fragments``
  condition (FTS5 returns rows in id order);
- ``name_order``: ORDER BY the list's name order. SQLite compares bytes; a server compares by
  the database's collation unless told ``COLLATE "C"`` (byte order, as SQLite);
- ``rows(conn, sql, params)``: a statement with ``:name`` parameters run on the DB-API
  connection (sqlite3's or psycopg's) the search box and ``salon-desk search`` read through.

``of(conn)`` is the dialect of a DB-API connection, ``by_name`` of a SQLAlchemy dialect's name;
services.search.either makes a clause of a SQLAlchemy statement that compiles to one or the
other on the engine it runs on. Plain Python, as services.search.sql: the command line
searches without importing SQLAlchemy.
"""

from __future__ import annotations

import re
import sqlite3

from salon_desk.text.word_breaks import words

Sql = tuple[str, dict]  # an SQL condition (or statement) with its named parameters
Groups = list[list[str]]  # fragments: of every group, one of its strings

NOTHING = "customers.id IS NULL"  # a condition no customer meets


def quote(token: str) -> str:
    """A token as an FTS5 string (any characters, matched as they are)."""
    return '"' + token.replace('"', '""') + '"'


def like_pattern(fragment: str) -> str:
    """A LIKE pattern finding the fragment anywhere, its own % _ and \\ taken literally."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Fts5:
    """SQLite: MATCH queries of the FTS5 tables, one parameter each."""

    name = "sqlite"
    name_order = "sort_name, id"
    max_id = 2**63 - 1  # an INTEGER PRIMARY KEY is 64-bit

    @staticmethod
    def _match(groups: Groups) -> str:
        return " AND ".join(quote(g[0]) if len(g) == 1 else
                            "(" + " OR ".join(quote(s) for s in g) + ")" for g in groups)

    def fragments(self, groups: Groups, key: str) -> Sql:
        return (f"customers.id IN (SELECT rowid FROM customer_fts WHERE customer_fts "
                f"MATCH :{key})", {key: self._match(groups)})

    def prefixes(self, prefixes: list[str], key: str, alone: bool = False) -> Sql:
        return (f"customers.id IN (SELECT rowid FROM customer_words WHERE customer_words "
                f"MATCH :{key})", {key: " AND ".join(quote(p) + "*" for p in prefixes)})

    def first_rows(self, groups: Groups, limit: int, key: str) -> Sql:
        return (f"SELECT * FROM (SELECT rowid FROM customer_fts WHERE customer_fts MATCH :{key} "
                f"LIMIT {int(limit)})", {key: self._match(groups)})

    @staticmethod
    def rows(conn, sql: str, params: dict):
        return conn.execute(sql, params)


_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class Server:
    """PostgreSQL: LIKE patterns of the trigram-indexed body, prefix queries of the word
    index; one parameter per string."""

    name = "postgresql"
    name_order = 'sort_name COLLATE "C", id'
    max_id = 2**31 - 1  # the ids are the server's integer: 32-bit

    @staticmethod
    def _among(select: str) -> str:
        # The trigram index's rows first, then the customers by their key: written as IN, the
        # planner guesses far more rows than the index finds and reads every customer. Not
        # for word prefixes beside fragments: their IN is a hashed semi-join, which an array
        # of thousands of ids tested row by row would not be.
        return f"customers.id = ANY (ARRAY({select}))"

    @staticmethod
    def _where(groups: Groups, key: str) -> Sql:
        conditions, params = [], {}
        for i, group in enumerate(groups):
            likes = []
            for j, fragment in enumerate(group):
                params[f"{key}_{i}_{j}"] = like_pattern(fragment)
                likes.append(f"body LIKE :{key}_{i}_{j}")
            conditions.append(likes[0] if len(likes) == 1 else "(" + " OR ".join(likes) + ")")
        return " AND ".join(conditions), params

    def fragments(self, groups: Groups, key: str) -> Sql:
        where, params = self._where(groups, key)
        return self._among(f"SELECT rowid FROM customer_fts WHERE {where}"), params

    def prefixes(self, prefixes: list[str], key: str, alone: bool = False) -> Sql:
        """``alone``: no fragment narrows the customers first."""
        # FTS5 cuts a typed prefix into words as it cuts names ("_a"* looks for "a"); a
        # prefix without a word finds nobody.
        cut = [words(p) for p in prefixes]
        if any(len(w) != 1 for w in cut):
            return NOTHING, {}
        # Cast, not to_tsquery: the word is used as it is, not cut again by the server.
        query = " & ".join("'" + w[0].replace("\\", "\\\\").replace("'", "''") + "':*"
                           for w in cut)
        select = ("SELECT rowid FROM customer_words WHERE to_tsvector('simple', words) @@ "
                  f"CAST(:{key} AS tsquery)")
        if alone:
            return self._among(select), {key: query}
        return f"customers.id IN ({select})", {key: query}

    def first_rows(self, groups: Groups, limit: int, key: str) -> Sql:
        where, params = self._where(groups, key)
        return (f"SELECT * FROM (SELECT rowid FROM customer_fts WHERE {where} ORDER BY rowid "
                f"LIMIT {int(limit)}) AS {key}", params)

    @staticmethod
    def rows(conn, sql: str, params: dict):
        """psycopg's placeholders are %(name)s, and a % of the statement itself is %%."""
        return conn.execute(_PARAM.sub(r"%(\1)s", sql.replace("%", "%%")), params)


SQLITE = Fts5()
SERVER = Server()


def of(conn) -> Fts5 | Server:
    """The dialect of a DB-API connection: sqlite3's, else a salon server's (psycopg)."""
    return SQLITE if isinstance(conn, sqlite3.Connection) else SERVER


def by_name(name: str) -> Fts5 | Server:
    """The dialect of a SQLAlchemy dialect name ("sqlite", "postgresql")."""
    return SQLITE if name == "sqlite" else SERVER
