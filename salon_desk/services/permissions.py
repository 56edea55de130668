"""Who may do what: the one place a service asks before an action that not everyone may take.

With staff sign-in off (the default, services.signin), whoever uses the app acts as the salon's
owner, who may do everything. With it on, ``sign_in`` keeps the signed-in member here with the
actions their role allows (the owner's permission table, in the settings), and ``require``
refuses the others with a SalonError naming the roles that may: the service refuses a
forbidden action even when the interface did not hide it.
"""

from __future__ import annotations

from dataclasses import dataclass

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

# Actions only the owner may take (by default; the owner's permission table may change it).
RESTORE_BACKUP = "restore_backup"
BACKUP_SETTINGS = "backup_settings"
FORGET_CUSTOMER = "forget_customer"
SUBJECT_EXPORT = "subject_export"
DELETE_CUSTOMERS = "delete_customers"
EXPORT_ALL = "export_all"
MERGE = "merge"
CHANGE_SETTINGS = "change_settings"
CUSTOM_BADGES = "custom_badges"
MANAGE_STAFF = "manage_staff"  # staff members, their roles, PINs and the permission table
OWNER_ONLY = frozenset({RESTORE_BACKUP, BACKUP_SETTINGS, FORGET_CUSTOMER, SUBJECT_EXPORT,
                        DELETE_CUSTOMERS, EXPORT_ALL, MERGE, CHANGE_SETTINGS, CUSTOM_BADGES,
                        MANAGE_STAFF})
# The desk's everyday work.
BOOK = "book"
CHARGE = "charge"
EDIT_CUSTOMERS = "edit_customers"
SEE_SCHEDULE = "see_schedule"
WRITE_NOTES = "write_notes"  # consultation notes and colour formulas
SEE_AUDIT = "see_audit"

# What each action is called in a refusal ("only the owner may delete customers").
ACTION_TEXTS: dict[str, Text] = {
    RESTORE_BACKUP: Text(msg.ACTION_RESTORE_BACKUP), BACKUP_SETTINGS: Text(msg.ACTION_BACKUP_SETTINGS),
    FORGET_CUSTOMER: Text(msg.ACTION_FORGET_CUSTOMER), SUBJECT_EXPORT: Text(msg.ACTION_SUBJECT_EXPORT),
    DELETE_CUSTOMERS: Text(msg.ACTION_DELETE_CUSTOMERS), EXPORT_ALL: Text(msg.ACTION_EXPORT_ALL),
    MERGE: Text(msg.ACTION_MERGE), CHANGE_SETTINGS: Text(msg.ACTION_CHANGE_SETTINGS),
    CUSTOM_BADGES: Text(msg.ACTION_CUSTOM_BADGES), MANAGE_STAFF: Text(msg.ACTION_MANAGE_STAFF),
    BOOK: Text(msg.ACTION_BOOK), CHARGE: Text(msg.ACTION_CHARGE),
    EDIT_CUSTOMERS: Text(msg.ACTION_EDIT_CUSTOMERS),
    SEE_SCHEDULE: Text(msg.ACTION_SEE_SCHEDULE), WRITE_NOTES: Text(msg.ACTION_WRITE_NOTES),
    SEE_AUDIT: Text(msg.ACTION_SEE_AUDIT),
}
ACTIONS = tuple(ACTION_TEXTS)

OWNER = "owner"
MANAGER = "manager"
RECEPTION = "reception"
STYLIST = "stylist"
ROLES = (OWNER, MANAGER, RECEPTION, STYLIST)
ROLE_TEXTS = {OWNER: Text(msg.ROLE_OWNER), MANAGER: Text(msg.ROLE_MANAGER),
              RECEPTION: Text(msg.ROLE_RECEPTION), STYLIST: Text(msg.ROLE_STYLIST)}
_DESK = frozenset({BOOK, CHARGE, EDIT_CUSTOMERS, SEE_SCHEDULE})
# The defaults; the owner changes them in the permission table (services.signin).
DEFAULT_PERMISSIONS: dict[str, frozenset[str]] = {
    OWNER: frozenset(ACTIONS),
    MANAGER: _DESK | {WRITE_NOTES, SEE_AUDIT},
    RECEPTION: _DESK,
    STYLIST: frozenset({SEE_SCHEDULE, WRITE_NOTES}),
}


@dataclass(frozen=True)
class Actor:
    """The person the app acts for: a signed-in staff member, or the owner with sign-in off."""

    staff_id: int | None
    name: str
    role: str
    allowed: frozenset[str]
    # Which roles may take each action, and the roles' names (for the refusal's words).
    table: dict[str, frozenset[str]]
    role_names: dict[str, str]


def _owner_actor() -> Actor:
    return Actor(None, OWNER, OWNER, frozenset(ACTIONS), DEFAULT_PERMISSIONS, {})


_actor: Actor = _owner_actor()


def act_as(actor: Actor | None) -> None:
    """Make ``actor`` the one the app acts for (None: the owner, sign-in off or signed out of
    a salon without sign-in)."""
    global _actor
    _actor = actor if actor is not None else _owner_actor()


def current() -> Actor:
    return _actor


def may(action: str) -> bool:
    return action in _actor.allowed


def role_name(role: str, names: dict[str, str] | None = None) -> object:
    """A role's name: the owner's own word for it, or the built-in name (a Text)."""
    custom = (names if names is not None else _actor.role_names).get(role, "")
    return custom or ROLE_TEXTS.get(role, ROLE_TEXTS[OWNER])


def who_may(action: str) -> Text:
    """The roles that may take ``action`` ("owner, manager"), for a refusal or a tooltip."""
    roles = [role for role in ROLES if action in _actor.table.get(role, frozenset())]
    return Text.joined([role_name(role) for role in roles or [OWNER]], ", ")


def refusal(action: str) -> Text:
    return Text(msg.NOT_ALLOWED, action=ACTION_TEXTS[action], roles=who_may(action))


def acting_as() -> str:
    """Who the action is recorded against: the signed-in member's name, or "owner"."""
    return _actor.name


def require(action: str) -> None:
    """Raise SalonError (naming who may) when the person using the app may not take
    ``action``."""
    assert action in ACTION_TEXTS, action
    if action not in _actor.allowed:
        raise SalonError(refusal(action))
