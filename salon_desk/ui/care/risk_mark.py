"""The at-risk / lapsed mark: a small coloured pill shown in the record and the list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from salon_desk.services.care import insights
from salon_desk.ui.care.common import tr

# status -> (text colour, background, border)
COLOURS = {insights.AT_RISK: ("#b26a00", "#fff4e0", "#f1d19a"),
           insights.LAPSED: ("#c62828", "#fdecea", "#f3b6b0"),
           insights.OK: ("#2e7d32", "#e8f5e9", "#b9dfbb"),
           insights.NEW: ("#6f6a78", "#f1eff4", "#d9d4e0")}


def status_labels() -> dict[str, str]:
    return {insights.AT_RISK: tr("At risk"), insights.LAPSED: tr("Lapsed"),
            insights.OK: tr("Regular"), insights.NEW: tr("No visits yet")}


def reason_text(risk: insights.RiskStatus) -> str:
    """Why a customer has this status, in the user's language (RiskStatus.reason is English)."""
    if risk.status == insights.NEW or risk.days_since is None:
        return tr("No visits yet")
    since = tr("%n day(s) since the last visit", risk.days_since)
    if risk.status == insights.LAPSED:
        return tr("{since} (lapsed)").format(since=since)
    at_risk_after = tr("at risk after %n day(s)", round(risk.threshold_days or 0))
    # The service judges a customer with too few visits by the fixed threshold even when an
    # interval is known; its English reason says which rule applied.
    if risk.usual_interval is not None and "few visits" not in risk.reason:
        basis = tr("{usually}; {at_risk_after}").format(
            usually=tr("usually every %n day(s)", round(risk.usual_interval)),
            at_risk_after=at_risk_after)
    else:
        basis = tr("few visits; {at_risk_after}").format(at_risk_after=at_risk_after)
    if risk.status == insights.OK and risk.days_since > (risk.threshold_days or 0):
        basis = tr("{basis}; has an appointment booked").format(basis=basis)
    return tr("{since} ({basis})").format(since=since, basis=basis)


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
        self.setToolTip(reason_text(risk))
        self.show()
