"""Messages to customers: the log of every message, the outbox, who may receive, templates.

The names of the former single module are re-exported here, so `from salon_desk.services.messages
import MessageData` keeps working; the parts live in their own modules (log, audience, templates,
queue, outbox_rows, sms_length, and the sending side: smtp, sms, secrets, sender, automatic).
"""

from salon_desk.services.messages.log import (
    CATEGORIES,
    CHANNELS,
    STATUS_LABELS,
    MessageData,
    MessageRow,
    delete_logged_message,
    list_messages,
    log_message,
)

__all__ = ["CATEGORIES", "CHANNELS", "STATUS_LABELS", "MessageData", "MessageRow",
           "delete_logged_message", "list_messages", "log_message"]
