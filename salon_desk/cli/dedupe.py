"""Subcommands for duplicates: duplicates, merge, merge-undo, dismiss, resolve."""

from __future__ import annotations

import json
import sys
import time

from salon_desk.cli.common import open_db, record_id
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
    how = p.add_mutually_exclusive_group()
    how.add_argument("--fill-empty", dest="how", action="store_const", const="fill_empty",
                     help="where the kept record has no value, take another record's (the "
                     "one the merge dialog would preselect)")
    how.add_argument("--prefer-informative", dest="how", action="store_const",
                     const="informative",
                     help="every field takes the value the merge dialog preselects (the most "
                     "informative one), as if merging in the app without changing anything")
    p.set_defaults(func=cmd_merge, how="keep")

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
    from salon_desk.services.duplicates.scan import run_scan
    from salon_desk.services.search.lookup import fetch_rows

    db = open_db(args)
    start = time.perf_counter()
    result = run_scan(db.session)  # a read command: it never waits for a writer to store
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
    """Merge without a dialog. By default the kept record keeps its values (notes, allergies
    and balances are combined, everything attached moves); --fill-empty takes another record's
    value where the kept one has none, --prefer-informative the dialog's preselection for
    every field. Prints what changed on the kept record, field by field, and the values of
    the other records that were not taken."""
    from salon_desk.services.merging.review import lookup_names
    from salon_desk.services.merging.merge import merge_customers, propose
    from salon_desk.services.merging.fields import outcomes, signed_records, unattended_choices

    db = open_db(args)
    with db.transaction() as session:
        proposal = propose(session, args.keep, args.others)
        choices = unattended_choices(proposal, args.how)
        signed = signed_records(session, [args.keep, *proposal.other_ids])
        merge = merge_customers(session, args.keep, args.others, choices, by=args.by)
        lines = [merge.summary, *_merge_report(proposal, outcomes(proposal, choices),
                                               lookup_names(session), args.how, signed)]
    print("\n".join(lines))
    return 0


def _signature_taken(proposal, signed: set[int]) -> int | None:
    """The record whose privacy signature the kept record takes (it has none), if any."""
    if proposal.keep_id in signed:
        return None
    return next((i for i in proposal.other_ids if i in signed), None)


def _merge_report(proposal, results, names, how: str, signed: set[int]) -> list[str]:
    from salon_desk.services.merging.fields import display
    from salon_desk.services.money import cents_text

    def text(spec, value) -> str:
        return display(spec, value, names) or "(empty)"

    keep = proposal.keep_id
    kept = proposal.records[keep]
    changed = [f"  {r.spec.label}: {text(r.spec, r.before)} → {text(r.spec, r.after)} "
               f"(from #{r.source})" for r in results if r.changed]
    for column, label in (("notes", "Notes"), ("allergies", "Allergies")):
        combined = getattr(proposal, column)
        if combined != (kept[column] or ""):
            added = [f"#{i}" for i in proposal.other_ids if f"[From #{i} " in combined]
            changed.append(f"  {label}: added those of {', '.join(added)}" if added
                           else f"  {label}: spaces and line breaks at the ends removed")
    if signer := _signature_taken(proposal, signed):
        changed.append(f"  Privacy policy signature: taken from #{signer}")
    if proposal.balance_cents != (kept["balance_cents"] or 0):
        changed.append(f"  Balance: {cents_text(kept['balance_cents'] or 0)} → "
                       f"{cents_text(proposal.balance_cents)}")
    lines = ["Changed on the kept record:" + ("" if changed else " nothing"), *changed]
    left = [f"  {r.spec.label}: {text(r.spec, r.after)} ("
            + "; ".join(f"#{cid}: {text(r.spec, value)}" for cid, value in r.left) + ")"
            for r in results if r.left]
    if left:
        hint = {"keep": "--fill-empty or --prefer-informative takes them",
                "fill_empty": "--prefer-informative takes the most informative",
                "informative": "the merge dialog chooses field by field"}[how]
        lines += [f"Kept as they were on #{keep} (other values left; {hint}):"
                  if how != "informative" else f"Other values left ({hint}):", *left]
    return lines


def cmd_merge_undo(args) -> int:
    from salon_desk.services.merging.merge import undo_last_merge

    db = open_db(args)
    with db.transaction() as session:
        result = undo_last_merge(session, args.customer, by=args.by)
        restored = ", ".join(f"#{i}" for i in result.restored_ids)
        print(f"Merge undone: {restored} restored, everything moved back to them.")
        if result.kept_edits:
            print(f"Edited since the merge and left as they are: {', '.join(result.kept_edits)}")
    return 0


def cmd_dismiss(args) -> int:
    from salon_desk.services.duplicates.pairs import dismiss_pair

    db = open_db(args)
    with db.transaction() as session:
        new = dismiss_pair(session, args.first, args.second, by="command line",
                           reason=args.reason)
    print(f"Customers {args.first} and {args.second} will not be proposed as duplicates"
          f"{'' if new else ' (already remembered)'}.")
    return 0


def cmd_resolve(args) -> int:
    from salon_desk.services.search.resolve import resolve_customer

    db = open_db(args)
    with db.session() as session:
        customer = resolve_customer(session, args.key)
        if customer is None:
            print(f"No customer found for {args.key}.")
            return 1
        print(f"{customer.id}  {customer.full_name}")
    return 0
