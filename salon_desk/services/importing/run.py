"""The import itself: one transaction, Core bulk inserts, progress as a generator.

``import_customers`` yields ``(done, total, message)`` for ui.tasks.BackgroundTask and returns an
``ImportResult``. Everything is written in one transaction: closing the generator (cancel) or
any error rolls the whole import back. New customers are written in batches a column at a
time, with the search index kept in step (services.importing.new_customers).
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from salon_desk.models import (
    Badge,
    ConsentEvent,
    Customer,
    CustomerCategory,
    CustomerConsent,
    ImportBatch,
    ImportedCustomer,
    customer_badges,
    utcnow,
)
from salon_desk.models import search_words
from salon_desk.models.db import Database
from salon_desk.models.search_index import set_bulk_indexing, sort_name, write_index
from salon_desk.services import audit, notify
from salon_desk.services import error_texts as msg
from salon_desk.services.backups.making import BEFORE_IMPORT, backup_before
from salon_desk.services.errors import SalonError
from salon_desk.services.importing import values as V
from salon_desk.services.importing.bulk import (
    BulkInserter,
    fewer_gc_passes,
    hold_customers,
    search_indexes_set_aside,
)
from salon_desk.services.importing.mapping import FileAnalysis, forget_mapping, save_mapping
from salon_desk.services.importing.new_customers import (
    Writer,
    badge_ids,
    insert_batch,
    problem_lines,
)
from salon_desk.services.importing.matching import ImportOptions, Matcher, conventions
from salon_desk.services.importing.rejected import rejected_path, write_rejected
from salon_desk.services.importing.rows import RowConverter, RowResult
from salon_desk.services.importing.undo_data import to_json
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold

BATCH = 2000
CONVERT_BLOCK = 2000  # rows converted a column at a time between two progress steps
REBUILD_INDEXES_FROM = 10000  # new customers
CHECK_BADGE_KEY = "import_check"
CHECK_BADGE_NAME = msg.BADGE_CHECK_IMPORT
# Fields an update may fill when the customer has them empty (booleans are never "empty").
_FILLABLE = ("first_name", "last_name", "email", "mobile", "phone", "street", "city", "postcode",
             "region", "country", "referral_source", "external_id", "anniversary",
             "customer_since", "preferred_staff_id", "allergies", "privacy_accepted_at")


class DatesNeedOrder(SalonError):
    """Dates in the file read both day-first and month-first: the user must choose."""


class _DryRun(Exception):
    pass


@dataclass
class ImportResult:
    file: str
    rows: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    kept_in_notes: int = 0  # rows imported with an unreadable value kept in their notes
    errors_file: Path | None = None
    batch_id: int | None = None
    dry_run: bool = False
    skipped_rows: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    rejected_rows: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[Text] = field(default_factory=list)  # about the file (a stray quote...)
    flagged: int = 0  # customers with a value guessed or cleaned ("Check import" badge)

    def to_json(self) -> dict:
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated,
                "skipped": self.skipped, "rejected": self.rejected,
                "errors_file": str(self.errors_file) if self.errors_file else None,
                "kept_in_notes": self.kept_in_notes, "flagged": self.flagged,
                "warnings": [str(w) for w in self.warnings], "batch_id": self.batch_id,
                "dry_run": self.dry_run}


def import_customers(db: Database, analysis: FileAnalysis, options: ImportOptions
                     ) -> Generator[tuple[int, int, str], None, ImportResult]:
    result = ImportResult(file=str(analysis.path), dry_run=options.dry_run,
                          warnings=list(analysis.warnings))
    if not options.dry_run:
        with db.session() as session:
            backup_before(session, BEFORE_IMPORT)  # no copy, no import
    total = len(analysis.rows) * 2 + 1
    try:
        with fewer_gc_passes(), db.transaction() as session:
            notify.quietly(session, "customers")  # one notice at the commit, not one a row
            yield from _run(session, analysis, options, result, total)
            if options.dry_run:
                raise _DryRun
    except _DryRun:
        result.batch_id = None
    return result


@dataclass
class _Plan:
    """What the import will do, decided before anything is written."""
    created: dict[int, RowResult] = field(default_factory=dict)  # new customer id -> row
    updates: list[tuple[int, RowResult]] = field(default_factory=list)  # (matched id, row)
    rejected: list[tuple[RowResult, str]] = field(default_factory=list)  # (row, why)
    customers_after: int = 0  # customers in the database once the new ones are in


def _run(session: Session, analysis: FileAnalysis, options: ImportOptions,
         result: ImportResult, total: int) -> Generator[tuple[int, int, str], None, None]:
    """Plan, then write: the rows are read and sorted into new, matched, skipped and rejected
    without writing anything; then the plan is written."""
    conn = session.connection()
    now = utcnow()
    conv = conventions(session, analysis, options)
    if analysis.date_order_needed and not conv.date_order:
        raise DatesNeedOrder(Text(msg.IMPORT_DATES_NEED_ORDER))
    converted = yield from _convert(analysis, conv, total)
    result.rows = len(converted)
    if not options.dry_run:  # from the plan to the commit (held only once the rows are read)
        hold_customers(conn)
    plan = _plan(conn, converted, options, result)
    if options.save_mapping:
        save_mapping(session, analysis)
    elif options.forget_mapping:
        forget_mapping(session, analysis)
    yield from _write(session, analysis, options, plan, result, _Moment(now), total,
                      V.phone_reader(conv.country))


def _convert(analysis: FileAnalysis, conv, total: int
             ) -> Generator[tuple[int, int, str], None, list[RowResult]]:
    converter = RowConverter(analysis.matches, conv, analysis.marks)
    converted: list[RowResult] = []
    rows, lines = analysis.rows, analysis.lines
    for start in range(0, len(rows), CONVERT_BLOCK):
        end = start + CONVERT_BLOCK
        converted += converter.convert_many(rows[start:end], lines[start:end])
        yield len(converted), total, "Reading rows…"
    return converted


def _plan(conn, converted: list[RowResult], options: ImportOptions,
          result: ImportResult) -> _Plan:
    """Each row's fate; skipped rows are counted in the result as they are found."""
    matcher = Matcher(conn)
    ids = _NewIds(converted, matcher.all_ids)
    plan = _Plan()
    for r in converted:
        fate, detail = _fate(r, matcher, options)
        if fate == "skip":
            result.skipped += 1
            result.skipped_rows.append((r.line, detail))
        elif fate == "reject":
            plan.rejected.append((r, detail))
        elif fate == "update":
            plan.updates.append((detail, r))
        else:
            cid = ids.take(r.values.get("id"))
            plan.created[cid] = r
            matcher.add(cid, r.values)  # a later row of the file may match it
    plan.customers_after = len(matcher.all_ids)
    return plan


