"""A clause of a SQLAlchemy statement that differs by engine (the SQLAlchemy side of
services.search.dialect): ``either(sqlite, server)`` compiles to ``sqlite`` on SQLite and to
``server`` on a salon server, so that a statement is built once, without knowing where it runs,
and keeps its place in SQLAlchemy's statement cache (both clauses are part of its key).
``glob`` is SQLite's GLOB on both."""

from __future__ import annotations

import re

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class Either(ColumnElement):
    """A clause that is ``sqlite`` on SQLite and ``server`` on a salon server."""

    inherit_cache = True
    _traverse_internals = [("sqlite", InternalTraversal.dp_clauseelement),
                           ("server", InternalTraversal.dp_clauseelement)]

    def __init__(self, sqlite, server) -> None:
        self.sqlite, self.server = sqlite, server
        self.type = sqlite.type


@compiles(Either)
def _on_sqlite(element: Either, compiler, **kw) -> str:
    return compiler.process(element.sqlite, **kw)


@compiles(Either, "postgresql")
def _on_server(element: Either, compiler, **kw) -> str:
    return compiler.process(element.server, **kw)


def either(sqlite, server) -> Either:
    return Either(sqlite, server)


def glob(value, pattern: str):
    """``value GLOB pattern`` (case-sensitive; ``*``, ``?`` and ``[...]`` as SQLite reads
    them); on a server the same pattern as a regular expression of the whole value."""
    return either(value.op("GLOB", is_comparison=True)(pattern),
                  value.regexp_match(glob_regex(pattern)))


def glob_regex(pattern: str) -> str:
    """A GLOB pattern as a PostgreSQL regular expression matching the whole text."""
    out, i = ["^"], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[" and (end := pattern.find("]", i + 2)) != -1:
            out.append(pattern[i:end + 1])  # a set: the same syntax, ^ negating it
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out) + "$"
