"""The words the messages' screens share: channels, categories, statuses and their colours,
why a customer is left out and why a message failed."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QLabel, QWidget

from salon_desk.models import utcnow
from salon_desk.ui import formatting
from salon_desk.ui.i18n import translator
from salon_desk.ui.texts import item_text

_tr = translator("Messages")

# The channels the app sends through, in the composer's order.
SEND_CHANNELS = ("email", "sms", "whatsapp")
# The consent categories a message belongs to.
SEND_CATEGORIES = ("appointments", "marketing")

STATUS_COLOURS = {"queued": "#1e88e5", "scheduled": "#1e88e5", "sending": "#6a1b9a",
                  "sent": "#2e7d32", "failed": "#c62828", "unknown": "#e65100",
                  "cancelled": "#8a8494", "logged": "#6f6a78"}


def every_channel_label() -> dict[str, str]:
    """With the channels of messages staff log (sent by other means): the app sends only by
    SEND_CHANNELS."""
    return {"call": _tr("Phone call"), "in_person": _tr("In person"), "other": _tr("Other"),
            **channel_labels()}


def every_category_label() -> dict[str, str]:
    return {"follow_up": _tr("Follow-up"), "other": _tr("Other"), **category_labels()}


def channel_labels() -> dict[str, str]:
    return {"email": _tr("Email"), "sms": _tr("SMS"), "whatsapp": _tr("WhatsApp")}


def category_labels() -> dict[str, str]:
    return {"appointments": _tr("Appointment information"),
            "marketing": _tr("Promotions and offers")}


def status_labels() -> dict[str, str]:
    """Every status a message may have; "queued" reads "Waiting" (see status_text)."""
    return {"queued": _tr("Waiting to be sent"), "scheduled": _tr("Scheduled"),
            "sending": _tr("Sending"), "sent": _tr("Sent"), "failed": _tr("Failed"),
            "unknown": _tr("Unknown, check"), "cancelled": _tr("Cancelled"),
            "logged": _tr("Logged")}


def kind_labels() -> dict[str, str]:
    return {"manual": _tr("Written by staff"), "reminder": _tr("Appointment reminder"),
            "birthday": _tr("Birthday greeting"), "anniversary": _tr("Anniversary greeting")}


def shown_status(status: str, due_at: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """The status as staff read it: a queued message due later is "scheduled"."""
    if status == "queued" and due_at is not None:
        due = due_at if due_at.tzinfo else due_at.replace(tzinfo=dt.UTC)
        if due > (now or utcnow()):
            return "scheduled"
    return status


def status_text(status: str, due_at: dt.datetime | None = None) -> str:
    shown = shown_status(status, due_at)
    return status_labels().get(shown, shown)


def status_colour(status: str, due_at: dt.datetime | None = None) -> str | None:
    return STATUS_COLOURS.get(shown_status(status, due_at))


def error_text(error: str | None) -> str:
    """A failure's reason, stored as its English catalogue text, in the user's language."""
    return item_text(error) if error else ""


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A grey explanatory line that wraps."""
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def message_html(row) -> str:
    """A message opened: who it went to, when, its status and reason, and its full text (the
    outbox's rows and the Messages tab's alike)."""
    channels, categories = every_channel_label(), every_category_label()
    name, recipient = getattr(row, "customer_name", ""), getattr(row, "recipient", "")
    due, sent = getattr(row, "due_at", None), getattr(row, "sent_at", None)
    to = f"{name} <{recipient}>" if name and recipient else name or recipient
    facts = [
        (_tr("To"), to),
        (_tr("Channel"), channels.get(row.channel, row.channel)),
        (_tr("About"), categories.get(row.category, row.category)),
        (_tr("Status"), status_text(row.status, due)),
        (_tr("Due"), formatting.datetime(due) if due and not sent else ""),
        (_tr("Sent"), formatting.datetime(sent) if sent else ""),
        (_tr("Kind"), kind_labels().get(getattr(row, "kind", ""), "")),
        (_tr("By"), getattr(row, "staff_name", "")),
        (_tr("Reason"), error_text(getattr(row, "error", ""))),
    ]
    lines = "".join(f"<tr><td style='color:#6f6a78;padding-right:12px'>{html.escape(k)}</td>"
                    f"<td>{html.escape(v)}</td></tr>" for k, v in facts if v)
    subject = f"<p><b>{html.escape(row.subject)}</b></p>" if row.subject else ""
    body = html.escape(row.body or "").replace("\n", "<br>")
    return f"<table>{lines}</table>{subject}<p>{body}</p>"
