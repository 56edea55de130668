"""`salon-desk audit`: the audit trail, and the check that nobody changed it outside the app."""

from __future__ import annotations

import json

from salon_desk.cli.common import open_db, record_id


def register(sub) -> None:
    p = sub.add_parser("audit", help="who changed what and when; --verify checks the trail")
    p.add_argument("--customer", type=record_id, metavar="ID", help="only rows about this "
                   "customer")
    p.add_argument("--who", default="", metavar="NAME", help="only what this staff member did")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="the newest N rows")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--verify", action="store_true", help="check the hash chain; exit code 1 "
                   "when a row was changed outside Salon Desk")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args) -> int:
    from salon_desk.services import audit, permissions
    from salon_desk.services.texts import Text

    db = open_db(args)
    with db.session() as session:
        permissions.require(permissions.SEE_AUDIT)
        if args.verify:
            broken = audit.verify(session)
            if broken is not None:
                from salon_desk.cli.messages import user_text
                from salon_desk.services import error_texts as msg

                print(f"salon-desk: {user_text(Text(msg.AUDIT_CHAIN_BROKEN, id=broken))}")
                return 1
            print("The audit trail holds: no row was changed outside Salon Desk.")
            return 0
        found = audit.rows(session, args.customer, who=args.who, limit=args.limit)
    if args.json:
        print(json.dumps([_plain(row) for row in found], ensure_ascii=False, indent=1))
    else:
        for row in found:
            what = f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
            customer = f" customer {row.customer_id}" if row.customer_id is not None else ""
            print(f"{row.id}\t{row.at.astimezone():%Y-%m-%d %H:%M:%S}\t{row.who}\t"
                  f"{row.action}\t{what}{customer}\t{row.fields}\t{row.detail}".rstrip())
    return 0


def _plain(row) -> dict:
    return {"id": row.id, "at": row.at.isoformat(), "who": row.who, "action": row.action,
            "entity": row.entity, "entity_id": row.entity_id, "customer_id": row.customer_id,
            "fields": row.fields.split(",") if row.fields else [], "detail": row.detail,
            "changes": row.changes}
