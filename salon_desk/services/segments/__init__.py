"""Segments: groups of customers found by what they are, booked, spent and may receive.

``Criteria`` (criteria.py) holds a filter; conditions.py turns it into SQL; query.py counts and
lists the customers it finds in the list's order and with its text search; saved.py keeps
filters under a name; names.py reads the names typed on the command line; choices.py lists the
values criteria take.

Imported lazily: the command line reads choices.py to build its options without loading
SQLAlchemy.
"""

from __future__ import annotations

import importlib

# (The list model pages segments.query.query: the module of that name hides the function here.)
_EXPORTS = {"Criteria": "criteria", "count": "query", "ids": "query"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
