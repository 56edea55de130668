"""Where messages plug into the app's windows (listed in ui.composition):

- the main window: Customers ▸ Outbox…, the customer list's bulk bar "Send message…" (the
  ticked customers, or all the filter shows with its segment criteria), and the sender that
  sends what is due every minute while the app is open;
- the record window: "Send message" on the toolbar, its menu emailing the ticket, the budget or
  the pending appointments as the PDF the app prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton, QWidget

from salon_desk.models.db import Database
from salon_desk.services import printing
from salon_desk.services.customers.views import customer_names
from salon_desk.services.sales import records as sale_records
from salon_desk.services.sales.budgets import list_budgets
from salon_desk.services.schedule.appointments import next_appointment
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.customer_list_filters import is_filtered
from salon_desk.ui.customer_list_page import CustomerListPage
from salon_desk.ui.hosts import MainWindowHost, RecordWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.messages.audience_view import Recipients
from salon_desk.ui.messages.sending import BackgroundSender
from salon_desk.ui.segments.feature import SegmentsInList
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text

if TYPE_CHECKING:
    from salon_desk.ui.messages.composer import ComposerDialog
    from salon_desk.ui.messages.outbox import OutboxDialog

_tr = translator("Messages")


# Start-up: the composer and the outbox are imported when first opened, not with the main
# window: with the queue, the templates' date formats (babel) and the sender's keyring they
# cost about 150 ms of CPU to import (time.process_time after the main window's own imports,
# median of three runs on a 2-core PC). See also ui.composition.
def open_composer(db: Database, recipients: Recipients, parent: QWidget | None = None,
                  **options) -> ComposerDialog:
    from salon_desk.ui.messages.composer import open_composer as open_it  # see Start-up

    return open_it(db, recipients, parent, **options)


def choose_item(parent: QWidget, title: str, label: str, items: Sequence[str]) -> int | None:
    """The index of the item chosen, or None when cancelled (tests replace this)."""
    text, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
    return list(items).index(text) if ok and text in items else None


# --- the main window ------------------------------------------------------------------------
@dataclass
class MessagesInMainWindow:
    sender: BackgroundSender
    outbox_action: QAction
    composer: ComposerDialog | None = None
    outbox: OutboxDialog | None = None
    stopped_action: QAction | None = None  # on the toolbar while sending is stopped


def list_recipients(page: CustomerListPage, segments: SegmentsInList | None) -> Recipients:
    """The bulk bar's customers: the ticked ones, or every one the list shows: the segment's
    criteria when they are the only filter on (read again by the audience, in SQL), everyone
    when no filter is on, else the ids the list's query found."""
    ticked = page.model.checked_ids()
    if ticked:
        return Recipients(ticked, None, _tr("The %n ticked customer(s)", len(ticked)))
    flt = page.current_filter()
    n = page.model.rowCount()
    criteria = segments.criteria if segments and not segments.criteria.is_empty() else None
    if not is_filtered(replace(flt, where=())):
        if criteria is not None:
            return Recipients(None, criteria, _tr("All %n customer(s) the filter shows", n))
        return Recipients(None, None, _tr("All %n customer(s)", n))
    return Recipients(list(page.filtered_ids()), None,
                      _tr("All %n customer(s) the filter shows", n))


def install_main_window(window: MainWindowHost) -> MessagesInMainWindow:
    sender = BackgroundSender(window.db, window)  # type: ignore[arg-type]
    action = QAction(_tr("Outbox…"), window)  # type: ignore[arg-type]
    action.setToolTip(_tr("Messages waiting, scheduled, sent and failed"))
    feature = window.features.add(MessagesInMainWindow(sender, action))

    def show_outbox() -> None:
        if feature.outbox is None:
            from salon_desk.ui.messages.outbox import OutboxDialog  # see Start-up

            feature.outbox = OutboxDialog(window.db, window, sender)  # type: ignore[arg-type]
        feature.outbox.reload()
        feature.outbox.show()
        feature.outbox.raise_()

    def compose() -> None:
        page = window.customer_list
        recipients = list_recipients(page, window.features.get(SegmentsInList))
        feature.composer = open_composer(window.db, recipients, page)

    action.triggered.connect(show_outbox)
    window.menus["customers"].addAction(action)
    window.customer_list.bulk.message_requested.connect(compose)
    feature.stopped_action = QAction(_tr("Messages are not going out"), window)  # type: ignore
    feature.stopped_action.setObjectName("messages_stopped")
    feature.stopped_action.setVisible(False)
    feature.stopped_action.triggered.connect(show_outbox)
    window.toolbar.addAction(feature.stopped_action)
    sender.sent.connect(lambda result: show_stopped(feature.stopped_action, result))
    sender.start()
    return feature


def show_stopped(action: QAction, result) -> None:
    """On the main toolbar while sending is stopped (no password, the server refused it, no
    server set...), its reasons as the tooltip; a click opens the outbox."""
    reasons = [message_text(text) for text in getattr(result, "stopped", []) or []]
    action.setVisible(bool(reasons))
    action.setToolTip("\n".join([*reasons, _tr("Click to open the outbox.")]))


