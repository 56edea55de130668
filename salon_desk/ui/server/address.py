"""Which salon server this computer opens, and its password: the address (no password) in the
computer's preferences, the password only in the system's password store (services.keyring_store).
No Qt here beyond the preferences file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from salon_desk.services import keyring_store
from salon_desk.ui.prefs import prefs

KEYRING_SERVICE = "Salon Desk salon server"
PREF_ADDRESS = "server/address"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        """``postgresql://user[:password]@host:port/database``; a host that is a folder (a
        server's unix socket) goes in the query, as libpq wants it."""
        socket = self.host.startswith("/")
        url = URL.create(
            "postgresql", username=self.user or None, password=password or None,
            host=None if socket else self.host or None, port=None if socket else self.port,
            database=self.database,
            query={"host": self.host, "port": str(self.port)} if socket else {})
        return url.render_as_string(hide_password=False)

    @classmethod
    def parse(cls, address: str) -> ServerAddress | None:
        try:
            url = make_url(address)
        except Exception:  # noqa: BLE001 - a damaged preference is no address
            return None
        host = url.host or str(url.query.get("host") or "")
        port = url.port or int(url.query.get("port") or DEFAULT_PORT)
        return cls(host, port, url.database or "", url.username or "")


def remembered() -> ServerAddress | None:
    """The server this computer opens at start, or None (it opens its own salon file)."""
    value = prefs().value(PREF_ADDRESS, "")
    return ServerAddress.parse(str(value)) if value else None


def remembered_url() -> str | None:
    """The remembered server's address with its password from the password store, if any."""
    address = remembered()
    if address is None:
        return None
    return address.url(keyring_store.read(KEYRING_SERVICE, address.url()))


def remember(address: ServerAddress, password: str) -> bool:
    """Open this server from now on. False when the password could not be kept (no password
    store): the address is remembered, and the password is asked for at the next start."""
    prefs().setValue(PREF_ADDRESS, address.url())
    return keyring_store.write(KEYRING_SERVICE, address.url(), password) if password else True


def forget() -> None:
    """Open this computer's own salon file from now on; the server's password is deleted."""
    address = remembered()
    if address is not None:
        keyring_store.write(KEYRING_SERVICE, address.url(), "")
    prefs().remove(PREF_ADDRESS)
