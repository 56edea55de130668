"""The global audit view (Tools ▸ Audit trail…): owner only, its filters narrow the rows shown,
pages through a long trail, checks the chain and exports what the filters show."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction

from salon_desk.models import Staff
from salon_desk.services import audit, permissions
from salon_desk.services.customers.records import CustomerData, update_customer
from salon_desk.services.errors import SalonError
from salon_desk.services.permissions import Actor
from salon_desk.ui import dialogs
from salon_desk.ui.audit import window as audit_window
from salon_desk.ui.audit.window import AuditWindow


@pytest.fixture
def trail(salon_db, make_customer):
    """Ana changed twice by the owner, Eva added; a member named Laura changes Eva."""
    ana = make_customer(first_name="Ana", last_name="Pazos")
    eva = make_customer(first_name="Eva", last_name="Lorenzo")
    for surname in ("Pazos Vila", "Pazos Vilar"):
        with salon_db.transaction() as session:
            update_customer(session, ana, CustomerData(first_name="Ana", last_name=surname))
    with salon_db.transaction() as session:
        laura = Staff(name="Laura", access_role="owner", position=30)
        session.add(laura)
        session.flush()
        laura_id = laura.id
    permissions.act_as(Actor(laura_id, "Laura", "owner", frozenset(permissions.ACTIONS),
                             permissions.DEFAULT_PERMISSIONS, {}))
    with salon_db.transaction() as session:
        update_customer(session, eva, CustomerData(first_name="Eva", last_name="Lorenzo Gil"))
    permissions.act_as(None)
    return {"ana": ana, "eva": eva}


@pytest.fixture
def view(qtbot, salon_db, trail):
    window = AuditWindow(salon_db)
    qtbot.addWidget(window)
    return window


def _shown(window) -> list[audit.Row]:
    return [window.model.row(i) for i in range(window.model.rowCount())]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_each_filter_narrows_the_rows_shown(qtbot, view, trail):
    everything = _shown(view)
    assert len(everything) == view.total > 5
    _choose(view.who, "Laura")
    assert {r.who for r in _shown(view)} == {"Laura"}
    assert [r.customer_id for r in _shown(view) if r.entity == "customers"] == [trail["eva"]]
    _choose(view.who, "")
    _choose(view.action, "update")
    assert {r.action for r in _shown(view)} == {"update"} and len(_shown(view)) == 3
    view.customer.clear()
    qtbot.keyClicks(view.customer, str(trail["ana"]))
    rows = _shown(view)
    assert len(rows) == 2 and {r.customer_id for r in rows} == {trail["ana"]}
    assert "Rows 1–2 of 2" in view.status.text()
    view.customer.clear()
    _choose(view.action, "")
    _choose(view.entity, "staff")
    assert {r.entity for r in _shown(view)} == {"staff"}
    _choose(view.entity, "")
    view.since_on.setChecked(True)
    view.since.setDate(view.since.date().addDays(1))  # from tomorrow: nothing yet
    assert _shown(view) == [] and "of 0" in view.status.text()
    view.since_on.setChecked(False)
    assert len(_shown(view)) == len(everything)


def test_a_long_trail_is_shown_a_page_at_a_time(qtbot, view, monkeypatch):
    monkeypatch.setattr(audit_window, "PAGE", 3)
    view.reload()
    first = [r.id for r in _shown(view)]
    assert len(first) == 3 and not view.newer.isEnabled() and view.older.isEnabled()
    view.older.click()
    second = [r.id for r in _shown(view)]
    assert second and max(second) < min(first)
    assert "Rows 4–6" in view.status.text()
    view.newer.click()
    assert [r.id for r in _shown(view)] == first


def test_verify_chain_says_the_trail_holds_then_that_it_was_changed(qtbot, view, salon_db):
    view.verify_button.click()
    qtbot.waitUntil(lambda: view.verify_button.isEnabled(), timeout=10000)
    assert "holds" in view.status.text()
    tamper = sqlite3.connect(salon_db.path)
    tamper.execute("DROP TRIGGER audit_log_no_update")
    tamper.execute("UPDATE audit_log SET who = 'nobody' WHERE id = 3")
    tamper.commit()
    tamper.close()
    view.verify_button.click()
    qtbot.waitUntil(lambda: view.verify_button.isEnabled(), timeout=10000)
    assert "row 3 does not match" in view.status.text()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_the_rows_the_filters_show(qtbot, view, tmp_path, monkeypatch, suffix):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / f"a{suffix}"))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: shown.append(text))
    _choose(view.who, "Laura")
    expected = [r.id for r in _shown(view)]
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert f"{len(expected)} audit row" in shown[0]
    if suffix == ".xlsx":
        sheet = load_workbook(tmp_path / "a.xlsx").active
        table = [list(row) for row in sheet.iter_rows(values_only=True)]
    else:
        with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
            table = list(csv.reader(fh))
    assert table[0][:3] == ["Row", "When (UTC)", "Who"]
    assert [int(row[0]) for row in table[1:]] == expected
    assert {row[2] for row in table[1:]} == {"Laura"}
    assert any("Lorenzo Gil" in (row[9] or "") for row in table[1:])


def test_only_who_may_see_the_audit_opens_it(qtbot, salon_db, trail):
    from salon_desk.ui.composition import build_main_window

    window = build_main_window(salon_db)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "audit_trail")
    assert action is not None and action.isEnabled()
    assert action in window.menus["tools"].actions()
    permissions.act_as(Actor(None, "Sara", "stylist",
                             permissions.DEFAULT_PERMISSIONS["stylist"],
                             permissions.DEFAULT_PERMISSIONS, {}))
    from salon_desk.ui.signin.guard import signed_in_changed

    signed_in_changed()
    assert not action.isEnabled() and "owner" in action.toolTip().lower()
    with pytest.raises(SalonError, match="owner"):
        AuditWindow(salon_db)