# --- the record window ----------------------------------------------------------------------
@dataclass
class RecordMessageActions:
    send_action: QAction
    menu: QMenu
    composer: ComposerDialog | None = None
    task: BackgroundTask | None = None


def _one(db: Database, customer_id: int) -> Recipients:
    with db.session() as session:
        name = customer_names(session, [customer_id]).get(customer_id, "")
    return Recipients([customer_id], None, name)


def _sales(db: Database, customer_id: int) -> list[tuple[int, str]]:
    """The customer's tickets, latest first: (sale id, what the list says)."""
    with db.session() as session:
        lines = sale_records.list_sale_lines(session, customer_id)
    seen: dict[int, str] = {}
    for line in reversed(lines):
        if line.sale_id not in seen and not line.cancelled:
            seen[line.sale_id] = (f"{line.ticket_number}  ·  {formatting.date(line.sold_at)}"
                                  f"  ·  {formatting.money(line.sale_total_cents)}")
    return list(seen.items())


def _budgets(db: Database, customer_id: int) -> list[tuple[int, str]]:
    with db.session() as session:
        rows = list_budgets(session, customer_id)
    return [(b.id, f"{b.code}  ·  {formatting.date(b.issued_on)}  ·  "
                   f"{formatting.money(b.total_cents)}") for b in reversed(rows)]


def email_document(window: RecordWindowHost, actions: RecordMessageActions, kind: str) -> None:
    """Build the PDF the app prints (off the UI thread), then the composer with it attached."""
    db, customer_id = window.db, window.customer_id
    title = _tr("Email a document")
    object_id, number = customer_id, ""
    if kind in ("ticket", "budget"):
        choices = _sales(db, customer_id) if kind == "ticket" else _budgets(db, customer_id)
        if not choices:
            dialogs.show_info(window, title, _tr("This customer has no tickets.")
                              if kind == "ticket" else _tr("This customer has no budgets."))
            return
        index = choose_item(window, title, _tr("Which ticket?") if kind == "ticket"
                            else _tr("Which budget?"), [text for _, text in choices])
        if index is None:
            return
        object_id, number = choices[index][0], choices[index][1].split()[0]
    elif not _has_upcoming(db, customer_id):
        dialogs.show_info(window, title, _tr("This customer has no pending appointments."))
        return
    task = BackgroundTask(window, _tr("Preparing the document…"),  # type: ignore[arg-type]
                          lambda: printing.render_steps(db.session, kind, object_id))
    task.finished.connect(lambda pdf: _compose_with(window, actions, kind, number, pdf))
    task.failed.connect(lambda exc, _tb: dialogs.show_error(window, title,
                                                            message_text(str(exc))))
    actions.task = task
    task.start()


def _has_upcoming(db: Database, customer_id: int) -> bool:
    with db.session() as session:
        return next_appointment(session, customer_id) is not None


def document_texts(kind: str, number: str) -> tuple[str, str, str]:
    """File name, subject and text of the email that carries a document."""
    if kind == "ticket":
        return (f"ticket-{number}.pdf", _tr("Your ticket {0}").format(number),
                _tr("Hello {first_name},\n\nYour ticket is attached. Thank you for your "
                    "visit!\n\n{salon_name}"))
    if kind == "budget":
        return (f"budget-{number}.pdf", _tr("Your budget {0}").format(number),
                _tr("Hello {first_name},\n\nThe budget we talked about is attached. Any "
                    "question, call us at {salon_phone}.\n\n{salon_name}"))
    return ("appointments.pdf", _tr("Your appointments"),
            _tr("Hello {first_name},\n\nYour next appointments are attached. See you "
                "soon!\n\n{salon_name}"))


def _compose_with(window: RecordWindowHost, actions: RecordMessageActions, kind: str,
                  number: str, pdf: bytes) -> None:
    filename, subject, body = document_texts(kind, number)
    actions.composer = open_composer(window.db, _one(window.db, window.customer_id),
                                     window,  # type: ignore[arg-type]
                                     channel="email", category="appointments", subject=subject,
                                     body=body, attachments=[(filename, pdf)])


def install_record_window(window: RecordWindowHost) -> RecordMessageActions:
    send = QAction(_tr("Send message…"), window)  # type: ignore[arg-type]
    send.setObjectName("send_message")
    send.setToolTip(_tr("Send or schedule an email, SMS or WhatsApp to this customer"))
    menu = QMenu(window)  # type: ignore[arg-type]
    actions = window.features.add(RecordMessageActions(send, menu))

    def compose() -> None:
        actions.composer = open_composer(window.db, _one(window.db, window.customer_id),
                                         window)  # type: ignore[arg-type]

    send.triggered.connect(compose)
    menu.addAction(_tr("Send a message…"), compose)
    menu.addSeparator()
    for kind, text in (("ticket", _tr("Email the ticket…")),
                       ("budget", _tr("Email the budget…")),
                       ("appointments", _tr("Email the pending appointments…"))):
        menu.addAction(text, lambda k=kind: email_document(window, actions, k))
    window.toolbar.addAction(send)
    button = window.toolbar.widgetForAction(send)
    if isinstance(button, QToolButton):
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    return actions
