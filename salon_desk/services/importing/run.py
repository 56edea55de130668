"""The import itself: one transaction, Core bulk inserts, progress as a generator.

``import_customers`` yields ``(done, total, message)`` for ui.tasks.BackgroundTask and returns an
``ImportResult``. Everything is written in one transaction: closing the generator (cancel) or
any error rolls the whole import back. New customers are written with Core bulk inserts in
batches, with the search index kept in step (sort_name and write_index).
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
from salon_desk.models.db import Database
from salon_desk.models.search_index import fold, sort_name, write_index
from salon_desk.services import error_texts as msg
from salon_desk.services.customers.records import COLUMN_FIELDS, CustomerData
from salon_desk.services.errors import SalonError
from salon_desk.services.importing import values as V
from salon_desk.services.importing.bulk import (
    BulkInserter,
    index_new_customers,
    quick_sort_name,
)
from salon_desk.services.importing.mapping import FileAnalysis, forget_mapping, save_mapping
from salon_desk.services.importing.matching import ImportOptions, Matcher, conventions
from salon_desk.services.importing.rejected import rejected_path, write_rejected
from salon_desk.services.importing.rows import RowConverter, RowResult
from salon_desk.services.importing.undo_data import to_json
from salon_desk.services.texts import Text

BATCH = 2000
REBUILD_INDEXES_FROM = 10000  # new customers
CHECK_BADGE_KEY = "import_check"
CHECK_BADGE_NAME = msg.BADGE_CHECK_IMPORT
_DEFAULTS = {name: getattr(CustomerData(), name) for name in COLUMN_FIELDS}
_COLUMNS = set(COLUMN_FIELDS)
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
    total = len(analysis.rows) * 2 + 1
    try:
        with db.transaction() as session:
            yield from _run(session, analysis, options, result, total)
            if options.dry_run:
                raise _DryRun
    except _DryRun:
        result.batch_id = None
    return result


def _run(session: Session, analysis: FileAnalysis, options: ImportOptions,
         result: ImportResult, total: int) -> Generator[tuple[int, int, str], None, None]:
    conn = session.connection()
    now = utcnow()
    conv = conventions(session, analysis, options)
    if analysis.date_order_needed and not conv.date_order:
        raise DatesNeedOrder(Text(msg.IMPORT_DATES_NEED_ORDER))
    if options.save_mapping:
        save_mapping(session, analysis)
    elif options.forget_mapping:
        forget_mapping(session, analysis)
    converter = RowConverter(analysis.matches, conv, analysis.marks)
    converted: list[RowResult] = []
    for i, (row, line) in enumerate(zip(analysis.rows, analysis.lines, strict=True)):
        converted.append(converter.convert(row, line))
        if i % 1000 == 999:
            yield i + 1, total, "Reading rows…"
    result.rows = len(converted)
    matcher = Matcher(conn)
    file_ids = [r.values["id"] for r in converted if isinstance(r.values.get("id"), int)]
    taken = set(matcher.all_ids)
    keep_ids = _unique_free(file_ids, taken)
    next_id = max([0, *taken, *keep_ids]) + 1
    created: dict[int, RowResult] = {}
    updates: list[tuple[int, RowResult]] = []
    rejected: list[tuple[RowResult, str]] = []
    stamp = options.user or _os_user()
    day = dt.date.today().isoformat()
    for r in converted:
        v = r.values
        if r.example:
            result.skipped += 1
            result.skipped_rows.append((r.line, Text(msg.SKIPPED_EXAMPLE)))
            continue
        if r.fatal:
            rejected.append((r, r.fatal))
            continue
        if r.problems and options.on_bad_value == "reject":
            rejected.append((r, Text.joined(p.describe() for p in r.problems)))
            continue
        match = matcher.find(v) if options.on_duplicate != "new" else None
        if match and options.on_duplicate == "skip":
            result.skipped += 1
            result.skipped_rows.append((r.line, Text(msg.SKIPPED_MATCH, why=match[1],
                                                     id=match[0])))
            continue
        if match:
            updates.append((match[0], r))
            continue
        if v.get("id") in keep_ids:
            cid = v["id"]
        else:
            while next_id in taken:
                next_id += 1
            cid = next_id
            next_id += 1
        taken.add(cid)
        created[cid] = r
        matcher.add(cid, v)
    names = _names_to_ids(session, created.values(), [r for _c, r in updates],
                          options.on_bad_value == "keep")
    done = len(converted)
    yield done, total, "Saving customers…"
    ids = list(created)
    writer = _Writer(conn, V.phone_reader(conv.country))
    # Moving a whole salon in: building the customers' indexes once at the end is faster than
    # growing them row by row. SQLite's DDL is part of the transaction: a cancel restores them.
    indexes = (list(Customer.__table__.indexes)
               if len(ids) >= REBUILD_INDEXES_FROM and len(ids) >= len(matcher.all_ids) else [])
    for index in indexes:
        index.drop(conn)
    for start in range(0, len(ids), BATCH):
        chunk = [(cid, created[cid]) for cid in ids[start:start + BATCH]]
        _insert_batch(writer, chunk, names, now, day)
        done += len(chunk)
        yield done, total, "Saving customers…"
    for index in indexes:
        index.create(conn)
    result.imported = len(created)
    result.kept_in_notes = sum(1 for r in created.values() if r.problems)
    result.flagged = sum(1 for r in created.values() if r.flags)
    batch = ImportBatch(file_name=str(analysis.path)[:260], imported_by=stamp[:120],
                        imported_at=now, options=options.to_json())
    session.add(batch)
    session.flush()
    result.batch_id = batch.id
    changed = _apply_updates(conn, updates, created, names, now, day, result)
    yield done, total, "Updating customers…"
    records = [{"batch_id": batch.id, "customer_id": cid, "created": True, "previous": None,
                "stamp": now} for cid in ids]
    records += [{"batch_id": batch.id, "customer_id": cid, "created": False, "previous": prev,
                 "stamp": now} for cid, prev in changed.items()]
    BulkInserter(conn, ImportedCustomer.__table__, list(records[0]) if records else []
                 ).insert(records)
    result.rejected = len(rejected)
    result.rejected_rows = [(r.line, why) for r, why in rejected]
    if rejected and not options.dry_run:  # a dry run writes nothing, not even this file
        result.errors_file = rejected_path(analysis.path, options.errors_dir)
    batch.rows, batch.imported, batch.updated = result.rows, result.imported, result.updated
    batch.skipped, batch.rejected = result.skipped, result.rejected
    batch.options = {**options.to_json(), "sheet": analysis.sheet_name,
                     "errors_file": str(result.errors_file) if result.errors_file else None}
    session.flush()
    if result.errors_file:
        write_rejected(result.errors_file, analysis, rejected)
    yield total, total, "Done"


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


def problem_lines(r: RowResult, day: str) -> list[str]:
    """The notes lines keeping what could not be read, and what was guessed or cleaned."""
    lines = [f"[Import {day}] Unreadable {p.column}: '{p.value}' ({p.message})"
             for p in r.problems]
    for p in r.flags:
        where = f"Check {p.column}" if p.column else "Check"
        lines.append(f"[Import {day}] {where}: '{p.value}' ({p.message})" if p.value
                     else f"[Import {day}] {where}: {p.message}")
    return lines


def _row_dict(cid: int, r: RowResult, names: dict, now: dt.datetime, day: str) -> dict:
    v = r.values
    row = _DEFAULTS.copy()
    for name, value in v.items():
        if name in _COLUMNS:
            row[name] = value
    notes = [row["notes"]] if row["notes"] else []
    notes += r.info_notes + problem_lines(r, day)
    row["notes"] = "\n".join(notes)
    if category := v.get("category"):
        row["category_id"] = names["categories"][fold(category)]
    row.update(id=cid, sort_name=quick_sort_name(row["first_name"], row["last_name"]),
               created_at=now, updated_at=now, last_visit_at=None, balance_cents=0,
               merged_into_id=None)
    return row


class _Writer:
    def __init__(self, conn, phones) -> None:
        self.conn = conn
        self.phones = phones
        self.customers = BulkInserter(conn, Customer.__table__, list(Customer.__table__.c.keys()))


def _insert_batch(writer: _Writer, chunk: list[tuple[int, RowResult]], names: dict,
                  now: dt.datetime, day: str) -> None:
    conn = writer.conn
    rows = [_row_dict(cid, r, names, now, day) for cid, r in chunk]
    writer.customers.insert(rows)
    consents, events, badge_rows = [], [], []
    for cid, r in chunk:
        for (category, channel), granted in r.values.get("consents", {}).items():
            consents.append({"customer_id": cid, "category": category, "channel": channel,
                             "granted": granted, "changed_at": now})
            events.append({"customer_id": cid, "category": category, "channel": channel,
                           "granted": granted, "at": now, "source": "import"})
        badge_ids = {names["badges"][fold(n)] for n in r.values.get("badges", ())}
        if (r.problems or r.flags) and names["check"]:
            badge_ids.add(names["check"])
        badge_rows += [{"customer_id": cid, "badge_id": b} for b in badge_ids]
    if consents:
        conn.execute(insert(CustomerConsent.__table__), consents)
        conn.execute(insert(ConsentEvent.__table__), events)
    if badge_rows:
        conn.execute(insert(customer_badges), badge_rows)
    index_new_customers(conn, rows, writer.phones.digits)


def _empty(name: str, value) -> bool:
    return value in (None, "") or (name == "gender" and value == "unspecified")


def _apply_updates(conn, updates: list[tuple[int, RowResult]], created: dict[int, RowResult],
                   names: dict, now: dt.datetime, day: str, result: ImportResult
                   ) -> dict[int, dict]:
    """Fill empty fields of matched customers; returns {id: previous values} for undo."""
    existing_ids = sorted({cid for cid, _r in updates if cid not in created})
    table = Customer.__table__
    current: dict[int, dict] = {}
    for start in range(0, len(existing_ids), 5000):
        chunk = existing_ids[start:start + 5000]
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
            current[row.id] = dict(row._mapping)
    have_badges: dict[int, set[int]] = {}
    have_consents: dict[int, set[tuple[str, str]]] = {}
    for start in range(0, len(existing_ids), 5000):
        chunk = existing_ids[start:start + 5000]
        for cid, bid in conn.execute(select(customer_badges.c.customer_id,
                                            customer_badges.c.badge_id).where(
                customer_badges.c.customer_id.in_(chunk))):
            have_badges.setdefault(cid, set()).add(bid)
        ct = CustomerConsent.__table__.c
        for cid, cat, ch in conn.execute(select(ct.customer_id, ct.category, ct.channel).where(
                ct.customer_id.in_(chunk))):
            have_consents.setdefault(cid, set()).add((cat, ch))
    previous: dict[int, dict] = {}
    new_badges, new_consents, touched = [], [], set()
    for cid, r in updates:
        if cid in created:  # a second row of the file for a customer this import creates
            _fill_created(created[cid], r)
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
        badge_ids = {names["badges"][fold(n)] for n in r.values.get("badges", ())}
        if (r.problems or r.flags) and names["check"]:
            badge_ids.add(names["check"])
        added = badge_ids - have_badges.setdefault(cid, set())
        if added:
            have_badges[cid] |= added
            prev.setdefault("_badges_added", []).extend(sorted(added))
            new_badges += [{"customer_id": cid, "badge_id": b} for b in sorted(added)]
        consents_added = 0
        for (category, channel), granted in r.values.get("consents", {}).items():
            if (category, channel) not in have_consents.setdefault(cid, set()):
                have_consents[cid].add((category, channel))
                prev.setdefault("_consents_added", []).append([category, channel])
                new_consents.append({"customer_id": cid, "category": category,
                                     "channel": channel, "granted": granted})
                consents_added += 1
        if changes or added or consents_added:
            touched.add(cid)
            result.updated += 1
            result.flagged += bool(r.flags)
        else:
            result.skipped += 1
            result.skipped_rows.append((r.line, Text(msg.SKIPPED_NOTHING, id=cid)))
    previous = {cid: prev for cid, prev in previous.items() if cid in touched}
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
            {**{k: bindparam(f"v_{k}") for k in fields}, "updated_at": bindparam("v_updated_at")})
        conn.execute(stmt, params)
    if new_badges:
        conn.execute(insert(customer_badges), new_badges)
    if new_consents:
        conn.execute(insert(CustomerConsent.__table__),
                     [{**c, "changed_at": now} for c in new_consents])
        conn.execute(insert(ConsentEvent.__table__),
                     [{**c, "at": now, "source": "import"} for c in new_consents])
    write_index(conn, [SimpleNamespace(**current[cid]) for cid in touched])
    return previous


def _fills(row: dict, r: RowResult, names: dict, day: str) -> dict:
    v = r.values
    changes = {}
    for name in _FILLABLE:
        if name in v and _empty(name, row[name]) and v[name] not in (None, ""):
            changes[name] = v[name]
    if "gender" in v and _empty("gender", row["gender"]) and v["gender"] != "unspecified":
        changes["gender"] = v["gender"]
    if v.get("birth_month") and not row["birth_month"]:
        changes.update(birth_year=v.get("birth_year"), birth_month=v["birth_month"],
                       birth_day=v["birth_day"])
    elif (v.get("birth_year") and not row["birth_year"]
          and (row["birth_month"], row["birth_day"]) == (v["birth_month"], v["birth_day"])):
        changes["birth_year"] = v["birth_year"]
    if not row["discount_percent"] and v.get("discount_percent"):
        changes["discount_percent"] = v["discount_percent"]
    if (category := v.get("category")) and row["category_id"] is None:
        changes["category_id"] = names["categories"][fold(category)]
    extra = r.info_notes + problem_lines(r, day)
    if not row["notes"] and (v.get("notes") or extra):
        changes["notes"] = "\n".join([*([v["notes"]] if v.get("notes") else []), *extra])
    elif r.problems or r.flags:  # an unreadable value is never dropped, even on a filled record
        changes["notes"] = "\n".join([row["notes"], *problem_lines(r, day)])
    if ("first_name" in changes or "last_name" in changes):
        changes["sort_name"] = sort_name(changes.get("first_name", row["first_name"]),
                                         changes.get("last_name", row["last_name"]))
    return changes


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
