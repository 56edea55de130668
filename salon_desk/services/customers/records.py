"""Creating, checking and changing customers."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from salon_desk.models import (
    Badge,
    ConsentEvent,
    Customer,
    CustomerConsent,
    CustomerMedia,
    Gender,
    customer_badges,
    utcnow,
)
from salon_desk.models.customers import Channel, ConsentCategory
from salon_desk.services import audit, lengths, permissions, settings
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError, get_or_not_found
from salon_desk.services.amounts import checked_percent
from salon_desk.services.phones import PhoneError, normalise_phone
from salon_desk.services.texts import Text

BUILTIN_BADGES = (
    # key, name (shown in the user's language until the salon renames it), colour, icon
    ("vip", msg.BADGE_VIP, "#c9a227", "★"),
    ("prefers_silence", msg.BADGE_PREFERS_SILENCE, "#5c6bc0", "🤫"),
    ("often_late", msg.BADGE_OFTEN_LATE, "#e53935", "⏰"),
    ("often_early", msg.BADGE_OFTEN_EARLY, "#43a047", "⏱"),
    ("frequent_visitor", msg.BADGE_FREQUENT_VISITOR, "#00897b", "↻"),
    ("new_customer", msg.BADGE_NEW_CUSTOMER, "#1e88e5", "N"),
)


@dataclass
class CustomerData:
    """Everything the customer form edits, as plain values (no ORM object)."""

    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    mobile: str | None = None
    phone: str | None = None
    gender: str = Gender.UNSPECIFIED.value
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    anniversary: dt.date | None = None
    street: str | None = None
    city: str | None = None
    postcode: str | None = None
    region: str | None = None
    country: str | None = None
    preferred_staff_id: int | None = None
    referral_source: str | None = None
    external_id: str | None = None
    customer_since: dt.date | None = None
    category_id: int | None = None
    discount_percent: Decimal = Decimal(0)
    notes: str = ""
    allergies: str = ""
    active: bool = True
    blocked: bool = False
    blocked_reason: str = ""
    privacy_accepted_at: dt.datetime | None = None
    notify_reminders: bool = True
    notify_birthday: bool = True
    notify_marketing: bool = False
    badge_ids: list[int] = field(default_factory=list)
    # (category, channel) -> granted; cells left out are not changed
    consents: dict[tuple[str, str], bool] = field(default_factory=dict)

    @classmethod
    def from_customer(cls, c: Customer) -> CustomerData:
        values = {f.name: getattr(c, f.name) for f in fields(cls) if hasattr(Customer, f.name)}
        values["badge_ids"] = [b.id for b in c.badges]
        values["consents"] = {(x.category, x.channel): x.granted for x in c.consents}
        return cls(**values)


COLUMN_FIELDS = [f.name for f in fields(CustomerData) if f.name not in ("badge_ids", "consents")]


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def check_partial_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """Why this (possibly year-less) date is impossible, or None when it is fine."""
    if month is None and day is None and year is None:
        return None
    if month is None or day is None:
        return Text(msg.BIRTH_DAY_AND_MONTH)
    if not 1 <= month <= 12:
        return Text(msg.BIRTH_MONTH_RANGE)
    # Without a year, 29 February is allowed (leap year assumed).
    days = calendar.monthrange(year if year else 2000, month)[1]
    if not 1 <= day <= days:
        return Text(msg.BIRTH_NO_SUCH_DAY, day=day)
    if year is not None:
        if year < 1900:
            return Text(msg.BIRTH_YEAR_TOO_OLD)
        if dt.date(year, month, day) > dt.date.today():
            return Text(msg.BIRTH_IN_FUTURE)
    return None


def validate(data: CustomerData, default_country: str = "ES") -> CustomerData:
    """Check and normalise what the user typed; raises ValidationError naming each bad field."""
    _tidy(data)
    errors: dict[str, str] = {}
    if not data.first_name and not data.last_name:
        errors["first_name"] = Text(msg.NAME_NEEDED)
    errors.update(_contact_errors(data, default_country))
    errors.update(_detail_errors(data))
    for name, problem in lengths.too_long(Customer, vars(data)).items():
        errors.setdefault(name, problem)  # a text longer than its column holds, on any engine
    if errors:
        raise ValidationError(errors)
    return data


def _tidy(data: CustomerData) -> None:
    """Texts trimmed; optional texts left empty become None."""
    for name in COLUMN_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, value.strip())
    for name in ("email", "mobile", "phone", "street", "city", "postcode", "region", "country",
                 "referral_source", "external_id"):
        setattr(data, name, _clean(getattr(data, name)))


def _contact_errors(data: CustomerData, default_country: str) -> dict[str, str]:
    """The email and phones, normalised; what is wrong with them."""
    errors: dict[str, str] = {}
    if data.email:
        try:
            data.email = validate_email(data.email, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            errors["email"] = Text(msg.EMAIL_NOT_VALID, reason=str(exc))
    country = (data.country or default_country or "ES").upper()
    for name, problem in (("mobile", msg.MOBILE_NOT_VALID), ("phone", msg.PHONE_FIELD_NOT_VALID)):
        raw = getattr(data, name)
        if raw:
            try:
                setattr(data, name, normalise_phone(raw, country))
            except PhoneError as exc:
                errors[name] = Text(problem, reason=exc.args[0])  # a Text, translated in turn
    return errors


def _detail_errors(data: CustomerData) -> dict[str, str]:
    """Gender, dates, country, discount, block and consents: what is wrong with them."""
    errors: dict[str, str] = {}
    if data.gender not in {g.value for g in Gender}:
        errors["gender"] = Text(msg.GENDER_CHOICE)
    if problem := check_partial_date(data.birth_year, data.birth_month, data.birth_day):
        errors["birth_date"] = problem
    if data.customer_since and data.customer_since > dt.date.today():
        errors["customer_since"] = Text(msg.CUSTOMER_SINCE_FUTURE)
    if data.country and (len(data.country) != 2 or not data.country.isalpha()):
        errors["country"] = Text(msg.COUNTRY_CODE)
    elif data.country:
        data.country = data.country.upper()
    try:  # an exact number from 0 to 100: never a float, a NaN or an infinity
        data.discount_percent = checked_percent(
            0 if data.discount_percent is None else data.discount_percent, "discount_percent")
    except ValidationError as exc:
        errors.update(exc.errors)
    if data.blocked and not data.blocked_reason:
        errors["blocked_reason"] = Text(msg.BLOCKED_REASON_NEEDED)
    for (category, channel) in data.consents:
        if category not in set(ConsentCategory) or channel not in set(Channel):
            errors["consents"] = Text(msg.CONSENT_UNKNOWN, category=category, channel=channel)
    return errors

def get_customer(session: Session, customer_id: int) -> Customer:
    return get_or_not_found(session, Customer, customer_id, msg.CUSTOMER_NOT_FOUND)


def _apply(session: Session, customer: Customer, data: CustomerData) -> None:
    for name in COLUMN_FIELDS:
        setattr(customer, name, getattr(data, name))
    wanted = set(data.badge_ids)
    if {b.id for b in customer.badges} != wanted:
        customer.badges = list(session.scalars(select(Badge).where(Badge.id.in_(wanted))))
    for (category, channel), granted in data.consents.items():
        set_consent(session, customer, category, channel, granted)


def create_customer(session: Session, data: CustomerData) -> Customer:
    permissions.require(permissions.EDIT_CUSTOMERS)
    data = validate(data, settings.get(session, settings.DEFAULT_COUNTRY))
    customer = Customer()
    if data.customer_since is None:
        data.customer_since = dt.date.today()
    session.add(customer)
    _apply(session, customer, data)
    session.flush()
    return customer


def update_customer(session: Session, customer_id: int, data: CustomerData) -> Customer:
    permissions.require(permissions.EDIT_CUSTOMERS)
    customer = get_customer(session, customer_id)
    data = validate(data, settings.get(session, settings.DEFAULT_COUNTRY))
    _apply(session, customer, data)
    session.flush()
    return customer


def set_consent(
    session: Session, customer: Customer, category: str, channel: str, granted: bool,
    source: str = "form",
) -> None:
    """Change one cell of the consent matrix, keeping the history of every change."""
    current = next(
        (c for c in customer.consents if c.category == category and c.channel == channel), None
    )
    if current is not None and current.granted == granted:
        return
    now = utcnow()
    if current is None:
        customer.consents.append(
            CustomerConsent(category=category, channel=channel, granted=granted, changed_at=now)
        )
    else:
        current.granted = granted
        current.changed_at = now
    if customer.id is None:
        session.flush()
    session.add(ConsentEvent(customer_id=customer.id, category=category, channel=channel,
                             granted=granted, at=now, source=source))


def delete_customers(session: Session, ids: list[int]) -> int:
    permissions.require(permissions.DELETE_CUSTOMERS)
    audit.record(session, audit.DELETE, entity="customers", detail=f"{len(ids)} customer(s)",
                 customer_ids=ids if len(ids) <= AUDIT_ROWS_PER_CUSTOMER else ())
    result = session.execute(delete(Customer).where(Customer.id.in_(ids)))
    from salon_desk.models.search_index import remove_from_index

    remove_from_index(session.connection(), ids)
    return result.rowcount


# A bulk change of more customers than this writes only its summary row to the audit trail.
AUDIT_ROWS_PER_CUSTOMER = 1000


def set_active(session: Session, ids: list[int], active: bool) -> int:
    permissions.require(permissions.EDIT_CUSTOMERS)
    result = session.execute(
        update(Customer).where(Customer.id.in_(ids)).values(active=active, updated_at=utcnow(),
                                                            version=Customer.version + 1)
    )
    return result.rowcount


def set_category(session: Session, ids: list[int], category_id: int | None) -> int:
    """Put the customers in the category (None: in none); how many were not in it already."""
    permissions.require(permissions.EDIT_CUSTOMERS)
    result = session.execute(
        update(Customer).where(Customer.id.in_(ids),
                               Customer.category_id.is_distinct_from(category_id))
        .values(category_id=category_id, updated_at=utcnow(), version=Customer.version + 1)
    )
    return result.rowcount


def set_badge(session: Session, ids: list[int], badge_id: int, on: bool) -> int:
    permissions.require(permissions.EDIT_CUSTOMERS)
    if on:
        have = set(session.scalars(select(customer_badges.c.customer_id).where(
            customer_badges.c.badge_id == badge_id, customer_badges.c.customer_id.in_(ids))))
        rows = [{"customer_id": i, "badge_id": badge_id} for i in ids if i not in have]
        if rows:
            session.execute(customer_badges.insert(), rows)
            _changed(session, [row["customer_id"] for row in rows])
        return len(rows)
    result = session.execute(delete(customer_badges).where(
        customer_badges.c.badge_id == badge_id, customer_badges.c.customer_id.in_(ids)))
    if result.rowcount:
        _changed(session, ids)
    return result.rowcount


def _changed(session: Session, ids: list[int]) -> None:
    """A new version of these customers (a change outside their row: their badges), so that a
    form open on one of them does not save its older badges over it."""
    session.execute(update(Customer).where(Customer.id.in_(ids))
                    .values(version=Customer.version + 1))


def ensure_builtin_badges(session: Session) -> None:
    have = set(session.scalars(select(Badge.key).where(Badge.key.is_not(None))))
    for position, (key, name, colour, icon) in enumerate(BUILTIN_BADGES):
        if key not in have:
            session.add(Badge(key=key, name=name, colour=colour, icon=icon, builtin=True,
                              position=position))
    session.flush()


def count_customers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer).where(
        Customer.merged_into_id.is_(None))) or 0


def set_photo(session: Session, customer_id: int, image: bytes | None) -> None:
    """Store the photo as a thumbnail (EXIF rotation applied); None removes it."""
    permissions.require(permissions.EDIT_CUSTOMERS)
    from salon_desk.services.care.photos import make_thumbnail

    customer = get_customer(session, customer_id)
    media = customer.media or CustomerMedia(customer_id=customer_id)
    media.photo = make_thumbnail(image) if image else None
    media.photo_updated_at = utcnow()
    customer.media = media
    session.flush()


def set_signature(session: Session, customer_id: int, png: bytes | None) -> None:
    """The privacy-policy signature drawn on screen; signing records the acceptance time."""
    permissions.require(permissions.EDIT_CUSTOMERS)
    customer = get_customer(session, customer_id)
    media = customer.media or CustomerMedia(customer_id=customer_id)
    media.signature = png
    media.signature_at = utcnow() if png else None
    customer.media = media
    if png and customer.privacy_accepted_at is None:
        customer.privacy_accepted_at = media.signature_at
    session.flush()


def get_media(session: Session, customer_id: int) -> CustomerMedia | None:
    return session.get(CustomerMedia, customer_id)


def possible_duplicates(
    session: Session, data: CustomerData, exclude_id: int | None = None
) -> list[tuple[int, str]]:
    """Existing customers that look like the one being entered: (id, why), strongest first.

    Same email, same mobile, or the same name and full birth date; and what the duplicate
    finder's calibrated matcher judges at least medium likely the same person (a typo in the
    name with the same birth date, a phone typed another way, a nickname...). Run before
    saving a new customer so the receptionist can open the existing record instead.
    """
    from salon_desk.services.duplicates.lookup import find_matches

    return [(m.customer_id, m.reason) for m in find_matches(session, data, exclude_id)]
