"""Subcommands for the customers' privacy rights: subject-export, forget, retention."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from salon_desk.cli.common import open_db, record_id


def register(sub) -> None:
    p = sub.add_parser("subject-export", help="everything held about a customer (record "
                       "workbook, documents, consent history, messages) as a zip")
    p.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    p.set_defaults(func=cmd_subject_export)

    p = sub.add_parser("forget", help="anonymise a customer for good (sales and tax amounts "
                       "stay); cannot be undone")
    p.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    p.add_argument("--asked-by", default="", metavar="WHO",
                   help='who asked, and how (e.g. "the customer, by email")')
    p.add_argument("--yes", action="store_true", help="required: this cannot be undone")
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser("retention", help="customers with no visit for the retention period, "
                       "to forget or keep")
    p.add_argument("--years", type=int, help="instead of the setting")
    p.add_argument("--keep", type=record_id, metavar="CUSTOMER_ID",
                   help="keep this customer past the retention period")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_retention)


def cmd_subject_export(args) -> int:
    from salon_desk.cli.jobs import run_job
    from salon_desk.services import settings
    from salon_desk.services.privacy.subject_access import export_subject

    db = open_db(args)
    with db.session() as session:
        salon = settings.get(session, settings.SALON_NAME)
    path = run_job(export_subject(db, args.customer, args.output, salon), quiet=True)
    print(f"Everything held about customer {args.customer} written to {path}")
    return 0


def cmd_forget(args) -> int:
    from salon_desk.services.privacy.forget import forget_customer

    if not args.yes:
        print("salon-desk: forgetting a customer cannot be undone; add --yes to do it",
              file=sys.stderr)
        return 2
    db = open_db(args)
    result = forget_customer(db, args.customer, asked_by=args.asked_by)
    db.dispose()
    print(f"Customer {result.customer_id} forgotten ({result.records} record(s), "
          f"{result.documents_removed} document file(s) removed); sales and amounts kept")
    return 0


def cmd_retention(args) -> int:
    from salon_desk.services import settings
    from salon_desk.services.privacy.retention import (
        RETENTION_YEARS,
        due_for_review,
        keep_customer,
    )

    db = open_db(args)
    if args.keep:
        with db.transaction() as session:
            keep_customer(session, args.keep)
        print(f"Customer {args.keep} kept")
        return 0
    with db.session() as session:
        years = args.years or settings.get(session, RETENTION_YEARS)
        rows = due_for_review(session, years)
    if args.json:
        print(json.dumps([{"id": r.customer_id, "name": r.name,
                           "last_visit": r.last_visit.isoformat() if r.last_visit else None}
                          for r in rows], ensure_ascii=False))
        return 0
    print(f"{len(rows)} customer(s) with no visit for {years} years:")
    for r in rows:
        when = f"{r.last_visit:%Y-%m-%d}" if r.last_visit else "never came"
        print(f"  #{r.customer_id}  {r.name}  ({when})")
    return 0
