"""Consultation notes and colour formulas, with the history of every edit.

A colour note carries a structured formula (``Formula``) stored as JSON beside its free text.
Editing a note's text or formula first saves the previous state as a ``NoteRevision`` with who
changed it and when, so the history can show each version and what changed between them.
Pinning is not an edit of the content and leaves no revision.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import Appointment, Note, NoteRevision, NoteType, Service, Staff, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import NotFound, ValidationError, get_or_not_found
from salon_desk.services.texts import Text

_RATIO = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*:\s*\d+(?:[.,]\d+)?\s*$")
MAX_LEVEL = 12  # 1 (black) to 10 (lightest blonde); 11-12 for special high-lift blondes
FORMULA_LABELS = {
    "brand": "Brand / line", "shades": "Shades", "developer_volume": "Developer (vol.)",
    "mixing_ratio": "Mixing ratio", "processing_minutes": "Processing time (min)",
    "starting_level": "Starting level", "target_level": "Target level", "result": "Result",
}


@dataclass
class Shade:
    shade: str
    grams: float


@dataclass
class Formula:
    """A colour formula card."""

    brand: str = ""  # brand and line, e.g. "Lumina Color Pro"
    shades: list[Shade] = field(default_factory=list)
    developer_volume: int | None = None  # 10, 20, 30, 40 vol.
    mixing_ratio: str = ""  # colour : developer, e.g. "1:1.5"
    processing_minutes: int | None = None
    starting_level: int | None = None
    target_level: int | None = None
    result: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict | None) -> Formula | None:
        if raw is None:
            return None
        values = {k: raw.get(k) for k in FORMULA_LABELS if k in raw}
        values["shades"] = [Shade(str(s.get("shade", "")), float(s.get("grams") or 0))
                            for s in raw.get("shades") or []]
        for key in ("brand", "mixing_ratio", "result"):
            values[key] = values.get(key) or ""
        return cls(**values)

    def total_grams(self) -> float:
        return round(sum(s.grams for s in self.shades), 1)

    def summary(self) -> str:
        """One line, e.g. "Lumina 6.3 30 g + 7.0 15 g · 20 vol 1:1.5 · 35 min"."""
        parts = []
        shades = " + ".join(f"{s.shade} {_grams(s.grams)} g" for s in self.shades)
        parts.append(" ".join(p for p in (self.brand, shades) if p))
        dev = []
        if self.developer_volume:
            dev.append(f"{self.developer_volume} vol")
        if self.mixing_ratio:
            dev.append(self.mixing_ratio)
        parts.append(" ".join(dev))
        if self.processing_minutes:
            parts.append(f"{self.processing_minutes} min")
        if self.starting_level or self.target_level:
            parts.append(f"level {self.starting_level or '?'} → {self.target_level or '?'}")
        return " · ".join(p for p in parts if p)


def _grams(value: float) -> str:
    return f"{value:g}"


@dataclass
class NoteData:
    """What the note editor edits."""

    note_type: str = NoteType.GENERAL.value
    text: str = ""
    formula: Formula | None = None
    appointment_id: int | None = None
    pinned: bool = False
    author_id: int | None = None
    based_on_id: int | None = None


@dataclass
class NoteRow:
    id: int
    note_type: str
    text: str
    formula: Formula | None
    appointment_id: int | None
    appointment_label: str
    appointment_at: dt.datetime | None
    appointment_service: str
    pinned: bool
    author_id: int | None
    author_name: str
    based_on_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    revisions: int

    @property
    def is_colour(self) -> bool:
        return self.note_type == NoteType.COLOUR.value


@dataclass
class NoteVersion:
    """One state of a note in its history, oldest first; ``changes`` names what differs from
    the version before."""

    number: int
    at: dt.datetime
    by: str
    text: str
    formula: Formula | None
    changes: list[str]


def _int_or_none(value: Any, name: str, label: str, low: int, high: int,
                 errors: dict[str, str]) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        errors[name] = Text(msg.MUST_BE_WHOLE, label=Text(label))
        return None
    if not low <= number <= high:
        errors[name] = Text(msg.MUST_BE_BETWEEN, label=Text(label), low=low, high=high)
    return number


def validate_formula(formula: Formula) -> Formula:
    errors: dict[str, str] = {}
    formula.brand = (formula.brand or "").strip()
    formula.mixing_ratio = (formula.mixing_ratio or "").strip().replace(",", ".").replace(" ", "")
    formula.result = (formula.result or "").strip()
    shades = []
    for i, shade in enumerate(formula.shades, start=1):
        name = (shade.shade or "").strip()
        try:
            grams = round(float(str(shade.grams).replace(",", ".")), 1)
        except (TypeError, ValueError):
            errors["shades"] = Text(msg.SHADE_GRAMS, number=i)
            continue
        if not name and not grams:
            continue  # an empty row of the shades table
        if not name:
            errors["shades"] = Text(msg.SHADE_NAME_NEEDED, number=i)
        elif not 0 < grams <= 1000:
            errors["shades"] = Text(msg.SHADE_GRAMS_RANGE, name=name)
        shades.append(Shade(name, grams))
    formula.shades = shades
    formula.developer_volume = _int_or_none(formula.developer_volume, "developer_volume",
                                            msg.DEVELOPER_VOLUME, 0, 40, errors)
    formula.processing_minutes = _int_or_none(formula.processing_minutes, "processing_minutes",
                                              msg.PROCESSING_TIME, 1, 240, errors)
    formula.starting_level = _int_or_none(formula.starting_level, "starting_level",
                                          msg.STARTING_LEVEL, 1, MAX_LEVEL, errors)
    formula.target_level = _int_or_none(formula.target_level, "target_level",
                                        msg.TARGET_LEVEL, 1, MAX_LEVEL, errors)
    if formula.mixing_ratio and not _RATIO.match(formula.mixing_ratio):
        errors["mixing_ratio"] = Text(msg.MIXING_RATIO)
    if errors:
        raise ValidationError(errors)
    return formula


def _validate(session: Session, customer_id: int, data: NoteData) -> NoteData:
    errors: dict[str, str] = {}
    data.text = (data.text or "").strip()
    if data.note_type not in {t.value for t in NoteType}:
        errors["note_type"] = Text(msg.NOTE_TYPE)
    if data.note_type == NoteType.COLOUR.value:
        data.formula = validate_formula(data.formula or Formula())
        if not data.formula.shades and not data.text:
            errors["shades"] = Text(msg.FORMULA_EMPTY)
    else:
        data.formula = None
        if not data.text:
            errors["text"] = Text(msg.WRITE_THE_NOTE)
    if data.appointment_id is not None:
        appt = session.get(Appointment, data.appointment_id)
        if appt is None or appt.customer_id != customer_id:
            errors["appointment_id"] = Text(msg.APPOINTMENT_NOT_THEIRS)
    if data.author_id is not None and session.get(Staff, data.author_id) is None:
        errors["author_id"] = Text(msg.THAT_STAFF_MISSING)
    if data.based_on_id is not None:
        base = session.get(Note, data.based_on_id)
        if base is None or base.customer_id != customer_id:
            errors["based_on_id"] = Text(msg.FORMULA_BASE_NOT_THEIRS)
    if errors:
        raise ValidationError(errors)
    return data


def create_note(session: Session, customer_id: int, data: NoteData) -> Note:
    permissions.require(permissions.WRITE_NOTES)
    return add_note(session, customer_id, data)


def add_note(session: Session, customer_id: int, data: NoteData) -> Note:
    """A note the app writes itself (why a voucher was deleted): no permission asked, the
    action that wrote it having been allowed."""
    data = _validate(session, customer_id, data)
    note = Note(customer_id=customer_id, note_type=data.note_type, text=data.text,
                formula=data.formula.to_json() if data.formula else None,
                appointment_id=data.appointment_id, pinned=data.pinned,
                author_id=data.author_id, based_on_id=data.based_on_id)
    session.add(note)
    session.flush()
    return note


def _get(session: Session, note_id: int) -> Note:
    return get_or_not_found(session, Note, note_id, msg.NOTE_NOT_FOUND)


def update_note(session: Session, note_id: int, data: NoteData,
                changed_by_id: int | None = None) -> Note:
    """Change a note; the previous text and formula are kept as a revision when they change."""
    permissions.require(permissions.WRITE_NOTES)
    note = _get(session, note_id)
    data.note_type = note.note_type  # a note keeps its type
    data.based_on_id = note.based_on_id
    data = _validate(session, note.customer_id, data)
    new_formula = data.formula.to_json() if data.formula else None
    if data.text != note.text or new_formula != note.formula:
        session.add(NoteRevision(note_id=note.id, changed_at=utcnow(),
                                 changed_by_id=changed_by_id, previous_text=note.text,
                                 previous_formula=note.formula))
        note.text, note.formula = data.text, new_formula
        note.updated_at = utcnow()
    note.appointment_id = data.appointment_id
    note.pinned = data.pinned
    if note.author_id is None:
        note.author_id = data.author_id
    session.flush()
    return note


def set_pinned(session: Session, note_id: int, pinned: bool) -> None:
    permissions.require(permissions.WRITE_NOTES)
    _get(session, note_id).pinned = pinned
    session.flush()


def delete_note(session: Session, note_id: int) -> None:
    permissions.require(permissions.WRITE_NOTES)
    session.delete(_get(session, note_id))
    session.flush()


def _appointment_label(starts_at: dt.datetime | None, service: str | None) -> str:
    if starts_at is None:
        return ""
    return " ".join(p for p in (starts_at.astimezone().strftime("%d/%m/%Y"), service) if p)


def _rows(session: Session, *where) -> list[NoteRow]:
    revisions = (select(NoteRevision.note_id, func.count().label("n"))
                 .group_by(NoteRevision.note_id).subquery())
    stmt = (select(Note, Staff.name, Appointment.starts_at, Service.name, revisions.c.n)
            .outerjoin(Staff, Staff.id == Note.author_id)
            .outerjoin(Appointment, Appointment.id == Note.appointment_id)
            .outerjoin(Service, Service.id == Appointment.service_id)
            .outerjoin(revisions, revisions.c.note_id == Note.id)
            .where(*where)
            .order_by(Note.pinned.desc(), Note.created_at.desc(), Note.id.desc()))
    out = []
    for note, author, starts_at, service, n in session.execute(stmt):
        out.append(NoteRow(
            id=note.id, note_type=note.note_type, text=note.text,
            formula=Formula.from_json(note.formula), appointment_id=note.appointment_id,
            appointment_label=_appointment_label(starts_at, service),
            appointment_at=starts_at, appointment_service=service or "", pinned=note.pinned,
            author_id=note.author_id, author_name=author or "", based_on_id=note.based_on_id,
            created_at=note.created_at, updated_at=note.updated_at, revisions=n or 0))
    return out


def list_notes(session: Session, customer_id: int, note_type: str | None = None) -> list[NoteRow]:
    """The customer's notes, pinned first, then newest first; optionally of one type."""
    where = [Note.customer_id == customer_id]
    if note_type:
        where.append(Note.note_type == note_type)
    return _rows(session, *where)


