"""Read-only views of a customer for the form, the record header and the details tab.

Everything is returned as plain dataclasses, so the interface never holds an ORM object past
the session that loaded it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_desk.models import Badge, Customer, CustomerCategory, Debt, Staff
from salon_desk.services import error_texts as msg
from salon_desk.services.customers.records import CustomerData, get_customer
from salon_desk.services.texts import Text

# Offered in the referral source box before the salon has typed its own.
COMMON_REFERRALS = ["Walk-in", "Friend", "Instagram", "Google", "Facebook", "TikTok", "Flyer",
                    "Website", "Gift voucher"]


@dataclass
class BadgeInfo:
    id: int
    name: str
    colour: str
    icon: str
    builtin: bool = False


@dataclass
class ConsentCell:
    category: str
    channel: str
    granted: bool
    changed_at: dt.datetime | None


@dataclass
class CustomerDetails:
    id: int
    data: CustomerData
    full_name: str
    category_name: str | None = None
    category_colour: str | None = None
    preferred_staff_name: str | None = None
    badges: list[BadgeInfo] = field(default_factory=list)
    consents: dict[tuple[str, str], ConsentCell] = field(default_factory=dict)
    photo: bytes | None = None
    signature: bytes | None = None
    signature_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    last_visit_at: dt.datetime | None = None
    balance_cents: int = 0  # the hand-kept reminder; moves no money
    owed_cents: int = 0  # what is left to pay on the customer's debts
    merged_into_id: int | None = None
    version: int = 1  # the row's version when read (services.customers.conflicts)

    @property
    def initials(self) -> str:
        return initials(self.data.first_name, self.data.last_name)


def initials(first: str | None, last: str | None) -> str:
    letters = [p[0] for p in ((first or "").strip(), (last or "").strip()) if p]
    return "".join(letters).upper() or "?"


def badge_name(key: str | None, name: str) -> str:
    """A badge the app made, while it keeps the name it was given, as a Text the interface
    shows in the user's language ("VIP", "Often Late"...); a name the salon chose, as typed."""
    if key in msg.BADGES and msg.BADGES[key] == name:
        return Text(msg.BADGES[key])
    return name


def badge_info(badge: Badge) -> BadgeInfo:
    return BadgeInfo(badge.id, badge_name(badge.key, badge.name), badge.colour,
                     badge.icon or "", badge.builtin)


def list_badge_infos(session: Session) -> list[BadgeInfo]:
    return [badge_info(b) for b in session.scalars(select(Badge).order_by(Badge.position, Badge.id))]


def customer_details(session: Session, customer_id: int) -> CustomerDetails:
    """Everything known about one customer (raises NotFound)."""
    c = get_customer(session, customer_id)
    staff_name = None
    if c.preferred_staff_id is not None:
        staff = session.get(Staff, c.preferred_staff_id)
        staff_name = staff.name if staff else None
    category: CustomerCategory | None = c.category
    media = c.media
    return CustomerDetails(
        id=c.id,
        data=CustomerData.from_customer(c),
        full_name=c.full_name,
        category_name=category.name if category else None,
        category_colour=category.colour if category else None,
        preferred_staff_name=staff_name,
        badges=[badge_info(b) for b in c.badges],
        consents={(x.category, x.channel): ConsentCell(x.category, x.channel, x.granted,
                                                       x.changed_at) for x in c.consents},
        photo=media.photo if media else None,
        signature=media.signature if media else None,
        signature_at=media.signature_at if media else None,
        created_at=c.created_at,
        updated_at=c.updated_at,
        last_visit_at=c.last_visit_at,
        balance_cents=c.balance_cents or 0,
        version=c.version,
        owed_cents=int(session.scalar(select(func.coalesce(func.sum(Debt.remaining_cents), 0))
                                      .where(Debt.customer_id == c.id)) or 0),
        merged_into_id=c.merged_into_id,
    )


def customer_names(session: Session, ids: list[int]) -> dict[int, str]:
    """Full names of these customers, for messages such as the duplicate warning."""
    rows = session.execute(select(Customer.id, Customer.first_name, Customer.last_name).where(
        Customer.id.in_(ids)))
    return {i: " ".join(p for p in (f, la) if p) for i, f, la in rows}


def referral_sources(session: Session) -> list[str]:
    """The sources the salon already uses, then the common ones it has not used yet."""
    used = sorted(s for s in session.scalars(
        select(Customer.referral_source).where(Customer.referral_source.is_not(None))
        .distinct()) if s)
    return used + [s for s in COMMON_REFERRALS if s not in used]


def age(year: int | None, month: int | None, day: int | None,
        today: dt.date | None = None) -> int | None:
    """Age in whole years, or None when the birth year is unknown."""
    if not (year and month and day):
        return None
    today = today or dt.date.today()
    return today.year - year - ((today.month, today.day) < (month, day))


def days_to_birthday(month: int | None, day: int | None, today: dt.date | None = None
                     ) -> int | None:
    """Days until the next birthday (0 = today); 29 February counts as 28 in other years."""
    if not (month and day):
        return None
    today = today or dt.date.today()
    for year in (today.year, today.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = dt.date(year, month, day - 1)
        if date >= today:
            return (date - today).days
    return None
