"""Two desks editing one customer: what the other desk saved since a form opened the record.

Every save of a customer row raises its ``version`` (models.customers). A form remembers the
version and the values it opened (``Opened``); saving over a newer version is refused with
RecordChanged listing, field by field, the other desk's value and the one typed here, unless
the other desk changed nothing the form holds (a visit recorded, a debt paid): then the save
goes ahead, since it overwrites nothing of theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from salon_desk.models import Badge, Customer, CustomerCategory, Staff
from salon_desk.services import error_texts as msg
from salon_desk.services.customers.columns import CONSENTS
from salon_desk.services.customers.records import CustomerData, get_customer, update_customer
from salon_desk.services.errors import RecordChanged
from salon_desk.services.texts import Text

SHORT = 60  # characters of a long text shown in a refusal


@dataclass(frozen=True)
class Opened:
    """A customer as a form opened it: the row's version then, and the values it showed."""

    version: int
    data: CustomerData


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: its key, its name (a Text) and both values as shown."""

    key: str
    label: Text
    theirs: object
    yours: object


# The form's fields as a person names them: key, name, the CustomerData fields behind it.
FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("first_name", msg.FIELD_FIRST_NAME, ("first_name",)),
    ("last_name", msg.FIELD_LAST_NAME, ("last_name",)),
    ("email", msg.FIELD_EMAIL, ("email",)),
    ("mobile", msg.FIELD_MOBILE, ("mobile",)),
    ("phone", msg.FIELD_PHONE, ("phone",)),
    ("gender", msg.FIELD_GENDER, ("gender",)),
    ("birth_date", msg.FIELD_BIRTH_DATE, ("birth_year", "birth_month", "birth_day")),
    ("anniversary", msg.FIELD_ANNIVERSARY, ("anniversary",)),
    ("street", msg.FIELD_STREET, ("street",)),
    ("city", msg.FIELD_CITY, ("city",)),
    ("postcode", msg.FIELD_POSTCODE, ("postcode",)),
    ("region", msg.FIELD_REGION, ("region",)),
    ("country", msg.FIELD_COUNTRY, ("country",)),
    ("preferred_staff_id", msg.FIELD_PREFERRED_STAFF, ("preferred_staff_id",)),
    ("referral_source", msg.FIELD_REFERRAL, ("referral_source",)),
    ("external_id", msg.FIELD_EXTERNAL_ID, ("external_id",)),
    ("customer_since", msg.FIELD_CUSTOMER_SINCE, ("customer_since",)),
    ("category_id", msg.FIELD_CATEGORY, ("category_id",)),
    ("discount_percent", msg.FIELD_DISCOUNT, ("discount_percent",)),
    ("notes", msg.FIELD_NOTES, ("notes",)),
    ("allergies", msg.FIELD_ALLERGIES, ("allergies",)),
    ("active", msg.FIELD_ACTIVE, ("active",)),
    ("blocked", msg.FIELD_BLOCKED, ("blocked",)),
    ("blocked_reason", msg.FIELD_BLOCKED_REASON, ("blocked_reason",)),
    ("privacy_accepted_at", msg.FIELD_PRIVACY, ("privacy_accepted_at",)),
    ("notify_reminders", msg.FIELD_REMINDERS, ("notify_reminders",)),
    ("notify_birthday", msg.FIELD_BIRTHDAY_GREETINGS, ("notify_birthday",)),
    ("notify_marketing", msg.FIELD_MARKETING, ("notify_marketing",)),
    ("badges", msg.FIELD_BADGES, ("badge_ids",)),
)


def _plain(value: object) -> object:
    """A value as compared: texts trimmed, an empty text the same as none, badges as a set."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        return frozenset(value)
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    return value


def field_values(data: CustomerData, key: str) -> tuple:
    """The compared value of one field (a consent cell's key is ``consent:category:channel``);
    a consent cell the data leaves out is None (not asked, or not changed by the form)."""
    if key.startswith("consent:"):
        _, category, channel = key.split(":")
        return (data.consents.get((category, channel)),)
    columns = next(columns for k, _label, columns in FIELDS if k == key)
    return tuple(_plain(getattr(data, name)) for name in columns)


def field_keys() -> list[str]:
    return [key for key, _label, _columns in FIELDS] + [
        f"consent:{category}:{channel}" for category, channel in CONSENTS]


def changed_fields(before: CustomerData, after: CustomerData) -> list[str]:
    """The fields whose values differ; a consent cell ``after`` leaves out is unchanged (a
    form's data holds only the cells it changed)."""
    out = []
    for key in field_keys():
        a, b = field_values(before, key), field_values(after, key)
        if key.startswith("consent:") and b[0] is None:
            continue
        if a != b:
            out.append(key)
    return out


