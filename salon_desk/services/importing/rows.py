"""Turning one row of the file into the customer it describes, with its problems.

The converter is built once per file from the column plan; ``convert`` is then called for every
row, so the per-row work is a loop over prepared steps. A value that cannot be understood is
never dropped: it becomes a ``Problem`` (the importer keeps it in the notes or rejects the row,
as the user chose).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from salon_desk.services import error_texts as msg
from salon_desk.services.customers.columns import BY_KEY, CONSENTS, consent_key
from salon_desk.services.importing import by_column
from salon_desk.services.importing import dates as D
from salon_desk.services.importing import exact
from salon_desk.services.importing import headers as H
from salon_desk.services.importing import values as V
from salon_desk.services.importing.problems import Problem, check_lengths, length_checks, why
from salon_desk.services.importing.raw import Mark
from salon_desk.services.importing.values import Unreadable, cell_text, is_invisible
from salon_desk.services.phones import PhoneError
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold

EXAMPLE = {c.key: c.example for c in BY_KEY.values()}
FIVE_DIGIT_POSTCODES = {"ES", "FR", "IT", "DE", "US", "MX", "FI", "HR", "MA", "UA", "GR"}
_JOIN = {"first_name": " ", "last_name": " ", "street": ", ", "notes": "\n", "allergies": "\n"}
_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_NONE: list = []
_MISSING = object()
MAX_ID = 2**31 - 1  # customer numbers above this are not a salon's
_EXACT_FLOATS = 2**53  # a spreadsheet number from here on has lost digits
_NO_HEADER = Text(msg.FLAG_NO_HEADER)  # one for every such cell: a wide file has millions


@dataclass
class RowResult:
    line: int  # row number in the sheet, as the spreadsheet shows it
    raw: list[object]
    values: dict[str, object] = field(default_factory=dict)  # only what the file gives
    problems: list[Problem] = field(default_factory=list)
    fatal: str | None = None  # why the row cannot be imported at all
    info_notes: list[str] = field(default_factory=list)  # "Company: X", "Other phone: ..."
    example: bool = False  # the template's example row
    # Values guessed or cleaned on the way (another encoding, a formula without its result, a
    # cell without a header...): kept, never a reason to reject, and the customer is flagged.
    flags: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.values.get("first_name"), self.values.get("last_name"))
                        if p)


@dataclass
class Conventions:
    country: str = "ES"
    date_order: str | None = None  # dmy | mdy | ymd; None: only unambiguous dates are read
    date_shapes: dict[str, str] = field(default_factory=dict)  # order by date separator
    decimal_comma: bool | None = None  # the file's decimal separator, when it shows one
    m_is_female: bool = False
    staff: dict[str, int] = field(default_factory=dict)  # folded name -> staff id
    # "csv" or "xlsx" for a Salon Desk export: every text read exactly as written (exact.py)
    own_export: str | None = None
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())


def is_blank_row(row: list[object]) -> bool:
    for cell in row:  # a plain loop: nearly every row stops at its first cell
        if cell is not None and not (isinstance(cell, str) and not cell.strip()):
            return False
    return True


class RowConverter:
    def __init__(self, matches: list[H.ColumnMatch], conv: Conventions,
                 marks: dict[int, list[Mark]] | None = None) -> None:
        self.conv = conv
        self.exact = conv.own_export  # our own export: texts as written, never trimmed
        self.marks = marks or {}  # by line
        self.headers = {m.index: m.header for m in matches if m.target != H.IGNORE}
        self.no_header, self.by_target = _columns_by_target(matches)
        self.pairs = _phone_pairs(self.by_target)
        self.today = conv.now.date()
        self.memo: dict[str, dict] = {}
        has = self.present = set(self.by_target)
        self.joined = _present(("first_name", "last_name", "street", "notes", "allergies"), has)
        self.plain = _present(("external_id", "city", "region", "referral_source",
                               "blocked_reason"), has)
        self.dates = _present(("anniversary", "customer_since"), has)
        self.flags = _present(("blocked", "notify_reminders", "notify_birthday",
                               "notify_marketing"), has)
        self.consents = [(cat, ch) for cat, ch in CONSENTS if consent_key(cat, ch) in has]
        self.lookups = [(t, k) for t, k in (("preferred_staff", "preferred_staff_id"),
                                            ("category", "category")) if t in has]
        self.hint = H.GENDER_HINT in has
        self.email_targets = [t for t in ("email", H.EXTRA_EMAIL) if t in has]
        self.phone_targets = [(k, t) for k, t in (("mobile", "mobile"), ("phone", "phone"),
                                                  ("any", H.PHONE_ANY), ("extra", H.EXTRA_PHONE))
                              if t in has]
        self.has_email = bool(has & {"email", H.EXTRA_EMAIL})
        self.has_phone = bool(has & {"mobile", "phone", H.PHONE_ANY, H.EXTRA_PHONE}
                              or self.pairs)
        self.steps = self._steps()
        self.length_checks = length_checks(self.by_target)
        self.block_steps: list | None = None  # the steps over a block of rows (by_column)

    def _steps(self) -> list[Callable[[RowResult, list[object]], None]]:
        """What a row goes through, in this order, for the columns this file has: one small
        reader per target column (the country before the postcode and phones that need it)."""
        has = self.present
        table = [
            (bool(self.marks), self._read_marks),
            (bool(self.no_header), self._read_no_header),
            (bool(self.joined), self._read_joined),
            (H.FULL_NAME in has, self._read_full_name),
            (bool(self.plain), self._read_plain),
            (H.ADDRESS_FORMATTED in has, self._read_formatted_address),
            ("id" in has, self._read_id),
            ("country" in has, self._read_country),
            ("postcode" in has, self._read_postcode),
            (self.has_email, self._emails),
            (self.has_phone, self._phones),
            ("gender" in has, self._read_gender),
            (self.hint, self._read_gender_hint),
            ("birth_date" in has, self._read_birth_date),
            (bool(self.dates), self._read_dates),
            ("privacy_accepted_at" in has, self._read_privacy),
            ("discount_percent" in has, self._read_discount),
            ("active" in has, self._read_active),
            (bool(self.flags), self._read_flags),
            (bool(self.consents), self._read_consents),
            (True, self._default_blocked_reason),
            (bool(self.lookups), self._read_lookups),
            ("badges" in has, self._read_badges),
            (H.NOTES in has, self._read_notes),
        ]
        return [step for wanted, step in table if wanted]

    # -- helpers --
    def _cells(self, row: list[object], target: str) -> list[tuple[str, object, str]]:
        """(header, raw value, text) of the non-blank cells of a target's columns."""
        columns = self.by_target.get(target)
        if not columns:
            return _NONE
        if self.exact:
            return exact.cells(row, columns, self.exact)
        if len(columns) == 1:  # the usual case, kept short
            index, header = columns[0]
            if index >= len(row) or (raw := row[index]) is None or raw == "":
                return _NONE
            text = cell_text(raw)
            return _NONE if text is None else [(header, raw, text)]
        out = []
        for index, header in columns:
            if index < len(row):
                raw = row[index]
                text = cell_text(raw)
                if text is not None:
                    out.append((header, raw, text))
        return out

    def _single(self, r: RowResult, row: list[object], target: str):
        """The first non-blank cell; the others, when different, are kept as notes."""
        cells = self._cells(row, target)
        if not cells:
            return None
        for header, _raw, text in cells[1:]:
            if text != cells[0][2]:
                r.info_notes.append(f"{header}: {text}")
        return cells[0]

    def _parse(self, r: RowResult, row: list[object], target: str, parser):
        """Parse a target's cell; answers are remembered per value (a column holds the same
        few genders, statuses, yes/no and dates over and over)."""
        cell = self._single(r, row, target)
        if cell is None:
            return None
        header, raw, text = cell
        memo = self.memo.setdefault(target, {})
        key = (raw.__class__, raw)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            try:
                found = parser(raw)
            except Unreadable as exc:
                found = exc
            if len(memo) < 20000:
                memo[key] = found
        if isinstance(found, Unreadable):
            r.problems.append(Problem(header, text, why(found)))
            return None
        return found

    def _parse_into(self, r: RowResult, row: list[object], target: str, parser) -> None:
        """A target read by one parser into the value of the same name."""
        value = self._parse(r, row, target, parser)
        if value is not None:
            r.values[target] = value

    # -- the row --
    def convert(self, row: list[object], line: int) -> RowResult:
        r = RowResult(line, row)
        for step in self.steps:
            step(r, row)
        self._finish(r)
        check_lengths([r], self.length_checks)
        return r

    def convert_many(self, rows: list[list[object]], lines: list[int]) -> list[RowResult]:
        """convert for each row, a column at a time (by_column): the same results, faster."""
        if self.block_steps is None:
            self.block_steps = by_column.block_steps(self)
        results = [RowResult(line, row) for row, line in zip(rows, lines, strict=True)]
        for step in self.block_steps:
            step(results)
        for r in results:
            self._finish(r)
        check_lengths(results, self.length_checks)
        return results

    def _finish(self, r: RowResult) -> None:
        """A row without a name cannot be imported; the template's example row is skipped."""
        v = r.values
        if not v.get("first_name") and not v.get("last_name"):
            r.fatal = self._no_name(r.raw)
        elif (v.get("first_name") == EXAMPLE["first_name"]
              and v.get("last_name") == EXAMPLE["last_name"]
              and v.get("email") == EXAMPLE["email"]):
            r.example = True

    def _read_marks(self, r: RowResult, row: list[object]) -> None:
        if r.line in self.marks:
            self._flag_marks(r, self.marks[r.line])

    def _read_no_header(self, r: RowResult, row: list[object]) -> None:
        for index, header in self.no_header:  # in column order: a short row stops early
            if index >= len(row):
                break
            if (text := cell_text(row[index])) is not None:
                r.flags.append(Problem(header, text, _NO_HEADER))

    def _read_joined(self, r: RowResult, row: list[object]) -> None:
        for target in self.joined:
            cells = self._cells(row, target)
            if cells:
                r.values[target] = _JOIN[target].join(" ".join(t.split()) if target not in (
                    "notes", "allergies") and not self.exact else t for _h, _r, t in cells)

    def _read_full_name(self, r: RowResult, row: list[object]) -> None:
        v = r.values
        if not v.get("first_name") and not v.get("last_name"):
            cell = self._single(r, row, H.FULL_NAME)
            if cell:
                v["first_name"], v["last_name"] = V.split_full_name(cell[2])

    def _read_plain(self, r: RowResult, row: list[object]) -> None:
        for target in self.plain:
            cell = self._single(r, row, target)
            if cell:
                r.values[target] = cell[2] if self.exact else " ".join(cell[2].split())
                if cell[1].__class__ is float and abs(cell[1]) >= _EXACT_FLOATS:
                    # 12345678901234567890 typed in a spreadsheet is kept as 1.2345678901234567e19
                    r.flags.append(Problem(cell[0], cell[2], Text(msg.FLAG_NUMBER_ROUNDED)))

    def _read_formatted_address(self, r: RowResult, row: list[object]) -> None:
        if "street" not in r.values and not self._cells(row, "city"):
            cell = self._single(r, row, H.ADDRESS_FORMATTED)
            if cell:
                r.values["street"] = ", ".join(
                    p.strip() for p in cell[2].splitlines() if p.strip())

    def _read_id(self, r: RowResult, row: list[object]) -> None:
        cell = self._single(r, row, "id")
        if not cell:
            return
        try:
            r.values["id"] = V.parse_int(cell[1], self.conv.decimal_comma)
            if r.values["id"] <= 0:
                raise Unreadable(Text(msg.VALUE_NOT_CUSTOMER_NUMBER))
            if r.values["id"] > MAX_ID:
                raise Unreadable(Text(msg.IMPORT_ID_TOO_LARGE, limit=MAX_ID))
        except Unreadable as exc:
            r.values.pop("id", None)
            r.problems.append(Problem(cell[0], cell[2], why(exc)))

    def _read_country(self, r: RowResult, row: list[object]) -> None:
        if country := self._parse(r, row, "country", V.parse_country):
            r.values["country"] = country

    def _country(self, r: RowResult) -> str:
        """The row's country when it gives one, else the salon's."""
        return r.values.get("country") or self.conv.country

    def _read_postcode(self, r: RowResult, row: list[object]) -> None:
        cell = self._single(r, row, "postcode")
        if cell:
            text = cell[2]
            if isinstance(cell[1], int | float) and self._country(r) in (
                    FIVE_DIGIT_POSTCODES) and len(text) < 5:
                text = text.zfill(5)  # the spreadsheet made "08001" a number
            r.values["postcode"] = text

    def _read_gender(self, r: RowResult, row: list[object]) -> None:
        if gender := self._parse(r, row, "gender", self._gender):
            r.values["gender"] = gender

    def _gender(self, raw: object) -> str:
        return V.parse_gender(raw, self.conv.m_is_female)

    def _read_gender_hint(self, r: RowResult, row: list[object]) -> None:
        for header, raw, text in self._cells(row, H.GENDER_HINT):
            try:
                hint = V.parse_gender(raw)
                r.values.setdefault("gender", hint)
            except Unreadable:
                r.info_notes.append(f"{header}: {text}")

    def _read_birth_date(self, r: RowResult, row: list[object]) -> None:
        birth = self._parse(r, row, "birth_date", self._birth)
        if birth is not None:
            r.values["birth_year"], r.values["birth_month"], r.values["birth_day"] = birth

    def _date(self, raw: object) -> dt.date:
        return D.parse_date(raw, self.conv.date_order, self.conv.date_shapes)

    def _read_dates(self, r: RowResult, row: list[object]) -> None:
        for target in self.dates:
            day = self._parse(r, row, target, self._date)
            if day is None:
                continue
            if target == "customer_since" and day > self.today:
                r.problems.append(Problem(self.by_target[target][0][1], day.isoformat(),
                                          Text(msg.VALUE_IN_FUTURE)))
            else:
                r.values[target] = day

    def _read_privacy(self, r: RowResult, row: list[object]) -> None:
        cell = self._single(r, row, "privacy_accepted_at")
        if not cell:
            return
        conv = self.conv
        try:
            r.values["privacy_accepted_at"] = D.parse_datetime(
                cell[1], conv.date_order, conv.date_shapes)
        except Unreadable:
            try:  # "Yes": accepted, when is not known (the time of the import)
                if V.parse_bool(cell[1]):
                    r.values["privacy_accepted_at"] = conv.now
            except Unreadable:
                r.problems.append(Problem(cell[0], cell[2], Text(msg.VALUE_NOT_DATE_OR_YES)))

    def _read_discount(self, r: RowResult, row: list[object]) -> None:
        self._parse_into(r, row, "discount_percent", self._percent)

    def _percent(self, raw: object):
        return V.parse_percent(raw, self.conv.decimal_comma)

    def _read_active(self, r: RowResult, row: list[object]) -> None:
        self._parse_into(r, row, "active", V.parse_status)

    def _read_flags(self, r: RowResult, row: list[object]) -> None:
        for target in self.flags:
            self._parse_into(r, row, target, V.parse_bool)

    def _read_consents(self, r: RowResult, row: list[object]) -> None:
        consents = {}
        for category, channel in self.consents:
            granted = self._parse(r, row, consent_key(category, channel), V.parse_bool)
            if granted is not None:
                consents[(category, channel)] = granted
        if not consents:
            return
        v = r.values
        v["consents"] = consents
        if "notify_marketing" not in v and any(
                g for (cat, _ch), g in consents.items() if cat == "marketing"):
            v["notify_marketing"] = True

    def _default_blocked_reason(self, r: RowResult, row: list[object]) -> None:
        v = r.values
        if v.get("blocked") and not v.get("blocked_reason"):
            v["blocked_reason"] = "Blocked in the imported file"

    def _read_lookups(self, r: RowResult, row: list[object]) -> None:
        for target, key in self.lookups:
            cell = self._single(r, row, target)
            if cell and target == "category":
                r.values["category"] = " ".join(cell[2].split())
            elif cell:
                staff_id = self._staff(cell[2])
                if staff_id is None:
                    r.problems.append(Problem(cell[0], cell[2], Text(msg.VALUE_NO_EMPLOYEE)))
                else:
                    r.values[key] = staff_id

    def _read_badges(self, r: RowResult, row: list[object]) -> None:
        badges = []
        for _h, _raw, text in self._cells(row, "badges"):
            for name in re.split(r"\s*(?:,|;| ::: )\s*", text):
                if name.strip() and name.strip() not in badges:
                    badges.append(name.strip())
        if badges:
            r.values["badges"] = badges

    def _read_notes(self, r: RowResult, row: list[object]) -> None:
        for header, _raw, text in self._cells(row, H.NOTES):
            r.info_notes.append(f"{header}: {' / '.join(V.split_multi(text))}")

    def _no_name(self, row: list[object]) -> str:
        cells = [c for c in row if isinstance(c, str) and c.strip()]
        if cells and all(is_invisible(c) for c in cells):
            return Text(msg.IMPORT_ROW_INVISIBLE)
        names = [row[i] for t in ("first_name", "last_name", H.FULL_NAME)
                 for i, _h in self.by_target.get(t, ()) if i < len(row)]
        if any(isinstance(c, str) and is_invisible(c) for c in names):
            return Text(msg.IMPORT_NAME_INVISIBLE)
        return Text(msg.IMPORT_NO_NAME)

    def _flag_marks(self, r: RowResult, marks: list[Mark]) -> None:
        """What the reading guessed or cleaned in this row (ignored columns aside)."""
        for mark in marks:
            if mark.column is None:
                r.flags.append(Problem("", mark.value, mark.message))
            elif mark.column in self.headers:
                r.flags.append(Problem(self.headers[mark.column], mark.value, mark.message))

    def _birth(self, raw: object) -> tuple[int | None, int, int]:
        year, month, day = D.date_parts(raw, self.conv.date_order, self.conv.date_shapes)
        if year is not None and year < 1900:
            raise Unreadable(Text(msg.VALUE_YEAR_TOO_OLD))
        if year is not None and dt.date(year, month, day) > self.today:
            raise Unreadable(Text(msg.VALUE_IN_FUTURE))
        return year, month, day

    def _staff(self, name: str) -> int | None:
        key = fold(name).strip()
        staff = self.conv.staff
        if key in staff:
            return staff[key]
        found = {sid for n, sid in staff.items() if n.split()[:1] == key.split()[:1]}
        return found.pop() if len(found) == 1 else None

    def _emails(self, r: RowResult, row: list[object]) -> None:
        self._emails_of(r, [cell for target in self.email_targets
                            for cell in self._cells(row, target)])

    def _emails_of(self, r: RowResult, cells: list[tuple[str, object, str]]) -> None:
        """The row's email and other emails from its email cells (header, raw, text)."""
        found: list[str] = []
        for header, _raw, text in cells:
            parts = V.split_multi(text)
            if len(parts) == 1 and text.count("@") > 1:
                parts = [p for p in _EMAIL_SPLIT.split(text) if p]
            for part in parts:
                try:
                    email = V.parse_email(part)
                except Unreadable as exc:
                    r.problems.append(Problem(header, part, why(exc)))
                    continue
                if email.lower() not in (e.lower() for e in found):
                    found.append(email)
        if found:
            r.values["email"] = found[0]
            r.info_notes.extend(f"Other email: {e}" for e in found[1:])

    def _phones(self, r: RowResult, row: list[object]) -> None:
        wanted = self._wanted_phones(row)
        if not wanted:
            return
        reader = V.phone_reader(self._country(r))
        if len(wanted) == 1:  # nearly every row: one number, placed as _place_phones would
            kind, header, text = wanted[0]
            try:
                number = reader.normalise(text)
            except PhoneError as exc:
                r.problems.append(Problem(header, text, why(exc)))
                return
            mobile = kind == "mobile" or (kind == "any" and reader.is_mobile(number))
            r.values["mobile" if mobile else "phone"] = number
            return
        parsed = _read_phones(r, wanted, reader)
        mobile, phone, overflow = _place_phones(parsed, reader.is_mobile)
        if mobile:
            r.values["mobile"] = mobile
        if phone:
            r.values["phone"] = phone
        r.info_notes.extend(f"Other phone: {n}" for n in overflow)

    def _wanted_phones(self, row: list[object]) -> list[tuple[str, str, str]]:
        """(kind, header, text) of every number in the row: kind is mobile, phone, any (decided
        by the number) or extra."""
        wanted: list[tuple[str, str, str]] = []
        for kind, target in self.phone_targets:
            for header, _raw, text in self._cells(row, target):
                wanted.extend((kind, header, part) for part in V.split_multi(text))
        for pair in self.pairs.values():
            value = pair.get("value")
            if not value or value[0] >= len(row) or not (text := cell_text(row[value[0]])):
                continue
            label = ""
            if "type" in pair and pair["type"][0] < len(row):
                label = fold(cell_text(row[pair["type"][0]]) or "")
            wanted.extend((_phone_kind(label), value[1], part) for part in V.split_multi(text))
        return wanted


