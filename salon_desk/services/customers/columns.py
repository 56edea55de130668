"""The customer columns shared by the import template, the export and the import.

One list, so that an export imports back without any mapping: the template and the export write
these headers, and the importer recognises them first. ``kind`` says how a value is read and
written (see services.importing.values and services.customers.exporting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str  # CustomerData field, or a key the importer understands (birth_date, badges...)
    header: str
    kind: str
    help: str = ""
    example: object = None


CONSENTS = [
    ("appointments", "email"), ("appointments", "sms"), ("appointments", "whatsapp"),
    ("marketing", "email"), ("marketing", "sms"), ("marketing", "whatsapp"),
]
_CHANNEL_LABEL = {"email": "email", "sms": "SMS", "whatsapp": "WhatsApp"}


def consent_key(category: str, channel: str) -> str:
    return f"consent:{category}:{channel}"


YES_NO = "Yes or No"

COLUMNS: list[Column] = [
    Column("id", "ID", "id", "Salon Desk's customer number (leave empty for new customers)"),
    Column("external_id", "External ID", "text", "The customer's number in your old system",
           "OLD-1001"),
    Column("first_name", "First name", "name", "First name (a first or a last name is required)",
           "Ana"),
    Column("last_name", "Last name", "name", "Last name or surnames", "Ejemplo Muestra"),
    Column("email", "Email", "email", "Email address", "ana.ejemplo@example.com"),
    Column("mobile", "Mobile", "phone",
           "Mobile number, with the country code (+34...) or in the salon's country",
           "+34600000000"),
    Column("phone", "Phone", "phone", "Landline or other phone", ""),
    Column("gender", "Gender", "gender", "Female, Male, Other or Unspecified", "Female"),
    Column("birth_date", "Date of birth", "partial_date",
           "YYYY-MM-DD, or --MM-DD when the year is unknown", "1990-05-17"),
    Column("anniversary", "Anniversary", "date", "YYYY-MM-DD"),
    Column("street", "Street", "text", "Street and number", "Calle Ejemplo 1"),
    Column("city", "City", "text", "", "Madrid"),
    Column("postcode", "Postcode", "text", "", "28004"),
    Column("region", "Region", "text", "Province, state or region", "Madrid"),
    Column("country", "Country", "country", "Two-letter country code (ES, GB, FR...)", "ES"),
    Column("preferred_staff", "Preferred staff", "staff", "Name of an employee of the salon"),
    Column("referral_source", "Referral source", "text", "How the customer found the salon",
           "Instagram"),
    Column("customer_since", "Customer since", "date", "YYYY-MM-DD", "2024-01-15"),
    Column("category", "Category", "category", "Customer category (created if new)"),
    Column("discount_percent", "Discount %", "percent", "Standing discount, 0 to 100", 0),
    Column("notes", "Notes", "notes", "Free notes", "Prefers afternoon appointments"),
    Column("allergies", "Allergies", "notes", "Allergies and clinical information"),
    Column("active", "Status", "status", "Active or Inactive", "Active"),
    Column("blocked", "Blocked", "bool", YES_NO, "No"),
    Column("blocked_reason", "Blocked reason", "text", "Why the customer is blocked"),
    Column("privacy_accepted_at", "Privacy accepted", "datetime",
           "Date (and time) the privacy policy was accepted", "2024-01-15 10:30"),
    Column("notify_reminders", "Appointment reminders", "bool", YES_NO, "Yes"),
    Column("notify_birthday", "Birthday greetings", "bool", YES_NO, "Yes"),
    Column("notify_marketing", "Marketing messages", "bool", YES_NO, "No"),
    Column("badges", "Badges", "badges", "Badge names separated by commas (created if new)",
           "VIP"),
    *[Column(consent_key(cat, ch), f"Consent: {cat} by {_CHANNEL_LABEL[ch]}", "consent",
             "Yes, No, or empty when not asked",
             "Yes" if cat == "appointments" else "")
      for cat, ch in CONSENTS],
]

# Written by the export, read back as nothing: they come from the customer's history.
COMPUTED_COLUMNS: list[Column] = [
    Column("total_spent", "Total spent", "money"),
    Column("visits", "Visits", "int"),
    Column("last_visit", "Last visit", "datetime"),
    Column("points", "Points", "int"),
    Column("debt", "Debt", "money"),
]

BY_KEY = {c.key: c for c in COLUMNS}
HEADERS = [c.header for c in COLUMNS]
EXPORT_HEADERS = HEADERS + [c.header for c in COMPUTED_COLUMNS]

# --- reading an export back exactly ---------------------------------------------------------
# An .xlsx cell holds 32,767 characters: a longer text is cut there by the export into cells
# of extra columns after the others, "Notes (continued)", "Notes (continued 2)"..., which the
# import joins back.
_CONTINUED = re.compile(r"^(?P<header>.*\S) \(continued(?: (?P<n>[2-9]|[1-9]\d+))?\)$")


def continued_header(header: str, n: int) -> str:
    """The header of the n-th cell (n >= 1) that continues a column's text."""
    return f"{header} (continued)" if n == 1 else f"{header} (continued {n})"


def continued_of(header: object) -> str | None:
    """The header a continuation column continues ("Notes (continued 2)" -> "Notes")."""
    m = _CONTINUED.match(str(header or "").strip())
    return m.group("header") if m else None


def is_own_export(headers: list[object]) -> bool:
    """Whether a header row is exactly the one Salon Desk's export writes: then every text is
    read back as written (not trimmed, a "-" not taken for a blank...)."""
    texts = ["" if h is None else str(h) for h in headers]
    n = len(EXPORT_HEADERS)
    return texts[:n] == EXPORT_HEADERS and all(continued_of(h) in EXPORT_HEADERS
                                               for h in texts[n:])


# In a .csv export a text that a spreadsheet would run as a formula (= + - @ tab, carriage
# return) gets a leading apostrophe, as a spreadsheet does to keep a cell text. To tell that
# apostrophe from a text's own, a text that starts with an apostrophe gets one more, and so
# does a text of spaces only (which a reader would take for an empty cell). The import takes
# one apostrophe off exactly those: csv_unescape(csv_escape(text)) == text for every text.
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escaped(text: str) -> bool:
    return text.startswith(CSV_FORMULA_STARTS) or text.startswith("'") or (
        bool(text) and not text.strip())


def csv_escape(text: str) -> str:
    return "'" + text if _escaped(text) else text


def csv_unescape(text: str) -> str:
    return text[1:] if text.startswith("'") and _escaped(text[1:]) else text
