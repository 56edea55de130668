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

import logging
import os

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

log = logging.getLogger(__name__)

SERVICE = "salon-desk"
# name -> (environment variable, what it is, for the messages)
SECRETS = {
    "smtp": ("SALON_DESK_SMTP_PASSWORD", msg.THE_SMTP_PASSWORD),
    "sms": ("SALON_DESK_SMS_KEY", msg.THE_SMS_KEY),
}


class NoKeyring(SalonError):
    """The computer has no password store Salon Desk can use, or it refused the secret."""


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(part) for part in backend.backends)
    # keyrings.alt's PlaintextKeyring writes the secret in a file as it is: not a store.
    return "plaintext" not in type(backend).__name__.lower()


def keyring_available() -> bool:
    """True when a real password store answers (the secret can be saved)."""
    return _usable(keyring.get_keyring())


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
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, name) or None
    except KeyringError:
        log.debug("The keyring could not be read", exc_info=True)
        return None


def set_secret(name: str, value: str) -> None:
    """Save the secret in the keyring ("" deletes it). NoKeyring when there is no keyring or it
    refuses; nothing is stored anywhere else."""
    variable, what = _names(name)
    if not keyring_available():
        raise no_keyring(name)
    try:
        if value:
            keyring.set_password(SERVICE, name, value)
        elif keyring.get_password(SERVICE, name) is not None:
            keyring.delete_password(SERVICE, name)
    except KeyringError:
        log.debug("The keyring refused the secret", exc_info=True)
        raise NoKeyring(Text(msg.KEYRING_REFUSED, what=Text(what))) from None


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
