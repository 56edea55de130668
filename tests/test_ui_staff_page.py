"""The owner's "Staff and roles" settings page: roles, PINs and passwords typed twice and never
shown, the roles' names, the permission grid, and sign-in turned on only with an owner who can
sign in; all written when the settings dialog saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget

from salon_desk.models import Staff
from salon_desk.services import permissions, settings, signin
from salon_desk.ui.settings_dialog import SettingsDialog
from salon_desk.ui.settings_pages.staff_page import COL_ROLE, SecretDialog, StaffRolesPage


@pytest.fixture
def dialog(qtbot, salon_db):
    dialog = SettingsDialog(salon_db, None, [StaffRolesPage])
    qtbot.addWidget(dialog)
    return dialog


def _page(dialog) -> StaffRolesPage:
    return dialog.findChild(StaffRolesPage)


def _row(page: StaffRolesPage, name: str) -> int:
    return next(i for i, m in enumerate(page.members) if m.name == name)


def _answer(qtbot, *attempts: tuple[str, str]) -> list[str]:
    """Type each (first, second) pair into the secret dialog once it shows; the errors it
    showed between attempts are returned."""
    errors: list[str] = []
    pending = list(attempts)

    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, SecretDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, answer)
            return
        box = shown[0]
        first, second = pending.pop(0)
        box.first.clear()
        box.second.clear()
        qtbot.keyClicks(box.first, first)
        qtbot.keyClicks(box.second, second)
        box.accept()
        if box.isVisible():
            errors.append(box.error.text())
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return errors


def _set_secret(qtbot, page, name: str, button: str, *attempts) -> list[str]:
    page.staff.selectRow(_row(page, name))
    errors = _answer(qtbot, *attempts)
    page.secret_buttons[button].click()
    return errors


def test_the_owner_gives_roles_and_secrets_names_a_role_and_turns_sign_in_on(
        qtbot, dialog, salon_db):
    page = _page(dialog)
    dialog.show_page(page)
    assert not page.has_changes()
    laura, marta = _row(page, "Laura"), _row(page, "Marta")
    page.staff.cellWidget(laura, COL_ROLE).setCurrentIndex(0)  # owner
    page.staff.cellWidget(marta, COL_ROLE).setCurrentIndex(3)  # stylist
    errors = _set_secret(qtbot, page, "Laura", "set_password", ("short", "short"),
                         ("laura-secret", "laura-secreT"), ("laura-secret", "laura-secret"))
    assert errors == ["A password has at least 8 characters", "The two entries are not the same"]
    _set_secret(qtbot, page, "Marta", "set_pin", ("2468", "2468"))
    assert page.staff.item(marta, 2).text() == "New (on saving)"
    qtbot.keyClicks(page.role_names[permissions.STYLIST], "Colourist")
    assert page.grid.horizontalHeaderItem(3).text() == "Colourist"
    assert page.staff.cellWidget(marta, COL_ROLE).currentText() == "Colourist"
    edit_row = permissions.ACTIONS.index(permissions.EDIT_CUSTOMERS)
    page.grid.item(edit_row, 3).setCheckState(Qt.CheckState.Checked)
    page.enabled.setChecked(True)
    # what was typed is nowhere on screen
    shown = [w.text() for w in page.findChildren(QLineEdit)] + [
        t.item(r, c).text() for t in page.findChildren(QTableWidget)
        for r in range(t.rowCount()) for c in range(t.columnCount()) if t.item(r, c)]
    assert not any("2468" in s or "laura-secret" in s for s in shown)
    assert page.has_changes()

    assert dialog.save()

    with salon_db.session() as session:
        assert settings.get(session, signin.ENABLED)
        assert signin.role_names(session) == {permissions.STYLIST: "Colourist"}
        hashes = [m.pin_hash for m in session.query(Staff).filter(Staff.name == "Marta")]
    assert hashes[0].startswith("$argon2id$") and "2468" not in hashes[0]
    assert signin.attempt(salon_db, "Marta", "2468").role == permissions.STYLIST
    assert permissions.may(permissions.EDIT_CUSTOMERS) and not permissions.may(permissions.CHARGE)
    assert signin.attempt(salon_db, "Laura", "laura-secret").role == permissions.OWNER


def test_sign_in_stays_off_without_an_owner_who_can_sign_in(qtbot, dialog, salon_db,
                                                              errors_shown):
    page = _page(dialog)
    _set_secret(qtbot, page, "Marta", "set_pin", ("1357", "1357"))
    page.grid.item(permissions.ACTIONS.index(permissions.CHARGE), 3).setCheckState(
        Qt.CheckState.Checked)
    page.enabled.setChecked(True)
    assert not dialog.save()
    assert "stylist" not in str(permissions.who_may(permissions.CHARGE))  # as it still is
    assert "owner with a password" in errors_shown[0]
    with salon_db.session() as session:
        assert not settings.get(session, signin.ENABLED)
        assert not any(m.has_pin for m in signin.staff_access(session))  # nothing written


def test_the_owner_column_is_fixed_on(dialog):
    grid = _page(dialog).grid
    for row in range(grid.rowCount()):
        owner = grid.item(row, 0)
        assert owner.checkState() == Qt.CheckState.Checked
        assert not owner.flags() & Qt.ItemFlag.ItemIsEnabled
        assert grid.item(row, 1).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_who_may_not_manage_the_staff_sees_the_page_disabled_saying_who_may(qtbot, salon_db):
    with salon_db.transaction() as session:
        owner, manager = (Staff(name=n, access_role=r) for n, r in (("Ana", "owner"),
                                                                     ("Blas", "manager")))
        session.add_all([owner, manager])
        session.flush()
        signin.set_password(session, owner.id, "owner-secret")
        signin.set_pin(session, manager.id, "4321")
        signin.set_permission(session, permissions.MANAGER, permissions.CHANGE_SETTINGS, True)
        signin.set_enabled(session, True)
    signin.attempt(salon_db, "Blas", "4321")
    dialog = SettingsDialog(salon_db, None, [StaffRolesPage])
    qtbot.addWidget(dialog)
    page = _page(dialog)
    assert not page.staff.isEnabled() and not page.grid.isEnabled()
    assert not page.refused.isHidden()
    assert page.refused.text().startswith("You may not change staff members' roles, PINs and "
                                         "passwords: only the owner may.")


def test_a_manager_given_the_settings_may_not_change_the_badges_or_backups(qtbot, salon_db,
                                                                           errors_shown):
    from salon_desk.ui import composition
    from salon_desk.ui.backups.settings_page import BackupSettingsPage

    with salon_db.transaction() as session:
        manager = Staff(name="Blas", access_role="manager")
        session.add(manager)
        session.flush()
        signin.set_pin(session, manager.id, "4321")
        signin.set_permission(session, permissions.MANAGER, permissions.CHANGE_SETTINGS, True)
    signin.attempt(salon_db, "Blas", "4321")
    dialog = composition.open_settings(salon_db)
    qtbot.addWidget(dialog)
    backups = dialog.findChild(BackupSettingsPage)
    assert not dialog.badges_page.isEnabled() and not backups.isEnabled()
    assert "change the custom badges: only the owner may" in dialog.badges_page.toolTip()
    assert dialog.salon_page.isEnabled()
    assert dialog.save() and errors_shown == []  # the pages they may not change left alone
