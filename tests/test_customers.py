"""Customer rules: what the form may save, normalisation, consent history, photo, badges."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select

from salon_desk.models import Badge, ConsentEvent, Customer, CustomerConsent
from salon_desk.services.customers.records import (
    CustomerData,
    create_customer,
    delete_customers,
    get_media,
    possible_duplicates,
    set_active,
    set_badge,
    set_photo,
    set_signature,
    update_customer,
    validate,
)
from salon_desk.services.errors import ValidationError
from salon_desk.services.care.photos import ImageError

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def test_only_a_first_or_last_name_is_required(salon_db):
    with salon_db.transaction() as session:
        walk_in = create_customer(session, CustomerData(last_name="Moreau"))
        assert walk_in.id and walk_in.customer_since == dt.date.today()
    with pytest.raises(ValidationError) as err:
        validate(CustomerData(email="a@example.com"))
    assert "first_name" in err.value.errors


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("mobile", CustomerData(first_name="A", mobile="12")),
        ("mobile", CustomerData(first_name="A", mobile="call me")),
        ("email", CustomerData(first_name="A", email="ana@@example")),
        ("email", CustomerData(first_name="A", email="ana.example.com")),
        ("birth_date", CustomerData(first_name="A", birth_year=2099, birth_month=1, birth_day=2)),
        ("birth_date", CustomerData(first_name="A", birth_month=2, birth_day=30)),
        ("birth_date", CustomerData(first_name="A", birth_month=13, birth_day=1)),
        ("discount_percent", CustomerData(first_name="A", discount_percent=Decimal(120))),
        ("blocked_reason", CustomerData(first_name="A", blocked=True)),
        ("country", CustomerData(first_name="A", country="Spain")),
    ],
)
def test_what_a_user_would_check_is_refused(field, data):
    with pytest.raises(ValidationError) as err:
        validate(data, "ES")
    assert field in err.value.errors


def test_mobile_is_stored_e164_from_any_formatting(salon_db):
    with salon_db.transaction() as session:
        a = create_customer(session, CustomerData(first_name="A", mobile="612 34 56 78"))
        b = create_customer(session, CustomerData(first_name="B", mobile="0044 7911 123456"))
        c = create_customer(session, CustomerData(first_name="C", mobile="(06) 12-34-56-78",
                                                  country="fr"))
        d = create_customer(session, CustomerData(first_name="D", mobile="34612345679"))
        assert (a.mobile, b.mobile, c.mobile, d.mobile) == (
            "+34612345678", "+447911123456", "+33612345678", "+34612345679")
        assert c.country == "FR"


def test_birthday_without_year_is_allowed(salon_db):
    with salon_db.transaction() as session:
        c = create_customer(session, CustomerData(first_name="Leap", birth_month=2, birth_day=29))
        assert (c.birth_year, c.birth_month, c.birth_day) == (None, 2, 29)
        assert c.birth_date is None


def test_email_is_normalised(salon_db):
    with salon_db.transaction() as session:
        c = create_customer(session, CustomerData(first_name="E", email="  Eva@EXAMPLE.com "))
        assert c.email == "Eva@example.com"


def test_consent_changes_keep_their_history(salon_db):
    with salon_db.transaction() as session:
        c = create_customer(session, CustomerData(
            first_name="Clara", consents={("marketing", "email"): True,
                                          ("appointments", "sms"): True}))
        cid = c.id
    with salon_db.transaction() as session:
        data = CustomerData.from_customer(session.get(Customer, cid))
        data.consents[("marketing", "email")] = False
        update_customer(session, cid, data)
    with salon_db.session() as session:
        current = {(x.category, x.channel): x.granted for x in session.scalars(
            select(CustomerConsent).where(CustomerConsent.customer_id == cid))}
        assert current == {("marketing", "email"): False, ("appointments", "sms"): True}
        history = [(e.category, e.channel, e.granted) for e in session.scalars(
            select(ConsentEvent).where(ConsentEvent.customer_id == cid).order_by(ConsentEvent.id))]
        assert history == [("marketing", "email", True), ("appointments", "sms", True),
                           ("marketing", "email", False)]


def _image(fmt: str, size=(1200, 800), exif_rotate: bool = False) -> bytes:
    img = Image.new("RGB", size, "red")
    out = io.BytesIO()
    kwargs = {}
    if exif_rotate:
        exif = Image.Exif()
        exif[0x0112] = 6  # rotate 90° clockwise to display
        kwargs["exif"] = exif
    img.save(out, fmt, **kwargs)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "BMP"])
def test_photo_is_stored_as_a_thumbnail(salon_db, make_customer, fmt):
    cid = make_customer()
    with salon_db.transaction() as session:
        set_photo(session, cid, _image(fmt))
    with salon_db.session() as session:
        thumb = Image.open(io.BytesIO(get_media(session, cid).photo))
        assert thumb.format == "JPEG" and max(thumb.size) <= 320 and thumb.size[0] > thumb.size[1]


def test_photo_exif_rotation_is_applied(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as session:
        set_photo(session, cid, _image("JPEG", exif_rotate=True))
    with salon_db.session() as session:
        thumb = Image.open(io.BytesIO(get_media(session, cid).photo))
        assert thumb.size[1] > thumb.size[0]  # portrait after rotation


def test_not_an_image_is_refused(salon_db, make_customer):
    cid = make_customer()
    with pytest.raises(ImageError), salon_db.transaction() as session:
        set_photo(session, cid, b"%PDF-1.4 not an image")


def test_signature_records_privacy_acceptance(salon_db, make_customer):
    cid = make_customer()
    with salon_db.transaction() as session:
        set_signature(session, cid, _image("PNG", (300, 100)))
    with salon_db.session() as session:
        c = session.get(Customer, cid)
        assert c.privacy_accepted_at is not None
        assert get_media(session, cid).signature.startswith(b"\x89PNG")


def test_bulk_badge_activate_delete(salon_db, make_customer):
    ids = [make_customer(first_name=f"P{i}") for i in range(3)]
    with salon_db.transaction() as session:
        vip = session.scalar(select(Badge).where(Badge.key == "vip"))
        assert set_badge(session, ids, vip.id, True) == 3
        assert set_badge(session, ids, vip.id, True) == 0  # already there
        assert set_active(session, ids[:2], False) == 2
    with salon_db.session() as session:
        assert [b.key for b in session.get(Customer, ids[0]).badges] == ["vip"]
        assert not session.get(Customer, ids[1]).active and session.get(Customer, ids[2]).active
    with salon_db.transaction() as session:
        assert delete_customers(session, ids[:2]) == 2
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 1


def test_possible_duplicates_warns_on_email_mobile_and_name_birth(salon_db, make_customer):
    first = make_customer(first_name="Lucía", last_name="Pérez", email="lucia@example.com",
                          mobile="+34611222333", birth_year=1990, birth_month=4, birth_day=3)
    with salon_db.session() as session:
        assert possible_duplicates(session, CustomerData(first_name="X", email="LUCIA@example.com"
                                                         )) == [(first, "same email")]
        assert possible_duplicates(session, CustomerData(first_name="X", mobile="611 22 23 33")
                                   ) == [(first, "same mobile")]
        assert possible_duplicates(session, CustomerData(
            first_name="lucia", last_name="perez", birth_year=1990, birth_month=4, birth_day=3)
        ) == [(first, "same name and date of birth")]
        assert possible_duplicates(session, CustomerData(first_name="Lucía", last_name="Pérez")
                                   ) == []
