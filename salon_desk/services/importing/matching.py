"""Options of an import, the conventions a file is read with, and finding existing customers."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from salon_desk.models import Customer, Staff
from salon_desk.models.search_index import sort_name
from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.importing.bulk import quick_sort_name
from salon_desk.services.importing.exact import own_export
from salon_desk.services.importing.mapping import FileAnalysis
from salon_desk.services.importing.rows import Conventions
from salon_desk.services.importing.values import m_means_female
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold

DUPLICATE_POLICIES = ("skip", "update", "new")
BAD_VALUE_POLICIES = ("keep", "reject")
DATE_ORDERS = ("dmy", "mdy", "ymd")


@dataclass
class ImportOptions:
    country: str | None = None  # for phone numbers without a country code; None: the salon's
    on_duplicate: str = "skip"  # a row matching an existing customer: skip | update | new
    on_bad_value: str = "keep"  # a value that cannot be understood: keep (in notes) | reject
    date_order: str | None = None  # dmy | mdy | ymd; None: as found in the file
    dry_run: bool = False
    errors_dir: Path | None = None  # where the rejected-rows file goes (default: beside the file)
    save_mapping: bool = False  # remember the columns' mapping for files with these headers
    forget_mapping: bool = False  # drop a mapping saved earlier for these headers
    user: str | None = None  # who imports (default: the operating-system user)

    def __post_init__(self) -> None:
        if self.on_duplicate not in DUPLICATE_POLICIES:
            raise ValueError(f"on_duplicate must be one of {DUPLICATE_POLICIES}")
        if self.on_bad_value not in BAD_VALUE_POLICIES:
            raise ValueError(f"on_bad_value must be one of {BAD_VALUE_POLICIES}")
        if self.date_order is not None and self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {DATE_ORDERS}")

    def to_json(self) -> dict:
        data = asdict(self)
        data["errors_dir"] = str(self.errors_dir) if self.errors_dir else None
        return data


def conventions(session: Session, analysis: FileAnalysis, options: ImportOptions,
                now: dt.datetime | None = None) -> Conventions:
    country = (options.country or settings.get(session, settings.DEFAULT_COUNTRY)).upper()
    gender_cols = [m.index for m in analysis.matches if m.target == "gender"]
    genders = [row[i] for row in analysis.rows for i in gender_cols if i < len(row)]
    staff = {fold(name).strip(): sid for sid, name in session.execute(
        select(Staff.id, Staff.name).order_by(Staff.active.desc(), Staff.id))}
    return Conventions(
        country=country,
        date_order=options.date_order or analysis.date_order,
        # The user's explicit order wins over what some of the file's dates suggest.
        date_shapes={} if options.date_order else dict(analysis.date_shapes),
        decimal_comma=analysis.decimal_comma,
        own_export=own_export(analysis),
        m_is_female=m_means_female(genders, country),
        staff=staff,
        now=now or dt.datetime.now().astimezone(),
    )


class Matcher:
    """Existing customers by external ID, email and mobile (and by ID with the same name)."""

    def __init__(self, conn: Connection | None = None) -> None:
        self.external: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.mobile: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.all_ids: set[int] = set()
        if conn is None:
            return
        c = Customer.__table__.c
        for cid, email, mobile, external, sname, merged in conn.execute(select(
                c.id, c.email, c.mobile, c.external_id, c.sort_name, c.merged_into_id)):
            self.all_ids.add(cid)
            if merged is None:
                self.names[cid] = sname
                self._register(cid, email, mobile, external)

    def _register(self, cid: int, email, mobile, external) -> None:
        if external:
            self.external.setdefault(external.strip().casefold(), cid)
        if email:
            self.email.setdefault(email.strip().lower(), cid)
        if mobile:
            self.mobile.setdefault(mobile, cid)

    def find(self, values: dict) -> tuple[int, str] | None:
        cid = values.get("id")
        if cid in self.names and self.names[cid] == sort_name(
                values.get("first_name"), values.get("last_name")):
            return cid, Text(msg.WHY_SAME_ID)
        if (external := values.get("external_id")) and (
                found := self.external.get(str(external).strip().casefold())):
            return found, Text(msg.WHY_SAME_EXTERNAL_ID)
        if (email := values.get("email")) and (found := self.email.get(email.lower())):
            return found, Text(msg.WHY_SAME_EMAIL)
        if (mobile := values.get("mobile")) and (found := self.mobile.get(mobile)):
            return found, Text(msg.WHY_SAME_MOBILE)
        return None

    def add(self, cid: int, values: dict) -> None:
        self.all_ids.add(cid)
        self.names.setdefault(cid, quick_sort_name(values.get("first_name"),
                                                   values.get("last_name")))
        self._register(cid, values.get("email"), values.get("mobile"), values.get("external_id"))
