"""The "Staff and roles" page of the settings dialog (the owner's): sign-in on or off, each staff
member's role, PIN and password (typed twice, never shown), the roles' names and the permission
table as a grid of roles × actions. Everything goes through services.signin, written when the
dialog saves (one transaction with the other pages)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from salon_desk.models.db import Database
from salon_desk.services import permissions, settings, signin
from salon_desk.ui.i18n import translator
from salon_desk.ui.signin.guard import who_may_text
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.text_limits import limit_to_column, set_whole_text

_tr = translator("StaffRoles")

PIN, PASSWORD = "pin", "password"
COL_NAME, COL_ROLE, COL_PIN, COL_PASSWORD = range(4)


def role_label(role: str, names: dict[str, str]) -> str:
    """A role's name as a heading: the owner's word for it, or the built-in one."""
    builtin = {permissions.OWNER: _tr("Owner"), permissions.MANAGER: _tr("Manager"),
               permissions.RECEPTION: _tr("Reception"), permissions.STYLIST: _tr("Stylist")}
    return names.get(role) or builtin[role]


def action_label(action: str) -> str:
    text = message_text(permissions.ACTION_TEXTS[action])
    return text[:1].upper() + text[1:]


class SecretDialog(QDialog):
    """A new PIN or password, typed twice and never shown."""

    def __init__(self, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(_tr("New PIN for {0}").format(name) if kind == PIN
                            else _tr("New password for {0}").format(name))
        form = QFormLayout(self)
        self.first, self.second = QLineEdit(self), QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            if kind == PIN:
                edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"),
                                                              edit))
        self.first.setObjectName("secret_first")
        self.second.setObjectName("secret_second")
        form.addRow(_tr("PIN (4 to 8 digits)") if kind == PIN
                    else _tr("Password (8 characters or more)"), self.first)
        form.addRow(_tr("Type it again"), self.second)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        value = self.first.text()
        problem = signin.pin_problem(value) if self.kind == PIN else \
            signin.password_problem(value)
        if problem is None and value != self.second.text():
            problem = _tr("The two entries are not the same")
        if problem is not None:
            self.error.setText(message_text(problem))
            self.error.show()
            self.second.clear()
            return
        super().accept()

    def value(self) -> str:
        return self.first.text()


class StaffRolesPage(QWidget):
    """A settings page (ui.hosts.SettingsPage); shown to all, changeable by whoever may manage
    the staff (the owner, by default)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.members: list[signin.StaffAccess] = []
        self.secrets: dict[tuple[int, str], str | None] = {}  # None: taken away
        self.loaded: dict[str, object] = {}
        column = QVBoxLayout(self)
        self.refused = QLabel(self)
        self.refused.setObjectName("refused")
        self.refused.setWordWrap(True)
        column.addWidget(self.refused)
        column.addWidget(self._signin_box())
        column.addWidget(self._staff_box())
        column.addWidget(self._roles_box())
        column.addWidget(self._permissions_box(), 1)

    def title(self) -> str:
        return _tr("Staff and roles")

    # ------------------------------------------------------------------ building
    def _signin_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Sign-in"), self)
        form = QFormLayout(box)
        self.enabled = QCheckBox(_tr("Staff sign in to use Salon Desk"), box)
        self.enabled.setObjectName("signin_enabled")
        form.addRow(self.enabled)
        self.idle = QSpinBox(box)
        self.idle.setRange(0, 24 * 60)
        self.idle.setSuffix(_tr(" min"))
        self.idle.setSpecialValueText(_tr("Never"))
        form.addRow(_tr("Sign out after this long without use"), self.idle)
        hint = QLabel(_tr("Turning sign-in on needs an owner with a password. Staff members "
                          "are added on the Staff page."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.boxes = [box]
        return box

    def _staff_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Staff"), self)
        column = QVBoxLayout(box)
        self.staff = QTableWidget(0, 4, box)
        self.staff.setObjectName("staff_access")
        self.staff.setHorizontalHeaderLabels([_tr("Name"), _tr("Role"), _tr("PIN"),
                                              _tr("Password")])
        self.staff.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff.verticalHeader().hide()
        self.staff.horizontalHeader().setSectionResizeMode(COL_NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        self.staff.setMinimumHeight(230)
        column.addWidget(self.staff)
        row = QHBoxLayout()
        self.secret_buttons = {}
        for key, text, kind, clear in (
                ("set_pin", _tr("Set PIN…"), PIN, False),
                ("clear_pin", _tr("Remove PIN"), PIN, True),
                ("set_password", _tr("Set password…"), PASSWORD, False),
                ("clear_password", _tr("Remove password"), PASSWORD, True)):
            button = QPushButton(text, box)
            button.setObjectName(key)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind, c=clear: self.change_secret(k, c))
            self.secret_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.staff.itemSelectionChanged.connect(self._enable_buttons)
        self.boxes.append(box)
        return box

    def _roles_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Roles' names"), self)
        form = QFormLayout(box)
        self.role_names: dict[str, QLineEdit] = {}
        for role in permissions.ROLES:
            edit = QLineEdit(box)
            edit.setObjectName(f"role_name_{role}")
            limit_to_column(edit, 40)
            edit.setPlaceholderText(role_label(role, {}))
            edit.textChanged.connect(self._name_headers)
            self.role_names[role] = edit
            form.addRow(role_label(role, {}), edit)
        self.boxes.append(box)
        return box

    def _permissions_box(self) -> QGroupBox:
        box = QGroupBox(_tr("What each role may do"), self)
        column = QVBoxLayout(box)
        self.grid = QTableWidget(len(permissions.ACTIONS), len(permissions.ROLES), box)
        self.grid.setObjectName("permission_grid")
        self.grid.setVerticalHeaderLabels([action_label(a) for a in permissions.ACTIONS])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(self.grid.verticalHeader().length() + 40)
        for r in range(len(permissions.ACTIONS)):
            for c, role in enumerate(permissions.ROLES):
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                if role == permissions.OWNER:  # the owner may do everything, always
                    flags = Qt.ItemFlag.NoItemFlags
                    item.setToolTip(_tr("The owner may do everything"))
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if role == permissions.OWNER
                                   else Qt.CheckState.Unchecked)
                self.grid.setItem(r, c, item)
        column.addWidget(self.grid)
        self._name_headers()
        self.boxes.append(box)
        return box

    def _name_headers(self) -> None:
        names = {role: edit.text().strip() for role, edit in self.role_names.items()}
        self.grid.setHorizontalHeaderLabels([role_label(r, names) for r in permissions.ROLES])
        for row in range(self.staff.rowCount()):
            combo = self.staff.cellWidget(row, COL_ROLE)
            for i, role in enumerate(permissions.ROLES):
                combo.setItemText(i, role_label(role, names))

    # ------------------------------------------------------------------ loading
    def load(self, session: Session) -> None:
        self.members = signin.staff_access(session)
        self.secrets.clear()
        names = signin.role_names(session)
        table = signin.permission_table(session)
        self.enabled.setChecked(bool(settings.get(session, signin.ENABLED)))
        self.idle.setValue(int(settings.get(session, signin.IDLE_MINUTES)))
        for role, edit in self.role_names.items():
            set_whole_text(edit, names.get(role, ""))
        for r, action in enumerate(permissions.ACTIONS):
            for c, role in enumerate(permissions.ROLES):
                self.grid.item(r, c).setCheckState(
                    Qt.CheckState.Checked if action in table[role] else Qt.CheckState.Unchecked)
        self._fill_staff(names)
        self.loaded = self._state()
        allowed = permissions.may(permissions.MANAGE_STAFF)
        for box in self.boxes:
            box.setEnabled(allowed)
        self.refused.setText("" if allowed else who_may_text(permissions.MANAGE_STAFF))
        self.refused.setVisible(not allowed)

    def _fill_staff(self, names: dict[str, str]) -> None:
        self.staff.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            name = QTableWidgetItem(member.name if member.active
                                    else _tr("{0} (no longer works here)").format(member.name))
            self.staff.setItem(row, COL_NAME, name)
            combo = QComboBox(self.staff)
            for role in permissions.ROLES:
                combo.addItem(role_label(role, names), role)
            combo.setCurrentIndex(permissions.ROLES.index(member.role)
                                  if member.role in permissions.ROLES else 0)
            self.staff.setCellWidget(row, COL_ROLE, combo)
            self._show_secrets(row)
        self.staff.resizeColumnsToContents()
        self.staff.horizontalHeader().setSectionResizeMode(COL_NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        self._enable_buttons()

    def _show_secrets(self, row: int) -> None:
        member = self.members[row]
        for column, kind, has in ((COL_PIN, PIN, member.has_pin),
                                  (COL_PASSWORD, PASSWORD, member.has_password)):
            pending = (member.id, kind)
            if pending in self.secrets:
                text = _tr("New (on saving)") if self.secrets[pending] else \
                    _tr("Removed (on saving)")
            else:
                text = _tr("Set") if has else _tr("None")
            self.staff.setItem(row, column, QTableWidgetItem(text))
            self.staff.resizeColumnToContents(column)

    def _enable_buttons(self) -> None:
        chosen = self.staff.currentRow() >= 0 and bool(self.staff.selectedItems())
        for button in self.secret_buttons.values():
            button.setEnabled(chosen)

    # ------------------------------------------------------------------ editing
    def change_secret(self, kind: str, clear: bool) -> None:
        row = self.staff.currentRow()
        if row < 0:
            return
        member = self.members[row]
        if clear:
            self.secrets[(member.id, kind)] = None
        else:
            dialog = SecretDialog(kind, member.name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.secrets[(member.id, kind)] = dialog.value()
        self._show_secrets(row)

    def _roles(self) -> dict[int, str]:
        return {m.id: self.staff.cellWidget(row, COL_ROLE).currentData()
                for row, m in enumerate(self.members)}

    def _table(self) -> dict[tuple[str, str], bool]:
        return {(role, action): self.grid.item(r, c).checkState() == Qt.CheckState.Checked
                for r, action in enumerate(permissions.ACTIONS)
                for c, role in enumerate(permissions.ROLES) if role != permissions.OWNER}

    def _state(self) -> dict[str, object]:
        return {"enabled": self.enabled.isChecked(), "idle": self.idle.value(),
                "roles": self._roles(), "table": self._table(),
                "names": {r: e.text().strip() for r, e in self.role_names.items()}}

    def has_changes(self) -> bool:
        return bool(self.secrets) or self._state() != self.loaded

    # ------------------------------------------------------------------ saving
    def save(self, session: Session) -> None:
        if not self.has_changes():
            return
        now, was = self._state(), self.loaded
        if was["enabled"] and not now["enabled"]:
            signin.set_enabled(session, False)  # first: the owner checks are for sign-in on
        roles = [(i, r) for i, r in now["roles"].items() if was["roles"].get(i) != r]
        # new owners before former ones, new secrets before removed ones: never, half-way,
        # a salon with sign-in on and no owner who can sign in
        for staff_id, role in sorted(roles, key=lambda change: change[1] != permissions.OWNER):
            signin.set_role(session, staff_id, role)
        for (staff_id, kind), value in sorted(self.secrets.items(), key=lambda s: s[1] is None):
            (signin.set_pin if kind == PIN else signin.set_password)(session, staff_id, value)
        for role, name in now["names"].items():
            if name != was["names"].get(role):
                signin.rename_role(session, role, name)
        for (role, action), allowed in now["table"].items():
            if allowed != was["table"].get((role, action)):
                signin.set_permission(session, role, action, allowed)
        if now["idle"] != was["idle"]:
            settings.set_value(session, signin.IDLE_MINUTES, now["idle"])
        if now["enabled"] and not was["enabled"]:
            signin.set_enabled(session, True)

    def committed(self) -> None:
        self.secrets.clear()  # the PINs and passwords typed live no longer than needed
        with self.db.session() as session:
            self.load(session)

    def save_failed(self) -> None:
        with self.db.session() as session:  # the table as it still is, nothing having been saved
            signin.refresh(session)
