"""A realistic synthetic salon for trying Salon Desk out and for benchmarks.

Deterministic: the same seed and size give the same database. Every person is invented
(Faker name pools, phone numbers from each country's mobile ranges, example.* email domains).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from decimal import Decimal

from faker import Faker
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from salon_desk.models import (
    Badge,
    Customer,
    CustomerCategory,
    Package,
    PackageItem,
    Product,
    Room,
    Service,
    ServiceType,
    Staff,
    customer_badges,
)
from salon_desk.models.customers import CustomerConsent
from salon_desk.models.db import Database
from salon_desk.models.search_index import rebuild_index, sort_name
from salon_desk.services import settings
from salon_desk.services.customers.records import count_customers, ensure_builtin_badges
from salon_desk.services.demo import care as demo_care
from salon_desk.services.demo import visits as demo_visits
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.jobs import Job
from salon_desk.services.texts import Text

# country, Faker locale, share of customers, mobile prefix, remaining digits (all valid mobiles)
COUNTRIES = [
    ("ES", "es_ES", 0.55, ["+346"], 8),
    ("GB", "en_GB", 0.10, ["+4474", "+4475", "+4477", "+4478", "+4479"], 8),
    ("FR", "fr_FR", 0.08, ["+336"], 8),
    ("IT", "it_IT", 0.07, ["+39320", "+39333", "+39347", "+39348"], 7),
    ("DE", "de_DE", 0.06, ["+49151", "+49160", "+49170", "+49176"], 7),
    ("PT", "pt_PT", 0.06, ["+35191", "+35193", "+35196"], 7),
    ("PL", "pl_PL", 0.04, ["+48501", "+48601", "+48691"], 6),
    ("GR", "el_GR", 0.02, ["+30694", "+30697", "+30698"], 7),
    ("UA", "uk_UA", 0.02, ["+38067", "+38050"], 7),
]

STAFF = [("Laura", "Stylist", "#8e24aa"), ("Marta", "Colourist", "#d81b60"),
         ("Sofía", "Beautician", "#3949ab"), ("Carmen", "Nail technician", "#00897b"),
         ("Javier", "Barber", "#6d4c41"), ("Elena", "Massage therapist", "#f4511e")]
ROOMS = ["Chair 1", "Chair 2", "Colour bar", "Cabin 1", "Cabin 2", "Nail station"]
# type, colour, [(service, minutes, euros, needs patch test)]
SERVICES = [
    ("Hair", "#8e24aa", [("Women's cut & blow-dry", 45, 38, False), ("Men's cut", 30, 18, False),
                         ("Blow-dry", 30, 22, False), ("Keratin treatment", 120, 140, False)]),
    ("Colour", "#d81b60", [("Full colour", 90, 65, True), ("Balayage", 150, 120, True),
                           ("Root touch-up", 60, 42, True), ("Toner", 30, 25, True)]),
    ("Nails", "#00897b", [("Manicure", 40, 20, False), ("Gel manicure", 60, 30, False),
                          ("Pedicure", 50, 28, False)]),
    ("Face", "#3949ab", [("Classic facial", 60, 55, False), ("Hydrafacial", 60, 95, False),
                         ("Lash lift & tint", 60, 48, True), ("Brow tint", 20, 14, True)]),
    ("Body", "#f4511e", [("Relaxing massage", 60, 50, False), ("Deep tissue massage", 60, 60, False),
                         ("Body scrub", 45, 40, False)]),
    ("Waxing", "#6d4c41", [("Full leg wax", 45, 32, False), ("Underarm wax", 15, 10, False),
                           ("Laser session", 30, 70, False)]),
]
PRODUCTS = [("Repair shampoo 300 ml", "Lumina", 1650), ("Hydrating mask 200 ml", "Lumina", 2200),
            ("Argan oil 50 ml", "Maroc Pure", 1990), ("Heat protect spray", "Lumina", 1450),
            ("Gel polish top coat", "NailPro", 1200), ("Cuticle oil", "NailPro", 850),
            ("Vitamin C serum", "Dermaluz", 3900), ("SPF 50 fluid", "Dermaluz", 2450),
            ("Purple shampoo", "Lumina", 1750), ("Curl cream", "Rizos", 1550)]
CATEGORIES = [("VIP", "#c9a227"), ("Regular", "#43a047"), ("Occasional", "#90a4ae"),
              ("Corporate", "#1e88e5")]
REFERRALS = ["Instagram", "Google", "Friend", "Walk-in", "Facebook", "Flyer", None, None]
ALLERGIES = ["Allergic to PPD (hair dye)", "Latex allergy", "Nut oil allergy",
             "Sensitive skin, rosacea", "Pregnant: no deep massage", "Nickel allergy"]
NOTES = ["Likes tea, no sugar", "Prefers afternoon appointments", "Comes with her daughter",
         "Always asks for Laura", "Parking: needs the front space", "Talkative, loves travel"]
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com"]
BATCH = 5000  # customers written per statement, and between two progress reports


def _ascii(value: str) -> str:
    from salon_desk.text.fold import fold

    return "".join(ch for ch in fold(value) if ch.isalnum())


def _name_pools(seed: int) -> dict[str, tuple[list[str], list[str], list[str]]]:
    pools = {}
    for code, locale, *_ in COUNTRIES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        female = sorted({fake.first_name_female() for _ in range(300)})
        male = sorted({fake.first_name_male() for _ in range(200)})
        last = sorted({fake.last_name() for _ in range(400)})
        cities = sorted({fake.city() for _ in range(40)})
        streets = sorted({fake.street_address() for _ in range(300)})
        pools[code] = (female, male, last, cities, streets)
    return pools


def setup_salon(session: Session) -> None:
    """Salon settings, staff, rooms, catalogue, categories and badges."""
    for option, value in ((settings.SALON_NAME, "Lumière Beauty Studio"),
                          (settings.SALON_ADDRESS, "Calle de la Luna 12, 28004 Madrid"),
                          (settings.SALON_PHONE, "+34 910 000 000"),
                          (settings.SALON_EMAIL, "hello@lumiere.example.com"),
                          (settings.SALON_TAX_ID, "B00000000"),
                          (settings.CURRENCY, "EUR"), (settings.DEFAULT_COUNTRY, "ES")):
        settings.set_value(session, option, value)
    ensure_builtin_badges(session)
    session.add_all([Badge(name="Bride 2027", colour="#ec407a", icon="💍", position=10),
                     Badge(name="Student", colour="#7e57c2", icon="S", position=11)])
    session.add_all(Staff(name=n, role=r, colour=c, position=i)
                    for i, (n, r, c) in enumerate(STAFF))
    session.add_all(Room(name=n) for n in ROOMS)
    session.add_all(CustomerCategory(name=n, colour=c) for n, c in CATEGORIES)
    for type_name, colour, services in SERVICES:
        stype = ServiceType(name=type_name, colour=colour)
        session.add(stype)
        for name, minutes, euros, patch in services:
            session.add(Service(name=name, service_type=stype, duration_minutes=minutes,
                                price_cents=euros * 100, requires_patch_test=patch))
    session.add_all(Product(name=n, brand=b, price_cents=p, stock=20, barcode=f"84000000{i:05d}")
                    for i, (n, b, p) in enumerate(PRODUCTS))
    session.flush()
    massage = session.scalar(select(Service).where(Service.name == "Relaxing massage"))
    laser = session.scalar(select(Service).where(Service.name == "Laser session"))
    session.add_all([
        Package(name="5 relaxing massages", price_cents=22500, validity_days=365,
                items=[PackageItem(service=massage, quantity=5)]),
        Package(name="6 laser sessions", price_cents=36000, validity_days=365,
                items=[PackageItem(service=laser, quantity=6)]),
    ])
    session.flush()


def _customer_rows(n: int, seed: int, staff_ids: list[int], category_ids: list[int],
                   today: dt.date) -> Iterator[dict]:
    rng = random.Random(seed)
    pools = _name_pools(seed)
    weights = [c[2] for c in COUNTRIES]
    used_emails: set[str] = set()
    for i in range(n):
        code, _locale, _w, prefixes, rest = rng.choices(COUNTRIES, weights)[0]
        female_names, male_names, last_names, cities, streets = pools[code]
        gender = rng.choices(["female", "male", "other", "unspecified"], [70, 24, 1, 5])[0]
        first = rng.choice(male_names if gender == "male" else female_names)
        last = rng.choice(last_names)
        if code in ("ES", "PT") and rng.random() < 0.8:
            last = f"{last} {rng.choice(last_names)}"
        email = _email(rng, first, last, used_emails) if rng.random() < 0.78 else None
        mobile = _mobile(rng, prefixes, rest) if rng.random() < 0.92 else None
        has_birth = rng.random() < 0.65
        birth_year = rng.randint(1945, 2008) if has_birth and rng.random() < 0.7 else None
        since = today - dt.timedelta(days=rng.randint(0, 9 * 365))
        last_visit = _last_visit(rng, today, since) if rng.random() < 0.9 else None
        blocked = rng.random() < 0.004
        yield {
            "first_name": first,
            "last_name": last,
            "email": email,
            "mobile": mobile,
            "gender": gender,
            "birth_year": birth_year,
            "birth_month": rng.randint(1, 12) if has_birth else None,
            "birth_day": rng.randint(1, 28) if has_birth else None,
            **_address(rng, code, cities, streets),
            "preferred_staff_id": rng.choice(staff_ids) if rng.random() < 0.3 else None,
            "referral_source": rng.choice(REFERRALS),
            "external_id": f"OLD-{100000 + i}" if rng.random() < 0.5 else None,
            "customer_since": since,
            "category_id": rng.choice(category_ids) if rng.random() < 0.5 else None,
            "discount_percent": Decimal(rng.choice([0, 0, 0, 0, 5, 10])),
            "notes": rng.choice(NOTES) if rng.random() < 0.12 else "",
            "allergies": rng.choice(ALLERGIES) if rng.random() < 0.06 else "",
            "active": rng.random() > 0.08,
            "blocked": blocked,
            "blocked_reason": "Two no-shows without notice" if blocked else "",
            "privacy_accepted_at": dt.datetime.combine(since, dt.time(12), dt.UTC)
            if rng.random() < 0.7 else None,
            "notify_reminders": True,
            "notify_birthday": rng.random() < 0.8,
            "notify_marketing": rng.random() < 0.4,
            "last_visit_at": last_visit,
            "sort_name": sort_name(first, last),
        }


def _email(rng: random.Random, first: str, last: str, used: set[str]) -> str:
    """first.last@ a common domain, numbered when that address is taken."""
    base = f"{_ascii(first)}.{_ascii(last.split()[0])}"
    email = f"{base}@{rng.choice(EMAIL_DOMAINS)}"
    k = 1
    while email in used:
        k += 1
        email = f"{base}{k}@{rng.choice(EMAIL_DOMAINS)}"
    used.add(email)
    return email


def _mobile(rng: random.Random, prefixes: list[str], rest: int) -> str:
    return rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(rest))


def _last_visit(rng: random.Random, today: dt.date, since: dt.date) -> dt.datetime:
    """Mostly recent, never before the customer came."""
    days_ago = int(rng.expovariate(1 / 120))
    return dt.datetime.combine(
        today - dt.timedelta(days=min(days_ago, (today - since).days)),
        dt.time(rng.randint(9, 19), rng.choice((0, 15, 30, 45))), dt.UTC)


def _address(rng: random.Random, code: str, cities: list[str], streets: list[str]) -> dict:
    return {"street": rng.choice(streets) if rng.random() < 0.6 else None,
            "city": rng.choice(cities) if rng.random() < 0.7 else None,
            "postcode": f"{rng.randint(1000, 52999):05d}" if rng.random() < 0.6 else None,
            "country": code}


def build_demo(session: Session, customers: int = 2000, seed: int = 7) -> Job[int]:
    """Fill an empty database with a whole synthetic salon: a long job (services.jobs) that
    counts the customers written, then is busy with their history; returns the number of
    customers. Cancelled, it leaves the session's transaction to be rolled back."""
    if count_customers(session):
        raise SalonError(Text(msg.DEMO_NOT_EMPTY))
    today = dt.date.today()
    setup_salon(session)
    staff_ids = list(session.scalars(select(Staff.id)))
    category_ids = list(session.scalars(select(CustomerCategory.id)))
    badge_ids = list(session.scalars(select(Badge.id)))
    rng = random.Random(seed + 1)
    conn = session.connection()
    batch: list[dict] = []
    done = 0
    table = Customer.__table__
    now = dt.datetime.now(dt.UTC)
    yield 0, customers, "Creating demo customers…"
    for row in _customer_rows(customers, seed, staff_ids, category_ids, today):
        row["created_at"] = row["updated_at"] = now
        batch.append(row)
        if len(batch) == BATCH:
            conn.execute(insert(table), batch)
            done += len(batch)
            batch.clear()
            yield done, customers, "Creating demo customers…"
    if batch:
        conn.execute(insert(table), batch)
        done += len(batch)
        yield done, customers, "Creating demo customers…"
    ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
    badge_rows, consent_rows = [], []
    for cid in ids:
        for bid in rng.sample(badge_ids, k=rng.choices([0, 1, 2], [70, 24, 6])[0]):
            badge_rows.append({"customer_id": cid, "badge_id": bid})
        if rng.random() < 0.7:
            for channel in ("email", "sms", "whatsapp"):
                consent_rows.append({"customer_id": cid, "category": "appointments",
                                     "channel": channel, "granted": True, "changed_at": now})
                consent_rows.append({"customer_id": cid, "category": "marketing",
                                     "channel": channel, "granted": rng.random() < 0.4,
                                     "changed_at": now})
    if badge_rows:
        conn.execute(insert(customer_badges), badge_rows)
    if consent_rows:
        conn.execute(insert(CustomerConsent.__table__), consent_rows)
    rebuild_index(conn)
    for build_history in HISTORY_BUILDERS:
        yield 0, 0, "Adding their visits, sales and notes…"
        build_history(session, ids, random.Random(seed + 2))
    return done


def write_demo(db: Database, customers: int = 2000, seed: int = 7) -> Job[int]:
    """build_demo in one transaction of ``db`` (cancelling rolls all of it back), then the
    query planner's statistics brought up to date for the new rows."""
    with db.transaction() as session:
        count = yield from build_demo(session, customers=customers, seed=seed)
    db.refresh_statistics()
    return count


# Each adds record history (appointments, sales, notes...) to the demo customers, in this order.
HISTORY_BUILDERS: list[Callable[[Session, list[int], random.Random], None]] = [
    demo_visits.build_demo_history,
    demo_care.build_demo_history,
]