def pinned_notes(session: Session, customer_id: int) -> list[NoteRow]:
    """The pinned notes, for the record header."""
    return _rows(session, Note.customer_id == customer_id, Note.pinned.is_(True))


def get_note(session: Session, note_id: int) -> NoteRow:
    rows = _rows(session, Note.id == note_id)
    if not rows:
        raise NotFound(Text(msg.NOTE_NOT_FOUND, id=note_id))
    return rows[0]


def previous_formulas(session: Session, customer_id: int) -> list[NoteRow]:
    """The customer's colour notes with a formula, newest first (to start a new one from)."""
    return sorted((r for r in list_notes(session, customer_id, NoteType.COLOUR.value)
                   if r.formula is not None),
                  key=lambda r: (r.created_at, r.id), reverse=True)


def start_from(session: Session, note_id: int) -> NoteData:
    """A new colour note prefilled with a previous formula (its result left to be written)."""
    row = get_note(session, note_id)
    if row.formula is None:
        raise ValidationError({"based_on_id": Text(msg.NO_FORMULA_TO_REUSE)})
    formula = Formula.from_json(row.formula.to_json())
    formula.result = ""
    return NoteData(note_type=NoteType.COLOUR.value, text="", formula=formula,
                    author_id=row.author_id, based_on_id=row.id)


