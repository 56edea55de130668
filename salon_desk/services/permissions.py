"""Who may do what: the one place a service asks before an owner-only action.

Staff sign-in and roles are not there yet, so whoever uses the app acts as the salon's owner,
who may do everything. When they come, ``require`` is where the signed-in member's role is
checked (and refused with a SalonError), so that the service refuses a forbidden action even
when the interface did not hide it.
"""

from __future__ import annotations

# Actions only the owner may take (the defaults of the permission table).
RESTORE_BACKUP = "restore_backup"
BACKUP_SETTINGS = "backup_settings"
FORGET_CUSTOMER = "forget_customer"
SUBJECT_EXPORT = "subject_export"
OWNER_ONLY = frozenset({RESTORE_BACKUP, BACKUP_SETTINGS, FORGET_CUSTOMER, SUBJECT_EXPORT})

OWNER = "owner"


def acting_as() -> str:
    """Who the action is recorded against (a staff member's name once sign-in exists)."""
    return OWNER


def require(action: str) -> None:
    """Raise when the person using the app may not take ``action``; today everyone is the
    owner, so nothing is refused."""
    assert action in OWNER_ONLY, action
