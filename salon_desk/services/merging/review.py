"""What the duplicates page and the merge dialog show about the records of a group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import Appointment, Customer, CustomerCategory, Sale, Staff
from salon_desk.services.merging.fields import FIELDS, display, media_flags, read_rows
from salon_desk.services.phones import format_phone


@dataclass
class RecordSummary:
    id: int
    name: str
    mobile: str
    email: str
    birth: str
    address: str
    created: dt.date | None
    last_visit: dt.datetime | None
    appointments: int
    sales: int
    active: bool
    merged_into_id: int | None

    @property
    def history(self) -> int:
        return self.appointments + self.sales


@dataclass
class CompareRow:
    key: str  # merge_fields key, or notes / allergies / history
    label: str  # English; the UI translates it
    values: list[str]  # one per record, in the order asked
    differs: bool


def _counts(session: Session, model, ids: list[int]) -> dict[int, int]:
    return dict(session.execute(select(model.customer_id, func.count()).where(
        model.customer_id.in_(ids)).group_by(model.customer_id)).all())


def lookup_names(session: Session) -> dict[str, dict[int, str]]:
    """Staff and category names, to show ids as words."""
    return {
        "preferred_staff_id": dict(session.execute(select(Staff.id, Staff.name)).all()),
        "category_id": dict(session.execute(
            select(CustomerCategory.id, CustomerCategory.name)).all()),
    }


def summaries(session: Session, ids: list[int]) -> dict[int, RecordSummary]:
    rows = read_rows(session, ids)
    appointments = _counts(session, Appointment, ids)
    sales = _counts(session, Sale, ids)
    birth = next(f for f in FIELDS if f.key == "birth_date")
    address = next(f for f in FIELDS if f.key == "address")
    out = {}
    for cid in ids:
        r = rows.get(cid)
        if r is None:
            continue
        created = r["customer_since"] or (r["created_at"].date() if r["created_at"] else None)
        out[cid] = RecordSummary(
            id=cid, name=" ".join(p for p in (r["first_name"], r["last_name"]) if p),
            mobile=format_phone(r["mobile"]), email=r["email"] or "",
            birth=display(birth, (r["birth_year"], r["birth_month"], r["birth_day"])),
            address=display(address, tuple(r[c] for c in address.columns)),
            created=created, last_visit=r["last_visit_at"],
            appointments=appointments.get(cid, 0), sales=sales.get(cid, 0),
            active=bool(r["active"]), merged_into_id=r["merged_into_id"])
    return out


def compare(session: Session, ids: list[int]) -> list[CompareRow]:
    """The records side by side, field by field (rows where they differ are marked). The
    history (visits, sales) is in summaries()."""
    rows = read_rows(session, ids)
    ids = [i for i in ids if i in rows]
    names = lookup_names(session)
    media = media_flags(session, ids)
    out: list[CompareRow] = []
    for spec in FIELDS:
        values = []
        for cid in ids:
            r = rows[cid]
            if spec.key == "photo":
                value = media.get(cid, "")
            elif len(spec.columns) == 1:
                value = r[spec.columns[0]]
            else:
                value = tuple(r[c] for c in spec.columns)
            if spec.key in ("mobile", "phone"):
                values.append(format_phone(value))
            else:
                values.append(display(spec, value, names))
        if not any(values):
            continue
        out.append(CompareRow(spec.key, spec.label, values, len(set(values)) > 1))
    for key, label in (("notes", "Notes"), ("allergies", "Allergies and health")):
        values = [(rows[cid][key] or "").strip() for cid in ids]
        if any(values):
            out.append(CompareRow(key, label, values, len(set(values)) > 1))
    return out


def staff_names(session: Session) -> list[str]:
    return list(session.scalars(select(Staff.name).where(Staff.active.is_(True))
                                .order_by(Staff.position, Staff.name)))


def live_ids(session: Session, ids: list[int]) -> list[int]:
    """The ids that are still customers of their own (not merged away, not deleted), in the
    order given (not the order an engine happens to find the rows in)."""
    live = set(session.scalars(select(Customer.id).where(
        Customer.id.in_(ids), Customer.merged_into_id.is_(None))))
    return [i for i in ids if i in live]
