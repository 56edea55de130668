"""A value of a row that could not be read, or was guessed or cleaned: kept with its reason."""

from __future__ import annotations

from dataclasses import dataclass

from salon_desk.services import error_texts as msg
from salon_desk.services.texts import Text


def why(exc: Exception) -> str:
    """An exception's message, keeping it a Text (translated when shown) when it is one."""
    message = exc.args[0] if exc.args else ""
    return message if isinstance(message, Text) else str(exc)


@dataclass
class Problem:
    column: str  # the file's header
    value: str  # the value as written
    message: str

    def describe(self) -> Text:
        return Text(msg.IMPORT_PROBLEM_AT, column=self.column, value=self.value,
                    why=self.message)
