"""`salon-desk`: opens the app; `salon-desk SUBCOMMAND` runs a service from the command line."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from salon_desk import __version__

# Each module defines register(subparsers) and adds a subcommand whose handler is
# set with parser.set_defaults(func=handler); handler(args) returns the exit code.
COMMAND_MODULES = [
    "salon_desk.cli.basic",
    "salon_desk.cli.printing",
    "salon_desk.cli.transfer",
    "salon_desk.cli.dedupe",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salon-desk",
        description="Salon Desk: the offline front desk of a beauty salon, spa or clinic. "
        "Without a subcommand it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Salon Desk {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="the salon database file (default: salon-desk.sqlite in the "
                        "user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def open_db(args: argparse.Namespace):
    from salon_desk.models.db import Database
    from salon_desk.paths import default_db_path

    return Database(args.db or default_db_path())


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from salon_desk.ui.app import run_app

        return run_app(args.db)
    from salon_desk.models.db import DatabaseError
    from salon_desk.services.errors import SalonError

    try:
        return int(args.func(args) or 0)
    except (SalonError, DatabaseError) as exc:
        print(f"salon-desk: {exc}", file=sys.stderr)
        return 2
