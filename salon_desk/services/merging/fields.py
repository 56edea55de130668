"""Which value each field of a merged customer takes: the proposal the merge dialog shows,
and what a merge without the dialog (the command line) takes.

For every field that differs between the records, the most informative value is preselected:
an empty or "unspecified" value is no choice at all (a gender over "unspecified", a discount
over none), the most complete one wins ("Ana María" over "Ana", a full birth date over a day
and month, a whole address over a postcode), and among equally complete ones the value of the
most recently updated record. A few fields follow a rule of their own: the larger discount;
blocked and "do not send" reminders or birthday greetings win (the safer choice); marketing
messages, off unless the person opted in, are on when a record opted in unless a record holds
a refusal of promotions in its consent; the earliest "customer since" and the latest visit
are kept, balances are added up. Notes and allergies are never chosen: they are combined,
each source under a header. docs/duplicates.md lists the rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_desk.models import ConsentCategory, Customer, CustomerConsent, CustomerMedia, Gender
from salon_desk.text.fold import fold

Row = dict[str, Any]


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # English; the UI translates it
    columns: tuple[str, ...]
    # complete, largest, latest, any_true, all_true, opt_in, earliest, kept_first, blocked,
    # media
    rule: str = "complete"


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("first_name", "First name", ("first_name",)),
    FieldSpec("last_name", "Last name", ("last_name",)),
    FieldSpec("email", "Email", ("email",)),
    FieldSpec("mobile", "Mobile", ("mobile",)),
    FieldSpec("phone", "Phone", ("phone",)),
    FieldSpec("gender", "Gender", ("gender",)),
    FieldSpec("birth_date", "Date of birth", ("birth_year", "birth_month", "birth_day")),
    FieldSpec("anniversary", "Anniversary", ("anniversary",)),
    FieldSpec("address", "Address", ("street", "postcode", "city", "region", "country")),
    FieldSpec("preferred_staff_id", "Preferred staff", ("preferred_staff_id",)),
    FieldSpec("referral_source", "Referred by", ("referral_source",)),
    FieldSpec("external_id", "External ID", ("external_id",), "kept_first"),
    FieldSpec("category_id", "Category", ("category_id",)),
    FieldSpec("discount_percent", "Discount", ("discount_percent",), "largest"),
    FieldSpec("customer_since", "Customer since", ("customer_since",), "earliest"),
    FieldSpec("privacy_accepted_at", "Privacy policy accepted", ("privacy_accepted_at",),
              "latest"),
    FieldSpec("notify_reminders", "Appointment reminders", ("notify_reminders",), "all_true"),
    FieldSpec("notify_birthday", "Birthday greetings", ("notify_birthday",), "all_true"),
    FieldSpec("notify_marketing", "Marketing messages", ("notify_marketing",), "opt_in"),
    FieldSpec("active", "Active", ("active",), "any_true"),
    FieldSpec("blocked", "Blocked", ("blocked", "blocked_reason"), "blocked"),
    FieldSpec("photo", "Photo", (), "media"),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
# Values that say nothing about the person: offered as no choice, like an empty value.
UNKNOWN = {"gender": {Gender.UNSPECIFIED.value}}
# Fields never chosen but combined from every record.
COMBINED = ("notes", "allergies")


@dataclass
class Option:
    customer_id: int
    value: Any  # a column value, or a tuple of them for grouped fields
    text: str  # how the dialog shows it


@dataclass
class FieldProposal:
    spec: FieldSpec
    options: list[Option]  # one per record that has a value, distinct values only
    chosen: int  # customer id whose value is preselected
    differs: bool  # False when every record agrees (nothing to choose)
    values: dict[int, Any] = field(default_factory=dict)  # every record's value, empty or not


@dataclass
class MergeProposal:
    keep_id: int
    other_ids: list[int]
    records: dict[int, Row]  # customer id -> column values
    fields: list[FieldProposal]
    notes: str  # the combined texts, as they will be saved
    allergies: str
    balance_cents: int
    counts: dict[str, int] = field(default_factory=dict)  # what moves: label -> rows
    consents: list[tuple[str, str, bool, int]] = field(default_factory=list)  # cat, ch, on, src

    def choice(self, key: str) -> int:
        return next(f.chosen for f in self.fields if f.spec.key == key)


def display(spec: FieldSpec, value: Any, names: dict[str, dict[int, str]] | None = None) -> str:
    """A value as the dialog shows it (English for yes/no; the UI may translate)."""
    if spec.key == "birth_date":
        return _birthday_text(value)
    if spec.key == "address":
        return _address_text(value)
    if spec.key == "blocked":
        blocked, reason = value
        return f"Blocked: {reason}" if blocked else "Not blocked"
    if spec.key == "photo":
        return "Photo" if value else ""
    if spec.key in ("preferred_staff_id", "category_id") and names:
        return names.get(spec.key, {}).get(value, "") if value else ""
    return _plain_text(value)


def _birthday_text(value: tuple) -> str:
    year, month, day = value
    if not (month and day):
        return ""
    return f"{day:02d}/{month:02d}/{year}" if year else f"{day:02d}/{month:02d}"


def _address_text(value: tuple) -> str:
    street, postcode, city, region, country = value
    place = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (street, place, region, country) if p)


def _plain_text(value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return f"{value.normalize():f} %" if value else ""
    return "" if value is None else str(value)


def _value(spec: FieldSpec, row: Row, media: dict[int, str]) -> Any:
    if spec.key == "photo":
        return media.get(row["id"], "")
    if len(spec.columns) == 1:
        return row[spec.columns[0]]
    return tuple(row[c] for c in spec.columns)


def _empty(spec: FieldSpec, value: Any) -> bool:
    if spec.key == "photo":
        return not value
    if spec.key == "birth_date":
        return not (value[1] and value[2])
    if spec.key == "address":
        return not any(value)
    if spec.key == "blocked":
        return False
    if isinstance(value, bool):
        return False
    if isinstance(value, Decimal):
        return value == 0
    return value is None or value == "" or value in UNKNOWN.get(spec.key, ())


class _Completeness:
    """How full and well written each of a field's values is, next to the other values.

    Built once per field: every value is folded (case and accents removed) once, so choosing
    among n records costs work in proportion to n, not n squared (a merge of 3,000 records
    used to fold 9.7 million texts)."""

    def __init__(self, spec: FieldSpec, values: list[Any]) -> None:
        self.spec = spec
        if spec.key == "address":
            texts = [" ".join(v for v in value if v) for value in values]
        else:
            texts = [v if isinstance(v, str) else None for v in values]
        self.texts = dict(zip(map(_key, values), texts, strict=True))
        self.folded = {t: fold(t) for t in texts if t is not None}
        # how many values read the same once folded
        self.same: dict[str, int] = {}
        for t in texts:
            if t is not None:
                f = self.folded[t]
                self.same[f] = self.same.get(f, 0) + 1
        self.lengths = sorted({len(f) for f in self.same})

    def __call__(self, value: Any) -> tuple:
        """Higher for the fuller, better written of several versions of one value."""
        spec = self.spec
        if spec.key == "birth_date":
            return (sum(1 for v in value if v),)
        text = self.texts.get(_key(value))
        if spec.key == "address":
            return (sum(1 for v in value if v), *self._writing(text))
        if text is None:
            return ()
        # "Ana María" holds "Ana"; "García López" holds "García"
        holds = self._holds(self.folded[text])
        # a checked international number over a raw one
        checked = spec.key in ("mobile", "phone") and text.startswith("+")
        # a real first name over a misspelt one ("Pelagia" over "Pelgia")
        known = spec.key == "first_name" and _known_name(text)
        return (holds, checked, known, *self._writing(text))

    def _holds(self, mine: str) -> bool:
        """Whether another value, folded, is a part of this one (folded)."""
        shorter = [n for n in self.lengths if n < len(mine)]
        # Look up every piece of this value of a length some other value has, or compare with
        # every other value: whichever is less work.
        if sum(len(mine) - n + 1 for n in shorter) < len(self.same):
            return any(mine[i:i + n] in self.same for n in shorter
                       for i in range(len(mine) - n + 1))
        return any(f != mine and f in mine for f in self.same)

    def _writing(self, text: str) -> tuple[bool, int]:
        """(not in capitals, accents) counted only against versions that read the same:
        "Noemí García" over "NOEMI GARCIA" or "Noemi Garcia"."""
        if self.same.get(self.folded[text], 0) < 2:
            return (True, 0)
        return (not text.isupper(), _marks(text))


def _key(value: Any) -> Any:
    """A value as a dictionary key (values of one field are all hashable but for lists)."""
    return tuple(value) if isinstance(value, list) else value


def _marks(text: str) -> int:
    import unicodedata

    return sum(1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch))


def _known_name(text: str) -> bool:
    from salon_desk.services.duplicates.normalise import known_first_names
    from salon_desk.text.fold import fold_words

    words = fold_words(text).split()
    return bool(words) and words[0] in known_first_names()


def _stamp(row: Row) -> dt.datetime:
    stamp = row.get("updated_at") or row.get("created_at")
    return stamp or dt.datetime.min.replace(tzinfo=dt.UTC)


def propose_field(spec: FieldSpec, rows: list[Row], keep_id: int,
                  media: dict[int, str], no_marketing: frozenset[int] = frozenset()
                  ) -> FieldProposal:
    """The options for one field and the one preselected. ``no_marketing``: the records whose
    consent refuses promotions (see marketing_refusals)."""
    values = [(row["id"], _value(spec, row, media), row) for row in rows]
    by_value = {cid: value for cid, value, _row in values}
    options = _options(spec, values)
    if not options:
        return FieldProposal(spec, [], keep_id, False, by_value)
    by_id = {cid: row for cid, _value, row in values}

    def recency(o: Option) -> tuple[dt.datetime, bool]:
        """Newer records first; on a tie, the kept one."""
        return _stamp(by_id[o.customer_id]), o.customer_id == keep_id

    said_no = any(cid in no_marketing for cid, _value, _row in values)
    chosen = _preselect(spec, options, keep_id, recency, said_no)
    return FieldProposal(spec, options, chosen, len(options) > 1, by_value)


def _options(spec: FieldSpec, values: list[tuple[int, Any, Row]]) -> list[Option]:
    """Each different value once, in the records' order; empty ones only for yes/no rules."""
    options: list[Option] = []
    seen: set[Any] = set()
    for cid, value, _row in values:
        if _empty(spec, value) and spec.rule not in ("any_true", "all_true", "blocked"):
            continue
        if _key(value) in seen:
            continue
        seen.add(_key(value))
        options.append(Option(cid, value, display(spec, value)))
    return options


