"""Names of the salon's things, as typed (on the command line), to the ids a segment holds.

Matched whatever the case; a name that matches nothing is an error listing the known ones.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import Badge, CustomerCategory, Package, Service, ServiceType
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import NotFound
from salon_desk.services.texts import Text

_KINDS = {
    "service": (Service, msg.SEGMENT_UNKNOWN_SERVICE),
    "service_type": (ServiceType, msg.SEGMENT_UNKNOWN_SERVICE_TYPE),
    "badge": (Badge, msg.SEGMENT_UNKNOWN_BADGE),
    "category": (CustomerCategory, msg.SEGMENT_UNKNOWN_CATEGORY),
    "package": (Package, msg.SEGMENT_UNKNOWN_PACKAGE),
}


def ids_named(session: Session, kind: str, names: list[str]) -> list[int]:
    """The ids of the ``kind`` ("service", "service_type", "badge", "category", "package")
    called by one of ``names`` (several services may share a name: all of them)."""
    model, unknown = _KINDS[kind]
    rows = list(session.execute(select(model.id, model.name).order_by(model.name, model.id)))
    by_name: dict[str, list[int]] = {}
    for row_id, name in rows:
        by_name.setdefault(" ".join(name.split()).casefold(), []).append(row_id)
    found: list[int] = []
    for name in names:
        matched = by_name.get(" ".join(name.split()).casefold())
        if matched is None:
            known = ", ".join(dict.fromkeys(n for _, n in rows)) or "-"
            raise NotFound(Text(unknown, name=name, known=known))
        found.extend(i for i in matched if i not in found)
    return found
