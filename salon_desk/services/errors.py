"""Domain exceptions, each with a message the interface can show as it is."""

from __future__ import annotations


class SalonError(Exception):
    """Base of every error the user should see explained."""


class NotFound(SalonError):
    pass


class ValidationError(SalonError):
    """One or more fields are wrong; ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{msg}" for msg in self.errors.values()))


class CustomerBlocked(SalonError):
    pass


class ScheduleClash(SalonError):
    pass


class CustomerOverlap(SalonError):
    """The customer already has an appointment at that time. Booking both is allowed only on
    purpose (two services at once with two staff members): the caller passes
    ``allow_customer_overlap=True``. ``overlaps`` lists the appointments in the way (plain data:
    ``starts_at``, ``ends_at``, ``service_name``, ``staff_name``), for the interface to word."""

    def __init__(self, message: str, customer_name: str = "", overlaps: list | None = None
                 ) -> None:
        super().__init__(message)
        self.customer_name = customer_name
        self.overlaps = list(overlaps or [])