def _preselect(spec: FieldSpec, options: list[Option], keep_id: int, recency,
               said_no: bool) -> int:
    """The record whose value the field's rule prefers."""
    if spec.rule == "kept_first":
        # An ID stays the kept record's own; the others' stay on their tombstones.
        mine = [o for o in options if o.customer_id == keep_id]
        return (mine or options)[0].customer_id
    if spec.rule == "earliest":
        return min(options, key=lambda o: (o.value, o.customer_id != keep_id)).customer_id
    if spec.rule in ("latest", "largest"):
        # The latest date; the larger discount (the salon granted it to this person, who
        # will expect it at the till; the dialog shows the other to choose instead).
        return max(options, key=lambda o: (o.value, *recency(o))).customer_id
    if spec.rule in ("any_true", "blocked"):
        # Active if any record is; blocked if any record is (the reason kept with it).
        wanted = [o for o in options if (o.value[0] if spec.rule == "blocked" else o.value)]
        return max(wanted or options, key=recency).customer_id
    if spec.rule == "all_true":
        # "Do not send" on any record wins: the person said no somewhere.
        refused = [o for o in options if not o.value]
        return max(refused or options, key=recency).customer_id
    if spec.rule == "opt_in":
        # Off is the default, so off alone says nothing and an opt-in wins. But a record whose
        # consent refuses promotions said no, and a refusal wins over any opt-in.
        return next((o.customer_id for o in options if bool(o.value) != said_no),
                    options[0].customer_id)
    completeness = _Completeness(spec, [o.value for o in options])
    return max(options, key=lambda o: (completeness(o.value), *recency(o))).customer_id

