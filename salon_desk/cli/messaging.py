"""`salon-desk settings`, `salon-desk message` and `salon-desk outbox`.

settings set/get read and write the salon's settings by key (the email server, the SMS
provider, the reminders...), typed as each setting is; a password or an API key is never a
setting: it is refused with where it goes (the system keyring, or an environment variable).

message queues a message to customers by id, to a saved segment or to everyone, written on the
command line or from a template, now or at a date and time; only the customers consent,
switches, status and address allow get it, and the others are printed with the reason. The
outbox sends it (`salon-desk send-due`, or the app while it is open).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from pathlib import Path

from salon_desk.cli.common import open_db, record_id
from salon_desk.cli.jobs import run_job

SERVICES = Path(__file__).resolve().parent.parent / "services"


def register(sub) -> None:
    p = sub.add_parser("settings", help="read or change a setting of the salon (email server, "
                       "SMS provider, reminders...)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="change a setting: settings set KEY VALUE")
    s.add_argument("key")
    s.add_argument("value")
    s.set_defaults(func=cmd_settings_set)
    g = actions.add_parser("get", help="print a setting's value: settings get KEY")
    g.add_argument("key")
    g.set_defaults(func=cmd_settings_get)
    ls = actions.add_parser("list", help="every setting with its value")
    ls.add_argument("--json", action="store_true", help='print {"KEY": VALUE, ...}')
    ls.set_defaults(func=cmd_settings_list)

    m = sub.add_parser("message", help="queue an email or SMS to customers (only those whose "
                       "consent, switches, status and address allow it)")
    m.add_argument("--channel", required=True, choices=("email", "sms"))
    m.add_argument("--category", required=True, choices=("appointments", "marketing"))
    who = m.add_mutually_exclusive_group(required=True)
    who.add_argument("--customers", type=_ids, metavar="ID,ID...", help="customer ids")
    who.add_argument("--all", action="store_true", help="every customer")
    who.add_argument("--segment", metavar="NAME", help="the customers a saved segment finds")
    m.add_argument("--template", metavar="NAME", help="a message template, by name")
    m.add_argument("--subject", default="", help="the email's subject (fields such as "
                   "{first_name} are filled in)")
    m.add_argument("--body", default="", help="the text")
    m.add_argument("--at", type=_when, metavar="ISO-DATETIME",
                   help="when to send (local time, e.g. 2026-05-06T09:30); default: now")
    m.add_argument("--language", choices=("en", "es"), help="the template's language "
                   "(default: the salon's messages language)")
    m.add_argument("--json", action="store_true",
                   help='print {"queued": N, "excluded": [{"customer": ID, "reason": "..."}]}')
    m.set_defaults(func=cmd_message)

    o = sub.add_parser("outbox", help="the messages waiting, sent, failed or in doubt")
    o.add_argument("--status", choices=("queued", "sending", "sent", "failed", "unknown",
                                        "cancelled"))
    o.add_argument("--limit", type=int, default=500)
    o.add_argument("--json", action="store_true", help='print {"messages": [...]}')
    o.set_defaults(func=cmd_outbox)


def _ids(value: str) -> list[int]:
    parts = [p for p in value.replace(" ", ",").split(",") if p]
    if not parts:
        raise argparse.ArgumentTypeError(f"no customer ids: {value!r}")
    return [record_id(p) for p in parts]


def _when(value: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time (YYYY-MM-DDTHH:MM): {value!r}") from None
    return when if when.tzinfo else when.astimezone()


def _load_options() -> None:
    """Import every services module that declares settings, so each key is known."""
    for path in sorted(SERVICES.rglob("*.py")):
        if "= Option(" in path.read_text(encoding="utf-8"):
            relative = path.relative_to(SERVICES.parent.parent).with_suffix("")
            importlib.import_module(".".join(relative.parts))


def cmd_settings_set(args) -> int:
    from salon_desk.services import settings

    _load_options()
    option = settings.find_option(args.key)
    value = settings.parse_text(option, args.value)
    with open_db(args).transaction() as session:
        settings.set_value(session, option, value)
    return 0


def cmd_settings_get(args) -> int:
    from salon_desk.services import settings

    _load_options()
    option = settings.find_option(args.key)
    with open_db(args).session() as session:
        print(settings.value_text(option, settings.get(session, option)))
    return 0


def cmd_settings_list(args) -> int:
    from salon_desk.services import settings

    _load_options()
    with open_db(args).session() as session:
        values = {key: (option, settings.get(session, option))
                  for key, option in sorted(settings.OPTIONS.items())}
    if args.json:
        print(json.dumps({key: option.to_json(value) for key, (option, value) in values.items()},
                         ensure_ascii=False))
        return 0
    for key, (option, value) in values.items():
        print(f"{key} = {settings.value_text(option, value)}")
    return 0


def _compose(args, session):
    from salon_desk.services.messages.queue import Compose
    from salon_desk.services.messages.templates import template_by_name

    template_id = template_by_name(session, args.template) if args.template else None
    return Compose(args.channel, args.category, subject=args.subject, body=args.body,
                   template_id=template_id, due_at=args.at, language=args.language or "")


def cmd_message(args) -> int:
    from salon_desk.services.messages import audience
    from salon_desk.services.messages.queue import queue_job
    from salon_desk.services.segments.saved import find_by_name

    db = open_db(args)
    criteria = None
    with db.session() as session:
        compose = _compose(args, session)
        if args.segment:
            criteria = find_by_name(session, args.segment).criteria
    result = run_job(queue_job(db, compose, args.customers, criteria=criteria),
                     quiet=args.json, counting="messages")
    excluded = [(e.customer_id, str(audience.reason_text(e.reason, args.channel, args.category)))
                for e in result.excluded]
    if args.json:
        print(json.dumps({"queued": result.queued,
                          "excluded": [{"customer": c, "reason": r} for c, r in excluded]},
                         ensure_ascii=False))
        return 0
    plural = "" if result.queued == 1 else "s"
    print(f"Queued {result.queued} message{plural}"
          + (f"; {len(excluded)} left out:" if excluded else "."))
    for customer, reason in excluded:
        print(f"  #{customer}: {reason}")
    return 0


def cmd_outbox(args) -> int:
    from salon_desk.services.messages.outbox_rows import outbox

    with open_db(args).session() as session:
        rows = outbox(session, args.status, limit=args.limit)
    if args.json:
        print(json.dumps({"messages": [r.to_json() for r in rows]}, ensure_ascii=False))
        return 0
    if not rows:
        print("The outbox is empty.")
    for r in rows:
        when = (r.sent_at or r.due_at or r.at).astimezone().strftime("%Y-%m-%d %H:%M")
        what = r.subject or " ".join(r.body.split())
        line = f"{r.id:>7}  {when}  {r.status:<9}  {r.channel:<5}  {r.recipient:<28}  {what[:50]}"
        print(line + (f"  ({r.error})" if r.error else ""))
    sys.stdout.flush()
    return 0
