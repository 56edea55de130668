"""`salon-desk find`: the customers a segment finds, as ids in list order.

Each option is one criterion of services.segments.Criteria; all given must hold; an option
given several times means any of its values. Names (services, badges...) are matched whatever
their case; an unknown one is an error that lists the known ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from salon_desk.cli.common import open_db
from salon_desk.services.segments.choices import (
    BOOKING_STATUSES,
    CONSENTS,
    CREDITS,
    GENDERS,
    SUBSCRIPTIONS,
)

# option -> (Criteria field, kind of thing named), for the options that take names.
_NAMED = {
    "badge": ("badges_any", "badge"), "badge_all": ("badges_all", "badge"),
    "no_badge": ("badges_none", "badge"), "category": ("categories", "category"),
    "service": ("services", "service"), "service_type": ("service_types", "service_type"),
    "unused_service": ("unused_services", "service"),
    "unused_service_type": ("unused_service_types", "service_type"),
    "package": ("packages", "package"),
}
# option -> Criteria field, for the options whose values go in as they are.
_PLAIN = {
    "gender": "genders", "age_min": "age_min", "age_max": "age_max",
    "birthday_month": "birthday_months", "birthday_within": "birthday_within_days",
    "since_from": "since_from", "since_to": "since_to", "referral": "referral_sources",
    "city": "cities", "postcode": "postcodes", "booked_from": "booked_from",
    "booked_to": "booked_to", "booking_status": "booking_statuses",
    "visited_within": "visited_within_days", "not_visited_for": "not_visited_for_days",
    "visits_min": "visits_min", "visits_max": "visits_max", "visits_from": "visits_from",
    "visits_to": "visits_to", "spent_min": "spent_min", "spent_max": "spent_max",
    "spent_from": "spent_from", "spent_to": "spent_to",
    "average_ticket_min": "average_ticket_min", "average_ticket_max": "average_ticket_max",
    "credit": "credits", "points_min": "points_min", "subscribed": "subscribed",
    "consent": "consents", "states": "states", "at_risk": "at_risk", "has_debt": "has_debt",
    "package_sessions_left": "package_sessions_left", "has_email": "has_email",
    "has_mobile": "has_mobile",
}


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _amount(value: str) -> int:
    from salon_desk.services.money import parse_cents

    try:
        cents = parse_cents(value)
    except ValueError:
        cents = -1
    if cents < 0:
        raise argparse.ArgumentTypeError(f"not an amount: {value!r}")
    return cents


def _count(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"not a whole number of zero or more: {value!r}")
    return int(text)


def _month(value: str) -> int:
    month = _count(value)
    if not 1 <= month <= 12:
        raise argparse.ArgumentTypeError(f"not a month (1-12): {value!r}")
    return month


def _lower(value: str) -> str:
    return value.strip().lower()


def _status(value: str) -> str:
    return _lower(value).replace("-", "_")  # "no-show" as people write it


def register(sub) -> None:
    p = sub.add_parser("find", help="find a segment of customers (criteria as the list's "
                       "filter panel; repeating an option means any of its values); prints "
                       "their ids in list order")
    p.add_argument("--json", action="store_true", help='print {"ids": [...], "count": N}')
    p.add_argument("--text", default="", help="the list's text search, combined with the rest")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--save", metavar="NAME", help="also save these criteria as a segment")
    where.add_argument("--segment", metavar="NAME", help="a saved segment (options given too "
                       "replace its criteria of the same name)")
    _who(p.add_argument_group("who they are"))
    _booked(p.add_argument_group("what they booked (booked: not cancelled; a no-show was "
                                 "booked, but is no visit)"))
    _spend(p.add_argument_group("how they visit and spend"))
    _reach(p.add_argument_group("how they may be reached"))
    p.set_defaults(func=cmd_find)


def _many(group, flag: str, help: str, **kw) -> None:
    group.add_argument(flag, action="append", default=None, help=help, **kw)


def _flag(group, yes: str, no: str | None, dest: str, help: str) -> None:
    group.add_argument(yes, dest=dest, action="store_const", const=True, default=None, help=help)
    if no:
        group.add_argument(no, dest=dest, action="store_const", const=False)


def _who(g) -> None:
    _many(g, "--gender", "female, male, other or unspecified", type=_lower, choices=GENDERS)
    _many(g, "--badge", "has this badge (any of)", metavar="NAME")
    _many(g, "--badge-all", "has this badge (all of)", metavar="NAME")
    _many(g, "--no-badge", "has none of these badges", metavar="NAME")
    _many(g, "--category", "customer category", metavar="NAME")
    for state in ("active", "inactive", "blocked"):
        g.add_argument(f"--{state}", dest="states", action="append_const", const=state,
                       help=f"{state} customers")
    g.add_argument("--age-min", type=_count, metavar="YEARS")
    g.add_argument("--age-max", type=_count, metavar="YEARS")
    _many(g, "--birthday-month", "birthday in this month (1-12)", type=_month, metavar="N")
    g.add_argument("--birthday-within", type=_count, metavar="DAYS",
                   help="birthday from today to DAYS days on")
    g.add_argument("--since-from", type=_date, metavar="DATE", help="customer since, from")
    g.add_argument("--since-to", type=_date, metavar="DATE", help="customer since, to")
    _many(g, "--referral", "referral source", metavar="SOURCE")
    _many(g, "--city", "city", metavar="CITY")
    _many(g, "--postcode", "postcode starting with this", metavar="PREFIX")


def _booked(g) -> None:
    _many(g, "--service", "booked this service", metavar="NAME")
    _many(g, "--service-type", "booked a service of this type", metavar="NAME")
    _many(g, "--unused-service", "never booked this service (none of them)", metavar="NAME")
    _many(g, "--unused-service-type", "never booked a service of this type", metavar="NAME")
    _many(g, "--package", "bought this package", metavar="NAME")
    _flag(g, "--package-sessions-left", "--package-used-up", "package_sessions_left",
          "the package (any package without --package) still has sessions left, or not")
    g.add_argument("--booked-from", type=_date, metavar="DATE",
                   help="an appointment on or after this day")
    g.add_argument("--booked-to", type=_date, metavar="DATE",
                   help="an appointment on or before this day")
    _many(g, "--booking-status", "status of that appointment (active: pending or confirmed)",
          type=_status, choices=BOOKING_STATUSES)


def _spend(g) -> None:
    g.add_argument("--visited-within", type=_count, metavar="DAYS")
    g.add_argument("--not-visited-for", type=_count, metavar="DAYS",
                   help="came before, but not in the last DAYS days")
    g.add_argument("--at-risk", action="store_true", default=None,
                   help="at risk of not coming back (the insights' rule)")
    g.add_argument("--visits-min", type=_count, metavar="N")
    g.add_argument("--visits-max", type=_count, metavar="N")
    g.add_argument("--visits-from", type=_date, metavar="DATE", help="count visits from")
    g.add_argument("--visits-to", type=_date, metavar="DATE", help="count visits to")
    g.add_argument("--spent-min", type=_amount, metavar="AMOUNT")
    g.add_argument("--spent-max", type=_amount, metavar="AMOUNT")
    g.add_argument("--spent-from", type=_date, metavar="DATE", help="count spending from")
    g.add_argument("--spent-to", type=_date, metavar="DATE", help="count spending to")
    g.add_argument("--average-ticket-min", type=_amount, metavar="AMOUNT")
    g.add_argument("--average-ticket-max", type=_amount, metavar="AMOUNT")
    _flag(g, "--has-debt", "--no-debt", "has_debt", "owes money (or owes nothing)")
    _many(g, "--credit", "a voucher, prepaid or loyalty card with a balance left",
          type=_lower, choices=CREDITS)
    g.add_argument("--points-min", type=_count, metavar="N")


def _reach(g) -> None:
    _many(g, "--subscribed", "reminders, birthday or marketing", type=_lower,
          choices=SUBSCRIPTIONS)
    _many(g, "--consent", "consent granted, as CATEGORY:CHANNEL", type=_lower, choices=CONSENTS)
    _flag(g, "--has-email", "--no-email", "has_email", "has an email (or none)")
    _flag(g, "--has-mobile", "--no-mobile", "has_mobile", "has a mobile (or none)")


def criteria_from(session, args, base=None):
    """Criteria of the options given (on top of ``base``, a saved segment's)."""
    import dataclasses

    from salon_desk.services.segments.criteria import Criteria
    from salon_desk.services.segments.names import ids_named

    values = {}
    for option, (name, kind) in _NAMED.items():
        given = getattr(args, option)
        if given:
            values[name] = ids_named(session, kind, given)
    for option, name in _PLAIN.items():
        given = getattr(args, option)
        if given is not None and given != []:
            values[name] = given
    return dataclasses.replace(base or Criteria(), **values).check()


def cmd_find(args) -> int:
    from salon_desk.services.segments import ids
    from salon_desk.services.segments import saved as saved_segments

    db = open_db(args)
    use = db.transaction if args.save else db.session
    with use() as session:
        base = saved_segments.find_by_name(session, args.segment).criteria if args.segment \
            else None
        criteria = criteria_from(session, args, base)
        found = ids(session, criteria, args.text)
        if args.save:
            saved_segments.save(session, args.save, criteria)
    if args.json:
        print(json.dumps({"ids": found, "count": len(found)}))
    else:
        for customer_id in found:
            print(customer_id)
    if args.save:
        print(f'Saved the segment "{" ".join(args.save.split())}" ({len(found):,} customers '
              "today).", file=sys.stderr)
    return 0
