"""Business rules and I/O of Salon Desk. Nothing here imports Qt.

Service functions take a SQLAlchemy ``Session`` that the caller opened with
``Database.transaction()`` (one unit of work, committed or rolled back as a whole).
"""

from salon_desk import flush_checks


def _check_lengths(session, flush_context, instances) -> None:
    """Every write keeps to its columns' lengths (services.lengths, loaded at the first flush:
    importing the services loads no SQLAlchemy)."""
    from salon_desk.services.lengths import check_flush

    check_flush(session, flush_context, instances)


flush_checks.CHECKS.append(_check_lengths)
