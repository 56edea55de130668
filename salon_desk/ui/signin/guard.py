"""Actions a role may not take, shown disabled with a tooltip saying who may; shown again as
soon as someone who may signs in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from salon_desk.services import permissions
from salon_desk.ui.texts import message_text


class _SignInEvents(QObject):
    changed = Signal()  # someone signed in or out


_events = _SignInEvents()


def signed_in_changed() -> None:
    _events.changed.emit()


def when_signed_in_changed(slot) -> None:
    """Call ``slot`` whenever someone signs in or out (a view showing what a role may see)."""
    _events.changed.connect(slot)


def who_may_text(action: str) -> str:
    """"Only the owner may delete customers", translated."""
    return message_text(permissions.refusal(action))


def guard(target: QAction | QWidget, action: str, *, hide: bool = False) -> None:
    """Enable ``target`` only for whoever may take ``action``; otherwise its tooltip says who
    may. ``hide``: hidden instead, for a button its own view enables and disables (with the
    selection). The service refuses it anyway: this only saves a click."""
    own_tip = target.toolTip()

    def apply() -> None:
        allowed = permissions.may(action)
        if hide:
            target.setVisible(allowed)
            return
        target.setEnabled(allowed)
        target.setToolTip(own_tip if allowed else who_may_text(action))

    apply()
    _events.changed.connect(apply)
    target.destroyed.connect(lambda *_: _disconnect(apply))


def _disconnect(apply) -> None:
    try:
        _events.changed.disconnect(apply)
    except (RuntimeError, TypeError):
        pass
