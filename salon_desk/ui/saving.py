"""How a dialog or tab writes: one transaction, its errors shown to the user in their language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from salon_desk.models.db import Database, DatabaseError
from salon_desk.services.errors import SalonError, ValidationError
from salon_desk.ui import dialogs
from salon_desk.ui.texts import message_text


class Outcome:
    """What a write came to: ``ok``, the ``error`` message shown, the ``exception`` it was
    (a ScheduleClash, a RecordChanged: what the caller may follow up) and the ``value``
    returned."""

    def __init__(self) -> None:
        self.ok = True
        self.error = ""
        self.exception: Exception | None = None
        self.value: Any = None


@contextmanager
def reporting(parent: QWidget | None, title: str,
              error_label: QLabel | None = None) -> Iterator[Outcome]:
    """Run a write; a SalonError is shown to the user (its message translated) and swallowed.

    With ``error_label``, a ValidationError's field messages go there (one a line) instead of a
    message box, so the dialog stays open with what was typed. Use as
    ``with reporting(self, title) as outcome:`` and test ``outcome.ok`` afterwards.
    """
    outcome = Outcome()
    try:
        yield outcome
    except ValidationError as exc:
        outcome.ok = False
        outcome.error = message_text(str(exc))
        outcome.exception = exc
        if error_label is None:
            dialogs.show_error(parent, title, str(exc))
        else:
            error_label.setText("\n".join(message_text(m) for m in exc.errors.values()))
            error_label.show()
    except (SalonError, DatabaseError) as exc:  # DatabaseError: busy too long, a damaged file
        outcome.ok = False
        outcome.error = message_text(str(exc))
        outcome.exception = exc
        dialogs.show_error(parent, title, str(exc))


def run_write(parent: QWidget | None, db: Database, title: str, work: Callable[[Any], Any],
              error_label: QLabel | None = None) -> Outcome:
    """``work(session)`` in one transaction, errors shown as ``reporting`` shows them.

    Returns the outcome: ``.ok`` and ``.value`` (what work returned).
    """
    with reporting(parent, title, error_label) as outcome, db.transaction() as session:
        outcome.value = work(session)
    return outcome


def error_label(dialog: QDialog) -> QLabel:
    """The hidden label under a form where a ValidationError's messages appear."""
    label = QLabel(dialog)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def save_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel: Save calls ``save`` (which accepts when the write succeeds)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_buttons(dialog: QDialog, text: str,
                   action: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """A primary button named for what it does (``text``) and Cancel; returns both."""
    buttons = QDialogButtonBox(dialog)
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setObjectName("primary")
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(action)
    buttons.rejected.connect(dialog.reject)
    return buttons, button
