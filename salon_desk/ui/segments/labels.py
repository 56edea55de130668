"""The words the filter panel and its chips use for each criterion and each fixed value."""

from __future__ import annotations

from salon_desk.ui.i18n import translator

_tr = translator("Segments")


def criterion_label(name: str) -> str:
    """The label of a criterion of services.segments.Criteria (a chip, a row of the panel)."""
    labels = dict(
        genders=_tr("Gender"), badges_any=_tr("Any of these badges"),
        badges_all=_tr("All of these badges"), badges_none=_tr("None of these badges"),
        categories=_tr("Category"), states=_tr("Status"), age_min=_tr("Age from"),
        age_max=_tr("Age up to"), birthday_months=_tr("Birthday in"),
        birthday_within_days=_tr("Birthday in the next days"),
        since_from=_tr("Customer since, from"), since_to=_tr("Customer since, up to"),
        referral_sources=_tr("Referral source"), cities=_tr("City"),
        postcodes=_tr("Postcode starts with"), services=_tr("Booked a service"),
        service_types=_tr("Booked a service type"),
        unused_services=_tr("Never booked a service"),
        unused_service_types=_tr("Never booked a service type"),
        packages=_tr("Bought a package"), package_sessions_left=_tr("Sessions left"),
        booked_from=_tr("Bookings from"), booked_to=_tr("Bookings up to"),
        booking_statuses=_tr("Booking status"),
        visited_within_days=_tr("Visited in the last days"),
        not_visited_for_days=_tr("No visit for days"), at_risk=_tr("At risk"),
        visits_min=_tr("Visits, at least"), visits_max=_tr("Visits, at most"),
        visits_from=_tr("Visits from"), visits_to=_tr("Visits up to"),
        spent_min=_tr("Spent, at least"), spent_max=_tr("Spent, at most"),
        spent_from=_tr("Spending from"), spent_to=_tr("Spending up to"),
        average_ticket_min=_tr("Average ticket, at least"),
        average_ticket_max=_tr("Average ticket, at most"), has_debt=_tr("Owes money"),
        credits=_tr("Balance left on"), points_min=_tr("Points, at least"),
        subscribed=_tr("Subscribed to"), consents=_tr("Consent given"),
        has_email=_tr("Has an email"), has_mobile=_tr("Has a mobile"),
    )
    return labels.get(name, name)


def value_label(value: str) -> str:
    """A fixed value of a criterion (services.segments.choices) in the user's words."""
    labels = dict(
        female=_tr("Female"), male=_tr("Male"), other=_tr("Other"),
        unspecified=_tr("Not given"), active=_tr("Active"), inactive=_tr("Inactive"),
        blocked=_tr("Blocked"), pending=_tr("Pending"), confirmed=_tr("Confirmed"),
        completed=_tr("Completed"), cancelled=_tr("Cancelled"), no_show=_tr("No-show"),
        reminders=_tr("Appointment reminders"), birthday=_tr("Birthday greetings"),
        marketing=_tr("Marketing"), voucher=_tr("Voucher"),
        prepaid=_tr("Prepaid card"), loyalty=_tr("Loyalty card"),
        appointments=_tr("Appointments"), email=_tr("Email"), sms=_tr("SMS"),
        whatsapp=_tr("WhatsApp"),
    )
    if ":" in value:  # a consent, "category:channel"
        category, channel = value.split(":", 1)
        return f"{labels.get(category, category)} · {labels.get(channel, channel)}"
    return labels.get(value, value)


def any_status_label() -> str:
    """A booking status of the filter: pending or confirmed."""
    return _tr("Active (pending or confirmed)")


def booked_help() -> str:
    return _tr("“Booked” means an appointment that was not cancelled: pending, confirmed, "
               "completed or a no-show. A customer whose only appointment of a service was "
               "cancelled has not booked it; a no-show was booked but is no visit.")
