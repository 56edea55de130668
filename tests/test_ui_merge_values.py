"""What the receptionist sees around a merge: the values the dialog preselects, and an open
record window showing the merged values after the merge and the old ones after an undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtWidgets import QLabel, QRadioButton, QWizard

from sqlalchemy import select

from salon_desk.models import Appointment, Badge, Customer
from salon_desk.ui import composition, dialogs
from salon_desk.ui.duplicates.extension import MergeActions
from salon_desk.ui.duplicates.merge_dialog import MergeWizard


def _click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _click_radio(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_merge_dialog_preselects_the_informative_values(qtbot, salon_db, make_customer):
    full = make_customer(first_name="Marta", last_name="Ariño Salvà", mobile="+34611222333",
                         gender="female", discount_percent=Decimal(10), notify_marketing=True)
    # Typed again in a hurry, and used since: the record with the history is kept.
    quick = make_customer(first_name="Marta", last_name="Ariño", mobile="611 22 23 33",
                          discount_percent=Decimal(5))
    with salon_db.transaction() as session:
        session.add(Appointment(customer_id=quick, starts_at=dt.datetime(
            2026, 3, 1, 10, tzinfo=dt.UTC)))
    wizard = MergeWizard(salon_db, [full, quick])
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.keep_page.keep_id() == quick
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.fields_page
    checked = {key: group.checkedButton().text() for key, group in page.choices.items()}
    assert checked["discount_percent"].startswith("10 %"), checked
    assert checked["notify_marketing"].startswith("Yes"), checked
    assert checked["last_name"].startswith("Ariño Salvà"), checked
    # "Unspecified" is no value to choose: the gender the other record knows is taken.
    assert "gender" not in page.choices
    assert page.findChild(QRadioButton, f"choice_gender_{quick}") is None
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with salon_db.session() as session:
        kept = session.get(Customer, quick)
        assert (kept.gender, kept.discount_percent, kept.notify_marketing, kept.last_name) == (
            "female", Decimal(10), True, "Ariño Salvà")


def _shown(window) -> list[str]:
    """The texts the header shows now (what is on screen, not what waits to be deleted)."""
    return [label.text() for label in window.header.findChildren(QLabel)
            if label.isVisibleTo(window.header) and label.text()]


def _badges(window) -> list[str]:
    return [label.text() for label in window.header.badges.findChildren(QLabel)
            if label.isVisibleTo(window.header) and label.objectName() == "badgeName"]


def _emails(window) -> list[str]:
    return [t.rsplit(" ", 1)[-1] for t in _shown(window) if "Email" in t]


def test_open_record_shows_the_merged_values_then_the_old_ones_after_undo(
        qtbot, salon_db, make_customer, monkeypatch):
    from salon_desk.ui.duplicates.picker import CustomerPicker
    from salon_desk.ui.record.window import RecordWindow

    with salon_db.session() as session:
        vip, student = session.scalars(select(Badge.id).order_by(Badge.id).limit(2)).all()
    ana = make_customer(first_name="Ana", last_name="Gil", email="ana@example.com",
                        mobile="+34611222333", badge_ids=[vip])
    other = make_customer(first_name="Ana", last_name="Gil Mora", email="ana.gil@example.net",
                          mobile="+34611222333", gender="female", badge_ids=[student])
    window = RecordWindow(salon_db, ana, tabs=composition.record_tabs(),
                          features=composition.record_window_features())
    actions = window.features.get(MergeActions)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _emails(window) == ["ana@example.com"]
    before = _shown(window)

    def pick(picker):
        picker.chosen_id = other
        return CustomerPicker.DialogCode.Accepted

    monkeypatch.setattr(CustomerPicker, "exec", pick)
    actions.join_action.trigger()
    wizard = actions.merge_wizard
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click_radio(qtbot, wizard.fields_page.findChild(QRadioButton, f"choice_email_{other}"))
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: _emails(window) == ["ana.gil@example.net"])
    assert any("Ana Gil Mora" in t for t in _shown(window))
    assert len(_badges(window)) == 2  # the badges of both
    details = window.tab("DetailsTab")
    qtbot.waitUntil(lambda: any(label.text() == "ana.gil@example.net"
                                for label in details.findChildren(QLabel)))

    # Undo: the confirmation, then an information box, both modal (event loops of their own)
    # while the header is redrawn: it must never show the old labels beside the new ones.
    seen: list[list[str]] = []

    def modal_info(_parent, _title, _text):
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)
        loop.exec()
        seen.append(_shown(window))

    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: True)
    monkeypatch.setattr(dialogs, "show_info", modal_info)
    # From the running event loop, as a click on the toolbar is.
    QTimer.singleShot(0, actions.undo_action.trigger)
    qtbot.waitUntil(lambda: bool(seen))
    assert [t for t in seen[0] if "@" in t] == [t for t in before if "@" in t]
    assert sorted(seen[0]) == sorted(before)  # nothing stale, nothing drawn twice
    qtbot.wait(50)
    assert sorted(_shown(window)) == sorted(before)
    assert _emails(window) == ["ana@example.com"]
