"""The system's password store (Windows Credential Manager, macOS Keychain, the Secret Service
of a Linux desktop), the one place secrets are kept: the email password and SMS key
(services.messages.secrets) and the backups' passphrase (services.backups.policy).

A computer may have no store that works: keyring then answers with its "fail" or "null"
backend, or a chain of none; keyrings.alt's plain-text "keyring" writes the secret in a file
as it is. None of these counts as a store: nothing is saved there.

keyring is imported when first asked (about 0.1 s): the main window reads the backups' policy
at start and must not wait for it.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def _usable(backend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(part) for part in backend.backends)
    return "plaintext" not in type(backend).__name__.lower()


def available() -> bool:
    """True when a real password store answers (a secret can be saved)."""
    import keyring

    return _usable(keyring.get_keyring())


def read(service: str, account: str) -> str | None:
    """The secret saved under ``service``/``account``; None when there is none, no store, or
    the store cannot be read."""
    import keyring
    from keyring.errors import KeyringError

    if not available():
        return None
    try:
        return keyring.get_password(service, account) or None
    except KeyringError:
        log.debug("The keyring could not be read", exc_info=True)
        return None


def write(service: str, account: str, value: str) -> bool:
    """Save the secret ("" deletes it); False when there is no store or it refused (nothing
    is then kept anywhere)."""
    import keyring
    from keyring.errors import KeyringError

    if not available():
        return False
    try:
        if value:
            keyring.set_password(service, account, value)
        elif keyring.get_password(service, account) is not None:
            keyring.delete_password(service, account)
    except KeyringError:
        log.debug("The keyring refused the secret", exc_info=True)
        return False
    return True