def _present(targets: tuple[str, ...], has: set[str]) -> list[str]:
    return [t for t in targets if t in has]


def _columns_by_target(matches: list[H.ColumnMatch]
                       ) -> tuple[list[tuple[int, str]], dict[str, list[tuple[int, str]]]]:
    """The columns without a header (kept in the notes, flagged), in column order, and the
    (index, header) of the columns of each target."""
    no_header: list[tuple[int, str]] = []
    by_target: dict[str, list[tuple[int, str]]] = {}
    for m in matches:
        if m.target == H.NOTES and m.how == H.NO_HEADER:
            no_header.append((m.index, m.header))
        elif m.target and m.target != H.IGNORE:
            by_target.setdefault(m.target, []).append((m.index, m.header))
    no_header.sort(key=lambda column: column[0])
    return no_header, by_target


def _phone_pairs(by_target: dict[str, list[tuple[int, str]]]
                 ) -> dict[str, dict[str, tuple[int, str]]]:
    """Takes the "phone_pair:<n>:<value|type>" columns out of by_target, paired by number."""
    pairs: dict[str, dict[str, tuple[int, str]]] = {}
    for target, cols in list(by_target.items()):
        if target.startswith("phone_pair:"):
            _, number, part = target.split(":")
            pairs.setdefault(number, {})[part] = cols[0]
            del by_target[target]
    return pairs


