"""Hearing what other desks change on a salon server (PostgreSQL LISTEN/NOTIFY).

Migration 0013 makes the server send a notice on channel ``salon_desk`` for each committed
change to customers, appointments, sales, payments, debts and notes. ``ChangeListener`` holds a
connection of its own that LISTENs; ``changes(timeout)`` yields the notices that arrive within
``timeout`` seconds and then returns, so a worker can loop on it and stop between two calls.

The desk's own changes are left out: each connection its Database checks out from the pool is
remembered by server process id, and a notice from one of them is one the desk already showed.
A SQLite salon has no notices (``listens(db)`` is False).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.models.opening import side_connection

CHANNEL = "salon_desk"


@dataclass(frozen=True)
class Change:
    """One committed change: ``table`` ("customers", "appointments", ...), the row's ``id``,
    ``kind`` ("insert", "update", "delete") and the ``customer`` it belongs to, if known."""

    table: str
    id: int | None
    kind: str
    customer: int | None


def listens(db: Database) -> bool:
    """Whether this database sends change notices (a salon server does, a SQLite file not)."""
    return not db.is_sqlite


def parse(payload: str) -> Change | None:
    """The change a notice's payload describes; None for one this version cannot read."""
    try:
        data = json.loads(payload)
        return Change(str(data["table"]), _int(data.get("id")), str(data.get("kind", "")),
                      _int(data.get("customer")))
    except (ValueError, KeyError, TypeError):
        return None


def _int(value: object) -> int | None:
    return None if value is None else int(value)


def quietly(session: Session, *tables: str) -> None:
    """For a bulk job's transaction (an import, a bulk change): no notice for each of its
    rows, one for all of them at its commit, which makes the desks reload the views of each
    of ``tables`` whole (name every table the job may change: the others' notices are held
    back too). Nothing on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text("SET LOCAL salon_desk.quiet = 'on'"))
    tell_many(session, *tables)


def tell_many(connection: Session | Connection, *tables: str) -> None:
    """A notice, at the commit, that many rows of each of ``tables`` changed (the desks reload
    those views whole): for a bulk job, or a restore, which no trigger sees. A server only."""
    for table in tables:
        connection.execute(text("SELECT pg_notify(:channel, :payload)"), {
            "channel": CHANNEL, "payload": json.dumps(
                {"table": table, "id": None, "kind": "many", "customer": None})})


class ChangeListener:
    """A connection LISTENing on the salon's channel; ``close()`` when done."""

    def __init__(self, db: Database) -> None:
        if not listens(db):
            raise ValueError("change notices need a salon server")
        self._own: set[int] = set()
        self._engine = db.engine
        event.listen(self._engine, "checkout", self._remember_own)
        self._conn = side_connection(db.engine, "Salon Desk (changes)")
        self._conn.execute(f"LISTEN {CHANNEL}")

    def _remember_own(self, dbapi_conn, _record, _proxy) -> None:
        self._own.add(dbapi_conn.info.backend_pid)

    def changes(self, timeout: float) -> Iterator[Change]:
        """The other desks' changes arriving within ``timeout`` seconds (none: returns then).
        A dropped connection raises psycopg.OperationalError."""
        for notice in self._conn.notifies(timeout=timeout):
            if notice.pid in self._own:
                continue
            change = parse(notice.payload)
            if change is not None:
                yield change

    def close(self) -> None:
        if event.contains(self._engine, "checkout", self._remember_own):
            event.remove(self._engine, "checkout", self._remember_own)
        self._conn.close()
