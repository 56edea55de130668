"""The customer form: a new customer or an existing one, in five sections.

Saving goes through services.customers in one transaction. What the services reject is shown
next to the fields, with the focus on the first bad one, and nothing typed is lost. A new
customer is first compared with existing ones (same email, mobile, or name and birth date).
Closing with unsaved changes asks first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_desk.models import CustomerCategory, Staff
from salon_desk.models.db import Database
from salon_desk.services import settings
from salon_desk.services.sales import catalog
from salon_desk.services.customers.views import (
    CustomerDetails,
    customer_details,
    customer_names,
    list_badge_infos,
    referral_sources,
)
from salon_desk.services.customers.conflicts import (
    Opened,
    changed_fields,
    save_customer,
    with_fields,
)
from salon_desk.services.customers.records import (
    create_customer,
    possible_duplicates,
    set_photo,
    set_signature,
    validate,
)
from salon_desk.services.errors import RecordChanged, SalonError, ValidationError
from salon_desk.services.texts import Text
from salon_desk.ui import dialogs
from salon_desk.ui.customer_form_fields import CustomerFormFields, FormLookups
from salon_desk.ui.duplicates.labels import reason_text
from salon_desk.ui.events import customers_changed, request_record
from salon_desk.ui.prefs import prefs
from salon_desk.ui.style import icon
from salon_desk.ui.texts import message_text
from salon_desk.ui.i18n import translator


_tr = translator("CustomerForm")


def ask_unsaved(parent: QWidget) -> str:
    """"save", "discard" or "cancel" for a form closed with unsaved changes."""
    return dialogs.choose(
        parent, QMessageBox.Icon.Question, _tr("Unsaved changes"),
        _tr("This customer has changes that are not saved yet."),
        [("save", _tr("Save"), QMessageBox.ButtonRole.AcceptRole),
         ("discard", _tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole),
         ("cancel", _tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)])


def ask_duplicates(parent: QWidget, matches: list[tuple[int, str, str]]) -> str:
    """"open", "save" or "back" when a new customer looks like existing ones.

    matches: (id, name, why) of each existing customer.
    """
    lines = "".join(f"<li><b>{name or '—'}</b> (#{cid}): {why}</li>" for cid, name, why in matches)
    return dialogs.choose(
        parent, QMessageBox.Icon.Warning, _tr("This customer may already exist"),
        _tr("<p>Salon Desk already has:</p><ul>{0}</ul>"
            "<p>Open the existing record instead of creating a second one?</p>").format(lines),
        [("open", _tr("Open existing record"), QMessageBox.ButtonRole.AcceptRole),
         ("save", _tr("Save anyway"), QMessageBox.ButtonRole.DestructiveRole),
         ("back", _tr("Go back"), QMessageBox.ButtonRole.RejectRole)])


_open_forms: dict[tuple[str, int], CustomerFormDialog] = {}


def open_customer_form(db: Database, customer_id: int | None,
                       parent: QWidget | None = None) -> CustomerFormDialog:
    """Show the form; an existing customer already being edited gets the same form back."""
    key = (db.address, customer_id) if customer_id is not None else None
    if key is not None and (form := _open_forms.get(key)) is not None:
        form.show()
        form.raise_()
        form.activateWindow()
        return form
    form = CustomerFormDialog(db, customer_id, parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if key is not None:
        _open_forms[key] = form
        form.destroyed.connect(lambda _obj=None, k=key: _open_forms.pop(k, None))
    form.show()
    return form


class CustomerFormDialog(QDialog):
    saved = Signal(int)  # the customer's id

    def __init__(self, db: Database, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id = customer_id
        self.details: CustomerDetails | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        with db.session() as session:
            lookups = FormLookups(
                staff=[(s.id, s.name, s.active) for s in catalog.list_items(session, Staff)],
                categories=[(c.id, c.name) for c in catalog.list_items(session,
                                                                        CustomerCategory)],
                badges=list_badge_infos(session),
                referrals=referral_sources(session),
                default_country=settings.get(session, settings.DEFAULT_COUNTRY),
            )
            if customer_id is not None:
                self.details = customer_details(session, customer_id)
        self._build(lookups)
        self.fields.load(self.details)
        self._snapshot = self.fields.state()
        self._update_header()
        geometry = prefs().value("customer_form/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 820)
        QTimer.singleShot(0, lambda: self.fields.first_name.setFocus())

    # --- building ---------------------------------------------------------------------------
    def _build(self, lookups: FormLookups) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.allergy_banner = QLabel(self)
        self.allergy_banner.setObjectName("allergyBanner")
        self.allergy_banner.setWordWrap(True)
        layout.addWidget(self.allergy_banner)
        self.error_banner = QLabel(self)
        self.error_banner.setObjectName("allergyBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        layout.addWidget(self.error_banner)
        self._build_conflict(layout)

        body = QHBoxLayout()
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("navigation")
        self.section_list.setFixedWidth(215)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body.addWidget(self.section_list)
        self.fields = CustomerFormFields(lookups, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumWidth(self.fields.minimumSizeHint().width() + 20)
        self.scroll.setWidget(self.fields)
        body.addWidget(self.scroll, 1)
        layout.addLayout(body, 1)
        for title, _frame in self.fields.sections:
            self.section_list.addItem(title)
        # Wide enough for the longest section name in any language.
        self.section_list.setFixedWidth(max(190, self.section_list.sizeHintForColumn(0) + 40))
        self.section_list.currentRowChanged.connect(self._jump_to_section)

        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+S saves · Esc closes"), self)
        hint.setObjectName("muted")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setAutoDefault(False)
        self.save_button = QPushButton(icon("save"), self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_and_close)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+S"), self, self.save_and_close)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.fields.changed.connect(self._update_header)
        self.fields.changed.connect(self._recheck_errors)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not save or open a file chooser

    def _build_conflict(self, layout: QVBoxLayout) -> None:
        """Where a save refused because another desk saved this customer says what changed,
        with the button that shows their record (see ``reload_theirs``)."""
        self.conflict_box = QWidget(self)
        self.conflict_box.setObjectName("conflictBox")
        row = QHBoxLayout(self.conflict_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.conflict_text = QLabel(self.conflict_box)
        self.conflict_text.setObjectName("allergyBanner")
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.conflict_text, 1)
        self.reload_button = QPushButton(self.tr("Reload"), self.conflict_box)
        self.reload_button.setToolTip(self.tr(
            "Show the customer as the other desk saved them, keeping your changes to the other "
            "fields"))
        self.reload_button.clicked.connect(self.reload_theirs)
        row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.conflict_box.hide()
        layout.addWidget(self.conflict_box)
        self._conflict: tuple[RecordChanged, object] | None = None

    def _jump_to_section(self, row: int) -> None:
        if 0 <= row < len(self.fields.sections):
            frame = self.fields.sections[row][1]
            self.scroll.verticalScrollBar().setValue(frame.y())

    def _update_header(self) -> None:
        name = " ".join(p for p in (self.fields.first_name.text().strip(),
                                    self.fields.last_name.text().strip()) if p)
        if self.customer_id is None:
            title = self.tr("New customer") + (f": {name}" if name else "")
        else:
            title = name or self.tr("Customer #{0}").format(self.customer_id)
        if self.is_dirty():
            title += " •"
        self.title.setText(title)
        self.setWindowTitle(title.rstrip(" •") + (" *" if self.is_dirty() else "")
                            + " — " + self.tr("Salon Desk"))
        allergies = self.fields.allergies.toPlainText().strip()
        self.allergy_banner.setText(self.tr("⚠ Allergies / clinical: {0}").format(allergies))
        self.allergy_banner.setVisible(bool(allergies))

    # --- state ------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return hasattr(self, "_snapshot") and self.fields.state() != self._snapshot

    def reject(self) -> None:
        """Escape, Close, Ctrl+W and the window's close button all come here."""
        if self.is_dirty():
            answer = ask_unsaved(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        prefs().setValue("customer_form/geometry", self.saveGeometry())
        super().reject()

    def save_and_close(self) -> None:
        if self.save():
            prefs().setValue("customer_form/geometry", self.saveGeometry())
            self.accept()

    # --- saving -----------------------------------------------------------------------------
    def _errors_now(self, default_country: str) -> dict[str, str]:
        """Every problem of what the form holds now, without saving anything."""
        data, errors = self.fields.collect()
        if errors:  # the phones and the date were read here: check the rest without them
            data = replace(data, mobile=None, phone=None, birth_year=None, birth_month=None,
                           birth_day=None)
        try:
            validate(data, default_country)
        except ValidationError as exc:
            return {**exc.errors, **errors}
        return errors

    def _recheck_errors(self) -> None:
        """An error goes as soon as its field is fixed; a date of birth that cannot be is said
        at once. Fields without an error get none while they are being typed."""
        shown = self.fields.shown_errors()
        if not shown and self.fields.birth.problem() is None:
            return
        errors = {key: text for key, text in self._errors_now(
            self.fields.lookups.default_country).items()
            if key in shown or key == "birth_date"}
        self.fields.update_errors(errors)
        self._show_banner(len(errors))

    def save(self) -> bool:
        """Validate and store; True when saved. On errors the form stays as typed."""
        self.fields.clear_errors()
        self.error_banner.hide()
        self._unplaced = []
        data, errors = self.fields.collect()
        if errors:
            with self.db.session() as session:  # show every problem at once
                errors = self._errors_now(settings.get(session, settings.DEFAULT_COUNTRY))
            self._show_errors(errors)
            return False
        if self.customer_id is None and not self._duplicates_cleared(data):
            return False
        try:
            with self.db.transaction() as session:
                if self.customer_id is None:
                    customer = create_customer(session, data)
                else:
                    customer = save_customer(session, self.customer_id, data, self._opened())
                if self.fields.photo.modified:
                    set_photo(session, customer.id, self.fields.photo.image)
                if self.fields.signature.modified:
                    set_signature(session, customer.id, self.fields.signature.to_png())
                customer_id = customer.id
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except RecordChanged as exc:
            self._show_conflict(exc, data)
            return False
        except SalonError as exc:
            dialogs.show_error(self, self.tr("The customer was not saved"), str(exc))
            return False
        self.conflict_box.hide()
        self.customer_id = customer_id
        with self.db.session() as session:
            self.details = customer_details(session, customer_id)
        self.fields.photo.modified = False
        self.fields.signature.modified = False
        self._snapshot = self.fields.state()
        self._update_header()
        customers_changed([customer_id])
        self.saved.emit(customer_id)
        return True

    # --- another desk saved this customer meanwhile ------------------------------------------
    def _opened(self) -> Opened | None:
        """The version and values this form opened (or last saved), which a save must find."""
        return Opened(self.details.version, self.details.data) if self.details else None

    def _show_conflict(self, refusal: RecordChanged, typed) -> None:
        """Say what the other desk changed (theirs → yours); everything typed stays as it is."""
        self._conflict = (refusal, typed)
        self.conflict_text.setText(message_text(str(refusal)))
        self.reload_button.show()
        self.conflict_box.show()
        self.scroll.verticalScrollBar().setValue(0)

    def reload_theirs(self) -> None:
        """Show the customer as saved now. The changes typed here to fields the other desk did
        not change are put back (the form stays unsaved); those to fields they changed are
        listed above the form, so that nothing typed is lost without being seen."""
        if self._conflict is None or self.details is None:
            return
        refusal, typed = self._conflict
        theirs = {change.key for change in refusal.changes}
        mine = [key for key in changed_fields(self.details.data, typed) if key not in theirs]
        photo = (self.fields.photo.image,) if self.fields.photo.modified else None
        signature = (self.fields.signature.to_png(),) if self.fields.signature.modified else None
        with self.db.session() as session:
            fresh = customer_details(session, self.customer_id)
        self.details = fresh
        self.fields.load(fresh)
        self._snapshot = self.fields.state()
        self.fields.load(replace(fresh, data=with_fields(fresh.data, typed, mine)))
        for key in (k for k in mine if k.startswith("consent:")):
            _, category, channel = key.split(":")
            self.fields.consents.boxes[(category, channel)].setChecked(
                typed.consents[(category, channel)])
        self._keep_media(photo, signature)
        self._conflict = None
        self.conflict_text.setText(self._reloaded_text(
            [change for change in refusal.changes if change.theirs != change.yours]))
        self.reload_button.hide()
        self._update_header()

    def _reloaded_text(self, lost: list) -> str:
        if not lost:
            return self.tr("Reloaded: the form shows what the other desk saved, with your "
                           "changes kept.")
        values = Text.joined((Text.joined((c.label, c.yours), ": ") for c in lost), "; ")
        return self.tr("Reloaded: the form shows what the other desk saved, with your changes to "
                       "the other fields kept. Your values for the fields they changed: {0}. "
                       "Type them again if they should stay.").format(message_text(values))

    def _keep_media(self, photo: tuple | None, signature: tuple | None) -> None:
        """A photo or signature given (or taken away) here and not saved yet stays so after a
        reload."""
        if photo is not None:
            if photo[0] is not None:
                self.fields.photo.load_bytes(photo[0])
            else:
                self.fields.photo.remove()
        if signature is not None:
            self.fields.signature.set_png(signature[0])
            self.fields.signature.modified = True

    def _show_banner(self, fields: int) -> None:
        """The summary above the form: how many fields to correct, and what has no field."""
        unplaced = getattr(self, "_unplaced", [])
        if fields == 0 and not unplaced:
            # Kept, with a calmer word, until the next save: the form does not move up.
            self._set_banner_kind("okBanner")
            self.error_banner.setText(self.tr("All corrected. Save when ready (Ctrl+S)."))
            return
        self._set_banner_kind("allergyBanner")
        parts = []
        if fields == 1:
            parts.append(self.tr("Please correct the highlighted field."))
        elif fields > 1:
            parts.append(self.tr("Please correct the {0} highlighted fields.").format(fields))
        self.error_banner.setText(" ".join(parts + unplaced))
        self.error_banner.show()

    def _set_banner_kind(self, name: str) -> None:
        if self.error_banner.objectName() != name:
            self.error_banner.setObjectName(name)
            self.error_banner.style().unpolish(self.error_banner)
            self.error_banner.style().polish(self.error_banner)

    def _duplicates_cleared(self, data) -> bool:
        with self.db.session() as session:
            found = possible_duplicates(session, data)
            names = customer_names(session, [cid for cid, _why in found])
        if not found:
            return True
        answer = ask_duplicates(self, [(cid, names.get(cid, ""), reason_text(reason))
                                       for cid, reason in found])
        if answer == "open":
            request_record(self.db, found[0][0], self.parentWidget())
            return False
        return answer == "save"

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = self.fields.show_errors(errors)
        self._unplaced = [message_text(msg) for key, msg in errors.items()
                          if key not in self.fields.inputs]
        self._show_banner(len(errors) - len(self._unplaced))
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 40, 80)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
