"""`salon-desk`: opens the app; `salon-desk SUBCOMMAND` runs a service from the command line.

A failure ends with one line, ``salon-desk: <what went wrong>`` (in the user's language when
Salon Desk has a translation for it) and exit code 2: never a traceback, SQL or a customer's
data. Commands that write queue behind another window or program that is saving (they say
so) for up to models.db.LONG_JOB_WAIT_S; commands that only read never wait for a writer, and
never create a database: a mistyped --db path is said to be missing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from pathlib import Path

from salon_desk import __version__
from salon_desk.cli import (
    audit,
    backups,
    basic,
    dedupe,
    messaging,
    moving,
    printing,
    privacy,
    segments,
    sending,
    transfer,
)
from salon_desk.cli.messages import user_text

log = logging.getLogger(__name__)

# Each module defines register(subparsers) and adds a subcommand whose handler is
# set with parser.set_defaults(func=handler); handler(args) returns the exit code.
COMMAND_MODULES = [basic, backups, privacy, printing, transfer, dedupe, segments, messaging, sending,
                   audit, moving]

def db_location(value: str) -> Path | str:
    """--db: a database file's path, or a salon server's address (``postgresql://user@host/
    salon``) kept as typed (a Path would fold its ``//``); models.db tells them apart."""
    return value if "://" in value else Path(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salon-desk",
        description="Salon Desk: the offline front desk of a beauty salon, spa or clinic. "
        "Without a subcommand it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Salon Desk {__version__}")
    parser.add_argument("--db", type=db_location, metavar="PATH|URL",
                        help="the salon database file (default: salon-desk.sqlite in the "
                        "user data folder), or a salon server's address: "
                        "postgresql://user@host/salon")
    parser.add_argument("--as", dest="as_name", metavar="NAME",
                        help="with staff sign-in on, act as this staff member (their password "
                        "is asked, or read from SALON_DESK_PASSWORD); the first owner when "
                        "not given")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _waiting(text: str = "") -> None:
    from salon_desk.models import store_errors

    said = store_errors.StoreText(text or store_errors.WAITING)
    print(f"salon-desk: {user_text(said)}", file=sys.stderr, flush=True)


def _waiting_desk() -> None:
    """On a salon server, from the lock watcher's thread (models.lock_watch)."""
    from salon_desk.models import store_errors

    _waiting(store_errors.WAITING_DESK)


def _debug_log() -> None:
    """SALON_DESK_LOG=FILE: the details of a failure (its causes, tracebacks) go to FILE, for
    support; the user still sees one line."""
    target = os.environ.get("SALON_DESK_LOG")
    if target:
        logging.basicConfig(filename=target, level=logging.DEBUG,
                            format="%(asctime)s %(process)d %(name)s %(message)s")
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)  # not every statement


def main(argv: list[str] | None = None) -> int:
    _debug_log()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from salon_desk.ui.app import run_app

        return run_app(args.db)
    quick = getattr(args, "quick", None)  # a read that can skip SQLAlchemy, when it can
    if quick is not None and (code := quick(args)) is not None:
        return code
    from sqlalchemy.exc import DBAPIError

    from salon_desk.models import lock_watch
    from salon_desk.models.db import DatabaseError, long_job
    from salon_desk.models.store_errors import UNEXPECTED, explain
    from salon_desk.services.errors import SalonError

    try:
        with long_job(on_wait=_waiting), lock_watch.telling(_waiting_desk):
            return int(args.func(args) or 0)
    except (SalonError, DatabaseError) as exc:
        log.debug("Failure", exc_info=True)
        message = exc
    except (DBAPIError, sqlite3.Error) as exc:  # never the SQL nor the values: what it means
        from salon_desk.models.opening import display_url, server_url
        from salon_desk.paths import default_db_path

        log.debug("Database failure", exc_info=True)
        url = server_url(args.db)
        where = display_url(url) if url else args.db or default_db_path()  # no password shown
        message = explain(exc, where) or DatabaseError(UNEXPECTED)
    except OSError as exc:
        message = f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": ")
    except KeyboardInterrupt:
        print("salon-desk: interrupted.", file=sys.stderr)
        return 130
    print(f"salon-desk: {user_text(message)}", file=sys.stderr)
    return 2
