"""Checks every ORM flush runs: registered by the layer that knows them (salon_desk.services:
the columns' lengths, services.lengths), run by models.db before each flush.

Plain Python, importing nothing: registering a check loads neither SQLAlchemy nor the models,
so that `salon-desk search` (cli.quick_search) can use the services' search SQL without them.
"""

from __future__ import annotations

from collections.abc import Callable

CHECKS: list[Callable] = []  # each called as check(session, flush_context, instances)


def run(session, flush_context, instances) -> None:
    for check in CHECKS:
        check(session, flush_context, instances)