def _fate(r: RowResult, matcher: Matcher, options: ImportOptions) -> tuple[str, object]:
    """("skip" | "reject", why), ("update", the matched customer's id) or ("create", None)."""
    if r.example:
        return "skip", Text(msg.SKIPPED_EXAMPLE)
    if r.fatal:
        return "reject", r.fatal
    if r.problems and options.on_bad_value == "reject":
        return "reject", Text.joined(p.describe() for p in r.problems)
    match = matcher.find(r.values) if options.on_duplicate != "new" else None
    if match and options.on_duplicate == "skip":
        return "skip", Text(msg.SKIPPED_MATCH, why=match[1], id=match[0])
    if match:
        return "update", match[0]
    return "create", None


class _NewIds:
    """Numbers for the new customers: the file's own when it is unique in the file and free,
    otherwise the next free one."""

    def __init__(self, converted: list[RowResult], all_ids: set[int]) -> None:
        file_ids = [r.values["id"] for r in converted if isinstance(r.values.get("id"), int)]
        self.taken = set(all_ids)
        self.keep = _unique_free(file_ids, self.taken)
        self.next = max([0, *self.taken, *self.keep]) + 1

    def take(self, wanted: int | None) -> int:
        if wanted in self.keep:
            cid = wanted
        else:
            while self.next in self.taken:
                self.next += 1
            cid = self.next
            self.next += 1
        self.taken.add(cid)
        return cid


@dataclass
class _Moment:
    """When the import is written: one time stamp and the day that dates its notes."""
    now: dt.datetime
    day: str = field(default_factory=lambda: dt.date.today().isoformat())


