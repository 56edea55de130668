"""Converting a block of rows a column at a time (RowConverter.convert_many).

RowConverter.convert runs one row through a small step per target column. For a block of rows
the same steps run a column at a time: step 1 over every row, then step 2..., so each row still
goes through them in the same order and gets exactly the values, problems and notes that
convert gives it. The steps of the commonest columns (a target read from one column, in any
file but an export of ours) have a version here that reads the column's cells in one loop,
without the per-cell helpers, and works out each distinct cell once (genders, dates, first
names and their problems repeat over and over); the other steps run row by row as they are.
tests/test_import_by_column.py converts files both ways and compares every row.
"""

from __future__ import annotations

from collections.abc import Callable

from salon_desk.services import error_texts as msg
from salon_desk.services.importing import values as V
from salon_desk.services.importing.problems import Problem, why
from salon_desk.services.importing.values import Unreadable, cell_text, split_multi
from salon_desk.services.phones import PhoneError
from salon_desk.services.texts import Text

Block = Callable[[list], None]  # a step over a block of RowResults
_MEMO_MAX = 100_000  # distinct cells remembered per column (a column of unique values clears)
_EXACT_FLOATS = 2**53
_NO_CELL = object()


def block_steps(conv) -> list[Block]:
    """The converter's steps (RowConverter.steps), each over a block of rows."""
    makers = {"_read_joined": _joined, "_read_plain": _plain, "_emails": _emails,
              "_phones": _phones, "_read_gender": _gender, "_read_birth_date": _birth,
              "_read_country": _country}
    steps = []
    for step in conv.steps:
        maker = makers.get(step.__name__)
        block = maker(conv) if maker else None
        steps.append(block or _row_by_row(step))
    return steps


def _row_by_row(step) -> Block:
    def run(results: list) -> None:
        for r in results:
            step(r, r.raw)
    return run


def _one_column(conv, target: str) -> tuple[int, str] | None:
    """(index, header) of a target the file gives in one column, when read here."""
    columns = conv.by_target.get(target)
    if conv.exact or not columns or len(columns) != 1:
        return None
    return columns[0]


class _Column:
    """What each distinct cell of one column gives (``make(raw, text)``), worked out once."""

    def __init__(self, index: int, make: Callable[[object, str], object]) -> None:
        self.index = index
        self.make = make
        self.memo: dict = {}

    def cells(self, results: list):
        """(result, what its cell gives) for the rows whose cell is not blank."""
        index, memo, make = self.index, self.memo, self.make
        for r in results:
            row = r.raw
            if index >= len(row) or (raw := row[index]) is None or raw == "":
                continue
            key = raw if raw.__class__ is str else (raw.__class__, raw)  # 1, 1.0 and True
            found = memo.get(key, _NO_CELL)
            if found is _NO_CELL:
                text = cell_text(raw)
                found = None if text is None else make(raw, text)
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                memo[key] = found
            if found is not None:
                yield r, found


def _tidy(raw: object, text: str) -> str:
    return " ".join(text.split())


def _as_written(raw: object, text: str) -> str:
    return text


def _joined(conv) -> Block | None:
    """First name, last name, street, notes, allergies (RowConverter._read_joined)."""
    columns = [(target, _one_column(conv, target)) for target in conv.joined]
    if any(column is None for _t, column in columns):
        return None
    readers = [(target, _Column(column[0], _as_written if target in ("notes", "allergies")
                                else _tidy)) for target, column in columns]

    def run(results: list) -> None:
        for target, column in readers:
            for r, value in column.cells(results):
                r.values[target] = value
    return run


def _plain(conv) -> Block | None:
    """External ID, city, region... (RowConverter._read_plain)."""
    columns = [(target, _one_column(conv, target)) for target in conv.plain]
    if any(column is None for _t, column in columns):
        return None

    def make(raw: object, text: str) -> tuple[str, str, bool]:
        rounded = raw.__class__ is float and abs(raw) >= _EXACT_FLOATS
        return " ".join(text.split()), text, rounded

    readers = [(target, column[1], _Column(column[0], make)) for target, column in columns]

    def run(results: list) -> None:
        for target, header, column in readers:
            for r, (value, text, rounded) in column.cells(results):
                r.values[target] = value
                if rounded:
                    r.flags.append(Problem(header, text, Text(msg.FLAG_NUMBER_ROUNDED)))
    return run


def _parsed(conv, target: str, parser, store) -> Block | None:
    """A target read by one parser (RowConverter._parse): ``store(r, value)`` keeps a value,
    an unreadable cell is the row's problem."""
    column = _one_column(conv, target)
    if column is None:
        return None
    index, header = column

    def make(raw: object, text: str) -> tuple[str, object]:
        try:
            return text, parser(raw)
        except Unreadable as exc:
            return text, exc

    reader = _Column(index, make)

    def run(results: list) -> None:
        for r, (text, found) in reader.cells(results):
            if isinstance(found, Unreadable):
                r.problems.append(Problem(header, text, why(found)))
            else:
                store(r, found)
    return run


def _gender(conv) -> Block | None:
    def store(r, gender) -> None:
        if gender:
            r.values["gender"] = gender
    return _parsed(conv, "gender", conv._gender, store)


def _birth(conv) -> Block | None:
    def store(r, birth) -> None:
        if birth is not None:
            r.values["birth_year"], r.values["birth_month"], r.values["birth_day"] = birth
    return _parsed(conv, "birth_date", conv._birth, store)


def _country(conv) -> Block | None:
    def store(r, country) -> None:
        if country:
            r.values["country"] = country
    return _parsed(conv, "country", V.parse_country, store)


def _emails(conv) -> Block | None:
    """One email column (RowConverter._emails): a cell holding one address is read here, one
    holding several goes through the converter's own step."""
    if conv.email_targets != ["email"] or (column := _one_column(conv, "email")) is None:
        return None
    index, header = column
    cells = _Column(index, _as_written)

    def run(results: list) -> None:
        for r, text in cells.cells(results):
            parts = split_multi(text)
            if len(parts) != 1 or text.count("@") > 1:
                conv._emails_of(r, [(header, None, text)])
                continue
            try:
                r.values["email"] = V.parse_email(parts[0])
            except Unreadable as exc:
                r.problems.append(Problem(header, parts[0], why(exc)))
    return run


def _phones(conv) -> Block | None:
    """One phone column, no paired columns (RowConverter._phones): a cell holding one number
    is read here, one holding several goes through the converter's own step."""
    if conv.pairs or len(conv.phone_targets) != 1:
        return None
    kind, target = conv.phone_targets[0]
    if (column := _one_column(conv, target)) is None:
        return None
    index, header = column
    cells = _Column(index, _as_written)
    by_country = "country" in conv.present
    salon_reader = V.phone_reader(conv.conv.country)

    def run(results: list) -> None:
        reader = salon_reader
        for r, text in cells.cells(results):
            parts = split_multi(text)
            if len(parts) != 1:
                conv._phones(r, r.raw)
                continue
            if by_country:
                reader = V.phone_reader(conv._country(r))
            try:
                number = reader.normalise(parts[0])
            except PhoneError as exc:
                r.problems.append(Problem(header, parts[0], why(exc)))
                continue
            mobile = kind == "mobile" or (kind == "any" and reader.is_mobile(number))
            r.values["mobile" if mobile else "phone"] = number
    return run
