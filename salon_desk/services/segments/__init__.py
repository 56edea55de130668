"""Segments: groups of customers found by what they are, booked, spent and may receive.

``Criteria`` (criteria.py) holds a filter; conditions.py turns it into SQL; query.py counts and
lists the customers it finds in the list's order and with its text search; saved.py keeps
filters under a name; names.py reads the names typed on the command line.
"""

from salon_desk.services.segments.criteria import Criteria
from salon_desk.services.segments.query import count, ids, query

__all__ = ["Criteria", "count", "ids", "query"]
