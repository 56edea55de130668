"""Saved segments: a filter kept under a name, found again by its rules each time it is used.

Names are unique whatever their case or accents' case ("VIP" and "vip" are one name).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import SavedSegment, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import NotFound, ValidationError, get_or_not_found
from salon_desk.services.segments.criteria import Criteria
from salon_desk.services.segments.query import ids as matching_ids
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold

NAME_LENGTH = 80


@dataclass
class SegmentRow:
    id: int
    name: str
    criteria: Criteria


def _row(segment: SavedSegment) -> SegmentRow:
    return SegmentRow(segment.id, segment.name, Criteria.from_json(segment.criteria))


def _checked_name(session: Session, name: str, keep_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": Text(msg.SEGMENT_NAME_REQUIRED)})
    if len(name) > NAME_LENGTH:
        raise ValidationError({"name": Text(msg.SEGMENT_NAME_TOO_LONG, limit=NAME_LENGTH)})
    folded = name.casefold()
    for seg_id, other in session.execute(select(SavedSegment.id, SavedSegment.name)):
        if seg_id != keep_id and other.casefold() == folded:
            raise ValidationError({"name": Text(msg.SEGMENT_NAME_TAKEN, name=other)})
    return name


def save(session: Session, name: str, criteria: Criteria) -> SegmentRow:
    """A new saved segment."""
    segment = SavedSegment(name=_checked_name(session, name),
                           criteria=criteria.check().to_json())
    session.add(segment)
    session.flush()
    return _row(segment)


def update(session: Session, segment_id: int, criteria: Criteria) -> SegmentRow:
    """The segment's rules replaced by ``criteria``."""
    segment = _get(session, segment_id)
    segment.criteria = criteria.check().to_json()
    segment.updated_at = utcnow()
    session.flush()
    return _row(segment)


def rename(session: Session, segment_id: int, name: str) -> SegmentRow:
    segment = _get(session, segment_id)
    segment.name = _checked_name(session, name, keep_id=segment_id)
    segment.updated_at = utcnow()
    session.flush()
    return _row(segment)


def delete(session: Session, segment_id: int) -> None:
    session.delete(_get(session, segment_id))
    session.flush()


def list_segments(session: Session) -> list[SegmentRow]:
    """Every saved segment, by name (accents aside, as the customer list sorts names)."""
    rows = session.scalars(select(SavedSegment))
    return sorted((_row(s) for s in rows), key=lambda r: (fold(r.name), r.name, r.id))


def load(session: Session, segment_id: int) -> SegmentRow:
    return _row(_get(session, segment_id))


def customer_ids(session: Session, segment_id: int) -> list[int]:
    """The customers the segment finds now (its rules read again), in list order: what an
    export or a message to the segment reaches."""
    return matching_ids(session, load(session, segment_id).criteria)


def find_by_name(session: Session, name: str) -> SegmentRow:
    """The segment of that name (any case); NotFound listing the saved ones otherwise."""
    folded = " ".join(name.split()).casefold()
    rows = list_segments(session)
    for row in rows:
        if row.name.casefold() == folded:
            return row
    raise NotFound(Text(msg.SEGMENT_NAME_UNKNOWN, name=name,
                        known=", ".join(r.name for r in rows) or "-"))


def _get(session: Session, segment_id: int) -> SavedSegment:
    return get_or_not_found(session, SavedSegment, segment_id, msg.SEGMENT_NOT_FOUND)