def _changes(before: tuple[str, Formula | None], after: tuple[str, Formula | None]) -> list[str]:
    changes = []
    if before[0] != after[0]:
        changes.append("Text")
    old = before[1].to_json() if before[1] else {}
    new = after[1].to_json() if after[1] else {}
    for key, label in FORMULA_LABELS.items():
        if old.get(key) != new.get(key):
            changes.append(label)
    return changes


def note_history(session: Session, note_id: int) -> list[NoteVersion]:
    """Every version of the note, the first as written and the last as it is now.

    Revision k holds the state before edit k, so version k+1 is revision k+1's state (or the
    current note for the last one) and was made by revision k's author at its time.
    """
    note = _get(session, note_id)
    revisions = list(session.execute(
        select(NoteRevision, Staff.name).outerjoin(Staff, Staff.id == NoteRevision.changed_by_id)
        .where(NoteRevision.note_id == note_id).order_by(NoteRevision.id)))
    author = session.get(Staff, note.author_id).name if note.author_id else ""
    states = [(r.previous_text, Formula.from_json(r.previous_formula)) for r, _ in revisions]
    states.append((note.text, Formula.from_json(note.formula)))
    made = [(note.created_at, author)] + [(r.changed_at, name or "") for r, name in revisions]
    versions = []
    for i, (state, (at, by)) in enumerate(zip(states, made, strict=True)):
        changes = ["Written"] if i == 0 else _changes(states[i - 1], state)
        versions.append(NoteVersion(number=i + 1, at=at, by=by, text=state[0],
                                    formula=state[1], changes=changes))
    return versions


@dataclass
class AppointmentChoice:
    id: int
    starts_at: dt.datetime
    label: str  # "12/03/2026 10:30 · Full colour · Marta"
    service: str = ""
    staff: str = ""


def appointment_choices(session: Session, customer_id: int,
                        limit: int = 60) -> list[AppointmentChoice]:
    """The customer's latest appointments (not cancelled), newest first, to link a note or a
    survey to one."""
    rows = session.execute(
        select(Appointment.id, Appointment.starts_at, Service.name, Staff.name)
        .outerjoin(Service, Service.id == Appointment.service_id)
        .outerjoin(Staff, Staff.id == Appointment.staff_id)
        .where(Appointment.customer_id == customer_id, Appointment.status != "cancelled")
        .order_by(Appointment.starts_at.desc()).limit(limit))
    out = []
    for appt_id, starts_at, service, staff in rows:
        when = starts_at.astimezone().strftime("%d/%m/%Y %H:%M")
        out.append(AppointmentChoice(appt_id, starts_at,
                                     " · ".join(p for p in (when, service, staff) if p),
                                     service or "", staff or ""))
    return out