def _write(session: Session, analysis: FileAnalysis, options: ImportOptions, plan: _Plan,
           result: ImportResult, when: _Moment, total: int, phones
           ) -> Generator[tuple[int, int, str], None, None]:
    conn = session.connection()
    created = plan.created
    names = _names_to_ids(session, created.values(), [r for _c, r in plan.updates],
                          options.on_bad_value == "keep")
    done = result.rows
    for cid, r in plan.updates:  # later rows of the file for customers it creates: theirs
        if cid in created:  # before they are written (_apply_updates says so for each row)
            _fill_created(created[cid], r)
    yield done, total, "Saving customers…"
    yield from _insert_new(Writer(conn, phones), plan, names, when, done, total)
    done += len(created)
    result.imported = len(created)
    result.kept_in_notes = sum(1 for r in created.values() if r.problems)
    result.flagged = sum(1 for r in created.values() if r.flags)
    stamp = options.user or _os_user()
    batch = ImportBatch(file_name=str(analysis.path)[:260], imported_by=stamp[:120],
                        imported_at=when.now, options=options.to_json())
    session.add(batch)
    session.flush()
    result.batch_id = batch.id
    changed = _apply_updates(conn, plan.updates, created, names, when.now, when.day, result)
    yield done, total, "Updating customers…"
    _record_batch(conn, batch.id, list(created), changed, when.now)
    _close_batch(batch, analysis, options, plan, result)
    session.flush()
    audit.record(session, audit.IMPORT, entity="import_batches", entity_id=batch.id,
                 detail=_summary(analysis, result, stamp))
    if result.errors_file:
        write_rejected(result.errors_file, analysis, plan.rejected)
    yield total, total, "Done"


def _summary(analysis: FileAnalysis, result: ImportResult, stamp: str) -> str:
    """The import's one audit row (never a row per customer: an import may bring 100,000)."""
    return (f"{Path(analysis.path).name}: {result.rows} row(s), {result.imported} added, "
            f"{result.updated} updated, {result.skipped} skipped, {result.rejected} rejected"
            f" (as {stamp})")


def _insert_new(writer: Writer, plan: _Plan, names: dict, when: _Moment, done: int,
                total: int) -> Generator[tuple[int, int, str], None, None]:
    created = plan.created
    ids = list(created)
    # Moving a whole salon in: building the customers' indexes once at the end is faster than
    # growing them row by row. SQLite's DDL is part of the transaction: a cancel restores them.
    indexes = (list(Customer.__table__.indexes)
               if len(ids) >= REBUILD_INDEXES_FROM and len(ids) >= plan.customers_after else [])
    for index in indexes:
        index.drop(writer.conn)
    bulk = len(ids) >= BATCH
    if bulk:
        set_bulk_indexing(writer.conn, True)
    with search_indexes_set_aside(writer.conn, bool(indexes)):
        for start in range(0, len(ids), BATCH):
            chunk = [(cid, created[cid]) for cid in ids[start:start + BATCH]]
            insert_batch(writer, chunk, names, when.now, when.day)
            done += len(chunk)
            yield done, total, "Saving customers…"
    if bulk:
        set_bulk_indexing(writer.conn, False)
    for index in indexes:
        index.create(writer.conn)
    # The close-match words of the new customers, from what was written (models.search_words)
    search_words.add_new_customers(writer.conn, ids, writer.names, writer.emails)


def _record_batch(conn, batch_id: int, created_ids: list[int], changed: dict[int, dict],
                  now: dt.datetime) -> None:
    """Which customers the batch created and which it changed (with their previous values)."""
    table = ImportedCustomer.__table__
    records = BulkInserter(conn, table, ["batch_id", "customer_id", "created", "previous",
                                         "stamp"])
    records.insert_columns(len(created_ids), {"batch_id": batch_id, "customer_id": created_ids,
                                              "created": True, "previous": None, "stamp": now})
    records.insert_columns(len(changed), {"batch_id": batch_id, "customer_id": list(changed),
                                          "created": False, "previous": list(changed.values()),
                                          "stamp": now})


def _close_batch(batch: ImportBatch, analysis: FileAnalysis, options: ImportOptions,
                 plan: _Plan, result: ImportResult) -> None:
    """The rejected rows and the batch's final counts."""
    result.rejected = len(plan.rejected)
    result.rejected_rows = [(r.line, why) for r, why in plan.rejected]
    if plan.rejected and not options.dry_run:  # a dry run writes nothing, not even this file
        result.errors_file = rejected_path(analysis.path, options.errors_dir)
    batch.rows, batch.imported, batch.updated = result.rows, result.imported, result.updated
    batch.skipped, batch.rejected = result.skipped, result.rejected
    batch.options = {**options.to_json(), "sheet": analysis.sheet_name,
                     "errors_file": str(result.errors_file) if result.errors_file else None}


def _unique_free(file_ids: list[int], taken: set[int]) -> set[int]:
    seen: dict[int, int] = {}
    for i in file_ids:
        seen[i] = seen.get(i, 0) + 1
    return {i for i, n in seen.items() if n == 1 and i not in taken}


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001  no login name (some services): still record the import
        return ""


