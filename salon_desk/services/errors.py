"""Domain exceptions, each with a message for the user.

A service gives its message as a services.texts.Text (a text of the catalogue
services.error_texts and its values), which the interface translates in one place
(ui.dialogs.message_text); ``str()`` of the error keeps that Text. The interface may also raise
these errors with text it has already translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from salon_desk.services.texts import Text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Row = TypeVar("Row")


class SalonError(Exception):
    """Base of every error the user should see explained."""

    def __str__(self) -> str:
        message = self.args[0] if len(self.args) == 1 else None
        return message if isinstance(message, Text) else super().__str__()


class NotFound(SalonError):
    pass


def get_or_not_found(session: Session, model: type[Row], row_id: object, message: str) -> Row:
    """The ``model`` row with that id, or NotFound worded by ``message``, a catalogue text of
    services.error_texts that says where the id goes (``CUSTOMER_NOT_FOUND``: "Customer {id}
    does not exist")."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(Text(message, id=row_id))
    return row


class ValidationError(SalonError):
    """One or more fields are wrong; ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(Text.joined(self.errors.values()))


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


class RecordChanged(SalonError):
    """The record was saved at another desk since the form now saving it was opened; nothing
    was written. ``changes`` lists what differs (plain data with ``key``, ``label``, ``theirs``,
    ``yours``: services.customers.conflicts.FieldChange), for the interface to show."""

    def __init__(self, message: str, changes: list | None = None) -> None:
        super().__init__(message)
        self.changes = list(changes or [])
