"""Synthetic salon history for the printing tests and benchmark (built with the models)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from PIL import Image, ImageDraw
from sqlalchemy import select

from salon_desk.models import (
    Appointment,
    Badge,
    Budget,
    BudgetLine,
    Debt,
    LoyaltyCard,
    Note,
    Payment,
    PointsEntry,
    PrepaidCard,
    PrepaidCardType,
    Product,
    Sale,
    SaleLine,
    Service,
    Staff,
    Voucher,
)
from salon_desk.services.customers.records import (
    CustomerData,
    create_customer,
    set_consent,
    set_photo,
)


def png_bytes(size=(240, 240), colour=(91, 58, 110)) -> bytes:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    draw.ellipse((10, 10, size[0] - 10, size[1] - 10), fill=colour)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def make_sale(session, customer_id, number, when, lines, payments, staff=None,
              points=0, comments="") -> Sale:
    """lines: (description, qty, unit_cents, discount_percent, tax_rate[, staff])"""
    sale = Sale(ticket_number=number, customer_id=customer_id, staff=staff, sold_at=when,
                comments=comments, points_earned=points)
    total = 0
    for pos, (desc, qty, unit, disc, rate, *rest) in enumerate(lines):
        gross = qty * unit
        amount = gross - int((Decimal(gross) * Decimal(disc) / 100).to_integral_value())
        total += amount
        sale.lines.append(SaleLine(position=pos, kind="service", description=desc, quantity=qty,
                                   unit_price_cents=unit, discount_percent=Decimal(disc),
                                   tax_rate=Decimal(rate), amount_cents=amount,
                                   staff=rest[0] if rest else None))
    for method, amount, tendered in payments:
        sale.payments.append(Payment(method=method, amount_cents=amount,
                                     tendered_cents=tendered))
    sale.total_cents = total
    sale.paid_cents = sum(p[1] for p in payments)
    session.add(sale)
    session.flush()
    return sale


def rich_customer(session, first_name="Ana", last_name="García Núñez", sales=20,
                  notes=6) -> int:
    """A customer with every part of the record filled in; returns the id."""
    customer = create_customer(session, CustomerData(
        first_name=first_name, last_name=last_name, mobile="+34612345678",
        email="ana.garcia@example.com", street="Calle Mayor 3, 2º B", city="Madrid",
        postcode="28013", birth_year=1988, birth_month=4, birth_day=17,
        allergies="Allergic to PPD (hair dye). Latex allergy.",
        notes="Likes tea, no sugar. Prefers afternoon appointments.",
        consents={("appointments", "sms"): True, ("appointments", "email"): True,
                  ("marketing", "email"): False}))
    set_photo(session, customer.id, png_bytes())
    customer.badges = list(session.scalars(select(Badge).where(
        Badge.key.in_(["vip", "frequent_visitor"]))))
    set_consent(session, customer, "marketing", "whatsapp", True)
    customer.privacy_accepted_at = dt.datetime(2025, 1, 10, 10, tzinfo=dt.UTC)
    staff = list(session.scalars(select(Staff).order_by(Staff.id)))
    services = list(session.scalars(select(Service).order_by(Service.id)))
    start = dt.datetime(2024, 1, 8, 10, 0, tzinfo=dt.UTC)
    for i in range(sales):
        svc = services[i % len(services)]
        make_sale(session, customer.id, f"T-{customer.id:04d}-{i + 1:05d}",
                  start + dt.timedelta(days=2 * i, hours=i % 7),
                  [(svc.name, 1, svc.price_cents, 10 if i % 5 == 0 else 0, 21),
                   ("Argan oil 50 ml", 1 + i % 2, 1990, 0, 10)],
                  [("card", 0, None)], staff=staff[i % len(staff)], points=svc.price_cents // 100)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for i in range(4):
        session.add(Appointment(customer_id=customer.id, service=services[i], staff=staff[i],
                                starts_at=now + dt.timedelta(days=5 + 7 * i, hours=2),
                                duration_minutes=services[i].duration_minutes,
                                price_cents=services[i].price_cents, status="confirmed"))
    session.add(Debt(customer_id=customer.id, initial_cents=6500, remaining_cents=2500,
                     description="Full colour, part paid"))
    session.add(Debt(customer_id=customer.id, initial_cents=1990, remaining_cents=1990,
                     description="Argan oil 50 ml"))
    session.add(Voucher(customer_id=customer.id, name="6 laser sessions",
                        purchased_on=dt.date(2025, 3, 1), expires_on=dt.date(2026, 3, 1),
                        sessions_bought=6, sessions_used=2))
    card_type = PrepaidCardType(name="Member C", value_cents=40000, price_cents=35000)
    session.add(card_type)
    session.add(PrepaidCard(customer_id=customer.id, card_type=card_type,
                            purchased_on=dt.date(2025, 5, 1), expires_on=dt.date(2025, 11, 1),
                            value_cents=40000, used_cents=15550))
    session.add(LoyaltyCard(customer_id=customer.id, number="LC-000123",
                            purchased_on=dt.date(2025, 2, 2), value_cents=10000, used_cents=0,
                            service_discount_percent=Decimal(10)))
    balance = 0
    for i in range(8):
        balance += 40
        session.add(PointsEntry(customer_id=customer.id, points=40, action="earned",
                                balance=balance, at=start + dt.timedelta(days=10 * i),
                                reason=f"Ticket T-{i + 1:05d}"))
    for i in range(notes):
        session.add(Note(customer_id=customer.id, text=f"Consultation note number {i + 1}. "
                         "Scalp sensitive at the crown; use the gentle shampoo.",
                         pinned=(i == notes - 1), author=staff[i % len(staff)],
                         note_type="colour" if i % 3 == 0 else "general",
                         formula={"brand": "Lumina", "shades": [
                             {"shade": "7.1", "grams": 30}, {"shade": "8.0", "grams": 20}],
                             "developer_volume": "20 vol", "processing_minutes": 35}
                         if i % 3 == 0 else None,
                         created_at=start + dt.timedelta(days=30 * i)))
    session.flush()
    return customer.id


def make_budget(session, customer_id, code="P-2026-0042") -> int:
    staff = session.scalar(select(Staff).order_by(Staff.id))
    hydra = session.scalar(select(Service).where(Service.name == "Hydrafacial"))
    serum = session.scalar(select(Product).where(Product.name == "Vitamin C serum"))
    budget = Budget(code=code, customer_id=customer_id, staff=staff,
                    issued_on=dt.date(2026, 5, 4), valid_until=dt.date(2026, 6, 3),
                    description="Skin preparation before the wedding.")
    budget.lines = [
        BudgetLine(position=0, kind="service", service_id=hydra.id, description="Hydrafacial",
                   quantity=3, unit_price_cents=9500, discount_percent=Decimal(15),
                   amount_cents=24225),
        BudgetLine(position=1, kind="product", product_id=serum.id,
                   description="Vitamin C serum", quantity=1, unit_price_cents=3900,
                   amount_cents=3900),
    ]
    budget.total_cents = 28125
    session.add(budget)
    session.flush()
    return budget.id
