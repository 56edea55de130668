"""Business rules and I/O of Salon Desk. Nothing here imports Qt.

Service functions take a SQLAlchemy ``Session`` that the caller opened with
``Database.transaction()`` (one unit of work, committed or rolled back as a whole).
"""

from salon_desk.services import lengths  # noqa: F401  (every write keeps to its columns' lengths)
