"""How long a text each column holds, read from the models, and the check that keeps to it.

The models declare ``String(n)``. PostgreSQL refuses a longer value with a database error;
SQLite stores it as given. So that both engines behave alike, and nothing a user or a file gave
is cut or lost, a text longer than its column is refused here with a message before it reaches
either: the customer form (records.validate) names the field, the import
(importing.problems.check_lengths) makes it a problem of that row and column, every other ORM
write is checked as it is flushed (a ValidationError, the transaction rolled back), and
move-to refuses a SQLite file holding such texts (written before this check) before copying.
A Core insert or update is not seen by the flush: ``check`` its values.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session

from salon_desk.models import Base
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError
from salon_desk.services.texts import Text


@functools.cache
def limits(model: type) -> dict[str, int]:
    """{attribute: most characters} of a model's length-limited text columns."""
    out = {}
    for prop in inspect(model).column_attrs:
        for column in prop.columns:
            length = getattr(column.type, "length", None)
            if isinstance(column.type, String) and length:
                out[prop.key] = length
    return out


def too_long_text(length: int, limit: int) -> Text:
    """What the user reads about a text of ``length`` characters where ``limit`` fit."""
    return Text(msg.TEXT_TOO_LONG, n=limit, length=length)


def too_long_value(length: int, limit: int) -> Text:
    """The same, as the reason an imported value was not taken (after its column's name)."""
    return Text(msg.VALUE_TOO_LONG, n=limit, length=length)


def too_long(model: type, values: Mapping[str, object]) -> dict[str, Text]:
    """{attribute: message} for the values longer than their column holds."""
    errors = {}
    for name, limit in limits(model).items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            errors[name] = too_long_text(len(value), limit)
    return errors


def check(model: type, values: Mapping[str, object]) -> None:
    """Raises ValidationError naming each value longer than its column holds."""
    if errors := too_long(model, values):
        raise ValidationError(errors)


@dataclass(frozen=True)
class LongText:
    """A text of a SQLite file longer than its column holds (SQLite stores any length)."""

    table: str
    column: str
    row: str  # the row's primary key, as text
    length: int
    limit: int


def too_long_in_file(conn: sqlite3.Connection) -> tuple[int, LongText | None]:
    """How many texts of a SQLite salon file are longer than their columns hold, and the first
    of them: a file written before this check, or by another program, may hold some, and a
    salon server refuses them. One query per table with such columns."""
    count, first = 0, None
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    for table in Base.metadata.sorted_tables:
        limited = {c.name: c.type.length for c in table.columns
                   if isinstance(c.type, String) and c.type.length}
        if table.name not in present or not limited:
            continue
        where = " OR ".join(f'length("{name}") > {limit}' for name, limit in limited.items())
        found = conn.execute(f'SELECT count(*) FROM "{table.name}" WHERE {where}').fetchone()[0]
        if found and first is None:
            first = _first_long(conn, table, limited, where)
        count += found
    return count, first


def _first_long(conn: sqlite3.Connection, table, limited: dict[str, int], where: str
                ) -> LongText:
    key = " || ',' || ".join(f'"{c.name}"' for c in table.primary_key.columns) or "rowid"
    columns = ", ".join(f'"{name}"' for name in limited)
    row = conn.execute(f'SELECT {key}, {columns} FROM "{table.name}" WHERE {where} '
                       "LIMIT 1").fetchone()
    for (name, limit), value in zip(limited.items(), row[1:], strict=True):
        length = conn.execute("SELECT length(?)", (value,)).fetchone()[0] or 0
        if length > limit:
            return LongText(table.name, name, str(row[0]), length, limit)
    raise AssertionError("a row the query found holds a text too long")


def _changed_values(row: object, new: bool) -> dict[str, object]:
    """The text values a flush would write for a row: all of a new one's, a changed one's
    changed values (a value stored long ago on SQLite is not refused until it is edited)."""
    state = inspect(row)
    keys = limits(type(row))
    if new:
        return {k: state.dict.get(k) for k in keys}
    return {k: state.dict.get(k) for k in keys if state.attrs[k].history.added}


def check_flush(session: Session, _context, _rows) -> None:
    """Before a flush (salon_desk.flush_checks, registered by salon_desk.services)."""
    errors: dict[str, Text] = {}
    for rows, new in ((session.new, True), (session.dirty, False)):
        for row in rows:
            if isinstance(row, Base) and limits(type(row)):
                errors.update(too_long(type(row), _changed_values(row, new)))
    if errors:
        raise ValidationError(errors)

