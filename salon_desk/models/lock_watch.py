"""Saying that a long job waits for another desk on a salon server.

On SQLite a writer waits at BEGIN IMMEDIATE, where models.db.long_job sees it and says so. A
server's transaction waits at whichever statement needs what another desk holds (the customers
an import on another desk has locked, the audit trail's end, a customer being saved), inside
the driver, where the job's own thread can tell nothing until the wait is over. So inside
``telling(tell)`` each transaction begun on a server is watched by a thread that asks the
server, on a connection of its own, every POLL_S whether the job's connection is blocked
(``pg_blocking_pids``) and calls ``tell()`` each time a wait begins. The watcher connects only
once a transaction has lasted POLL_S (a short one costs a thread start) and stops when the
transaction ends. A SQLite salon starts nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, event

from salon_desk.models.opening import side_connection

log = logging.getLogger(__name__)

POLL_S = 0.3
_KEY = "salon_desk_lock_watch"
_local = threading.local()


@contextmanager
def telling(tell: Callable[[], None]) -> Iterator[None]:
    """Transactions begun on a server in this thread inside the block call ``tell()`` (from
    another thread) each time they start waiting for a lock another connection holds."""
    previous = getattr(_local, "tell", None), getattr(_local, "watches", None)
    _local.tell, _local.watches = tell, []
    try:
        yield
    finally:
        for watch in _local.watches:  # a transaction left open past the block
            watch.stop()
        _local.tell, _local.watches = previous


class _Watch:
    def __init__(self, engine: Engine, pid: int, tell: Callable[[], None]) -> None:
        self._stopped = threading.Event()
        self._engine, self._pid, self._tell = engine, pid, tell
        threading.Thread(target=self._run, name="salon-lock-watch", daemon=True).start()

    def stop(self) -> None:
        self._stopped.set()

    def _run(self) -> None:
        conn = None
        waiting = False
        try:
            while not self._stopped.wait(POLL_S):
                conn = conn or side_connection(self._engine, "Salon Desk (waiting for a desk)")
                blocked = conn.execute("SELECT cardinality(pg_blocking_pids(%s)) > 0",
                                       (self._pid,)).fetchone()[0]
                if blocked and not waiting and not self._stopped.is_set():
                    self._tell()
                waiting = blocked
        except Exception:  # noqa: BLE001  (only the saying is lost; the job goes on)
            log.debug("Cannot watch the job's locks", exc_info=True)
        finally:
            if conn is not None:
                conn.close()


@event.listens_for(Engine, "begin")
def _on_begin(conn: Connection) -> None:
    tell = getattr(_local, "tell", None)
    if tell is None or conn.dialect.name != "postgresql":
        return
    pid = conn.connection.dbapi_connection.info.backend_pid
    watch = _Watch(conn.engine, pid, tell)
    conn.info[_KEY] = watch
    _local.watches.append(watch)


@event.listens_for(Engine, "commit")
@event.listens_for(Engine, "rollback")
def _on_end(conn: Connection) -> None:
    watch = conn.info.pop(_KEY, None)
    if watch is not None:
        watch.stop()
        if watch in (getattr(_local, "watches", None) or []):
            _local.watches.remove(watch)
