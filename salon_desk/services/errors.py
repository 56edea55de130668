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