_MOBILE_LABELS = ("mobile", "cell", "movil", "iphone", "portable", "handy", "celular")


def _phone_kind(label: str) -> str:
    """The kind of number a paired column's (folded) type label says it holds."""
    if any(word in label for word in _MOBILE_LABELS):
        return "mobile"
    if "home" in label or "casa" in label:
        return "phone"
    if "work" in label or "fax" in label:
        return "extra"
    return "any"


def _read_phones(r: RowResult, wanted: list[tuple[str, str, str]], reader
                 ) -> list[tuple[str, str]]:
    """(kind, number) of each different number that reads; the others are the row's problems."""
    parsed: list[tuple[str, str]] = []
    for kind, header, text in wanted:
        try:
            number = reader.normalise(text)
        except PhoneError as exc:
            r.problems.append(Problem(header, text, why(exc)))
            continue
        if number not in (n for _k, n in parsed):
            parsed.append((kind, number))
    return parsed


def _place_phones(parsed: list[tuple[str, str]], is_mobile
                  ) -> tuple[str | None, str | None, list[str]]:
    """The mobile, the landline and the numbers left over (kept in the notes)."""
    mobile = phone = None
    for kind, number in parsed:  # explicit mobiles and landlines first
        if kind == "mobile" and mobile is None:
            mobile = number
        elif kind == "phone" and phone is None:
            phone = number
    overflow: list[str] = []
    for kind, number in parsed:
        if number in (mobile, phone):
            continue
        if kind == "any" and mobile is None and is_mobile(number):
            mobile = number
        elif kind != "mobile" and phone is None:
            phone = number
        elif mobile is None and is_mobile(number):
            mobile = number
        elif phone is None:
            phone = number
        else:
            overflow.append(number)
    return mobile, phone, overflow


def date_values(matches: list[H.ColumnMatch], rows: list[list[object]]) -> list[object]:
    """Every value of the file's date columns, to find the file's date order."""
    indexes = [m.index for m in matches if m.target and (
        m.target in ("birth_date", "anniversary", "customer_since", "privacy_accepted_at"))]
    return [row[i] for row in rows for i in indexes if i < len(row) and row[i] is not None]