def _names_to_ids(session: Session, created, updated, keep_mode: bool) -> dict:
    """Category and badge ids by folded name, creating the ones the file brings."""
    wanted_categories, wanted_badges = {}, {}
    flag = False
    for r in [*created, *updated]:
        if name := r.values.get("category"):
            wanted_categories.setdefault(fold(name), name)
        for name in r.values.get("badges", ()):
            wanted_badges.setdefault(fold(name), name)
        flag = flag or (keep_mode and bool(r.problems)) or bool(r.flags)
    categories = {fold(n): i for i, n in session.execute(
        select(CustomerCategory.id, CustomerCategory.name))}
    for key, name in wanted_categories.items():
        if key not in categories:
            category = CustomerCategory(name=name[:80])
            session.add(category)
            session.flush()
            categories[key] = category.id
    badges = {fold(n): i for i, n in session.execute(select(Badge.id, Badge.name))}
    position = len(badges) + 20
    for key, name in wanted_badges.items():
        if key not in badges:
            badge = Badge(name=name[:80], position=position)
            position += 1
            session.add(badge)
            session.flush()
            badges[key] = badge.id
    check = None
    if flag:
        check = session.scalar(select(Badge.id).where(Badge.key == CHECK_BADGE_KEY))
        if check is None:
            badge = Badge(key=CHECK_BADGE_KEY, name=CHECK_BADGE_NAME, colour="#ef6c00",
                          icon="!", position=position)
            session.add(badge)
            session.flush()
            check = badge.id
    return {"categories": categories, "badges": badges, "check": check}


def _empty(name: str, value) -> bool:
    return value in (None, "") or (name == "gender" and value == "unspecified")


def _in_chunks(ids: list[int], size: int = 5000):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _current_rows(conn, ids: list[int]) -> dict[int, dict]:
    table = Customer.__table__
    current: dict[int, dict] = {}
    for chunk in _in_chunks(ids):
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
            current[row.id] = dict(row._mapping)
    return current


class _Links:
    """The badges and consents matched customers have, and the ones the import adds."""

    def __init__(self, conn, ids: list[int]) -> None:
        self.badges: dict[int, set[int]] = {}
        self.consents: dict[int, set[tuple[str, str]]] = {}
        ct = CustomerConsent.__table__.c
        for chunk in _in_chunks(ids):
            for cid, bid in conn.execute(select(customer_badges.c.customer_id,
                                                customer_badges.c.badge_id).where(
                    customer_badges.c.customer_id.in_(chunk))):
                self.badges.setdefault(cid, set()).add(bid)
            for cid, cat, ch in conn.execute(select(ct.customer_id, ct.category, ct.channel
                                                    ).where(ct.customer_id.in_(chunk))):
                self.consents.setdefault(cid, set()).add((cat, ch))
        self.new_badges: list[dict] = []
        self.new_consents: list[dict] = []

    def add_badges(self, cid: int, badge_ids: set[int], prev: dict) -> set[int]:
        added = badge_ids - self.badges.setdefault(cid, set())
        if added:
            self.badges[cid] |= added
            prev.setdefault("_badges_added", []).extend(sorted(added))
            self.new_badges += [{"customer_id": cid, "badge_id": b} for b in sorted(added)]
        return added

    def add_consents(self, cid: int, consents: dict, prev: dict) -> int:
        added = 0
        for (category, channel), granted in consents.items():
            if (category, channel) not in self.consents.setdefault(cid, set()):
                self.consents[cid].add((category, channel))
                prev.setdefault("_consents_added", []).append([category, channel])
                self.new_consents.append({"customer_id": cid, "category": category,
                                          "channel": channel, "granted": granted})
                added += 1
        return added

    def write(self, conn, now: dt.datetime) -> None:
        if self.new_badges:
            conn.execute(insert(customer_badges), self.new_badges)
        if self.new_consents:
            conn.execute(insert(CustomerConsent.__table__),
                         [{**c, "changed_at": now} for c in self.new_consents])
            conn.execute(insert(ConsentEvent.__table__),
                         [{**c, "at": now, "source": "import"} for c in self.new_consents])


