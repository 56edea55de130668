"""A segment over the customer list: its query, its count and its ids in list order.

The segment's conditions are added to the list's own query (services.search.lookup
build_query), so they combine with the typed text, the list's other filters and its order; the
list model pages ``query(...)`` as it pages any filter (count, then LIMIT/OFFSET).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services.jobs import Job
from salon_desk.services.search.lookup import CustomerFilter, build_query
from salon_desk.services.segments.conditions import Moment, conditions
from salon_desk.services.segments.criteria import Criteria


def query(session: Session, criteria: Criteria, text: str = "", *, sort: str = "name",
          descending: bool = False, flt: CustomerFilter | None = None,
          at: Moment | None = None) -> Select:
    """The ids of the customers matching ``criteria`` and the text (or the list filter
    ``flt``, text included), in list order."""
    base = flt if flt is not None else CustomerFilter(text=text)
    return build_query(narrowed(session, criteria, base, at), sort, descending)


def narrowed(session: Session, criteria: Criteria, flt: CustomerFilter,
             at: Moment | None = None) -> CustomerFilter:
    """The list filter ``flt`` with the segment's conditions added: the customer list pages
    it as any filter (count, then LIMIT), so a segment is never read whole."""
    return replace(flt, where=(*flt.where, *conditions(session, criteria, at)))


def count(session: Session, criteria: Criteria, text: str = "", *,
          flt: CustomerFilter | None = None, at: Moment | None = None) -> int:
    """How many customers match."""
    inner = query(session, criteria, text, flt=flt, at=at).order_by(None).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


def ids(session: Session, criteria: Criteria, text: str = "", *, limit: int | None = None,
        offset: int = 0, sort: str = "name", descending: bool = False,
        flt: CustomerFilter | None = None, at: Moment | None = None) -> list[int]:
    """The matching ids in list order, ``limit`` of them from ``offset`` (all when None)."""
    stmt = query(session, criteria, text, sort=sort, descending=descending, flt=flt, at=at)
    if limit is not None or offset:
        stmt = stmt.limit(limit).offset(offset)  # no limit: SQLite's LIMIT -1, a server's none
    return list(session.connection().execute(stmt).scalars())


def count_job(db: Database, criteria: Criteria, flt: CustomerFilter | None = None) -> Job[int]:
    """``count`` in a session of its own, as a job the interface runs off its thread (the
    filter panel's count while criteria change)."""
    yield 0, 1
    with db.session() as session:
        return count(session, criteria, flt=flt)
