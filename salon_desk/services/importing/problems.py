"""A value of a row that could not be read, or was guessed or cleaned: kept with its reason."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, repeat

from salon_desk.models import Badge, Customer, CustomerCategory
from salon_desk.services import error_texts as msg
from salon_desk.services import lengths
from salon_desk.services.importing import headers as H
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


# Targets whose value may come from another column when their own is not in the file.
_READ_FROM = {"first_name": H.FULL_NAME, "last_name": H.FULL_NAME,
              "street": H.ADDRESS_FORMATTED}
_NAMES = ("first_name", "last_name")


def _limits() -> dict[str, int]:
    return {**lengths.limits(Customer), "category": lengths.limits(CustomerCategory)["name"],
            "badges": lengths.limits(Badge)["name"]}


def length_checks(by_target: dict[str, list[tuple[int, str]]]) -> list[tuple[str, int, str]]:
    """(target, most characters, the file's header) of the file's texts that have a limit."""
    checks = []
    for target, limit in _limits().items():
        columns = by_target.get(target) or by_target.get(_READ_FROM.get(target, ""))
        if columns:
            checks.append((target, limit, " + ".join(header for _i, header in columns)))
    return checks


def check_lengths(results: list, checks: list[tuple[str, int, str]]) -> None:
    """A value longer than its column holds becomes a problem of its row and column. The row
    keeps it in its notes or is rejected, as for a value that cannot be read; a row left
    without a name is rejected saying why. Each column is measured in one pass without a
    Python step per cell (about 5 ms for 100,000 rows); only a column holding a value too
    long is gone through row by row."""
    values = [r.values for r in results]
    for target, limit, header in checks:
        found = filter(None, map(dict.get, values, repeat(target)))
        if target == "badges":
            found = chain.from_iterable(found)
        if max(map(len, found), default=0) <= limit:
            continue
        for r in results:
            if target == "badges":
                _check_badges(r, limit, header)
            elif len(r.values.get(target) or "") > limit:
                _too_long(r, target, limit, header)


def _too_long(r, target: str, limit: int, header: str) -> None:
    value = r.values.pop(target)
    problem = Problem(header, value, lengths.too_long_value(len(value), limit))
    r.problems.append(problem)
    if target in _NAMES and not r.fatal and not (r.values.get("first_name")
                                                 or r.values.get("last_name")):
        r.fatal = problem.describe()


def _check_badges(r, limit: int, header: str) -> None:
    names = r.values.get("badges") or ()
    for name in names:
        if len(name) > limit:
            r.problems.append(Problem(header, name, lengths.too_long_value(len(name), limit)))
    if any(len(name) > limit for name in names):
        r.values["badges"] = [name for name in names if len(name) <= limit]
