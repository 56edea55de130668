"""`salon-desk send-due`: queue the automatic messages that are due, then send the outbox's due
messages; for the operating system's scheduler (README, "Sending messages on a schedule").

The email password and the SMS key come from the system keyring, or from the environment
variables SALON_DESK_SMTP_PASSWORD and SALON_DESK_SMS_KEY (a scheduled task on a computer
without a keyring). Running it while the app sends too is safe: a message is claimed by one
sender only. When a channel stops (a wrong password, a server that cannot be reached) the rest
stays queued, the reason is printed and the exit code is 2.
"""

from __future__ import annotations

import json
import sys

from salon_desk.cli.common import open_db
from salon_desk.cli.jobs import run_job
from salon_desk.cli.messages import user_text


def register(sub) -> None:
    p = sub.add_parser("send-due", help="queue the reminders and greetings that are due and send "
                       "what is due in the outbox (for the system's scheduler)")
    p.add_argument("--json", action="store_true",
                   help='print {"sent": N, "failed": N, "deferred": N, "unknown": N, '
                        '"cancelled": N}')
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_send_due)


def cmd_send_due(args) -> int:
    from salon_desk.services.messages.automatic import queue_automatic
    from salon_desk.services.messages.sender import send_due

    db = open_db(args)
    with db.transaction() as session:
        queue_automatic(session)
    result = run_job(send_due(db), quiet=args.quiet or args.json, counting="messages")
    if args.json:
        print(json.dumps(result.as_json()))
    else:
        print(f"Sent {result.sent}, failed {result.failed}, deferred {result.deferred}, "
              f"unknown {result.unknown}, cancelled {result.cancelled}.")
    for reason in result.stopped:
        print(f"salon-desk: {user_text(reason)}", file=sys.stderr)
    return 2 if result.stopped else 0
