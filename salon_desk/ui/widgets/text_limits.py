"""Line edits that stop at the length their column holds, and show a longer stored text whole.

The limit is the column's (services.lengths, read from the models), so typing stops where the
save would refuse. A text stored before that check (a SQLite file takes any length) is shown
whole, never cut to the limit as QLineEdit.setText would cut it: the form then says on saving
that it is too long, and the user decides what to keep.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

_LIMIT = "column_limit"  # the property holding an edit's limit


def limit_to_column(edit: QLineEdit, limit: int) -> None:
    """Typing in ``edit`` stops at ``limit`` characters."""
    edit.setProperty(_LIMIT, limit)
    edit.setMaxLength(limit)


def limit_to_field(edit: QLineEdit, model: type, field: str) -> None:
    """Typing in ``edit`` stops at the length of ``model``'s column ``field``."""
    from salon_desk.services.lengths import limits  # the models, read once (cached)

    limit_to_column(edit, limits(model)[field])


def set_whole_text(edit: QLineEdit, text: str) -> None:
    """``edit.setText(text)`` without cutting a text longer than the edit's limit."""
    limit = edit.property(_LIMIT)
    if limit:
        edit.setMaxLength(max(limit, len(text)))
    edit.setText(text)
