"""The numbers on the record's tab labels, for every tab in one query.

Opening a record (and every change made in it) labels all the tabs at once: "Appointments (54)",
"Debts (1)"... One SELECT of scalar subqueries answers them all, instead of one query (and one
session) per tab.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from salon_desk.models import (
    Appointment,
    Budget,
    Debt,
    Document,
    LoyaltyCard,
    Message,
    Note,
    PatchTest,
    PointsEntry,
    PrepaidCard,
    Sale,
    SurveyResponse,
    Voucher,
)

# Keys of tab_counts(): a record tab names the one its label shows.
APPOINTMENTS = "appointments"
SALES = "sales"
DEBTS = "debts"  # open debts
OWED = "owed_cents"  # what the open debts add up to (the Debts tab turns red)
CREDITS = "credits"  # vouchers, prepaid cards and loyalty cards not cancelled
POINTS = "points"
BUDGETS = "budgets"
NOTES = "notes"
DOCUMENTS = "documents"
PATCH_TESTS = "patch_tests"
SURVEYS = "surveys"
MESSAGES = "messages"


def _count(model, customer_id: int, *where) -> ColumnElement[int]:
    return (select(func.count()).select_from(model)
            .where(model.customer_id == customer_id, *where).scalar_subquery())


def _columns(customer_id: int) -> dict[str, ColumnElement[int]]:
    def not_cancelled(model):
        return _count(model, customer_id, model.cancelled.is_(False))

    return {
        APPOINTMENTS: _count(Appointment, customer_id),
        SALES: not_cancelled(Sale),  # cancelled sales are left out, as in the totals
        DEBTS: _count(Debt, customer_id, Debt.remaining_cents > 0),
        OWED: select(func.coalesce(func.sum(Debt.remaining_cents), 0))
        .where(Debt.customer_id == customer_id, Debt.remaining_cents > 0).scalar_subquery(),
        CREDITS: not_cancelled(Voucher) + not_cancelled(PrepaidCard)
        + not_cancelled(LoyaltyCard),
        POINTS: _count(PointsEntry, customer_id),
        BUDGETS: _count(Budget, customer_id),
        NOTES: _count(Note, customer_id),
        DOCUMENTS: _count(Document, customer_id),
        PATCH_TESTS: _count(PatchTest, customer_id),
        SURVEYS: _count(SurveyResponse, customer_id),
        MESSAGES: _count(Message, customer_id),
    }


def tab_counts(session: Session, customer_id: int) -> dict[str, int]:
    """Every count the record's tab labels show, by key (APPOINTMENTS, DEBTS...), in one
    query. A customer that does not exist counts zero everywhere."""
    columns = _columns(customer_id)
    row = session.execute(select(*(c.label(k) for k, c in columns.items()))).one()
    return {key: int(value or 0) for key, value in zip(columns, row, strict=True)}

