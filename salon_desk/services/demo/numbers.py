"""Numbering the demo's tickets and budgets once every sale and budget of the history exists."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from salon_desk.models import Budget, CashMovement, Debt, PointsEntry, Sale


def number_documents(rows: dict, more_sales: list[tuple[dt.datetime, int]]) -> dict[int, str]:
    """Ticket and budget numbers of the demo's rows (by model), sequential per year in date
    order, and the texts that name a ticket (a debt's description, a cash movement's...).
    ``more_sales`` are (sold at, id) of tickets written elsewhere, numbered in the same
    sequence; returns every ticket number by sale id."""
    count: dict[int, int] = defaultdict(int)
    years: dict[dt.datetime, int] = {}
    tickets = {}
    for sold_at, sale_id in sorted([(r["sold_at"], r["id"]) for r in rows[Sale]]
                                   + more_sales):
        if (year := years.get(sold_at)) is None:
            year = years[sold_at] = sold_at.astimezone().year
        count[year] += 1
        tickets[sale_id] = f"T{year}-{count[year]:06d}"
    for sale in rows[Sale]:
        sale["ticket_number"] = tickets[sale["id"]]
    count.clear()
    for budget in sorted(rows[Budget], key=lambda r: (r["issued_on"], r["id"])):
        count[budget["issued_on"].year] += 1
        budget["code"] = f"P{budget['issued_on'].year}-{count[budget['issued_on'].year]:04d}"
    for debt in rows[Debt]:
        debt["description"] = f"Unpaid on ticket {tickets[debt['sale_id']]}"
    for move in rows[CashMovement]:
        if move["sale_id"] and not move["description"]:
            move["description"] = f"Ticket {tickets[move['sale_id']]}"
    for entry in rows[PointsEntry]:
        if entry["sale_id"] and not entry["reason"]:
            entry["reason"] = f"Ticket {tickets[entry['sale_id']]}"
    return tickets
