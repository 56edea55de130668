"""Who a message reaches, before it is sent: how many will receive it and, for each customer left
out, why ("no marketing consent by SMS", "blocked", "no email").

The audience is decided by services.messages.audience.decide (every rule of consent, switches,
status and address, in SQL); a few hundred customers are decided at once, more off the UI thread
(ui.tasks.BackgroundTask without a dialog).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salon_desk.models.db import Database
from salon_desk.services.customers.views import customer_names
from salon_desk.services.jobs import Job
from salon_desk.services.messages import audience
from salon_desk.services.segments.criteria import Criteria
from salon_desk.ui.i18n import translator
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.table_model import Column, RowsModel, make_table

_tr = translator("Messages")

DECIDE_HERE_UP_TO = 500  # customers decided on the UI thread; more on the thread pool
LISTED_NAMES = 2000  # excluded customers listed by name; the rest are counted by reason


@dataclass
class Recipients:
    """Who the composer was opened for: customer ids, or segment criteria (with ids None), or
    everyone (both None)."""

    customer_ids: list[int] | None = None
    criteria: Criteria | None = None
    description: str = ""

    def size_hint(self) -> int | None:
        return None if self.customer_ids is None else len(self.customer_ids)


@dataclass
class ExcludedRow:
    customer_id: int
    name: str
    reason: str  # shown, translated


@dataclass
class Decided:
    channel: str
    category: str
    eligible: list[tuple[int, str]] = field(default_factory=list)
    excluded: list[ExcludedRow] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)  # code -> count
    names: dict[int, str] = field(default_factory=dict)  # the first eligible ones' names


def decide_job(db: Database, recipients: Recipients, channel: str, category: str
               ) -> Job[tuple[audience.Audience, dict[int, str]]]:
    """The audience and the names to show (the excluded ones listed, the first recipients)."""
    yield 0, 0, "Finding who can receive the message…"
    with db.session() as session:
        decided = audience.decide(session, channel, category, recipients.customer_ids,
                                  criteria=recipients.criteria)
        wanted = [e.customer_id for e in decided.excluded[:LISTED_NAMES]]
        wanted += [cid for cid, _ in decided.eligible[:50]]
        names = customer_names(session, wanted) if wanted else {}
    return decided, names


def reason_text(code: str, channel: str, category: str) -> str:
    return message_text(audience.reason_text(code, channel, category))


def to_decided(found: audience.Audience, names: dict[int, str], channel: str,
               category: str) -> Decided:
    reasons = Counter(e.reason for e in found.excluded)
    texts: dict[str, str] = {}
    rows = []
    for e in found.excluded[:LISTED_NAMES]:
        if e.reason not in texts:
            texts[e.reason] = reason_text(e.reason, channel, category)
        rows.append(ExcludedRow(e.customer_id, names.get(e.customer_id, f"#{e.customer_id}"),
                                texts[e.reason]))
    return Decided(channel, category, list(found.eligible), rows, reasons, names)


class AudienceView(QWidget):
    """The count, the reasons summed up, and the list of who is left out and why."""

    decided = Signal(object)  # a Decided

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result: Decided | None = None
        self._task: BackgroundTask | None = None
        self._asked: tuple | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audienceCount")
        self.count_label.setStyleSheet("font-weight: 600;")
        self.count_label.setWordWrap(True)
        self.reasons_label = QLabel(self)
        self.reasons_label.setObjectName("muted")
        self.reasons_label.setWordWrap(True)
        self.model = RowsModel([Column(_tr("Left out"), lambda r: r.name, 180),
                                Column(_tr("Why"), lambda r: r.reason, 260)], self)
        self.table = make_table(self.model, self, scroll_per_pixel=False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.count_label)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.table, 1)

    def refresh(self, recipients: Recipients, channel: str, category: str,
                here: bool | None = None) -> None:
        """Decide again (channel, category or recipients changed)."""
        asked = (id(recipients), channel, category)
        self._asked = asked
        if self._task is not None and self._task.running:
            self._task.cancel()
        self.count_label.setText(_tr("Counting…"))
        size = recipients.size_hint()
        if here is None:
            here = size is not None and size <= DECIDE_HERE_UP_TO
        task = BackgroundTask(self, _tr("Finding who can receive the message"),
                              lambda: decide_job(self.db, recipients, channel, category),
                              show_dialog=False)
        task.finished.connect(
            lambda found, a=asked: self._found(a, found, channel, category))
        task.failed.connect(lambda exc, _tb: self.count_label.setText(message_text(str(exc))))
        self._task = task
        task.start(here=here)

    def _found(self, asked: tuple, found, channel: str, category: str) -> None:
        if asked != self._asked:
            return  # an older question
        self.show_decided(to_decided(*found, channel, category))

    def show_decided(self, result: Decided) -> None:
        self.result = result
        n, left_out = len(result.eligible), sum(result.reasons.values())
        self.count_label.setText(_tr("%n customer(s) will receive it", n) + "  ·  "
                                 + _tr("%n left out", left_out))
        self.reasons_label.setText("  ·  ".join(
            f"{reason_text(code, result.channel, result.category)}: "
            f"{QLocale().toString(count)}" for code, count in result.reasons.most_common()))
        self.reasons_label.setVisible(bool(result.reasons))
        self.model.set_rows(result.excluded)
        self.table.setVisible(bool(result.excluded))
        self.decided.emit(result)


def describe(ids: Iterable[int], names: Callable[[list[int]], dict[int, str]]) -> str:
    """"Ana García" for one customer, "3 customers" for more."""
    ids = list(ids)
    if len(ids) == 1:
        return names(ids).get(ids[0], "")
    return _tr("%n customer(s)", len(ids))
