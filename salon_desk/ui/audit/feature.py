"""Tools ▸ Audit trail… in the main window: disabled, its tooltip saying who may, for whoever
may not see the audit trail. The window itself is imported when first opened (start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salon_desk.services import permissions
from salon_desk.ui.hosts import MainWindowHost
from salon_desk.ui.i18n import translator
from salon_desk.ui.signin.guard import guard

if TYPE_CHECKING:
    from salon_desk.ui.audit.window import AuditWindow

_tr = translator("Audit")


class AuditFeature:
    def __init__(self, host: MainWindowHost) -> None:
        self.host = host
        self.window: AuditWindow | None = None
        menu = host.menus["tools"]
        self.action = menu.addAction(_tr("Audit trail…"), self.open)
        self.action.setObjectName("audit_trail")
        self.action.setToolTip(_tr("Who changed what and when, for every customer, sale and "
                                   "setting; check that nobody changed the trail"))
        guard(self.action, permissions.SEE_AUDIT)

    def open(self) -> AuditWindow:
        from salon_desk.ui.audit.window import open_audit_window  # see ui.composition Start-up

        self.window = open_audit_window(self.host.db, self.host)  # type: ignore[arg-type]
        return self.window


def install(host: MainWindowHost) -> AuditFeature:
    return host.features.add(AuditFeature(host))
