"""Staff sign-in: PINs and passwords hashed with argon2, the lock after repeated failures, the
roles' names and the owner's permission table (salon-wide settings), and who the app acts for.

Sign-in is off until the owner turns it on; then nobody uses the app without signing in, and
``permissions.require`` refuses what the signed-in member's role may not do. The command line
signs in the same way (``salon-desk --as NAME``, cli.common).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from salon_desk.models import Message, Note, NoteRevision, PointsEntry, Sale, Staff, VoucherUse
from salon_desk.models.base import utcnow
from salon_desk.models.sales import CashMovement, DebtPayment
from salon_desk.services import audit, permissions, settings
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError, ValidationError, get_or_not_found
from salon_desk.services.permissions import Actor
from salon_desk.services.texts import Text

ENABLED = settings.Option("signin.enabled", bool, False, "Staff sign in to use the app")
IDLE_MINUTES = settings.Option("signin.idle_minutes", int, 15,
                               "Sign out after this many idle minutes (0: never)")
LOCK_AFTER = settings.Option("signin.lock_after", int, 5, "Lock after this many failed sign-ins")
LOCK_MINUTES = settings.Option("signin.lock_minutes", int, 15, "Minutes a locked member waits")
ROLE_NAMES = settings.Option("signin.role_names", dict, {}, "The roles' names")
PERMISSIONS = settings.Option("signin.permissions", dict, {}, "What each role may do")

_hasher = PasswordHasher()  # argon2id with the library's current parameters
# Rows that say who made them, filled with the signed-in member when the code left them empty
# (a colour formula is a Note; the outbox holds Messages). A booking's staff_id is who does the
# work, not who booked it: the audit trail says who booked (services.audit, with the who).
_WHO_COLUMNS = {Sale: "staff_id", DebtPayment: "staff_id", CashMovement: "staff_id",
                Note: "author_id", NoteRevision: "changed_by_id", Message: "staff_id",
                VoucherUse: "staff_id", PointsEntry: "staff_id"}


# ------------------------------------------------------------------ the permission table
def permission_table(session: Session) -> dict[str, frozenset[str]]:
    """What each role may do: the owner's table over the defaults (the owner may do all)."""
    stored = settings.get(session, PERMISSIONS) or {}
    table = dict(permissions.DEFAULT_PERMISSIONS)
    for role in permissions.ROLES[1:]:
        if role in stored:
            table[role] = frozenset(a for a in stored[role] if a in permissions.ACTION_TEXTS)
    return table


def set_permission(session: Session, role: str, action: str, allowed: bool) -> None:
    permissions.require(permissions.MANAGE_STAFF)
    if role not in permissions.ROLES[1:] or action not in permissions.ACTION_TEXTS:
        raise SalonError(Text(msg.SIGNIN_UNKNOWN_ROLE, role=role))
    table = permission_table(session)
    current = set(table[role])
    current.add(action) if allowed else current.discard(action)
    stored = {r: sorted(table[r]) for r in permissions.ROLES[1:]}
    stored[role] = sorted(current)
    settings.set_value(session, PERMISSIONS, stored)
    refresh(session)


def role_names(session: Session) -> dict[str, str]:
    return {k: v for k, v in (settings.get(session, ROLE_NAMES) or {}).items() if v}


def rename_role(session: Session, role: str, name: str) -> None:
    permissions.require(permissions.MANAGE_STAFF)
    if role not in permissions.ROLES:
        raise SalonError(Text(msg.SIGNIN_UNKNOWN_ROLE, role=role))
    names = role_names(session)
    names[role] = name.strip()
    settings.set_value(session, ROLE_NAMES, names)
    refresh(session)


def refresh(session: Session) -> None:
    """The acting member's permissions read again after the owner changed the table (or a
    save that changed it failed)."""
    actor = permissions.current()
    table = permission_table(session)
    permissions.act_as(Actor(actor.staff_id, actor.name, actor.role,
                             table.get(actor.role, frozenset()), table, role_names(session)))


# ------------------------------------------------------------------ credentials
@dataclass(frozen=True)
class StaffAccess:
    """A member as the owner's staff and roles page lists them (never the hashes)."""

    id: int
    name: str
    active: bool
    role: str
    has_pin: bool
    has_password: bool
    locked_until: dt.datetime | None


def staff_access(session: Session) -> list[StaffAccess]:
    return [StaffAccess(m.id, m.name, m.active, m.access_role, m.pin_hash is not None,
                        m.password_hash is not None, m.locked_until)
            for m in session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.position,
                                                            Staff.name))]


def set_role(session: Session, staff_id: int, role: str) -> None:
    permissions.require(permissions.MANAGE_STAFF)
    if role not in permissions.ROLES:
        raise SalonError(Text(msg.SIGNIN_UNKNOWN_ROLE, role=role))
    get_or_not_found(session, Staff, staff_id, msg.STAFF_NOT_FOUND).access_role = role
    session.flush()
    _check_an_owner_can_sign_in(session)


def pin_problem(pin: str) -> Text | None:
    """What is wrong with a new PIN (4 to 8 digits), or None."""
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        return Text(msg.SIGNIN_WEAK_PIN)
    return None


def password_problem(password: str) -> Text | None:
    """What is wrong with a new password (8 characters or more), or None."""
    return Text(msg.SIGNIN_WEAK_PASSWORD) if len(password) < 8 else None