def with_fields(base: CustomerData, source: CustomerData, keys: list[str]) -> CustomerData:
    """A copy of ``base`` holding ``source``'s values of the fields ``keys`` (a form reloaded
    with the other desk's record keeps the changes typed here that do not clash)."""
    values = {f: getattr(base, f) for f in base.__dataclass_fields__}
    values["badge_ids"] = list(base.badge_ids)
    values["consents"] = dict(base.consents)
    for key in keys:
        if key.startswith("consent:"):
            _, category, channel = key.split(":")
            values["consents"][(category, channel)] = source.consents[(category, channel)]
            continue
        for name in next(columns for k, _label, columns in FIELDS if k == key):
            values[name] = getattr(source, name)
    return CustomerData(**values)


def _label(key: str) -> Text:
    if key.startswith("consent:"):
        _, category, channel = key.split(":")
        what = msg.CONSENT_MARKETING if category == "marketing" else msg.CONSENT_APPOINTMENTS
        return Text(msg.FIELD_CONSENT, category=Text(what),
                    channel=Text(msg.CHANNEL_WORDS[channel]))
    return Text(next(label for k, label, _columns in FIELDS if k == key))


def _names(session: Session, model, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(ids))).all())


def _named(session: Session, key: str, value) -> str:
    """A staff member's, a category's or the badges' names instead of their ids."""
    if key == "badges":
        return ", ".join(sorted(_names(session, Badge, value).values()))
    model = Staff if key == "preferred_staff_id" else CustomerCategory
    return _names(session, model, [value]).get(value, f"#{value}")


def _shown(session: Session, key: str, values: tuple) -> object:
    """A field's value as a refusal shows it (a Text, a date, or the text itself)."""
    if key == "birth_date":
        year, month, day = values
        if not (month and day):
            return Text(msg.VALUE_EMPTY)
        return dt.date(year, month, day) if year else f"{day:02d}/{month:02d}"
    value = values[0]
    if value is None or value == frozenset():
        return Text(msg.VALUE_EMPTY)
    if isinstance(value, bool):
        return Text(msg.VALUE_YES if value else msg.VALUE_NO)
    if key == "gender":
        return Text({"female": msg.GENDER_FEMALE, "male": msg.GENDER_MALE,
                     "other": msg.GENDER_OTHER}.get(value, msg.GENDER_UNSPECIFIED))
    if key in ("preferred_staff_id", "category_id", "badges"):
        return _named(session, key, value)
    if key == "discount_percent":
        return f"{value} %"
    if isinstance(value, str) and len(value) > SHORT:
        return " ".join(value.split())[: SHORT - 1] + "…"
    return value


def describe(session: Session, keys: list[str], theirs: CustomerData,
             yours: CustomerData, opened: CustomerData | None = None) -> list[FieldChange]:
    """The fields ``keys`` with both values as shown. A consent cell ``yours`` leaves out is
    the one ``opened`` had (the form did not change it)."""
    out = []
    for key in keys:
        mine = field_values(yours, key)
        if mine == (None,) and key.startswith("consent:") and opened is not None:
            mine = field_values(opened, key)
        out.append(FieldChange(key, _label(key), _shown(session, key, field_values(theirs, key)),
                               _shown(session, key, mine)))
    return out


def refusal(session: Session, customer: Customer, changes: list[FieldChange]) -> RecordChanged:
    items = Text.joined((Text(msg.CHANGE_ITEM, field=c.label, theirs=c.theirs, yours=c.yours)
                         for c in changes), "; ")
    return RecordChanged(Text(msg.CUSTOMER_CHANGED, name=customer.full_name, changes=items),
                         changes)


def check_unchanged(session: Session, customer: Customer, opened: Opened | None,
                    yours: CustomerData) -> None:
    """Raise RecordChanged when the customer was saved elsewhere since ``opened`` with a
    change to a field the form holds; nothing when the versions agree or ``opened`` is None."""
    if opened is None or customer.version == opened.version:
        return
    raise_if_changed(session, customer, opened.data, yours)


def raise_if_changed(session: Session, customer: Customer, opened: CustomerData,
                     yours: CustomerData) -> None:
    theirs = CustomerData.from_customer(customer)
    keys = changed_fields(opened, theirs)
    if keys:
        raise refusal(session, customer, describe(session, keys, theirs, yours, opened))


def save_customer(session: Session, customer_id: int, data: CustomerData,
                  opened: Opened | None = None) -> Customer:
    """records.update_customer, over the version the form opened: RecordChanged when another
    desk saved a field the form holds since then (``check_unchanged``), or between this
    transaction's read and its write (PostgreSQL's readers do not wait for writers; the ORM's
    version check on the UPDATE finds it). A race over a column the form does not hold is
    saved again over the newer version."""
    customer = get_customer(session, customer_id)
    before = opened.data if opened is not None else CustomerData.from_customer(customer)
    check_unchanged(session, customer, opened, data)
    for _attempt in range(3):
        try:
            with session.begin_nested():
                return update_customer(session, customer_id, data)
        except StaleDataError:
            session.refresh(customer)
            raise_if_changed(session, customer, before, data)
    raise refusal(session, customer, [])
