"""Forgetting a customer from the app: asked twice (and who asked, in between); cannot be
undone. Used by the record's Privacy menu and the privacy review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QWidget

from salon_desk.models.db import Database
from salon_desk.services.privacy.forget import ForgetResult, forget_job
from salon_desk.ui import dialogs, events
from salon_desk.ui.i18n import translator
from salon_desk.ui.tasks import BackgroundTask
from salon_desk.ui.texts import message_text

_tr = translator("Privacy")


def ask_who_asked(parent: QWidget | None) -> str | None:
    """Who asked to be forgotten, and how; None when cancelled (tests replace this)."""
    text, ok = QInputDialog.getText(parent, _tr("Forget this customer"),
                                    _tr("Who asked, and how? (for example: the customer, by "
                                        "email)"))
    return text if ok else None


def forget(parent: QWidget, db: Database, customer_id: int, name: str,
           on_done: Callable[[], None] | None = None) -> BackgroundTask | None:
    """Ask twice, then forget on a worker thread (rewriting the file takes seconds on a large
    database); ``on_done`` once forgotten. None when an answer was no."""
    first = _tr("Forget {0}?\n\nTheir name, contacts, address, birth date, notes, allergies, "
                "photo, signature, documents and every text written about them (care notes, "
                "formulas, messages) are removed for good. Sales and their amounts stay, for "
                "the accounts, under “Forgotten customer”; the consent history stays as "
                "evidence.").format(name)
    if not dialogs.confirm(parent, _tr("Forget this customer"), first, _tr("Continue…")):
        return None
    who = ask_who_asked(parent)
    if who is None:
        return None
    second = _tr("This cannot be undone, not even from a backup made afterwards. Forget {0} "
                 "for good?").format(name)
    if not dialogs.confirm(parent, _tr("Forget this customer"), second,
                           _tr("Forget for good")):
        return None

    def done(result: ForgetResult) -> None:
        events.customers_changed([customer_id])
        events.money_changed([customer_id])
        if on_done is not None:
            on_done()
        dialogs.show_info(parent, _tr("Forget this customer"),
                          _tr("The customer was forgotten (%n document file(s) removed). Their "
                              "sales are kept under “Forgotten customer”.",
                              result.documents_removed))

    task = BackgroundTask(parent, _tr("Forget this customer"),
                          lambda: forget_job(db, customer_id, asked_by=who), writes=True)
    task.finished.connect(done)
    task.failed.connect(lambda exc, _tb: dialogs.show_error(
        parent, _tr("Forget this customer"), message_text(str(exc))))
    return task.start()
