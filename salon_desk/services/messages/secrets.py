"""The email password and the SMS provider's key: in the system's password store, never in a file.

They live in the system keyring (Windows Credential Manager, macOS Keychain, the Secret Service
of a Linux desktop) under the service "salon-desk", named "smtp" and "sms". For scripts and the
operating system's scheduler the environment variables SALON_DESK_SMTP_PASSWORD and
SALON_DESK_SMS_KEY are read first.

A computer may have no keyring that works (a Linux server without a desktop, a locked-down
Windows account): keyring then answers with its "fail" backend, or a chain of none. Salon Desk
says so (``NoKeyring``) and the secret is asked for when sending; it is never written to the
database or a settings file instead (a plain-text fallback is what keyring's own
keyrings.alt offers and what we refuse).
"""

from __future__ import annotations

import os

from salon_desk.services import error_texts as msg
from salon_desk.services import keyring_store
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

SERVICE = "salon-desk"
# name -> (environment variable, what it is, for the messages)
SECRETS = {
    "smtp": ("SALON_DESK_SMTP_PASSWORD", msg.THE_SMTP_PASSWORD),
    "sms": ("SALON_DESK_SMS_KEY", msg.THE_SMS_KEY),
}


class NoKeyring(SalonError):
    """The computer has no password store Salon Desk can use, or it refused the secret."""


def keyring_available() -> bool:
    """True when a real password store answers (the secret can be saved)."""
    return keyring_store.available()


def _names(name: str) -> tuple[str, str]:
    if name not in SECRETS:
        raise KeyError(name)
    return SECRETS[name]


def no_keyring(name: str) -> NoKeyring:
    variable, what = _names(name)
    return NoKeyring(Text(msg.NO_KEYRING, what=Text(what), variable=variable))


def get_secret(name: str) -> str | None:
    """The secret ("smtp" or "sms"): its environment variable, else the keyring; None when
    neither has it (or the keyring cannot be read)."""
    variable, _what = _names(name)
    value = os.environ.get(variable)
    if value:
        return value
    return keyring_store.read(SERVICE, name)


def set_secret(name: str, value: str) -> None:
    """Save the secret in the keyring ("" deletes it). NoKeyring when there is no keyring or it
    refuses; nothing is stored anywhere else."""
    variable, what = _names(name)
    if not keyring_available():
        raise no_keyring(name)
    if not keyring_store.write(SERVICE, name, value):
        raise NoKeyring(Text(msg.KEYRING_REFUSED, what=Text(what)))


def require_secret(name: str, given: str | None = None) -> str:
    """The secret to send with: ``given`` (typed by the user for this batch), else
    get_secret; a SalonError saying where to put it when there is none."""
    if given:
        return given
    found = get_secret(name)
    if found:
        return found
    if not keyring_available():
        raise no_keyring(name)
    variable, what = _names(name)
    raise SalonError(Text(msg.SECRET_MISSING, what=Text(what), variable=variable))
