"""Subcommands for moving customers in and out: import, export, template, imports, import-undo."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from salon_desk.cli.common import open_db, record_id
from salon_desk.cli.jobs import run_job
from salon_desk.services.errors import SalonError


def register(sub) -> None:
    p = sub.add_parser("import", help="import customers from .xlsx, .xls, .ods or .csv")
    p.add_argument("file", type=Path)
    p.add_argument("--country", metavar="CC",
                   help="country of phone numbers written without a country code "
                   "(default: the salon's)")
    p.add_argument("--on-duplicate", choices=("skip", "update", "new"), default="skip",
                   help="rows matching an existing customer (same email, mobile or external "
                   "ID): skip them, fill their empty fields, or import them as new")
    p.add_argument("--on-bad-value", choices=("keep", "reject"), default="keep",
                   help="a value that cannot be understood: keep it in the notes (and import "
                   "the row) or reject the row")
    p.add_argument("--date-order", choices=("dmy", "mdy", "ymd"),
                   help="order of day and month in dates like 05/06/1990 (asked only when the "
                   "file cannot tell)")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="what a column is: a field (see 'salon-desk template'), 'notes' or "
                   "'ignore'; repeatable")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export every customer to .xlsx or .csv")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("template", help="write the customer import template (.xlsx)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("imports", help="list the imports made so far")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_imports)

    p = sub.add_parser("import-undo", help="undo an import while its customers are unchanged")
    p.add_argument("batch_id", type=record_id)
    p.set_defaults(func=cmd_import_undo)


def _mapping_choices(analysis, specs: list[str]) -> dict[int, str]:
    from salon_desk.services.importing import headers as H
    from salon_desk.services.importing.mapping import TARGET_LABELS

    aliases = {"notes": H.NOTES, "ignore": H.IGNORE}
    choices = {}
    for spec in specs:
        header, sep, target = spec.partition("=")
        if not sep:
            raise SalonError(f"--map {spec}: write HEADER=FIELD")
        target = aliases.get(target.strip(), target.strip())
        by_header = {H.normalise(label): key for key, label in TARGET_LABELS.items()}
        target = by_header.get(H.normalise(target), target)
        if target not in TARGET_LABELS:
            raise SalonError(f"--map {spec}: unknown field {target!r}")
        found = [m for m in analysis.matches if H.normalise(m.header) == H.normalise(header)]
        if not found:
            raise SalonError(f"--map {spec}: the file has no column {header!r}")
        for m in found:
            choices[m.index] = target
    return choices


def cmd_import(args) -> int:
    from salon_desk.services.importing import (
        ImportOptions,
        analyse,
        apply_mapping,
        import_customers,
    )

    db = open_db(args, create=not args.dry_run)
    with db.session() as session:
        analysis = analyse(args.file, session, country=args.country)
    apply_mapping(analysis, _mapping_choices(analysis, args.map))
    if analysis.date_order_needed and not args.date_order:
        print("salon-desk: the dates in this file can be read day-first or month-first "
              "(e.g. 05/06/1990); say which with --date-order dmy or --date-order mdy",
              file=sys.stderr)
        return 2
    from salon_desk.cli.messages import user_text

    for warning in analysis.warnings:  # a stray quote, mixed encodings...: said before importing
        print(f"warning: {user_text(warning)}", file=sys.stderr)
    ignored = [m.header for m in analysis.matches if m.target is None]
    if ignored:
        print("Columns not recognised, ignored (use --map HEADER=FIELD): "
              + ", ".join(ignored), file=sys.stderr)
    options = ImportOptions(country=args.country, on_duplicate=args.on_duplicate,
                            on_bad_value=args.on_bad_value, date_order=args.date_order,
                            dry_run=args.dry_run)
    result = run_job(import_customers(db, analysis, options), quiet=args.json)
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
        return 0
    print(f"{analysis.path.name}: {_count(result.rows, 'row', 'rows')} read")
    print(f"  imported: {result.imported}   updated: {result.updated}   "
          f"skipped: {result.skipped}   rejected: {result.rejected}")
    if result.kept_in_notes:
        print(f"  {_count(result.kept_in_notes, 'imported customer has', 'imported customers have')} "
              "values that could not be read (kept in their notes, badge 'Check import')")
    if result.flagged:
        print(f"  {_count(result.flagged, 'customer has', 'customers have')} a value that was "
              "guessed or cleaned on the way (said in their notes, badge 'Check import')")
    if result.errors_file:
        print(f"  rejected rows were written to {result.errors_file}")
    if result.batch_id:
        print(f"  import #{result.batch_id} (undo with: salon-desk import-undo "
              f"{result.batch_id})")
    if args.dry_run:
        print("  dry run: nothing was written (the counts are what the import would do)")
    return 0


def _count(n: int, one: str, many: str) -> str:
    """A count with its noun in English, the command line's language: "1 row", "2 rows"."""
    return f"{n:,} {one if n == 1 else many}"


def cmd_export(args) -> int:
    from salon_desk.services.customers.exporting import export_customers

    db = open_db(args)
    result = run_job(export_customers(db, args.file), quiet=args.json)
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
        return 0
    print(f"{_count(result.customers, 'customer', 'customers')} exported to {result.path}")
    if result.long_cells:
        ids = result.long_customers
        shown = ", ".join(f"#{i}" for i in ids[:20]) + (
            f" and {len(ids) - 20} more" if len(ids) > 20 else "")
        print(f"  {result.long_cells} cells held more than the 32,767 characters a spreadsheet "
              f"cell takes (customers {shown}): each goes on in the \"(continued)\" columns "
              "at the end of its row, and importing this file joins them back whole. "
              "A .csv export keeps them in one cell.")
    return 0


def cmd_template(args) -> int:
    from salon_desk.services.template import build_template

    path = build_template(args.file)
    print(f"Import template written to {path}")
    return 0


def cmd_imports(args) -> int:
    from salon_desk.services.importing import list_batches

    db = open_db(args)
    with db.session() as session:
        batches = list_batches(session)
    if args.json:
        print(json.dumps([{
            "id": b.id, "file": b.file_name, "imported_at": b.imported_at.isoformat(),
            "imported_by": b.imported_by, "rows": b.rows, "imported": b.imported,
            "updated": b.updated, "skipped": b.skipped, "rejected": b.rejected,
            "undone_at": b.undone_at.isoformat() if b.undone_at else None,
            "errors_file": b.errors_file} for b in batches], indent=2))
        return 0
    if not batches:
        print("No imports yet.")
    for b in batches:
        when = b.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
        state = f"undone {b.undone_at.astimezone():%Y-%m-%d %H:%M}" if b.undone_at else ""
        print(f"#{b.id:<4} {when}  {b.imported_by:<10.10} {Path(b.file_name).name:<30.30} "
              f"rows {b.rows}, imported {b.imported}, updated {b.updated}, skipped {b.skipped},"
              f" rejected {b.rejected}  {state}")
    return 0


def cmd_import_undo(args) -> int:
    from salon_desk.services.importing import undo_import

    db = open_db(args)
    with db.transaction() as session:
        deleted, restored = undo_import(session, args.batch_id)
    print(f"Import #{args.batch_id} undone: {deleted} customers deleted, {restored} restored.")
    return 0