# How a merge without the dialog (salon-desk merge) chooses the kept record's field values.
KEEP = "keep"  # the kept record's values stay (notes, allergies, balance... still combine)
FILL_EMPTY = "fill_empty"  # the kept record's values, other records' where it has none
INFORMATIVE = "informative"  # the dialog's preselection, field by field
UNATTENDED = (KEEP, FILL_EMPTY, INFORMATIVE)


def unattended_choices(proposal: MergeProposal, how: str = KEEP) -> dict[str, int]:
    """Per field key, the record whose value the kept record takes in a merge nobody
    reviews: ``how`` is KEEP, FILL_EMPTY or INFORMATIVE."""
    if how not in UNATTENDED:
        raise ValueError(f"how: one of {', '.join(UNATTENDED)}")
    keep = proposal.keep_id
    choices = {}
    for fp in proposal.fields:
        # An empty value is never an option, so the kept record is empty when none is its own.
        empty = not any(o.customer_id == keep for o in fp.options)
        take = how == INFORMATIVE or (how == FILL_EMPTY and empty)
        choices[fp.spec.key] = fp.chosen if take and fp.options else keep
    return choices


@dataclass
class FieldOutcome:
    """What a field of the kept record becomes."""

    spec: FieldSpec
    before: Any  # the kept record's value
    after: Any
    source: int  # the record the value comes from
    left: list[tuple[int, Any]]  # the other values not taken: (record, value)

    @property
    def changed(self) -> bool:
        return self.before != self.after


