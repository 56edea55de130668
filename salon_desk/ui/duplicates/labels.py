"""Translated names of what the duplicate finder and the merge talk about."""

from __future__ import annotations

from salon_desk.ui.i18n import translator


tr = translator("duplicates")


def match_text(key: str) -> str:
    return {
        "email_phone": tr("Same email and phone"),
        "email": tr("Same email"),
        "phone": tr("Same phone"),
        "name_birth": tr("Similar name and same birth date"),
        "name_address": tr("Similar name and same address"),
        "name_swapped": tr("First and last name swapped"),
        "name": tr("Similar name"),
    }.get(key, key)


def reason_text(reason: str) -> str:
    """A reason of services.customers.possible_duplicates, translated."""
    from salon_desk.services.duplicates.features import MATCH_TYPES

    english = {text: key for key, text in MATCH_TYPES.items()}
    if reason in english:
        return match_text(english[reason])
    return {"same email": tr("Same email"), "same mobile": tr("Same mobile"),
            "same name and date of birth": tr("Same name and date of birth")}.get(reason, reason)


def confidence_text(level: str) -> str:
    return {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low")}.get(level, level)


def field_label(key: str, english: str = "") -> str:
    return {
        "id": tr("Number"), "first_name": tr("First name"), "last_name": tr("Last name"),
        "email": tr("Email"), "mobile": tr("Mobile"), "phone": tr("Phone"),
        "gender": tr("Gender"), "birth_date": tr("Date of birth"),
        "anniversary": tr("Anniversary"), "address": tr("Address"),
        "preferred_staff_id": tr("Preferred staff"), "referral_source": tr("Referred by"),
        "external_id": tr("External ID"), "category_id": tr("Category"),
        "discount_percent": tr("Discount"), "customer_since": tr("Customer since"),
        "privacy_accepted_at": tr("Privacy policy accepted"),
        "notify_reminders": tr("Appointment reminders"),
        "notify_birthday": tr("Birthday greetings"),
        "notify_marketing": tr("Marketing messages"), "active": tr("Active"),
        "blocked": tr("Blocked"), "photo": tr("Photo"), "notes": tr("Notes"),
        "allergies": tr("Allergies and health"),
    }.get(key, english or key)


def value_text(text: str) -> str:
    """The few English words merge_fields.display writes."""
    if text == "Yes":
        return tr("Yes")
    if text == "No":
        return tr("No")
    if text == "Photo":
        return tr("Photo")
    if text == "Not blocked":
        return tr("Not blocked")
    if text.startswith("Blocked: "):
        return tr("Blocked: {0}").format(text[len("Blocked: "):])
    if text in ("female", "male", "other", "unspecified"):
        return {"female": tr("Female"), "male": tr("Male"), "other": tr("Other"),
                "unspecified": tr("Unspecified")}[text]
    return text


MOVED = {
    "appointments": "%n appointment(s)", "sales": "%n sale(s)", "debts": "%n debt(s)",
    "cash movements": "%n cash movement(s)", "vouchers": "%n voucher(s)",
    "prepaid cards": "%n prepaid card(s)", "loyalty cards": "%n loyalty card(s)",
    "points movements": "%n points movement(s)", "budgets": "%n budget(s)",
    "documents": "%n document(s)", "notes": "%n note(s)", "patch tests": "%n patch test(s)",
    "surveys": "%n survey(s)", "messages": "%n message(s)",
    "consent changes": "%n consent change(s)",
}


def moved_text(kind: str, count: int) -> str:
    """"3 appointments" (or "1 appointment") for a kind of record a merge moves."""
    if kind not in MOVED:
        return f"{count} {kind}"
    return tr(MOVED[kind], count)


def category_text(category: str) -> str:
    return {"appointments": tr("Appointments"), "marketing": tr("Marketing")}.get(category,
                                                                                 category)


def channel_text(channel: str) -> str:
    return {"email": tr("Email"), "sms": tr("SMS"), "whatsapp": tr("WhatsApp")}.get(channel,
                                                                                  channel)
