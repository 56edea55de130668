"""Subcommands for duplicates: duplicates, merge, merge-undo, dismiss, resolve."""

from __future__ import annotations

import json
import sys
import time

from salon_desk.cli import record_id
from salon_desk.services.phones import format_phone


def register(sub) -> None:
    p = sub.add_parser("duplicates", help="find customers entered more than once")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--min-confidence", choices=("low", "medium", "high"), default="low",
                   help="leave out groups below this confidence (default: show all)")
    p.set_defaults(func=cmd_duplicates)

    p = sub.add_parser("merge", help="merge customers into one (the first id is kept)")
    p.add_argument("keep", type=record_id, metavar="KEEP_ID")
    p.add_argument("others", type=record_id, nargs="+", metavar="OTHER_ID")
    p.add_argument("--by", default="command line", help="who merges (recorded)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("merge-undo", help="undo the latest merge of a customer")
    p.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    p.add_argument("--by", default="command line", help="who undoes (recorded)")
    p.set_defaults(func=cmd_merge_undo)

    p = sub.add_parser("dismiss", help="remember that two customers are different people")
    p.add_argument("first", type=record_id, metavar="ID1")
    p.add_argument("second", type=record_id, metavar="ID2")
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_dismiss)

    p = sub.add_parser("resolve", help="the customer an id or external ID stands for now, "
                       "following merges")
    p.add_argument("key", metavar="ID_OR_EXTERNAL_ID")
    p.set_defaults(func=cmd_resolve)


_LEVELS = {"low": 0, "medium": 1, "high": 2}


def cmd_duplicates(args) -> int:
    from salon_desk.cli import open_db
    from salon_desk.services.duplicates.scan import run_scan
    from salon_desk.services.search import fetch_rows

    db = open_db(args)
    start = time.perf_counter()
    result = run_scan(db.session)
    floor = _LEVELS[args.min_confidence]
    groups = [g for g in result.groups if _LEVELS[g.confidence] >= floor]
    if args.json:
        print(json.dumps({"groups": [g.as_json() for g in groups]}, ensure_ascii=False))
        return 0
    if not groups:
        print(f"No duplicates found among {result.customers:,} customers.")
        return 0
    with db.session() as session:
        rows = {r.id: r for r in fetch_rows(session, sorted({i for g in groups
                                                               for i in g.customers}))}
    for n, group in enumerate(groups, start=1):
        print(f"{n:>4}. {group.confidence:<6} {group.score:.2f}  {group.match_text}")
        for cid in group.customers:
            r = rows.get(cid)
            if r:
                print(f"        {cid:>7}  {r.name:<32.32}  {format_phone(r.mobile):<18}  "
                      f"{r.email or ''}")
    counts = {level: sum(1 for g in groups if g.confidence == level)
              for level in ("high", "medium", "low")}
    print(f"\n{len(groups)} groups ({counts['high']} high, {counts['medium']} medium, "
          f"{counts['low']} low) among {result.customers:,} customers, "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


def cmd_merge(args) -> int:
    """Merge without a dialog: every field takes the value the dialog would preselect
    (services.merge_fields); the fields that differed or were filled in from another record
    are listed with the value kept."""
    from salon_desk.cli import open_db
    from salon_desk.services.merge import merge_customers, propose

    db = open_db(args)
    with db.transaction() as session:
        proposal = propose(session, args.keep, args.others)
        merge = merge_customers(session, args.keep, args.others, by=args.by)
        print(merge.summary)
        for fp in proposal.fields:
            if fp.differs or (fp.options and fp.chosen != args.keep):
                kept = next(o for o in fp.options if o.customer_id == fp.chosen)
                print(f"  {fp.spec.label}: {kept.text or '(empty)'} (from #{fp.chosen})")
    return 0


def cmd_merge_undo(args) -> int:
    from salon_desk.cli import open_db
    from salon_desk.services.merge import undo_last_merge

    db = open_db(args)
    with db.transaction() as session:
        result = undo_last_merge(session, args.customer, by=args.by)
        restored = ", ".join(f"#{i}" for i in result.restored_ids)
        print(f"Merge undone: {restored} restored, everything moved back to them.")
        if result.kept_edits:
            print(f"Edited since the merge and left as they are: {', '.join(result.kept_edits)}")
    return 0


def cmd_dismiss(args) -> int:
    from salon_desk.cli import open_db
    from salon_desk.services.duplicates.pairs import dismiss_pair

    db = open_db(args)
    with db.transaction() as session:
        new = dismiss_pair(session, args.first, args.second, by="command line",
                           reason=args.reason)
    print(f"Customers {args.first} and {args.second} will not be proposed as duplicates"
          f"{'' if new else ' (already remembered)'}.")
    return 0


def cmd_resolve(args) -> int:
    from salon_desk.cli import open_db
    from salon_desk.services.merge import resolve_customer

    db = open_db(args)
    with db.session() as session:
        customer = resolve_customer(session, args.key)
        if customer is None:
            print(f"No customer found for {args.key}.")
            return 1
        print(f"{customer.id}  {customer.full_name}")
    return 0