def outcomes(proposal: MergeProposal, choices: dict[str, int]) -> list[FieldOutcome]:
    """Field by field, the kept record's value before and after a merge with these choices
    (record ids), and the values of other records left out."""
    keep = proposal.keep_id
    out = []
    for fp in proposal.fields:
        source = choices.get(fp.spec.key, fp.chosen)
        before = fp.values.get(keep)
        after = fp.values.get(source, before)
        left = [(o.customer_id, o.value) for o in fp.options if o.value != after]
        out.append(FieldOutcome(fp.spec, before, after, source, left))
    return out


def combine_text(rows: list[Row], column: str, keep_id: int,
                 today: dt.date | None = None) -> str:
    """The kept record's text, then each other record's under a header naming it.

    A text already contained in what is kept is not repeated."""
    today = today or dt.date.today()
    kept = next(r for r in rows if r["id"] == keep_id)
    parts = [(kept[column] or "").strip()]
    # Every part so far in one text, each after a NUL: a text without NUL found in it lies
    # within one part. One search per record instead of one per record and part.
    everything = "\0" + parts[0]
    for row in rows:
        if row["id"] == keep_id:
            continue
        text = (row[column] or "").strip()
        if not text or (text in everything if "\0" not in text
                        else any(text in p for p in parts)):
            continue
        name = " ".join(p for p in (row["first_name"], row["last_name"]) if p)
        parts.append(f"[From #{row['id']} {name}, merged {today.isoformat()}]\n{text}")
        everything += "\0" + parts[-1]
    return "\n\n".join(p for p in parts if p)


def read_rows(session: Session, ids: list[int]) -> dict[int, Row]:
    table = Customer.__table__
    return {row["id"]: dict(row) for row in session.execute(
        select(table).where(table.c.id.in_(ids))).mappings()}


def media_flags(session: Session, ids: list[int]) -> dict[int, str]:
    """A short fingerprint of each record's photo ("" for none): equal photos compare equal."""
    import hashlib

    return {cid: hashlib.sha1(photo).hexdigest()[:12] if photo else ""
            for cid, photo in session.execute(
                select(CustomerMedia.customer_id, CustomerMedia.photo)
                .where(CustomerMedia.customer_id.in_(ids)))}


def signed_records(session: Session, ids: list[int]) -> set[int]:
    """The records that hold a signature of the privacy policy."""
    return set(session.scalars(select(CustomerMedia.customer_id).where(
        CustomerMedia.customer_id.in_(ids), CustomerMedia.signature.is_not(None))))


def marketing_refusals(session: Session, ids: list[int]) -> frozenset[int]:
    """The records whose consent matrix refuses promotions: refused on a channel and granted
    on none. Their "no marketing" is the person's answer, not the default."""
    granted: dict[int, set[bool]] = {}
    for cid, value in session.execute(
            select(CustomerConsent.customer_id, CustomerConsent.granted).where(
                CustomerConsent.customer_id.in_(ids),
                CustomerConsent.category == ConsentCategory.MARKETING.value)):
        granted.setdefault(cid, set()).add(bool(value))
    return frozenset(cid for cid, answers in granted.items() if answers == {False})


def propose_fields(session: Session, keep_id: int, other_ids: list[int]
                   ) -> tuple[dict[int, Row], list[FieldProposal]]:
    ids = [keep_id, *other_ids]
    rows = read_rows(session, ids)
    ordered = [rows[i] for i in ids]
    media = media_flags(session, ids)
    no_marketing = marketing_refusals(session, ids)
    return rows, [propose_field(spec, ordered, keep_id, media, no_marketing) for spec in FIELDS]
