"""Subcommand move-to: a one-PC salon (its SQLite file and documents) onto a salon server."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from salon_desk.cli.jobs import run_job


def register(sub) -> None:
    p = sub.add_parser(
        "move-to", help="copy this salon (the --db file and its documents) into an empty "
        "database on a salon server, then compare rows and money sums; the file is left as it is")
    p.add_argument("url", metavar="postgresql://user@host/salon",
                   help="the server database, empty (its password in the address, or in "
                   "PGPASSWORD or ~/.pgpass)")
    p.add_argument("--yes", action="store_true", help="do not ask before copying")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_move_to)


def cmd_move_to(args) -> int:
    from salon_desk.models.opening import display_url, server_url
    from salon_desk.paths import default_db_path
    from salon_desk.services import error_texts as msg
    from salon_desk.services.errors import SalonError
    from salon_desk.services.moving.copying import move_to_server
    from salon_desk.services.texts import Text

    if isinstance(args.db, str):  # a server's address: there is no file to move
        raise SalonError(Text(msg.MOVE_SOURCE_NOT_FILE, address=display_url(server_url(args.db)
                                                                             or "")))
    source = Path(args.db or default_db_path())
    target = server_url(args.url)
    if target is None:
        raise SalonError(Text(msg.MOVE_NOT_A_SERVER, address=args.url))
    if not args.yes:
        if not sys.stdin.isatty():
            print("salon-desk: add --yes to copy without a question", file=sys.stderr)
            return 2
        answer = input(f"Copy the salon in {source} and its documents to {display_url(target)}? "
                       "The file is left as it is. [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            print("Nothing was copied.")
            return 1
    result = run_job(move_to_server(source, args.url), quiet=args.quiet or args.json)
    print(json.dumps(_as_json(result)) if args.json else _report(source, result))
    return 0


def _as_json(result) -> dict:
    return {"server": result.server, "seconds": round(result.seconds, 1),
            "rows": {c.what: [c.in_file, c.on_server] for c in result.rows},
            "sums": {c.what: [c.in_file, c.on_server] for c in result.sums},
            "documents": result.documents, "documents_missing": result.documents_missing}


def _report(source: Path, result) -> str:
    width = max(len(c.what) for c in result.rows + result.sums)
    lines = [f"Copied {source} to {result.server} in {result.seconds:.1f} s, checked:",
             f"  {'':{width}}  {'file':>12}  {'server':>12}"]
    for compared in result.rows + result.sums:
        lines.append(f"  {compared.what:{width}}  {compared.in_file:>12,}  "
                     f"{compared.on_server:>12,}  {'same' if compared.same else 'DIFFERENT'}")
    if result.documents_missing:
        lines.append(f"{len(result.documents_missing):,} document file(s) named by the records "
                     "were already missing from the documents folder: "
                     + ", ".join(result.documents_missing[:5])
                     + (" …" if len(result.documents_missing) > 5 else ""))
    lines.append(f"The file {source} is unchanged. Point each desk at the server: "
                 f"salon-desk --db {result.server}")
    return "\n".join(lines)
