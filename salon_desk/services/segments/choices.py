"""The values a segment's criteria may take, in plain Python: the command line reads them to
build its options without loading SQLAlchemy (cli.quick_search keeps `salon-desk search` fast).
tests/test_segments.py checks them against the models' enums."""

from __future__ import annotations

ACTIVE = "active"  # a booking status of the filter: pending or confirmed
BOOKING_STATUSES = ("pending", "confirmed", "completed", "cancelled", "no_show", ACTIVE)
CUSTOMER_STATES = ("active", "inactive", "blocked")
SUBSCRIPTIONS = ("reminders", "birthday", "marketing")
CREDITS = ("voucher", "prepaid", "loyalty")
GENDERS = ("female", "male", "other", "unspecified")
CONSENTS = tuple(f"{category}:{channel}" for category in ("appointments", "marketing")
                 for channel in ("email", "sms", "whatsapp"))
