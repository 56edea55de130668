"""The customer list's queries, built on services.search.build_query.

The list shows its first page from a count and a LIMIT query (a few milliseconds even with
100,000 customers) and reads the whole ordered id list afterwards; ``all_ids`` runs the query
through Core, which is markedly faster than ORM rows for a hundred thousand ids.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services.jobs import Job
from salon_desk.services.search.lookup import CustomerFilter, build_query


def count_ids(session: Session, flt: CustomerFilter) -> int:
    """How many customers match the filter."""
    inner = build_query(flt).order_by(None).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


def first_ids(session: Session, flt: CustomerFilter, sort: str = "name",
              descending: bool = False, limit: int = 200) -> list[int]:
    """The first ``limit`` matching ids in list order."""
    stmt = build_query(flt, sort, descending).limit(limit)
    return list(session.connection().execute(stmt).scalars())


def all_ids(session: Session, flt: CustomerFilter, sort: str = "name",
            descending: bool = False) -> list[int]:
    """Every matching id in list order (the same as search.search_ids, faster)."""
    return list(session.connection().execute(build_query(flt, sort, descending)).scalars())


def read_all_ids(db: Database, flt: CustomerFilter, sort: str = "name",
                 descending: bool = False) -> Job[list[int]]:
    """``all_ids`` in a session of its own, as a long job (services.jobs) for the list to run
    off the UI thread; busy until the ids are read."""
    yield 0, 0
    with db.session() as session:
        return all_ids(session, flt, sort, descending)