def set_pin(session: Session, staff_id: int, pin: str | None) -> None:
    """Set (or, with None, remove) a member's PIN: 4 to 8 digits."""
    permissions.require(permissions.MANAGE_STAFF)
    if pin is not None and (problem := pin_problem(pin)):
        raise ValidationError({"pin": problem})
    member = get_or_not_found(session, Staff, staff_id, msg.STAFF_NOT_FOUND)
    member.pin_hash = _hasher.hash(pin) if pin else None


def set_password(session: Session, staff_id: int, password: str | None) -> None:
    """Set (or, with None, remove) a member's password: 8 characters or more."""
    permissions.require(permissions.MANAGE_STAFF)
    if password is not None and (problem := password_problem(password)):
        raise ValidationError({"password": problem})
    member = get_or_not_found(session, Staff, staff_id, msg.STAFF_NOT_FOUND)
    member.password_hash = _hasher.hash(password) if password else None
    member.failed_signins, member.locked_until = 0, None
    session.flush()
    _check_an_owner_can_sign_in(session)


def _check_an_owner_can_sign_in(session: Session) -> None:
    if settings.get(session, ENABLED) and not owners_with_password(session):
        raise SalonError(Text(msg.SIGNIN_LAST_OWNER))


def owners_with_password(session: Session) -> list[Staff]:
    return list(session.scalars(select(Staff).where(
        Staff.active, Staff.access_role == permissions.OWNER, Staff.password_hash.is_not(None))))


def set_enabled(session: Session, on: bool) -> None:
    """Turn sign-in on (an owner must have a password first) or off."""
    permissions.require(permissions.CHANGE_SETTINGS)
    if on and not owners_with_password(session):
        raise SalonError(Text(msg.SIGNIN_NEEDS_OWNER))
    settings.set_value(session, ENABLED, on)


# ------------------------------------------------------------------ signing in and out
def nobody() -> Actor:
    return Actor(None, "", "", frozenset(), permissions.DEFAULT_PERMISSIONS, {})


def start(session: Session) -> bool:
    """Who the app acts for when it opens: nobody until someone signs in when sign-in is on
    (True), the owner otherwise."""
    on = bool(settings.get(session, ENABLED))
    if on:
        permissions.act_as(nobody())
    else:
        table = permission_table(session)
        permissions.act_as(Actor(None, permissions.OWNER, permissions.OWNER,
                                 table[permissions.OWNER], table, role_names(session)))
    return on


def find_member(session: Session, name: str) -> Staff | None:
    """The active member of that name who has a PIN or a password."""
    return session.scalars(select(Staff).where(
        Staff.active, func.lower(Staff.name) == name.strip().lower(),
        Staff.pin_hash.is_not(None) | Staff.password_hash.is_not(None)).order_by(Staff.id)
    ).first()


def sign_in(session: Session, name: str, secret: str) -> Actor:
    """Sign ``name`` in with their PIN or password, or raise SalonError (wrong, or locked).
    Failures are counted and audited in ``session``: the caller commits it even when this
    raises (``Database.transaction`` would roll it back; see ``attempt``)."""
    member = find_member(session, name)
    now = utcnow()
    if member is not None and member.locked_until and _aware(member.locked_until) > now:
        _audit_failure(session, name, member)
        raise SalonError(Text(msg.SIGNIN_LOCKED, name=member.name, until=member.locked_until))
    if member is None or not _matches(member, secret):
        if member is not None:
            member.failed_signins += 1
            if member.failed_signins >= settings.get(session, LOCK_AFTER):
                minutes = settings.get(session, LOCK_MINUTES)
                member.locked_until = now + dt.timedelta(minutes=minutes)
        _audit_failure(session, name, member)
        raise SalonError(Text(msg.SIGNIN_WRONG))
    member.failed_signins, member.locked_until = 0, None
    table = permission_table(session)
    actor = Actor(member.id, member.name, member.access_role,
                  table.get(member.access_role, frozenset()), table, role_names(session))
    permissions.act_as(actor)
    audit.record(session, audit.SIGN_IN, entity="staff", entity_id=member.id)
    return actor


def attempt(db, name: str, secret: str) -> Actor:
    """``sign_in`` in a transaction of its own that keeps a failure's count and audit row."""
    failure: SalonError | None = None
    with db.transaction() as session:
        try:
            return sign_in(session, name, secret)
        except SalonError as exc:
            failure = exc
    raise failure


def sign_out(db) -> None:
    actor = permissions.current()
    if actor.staff_id is not None:
        with db.transaction() as session:
            audit.record(session, audit.SIGN_OUT, entity="staff", entity_id=actor.staff_id)
    permissions.act_as(nobody())


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _matches(member: Staff, secret: str) -> bool:
    for stored in (member.pin_hash, member.password_hash):
        if not stored:
            continue
        try:
            if _hasher.verify(stored, secret):
                return True
        except (VerificationError, InvalidHashError):
            continue
    return False


def _audit_failure(session: Session, name: str, member: Staff | None) -> None:
    audit.record(session, audit.SIGN_IN_FAILED, entity="staff",
                 entity_id=member.id if member else None, detail=name.strip()[:120])


# ------------------------------------------------------------------ who made a row
def fill_who(session: Session, rows: object) -> None:
    """New sales, payments, notes and messages without a staff member get the signed-in one."""
    staff_id = permissions.current().staff_id
    if staff_id is None:
        return
    for row in rows:
        column = _WHO_COLUMNS.get(type(row))
        if column and getattr(row, column) is None:
            setattr(row, column, staff_id)



event.listen(Session, "before_flush", lambda session, _context, _rows: fill_who(session,
                                                                              session.new))
