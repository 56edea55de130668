"""The at-risk / lapsed mark: a small coloured pill shown in the record and the list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from salon_desk.services import insights
from salon_desk.ui.care.common import tr

# status -> (text colour, background, border)
COLOURS = {insights.AT_RISK: ("#b26a00", "#fff4e0", "#f1d19a"),
           insights.LAPSED: ("#c62828", "#fdecea", "#f3b6b0"),
           insights.OK: ("#2e7d32", "#e8f5e9", "#b9dfbb"),
           insights.NEW: ("#6f6a78", "#f1eff4", "#d9d4e0")}


def status_labels() -> dict[str, str]:
    return {insights.AT_RISK: tr("At risk"), insights.LAPSED: tr("Lapsed"),
            insights.OK: tr("Regular"), insights.NEW: tr("No visits yet")}


def mark_style(status: str) -> str:
    fg, bg, border = COLOURS.get(status, COLOURS[insights.NEW])
    return (f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {border}; "
            "border-radius: 9px; padding: 1px 9px; font-weight: 600; }")


class RiskMark(QLabel):
    """Shows a RiskStatus; hidden for regular and new customers unless ``always`` is set."""

    def __init__(self, parent: QWidget | None = None, always: bool = False) -> None:
        super().__init__(parent)
        self.always = always
        self.status: str | None = None
        self.hide()

    def set_risk(self, risk: insights.RiskStatus | None) -> None:
        self.status = risk.status if risk else None
        if risk is None or (not self.always and risk.status not in (insights.AT_RISK,
                                                                     insights.LAPSED)):
            self.hide()
            return
        self.setText(status_labels()[risk.status])
        self.setStyleSheet(mark_style(risk.status))
        self.setToolTip(risk.reason)
        self.show()