def _apply_updates(conn, updates: list[tuple[int, RowResult]], created: dict[int, RowResult],
                   names: dict, now: dt.datetime, day: str, result: ImportResult
                   ) -> dict[int, dict]:
    """Fill empty fields of matched customers; returns {id: previous values} for undo."""
    existing_ids = sorted({cid for cid, _r in updates if cid not in created})
    current = _current_rows(conn, existing_ids)
    links = _Links(conn, existing_ids)
    previous: dict[int, dict] = {}
    touched = set()
    for cid, r in updates:
        if cid in created:  # a later row for a customer this import created (filled by _write)
            result.skipped += 1
            result.skipped_rows.append(
                (r.line, Text(msg.SKIPPED_ADDED, row=created[cid].line)))
            continue
        row = current[cid]
        prev = previous.setdefault(cid, {})
        changes = _fills(row, r, names, day)
        for name, value in changes.items():
            prev.setdefault(name, to_json(row[name]))
            row[name] = value
        added = links.add_badges(cid, badge_ids(r, names), prev)
        consents_added = links.add_consents(cid, r.values.get("consents", {}), prev)
        if changes or added or consents_added:
            touched.add(cid)
            result.updated += 1
            result.flagged += bool(r.flags)
        else:
            result.skipped += 1
            result.skipped_rows.append((r.line, Text(msg.SKIPPED_NOTHING, id=cid)))
    previous = {cid: prev for cid, prev in previous.items() if cid in touched}
    _update_rows(conn, current, previous, touched, now)
    links.write(conn, now)
    write_index(conn, [SimpleNamespace(**current[cid]) for cid in touched])
    return previous


def _update_rows(conn, current: dict[int, dict], previous: dict[int, dict], touched: set[int],
                 now: dt.datetime) -> None:
    """One UPDATE per set of changed fields, executed for all the customers it fits."""
    table = Customer.__table__
    groups: dict[tuple[str, ...], list[dict]] = {}
    for cid in touched:
        row = current[cid]
        fields = tuple(sorted(k for k in previous[cid] if not k.startswith("_")))
        params = {f"v_{k}": row[k] for k in fields}
        params["v_updated_at"] = now
        params["b_id"] = cid
        groups.setdefault(fields, []).append(params)
        row["updated_at"] = now
    for fields, params in groups.items():
        stmt = update(table).where(table.c.id == bindparam("b_id")).values(
            {**{k: bindparam(f"v_{k}") for k in fields}, "updated_at": bindparam("v_updated_at"),
             "version": table.c.version + 1})  # a form open on the customer must not save over
        conn.execute(stmt, params)


def _fills(row: dict, r: RowResult, names: dict, day: str) -> dict:
    v = r.values
    changes = {}
    for name in _FILLABLE:
        if name in v and _empty(name, row[name]) and v[name] not in (None, ""):
            changes[name] = v[name]
    if "gender" in v and _empty("gender", row["gender"]) and v["gender"] != "unspecified":
        changes["gender"] = v["gender"]
    changes.update(_birth_fills(row, v))
    if not row["discount_percent"] and v.get("discount_percent"):
        changes["discount_percent"] = v["discount_percent"]
    if (category := v.get("category")) and row["category_id"] is None:
        changes["category_id"] = names["categories"][fold(category)]
    changes.update(_notes_fill(row, r, day))
    if ("first_name" in changes or "last_name" in changes):
        changes["sort_name"] = sort_name(changes.get("first_name", row["first_name"]),
                                         changes.get("last_name", row["last_name"]))
    return changes


def _birth_fills(row: dict, v: dict) -> dict:
    """The birthday when the customer has none, or its year when only the year is missing."""
    if v.get("birth_month") and not row["birth_month"]:
        return {"birth_year": v.get("birth_year"), "birth_month": v["birth_month"],
                "birth_day": v["birth_day"]}
    if (v.get("birth_year") and not row["birth_year"]
            and (row["birth_month"], row["birth_day"]) == (v["birth_month"], v["birth_day"])):
        return {"birth_year": v["birth_year"]}
    return {}


def _notes_fill(row: dict, r: RowResult, day: str) -> dict:
    v = r.values
    extra = r.info_notes + problem_lines(r, day)
    if not row["notes"] and (v.get("notes") or extra):
        return {"notes": "\n".join([*([v["notes"]] if v.get("notes") else []), *extra])}
    if r.problems or r.flags:  # an unreadable value is never dropped, even on a filled record
        return {"notes": "\n".join([row["notes"], *problem_lines(r, day)])}
    return {}


def _fill_created(target: RowResult, r: RowResult) -> None:
    tv = target.values
    for name, value in r.values.items():
        if name == "consents":
            for key, granted in value.items():
                tv.setdefault("consents", {}).setdefault(key, granted)
        elif name == "badges":
            tv["badges"] = [*tv.get("badges", []), *(b for b in value
                                                    if b not in tv.get("badges", []))]
        elif _empty(name, tv.get(name)):
            tv[name] = value
    target.info_notes += r.info_notes
    target.problems += r.problems
    target.flags += r.flags
