"""Putting a server backup (pg_dump's, services.backups.dumps) back into a salon server's
database, after keeping a backup of the database as it is now: in one transaction the schema is
emptied and made again from the dump (dumps.restore_dump), then every table's rows are counted
against what the backup recorded.

Whoever was forgotten since the backup was made is forgotten again afterwards, as after a
restore of a file (services.privacy.forget.forget_again).

Desks still connected keep their locks: the restore waits a minute for them (close the app on
the other desks first), then fails leaving the database as it was. Once it is done the desks
still open are told to reload everything (services.notify): no trigger saw the rows come back.
"""

from __future__ import annotations

from salon_desk.models.db import make_engine
from salon_desk.services import error_texts as msg
from salon_desk.services import notify, permissions
from salon_desk.services.backups import dumps
from salon_desk.services.backups.making import BEFORE_RESTORE, counted_backup
from salon_desk.services.backups.policy import Policy
from salon_desk.services.backups.restore import PreparedRestore, RestoreResult
from salon_desk.services.errors import SalonError
from salon_desk.services.privacy.forget import forget_again, recorded_requests
from salon_desk.services.texts import Text


def restore_server(prepared: PreparedRestore, url: str, policy: Policy = Policy()
                   ) -> RestoreResult:
    """Keep a backup of the server database at ``url`` (in the policy's folder), then put the
    prepared server backup in its place and check every table's rows."""
    permissions.require(permissions.RESTORE_BACKUP)
    if prepared.database.suffix != dumps.DUMP_SUFFIX:
        raise SalonError(Text(msg.RESTORE_OTHER_KIND, path=str(prepared.info.path)))
    recorded = dumps.recorded_counts(prepared.folder) or {}
    folder = policy.target(url)
    folder.mkdir(parents=True, exist_ok=True)
    forgotten = recorded_requests(url)
    kept = counted_backup(url, BEFORE_RESTORE, folder)
    dumps.restore_dump(prepared.database, url)
    found = counts_at(url)
    for table, rows in sorted(recorded.items()):
        if found.get(table) != rows:
            raise SalonError(Text(msg.RESTORE_SERVER_COUNTS, table=table, found=found.get(table),
                                  recorded=rows, kept=str(kept)))
    # A backup made before someone was forgotten must not bring them back (as on a file)
    forgotten_again = forget_again(url, forgotten)
    _tell_the_desks(url)
    return RestoreResult(prepared.info.path, kept, prepared.counts, forgotten_again)


def _tell_the_desks(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            notify.tell_many(conn, "customers", "appointments", "sales")
    finally:
        engine.dispose()


def counts_at(url: str) -> dict[str, int]:
    """Each salon table's row count in the server database at ``url``."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return dumps.table_counts(conn)
    finally:
        engine.dispose()
