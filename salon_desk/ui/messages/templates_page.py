"""The settings dialog's Templates page: the salon's message templates, each in every language
the app speaks (English and Spanish), with the fields a template may hold ({first_name}...) one
click away and an SMS's length as it is typed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QTabWidget, QVBoxLayout,
                               QWidget)
from sqlalchemy.orm import Session

from salon_desk.models import MessageTemplate, MessageTemplateText
from salon_desk.models.db import Database
from salon_desk.services.errors import ValidationError
from salon_desk.services.messages import templates
from salon_desk.ui import dialogs
from salon_desk.ui.hosts import SettingsPageDefaults
from salon_desk.ui.i18n import translator
from salon_desk.ui.messages.fields import LANGUAGES, FieldButton, language_labels, sms_text
from salon_desk.ui.messages.labels import category_labels, channel_labels, kind_labels, muted
from salon_desk.ui.texts import item_text, message_text
from salon_desk.ui.widgets.named_list import NamedList
from salon_desk.ui.widgets.combos import fill_combo
from salon_desk.ui.widgets.text_limits import limit_to_field, set_whole_text

_tr = translator("MessagesSettings")


@dataclass
class _Template:
    id: int | None
    name: str
    channel: str = "email"
    category: str = "marketing"
    kind: str = "manual"
    active: bool = True
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # language: subject, body
    changed: bool = False
    built_in: bool = False  # one the automatic messages fall back on: edited, never deleted


class _LanguageText(QWidget):
    """A template's subject and text in one language."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.subject_edit = QLineEdit(self)
        limit_to_field(self.subject_edit, MessageTemplateText, "subject")
        self.body_edit = QPlainTextEdit(self)
        self.subject_caption = QLabel(_tr("Subject"), self)
        form.addRow(self.subject_caption, self.subject_edit)
        form.addRow(_tr("Text"), self.body_edit)


class TemplatesPage(QWidget, SettingsPageDefaults):
    """Templates: name, channel, what they are about, which automatic message uses them, and
    their text per language."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QHBoxLayout(self)
        self.names = NamedList(self, _tr("New template"), _tr("Delete…"), 260,
                               store=self._store, show=self._show, text=self._list_text,
                               unnamed=_tr("(no name)"))
        self.list = self.names.list
        self.new_button, self.delete_button = self.names.new_button, self.names.delete_button
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_template)
        layout.addLayout(self.names.column)
        layout.addWidget(self._build_editor(), 1)

    def _build_editor(self) -> QWidget:
        self.editor = QWidget(self)
        column = QVBoxLayout(self.editor)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit(self.editor)
        limit_to_field(self.name_edit, MessageTemplate, "name")
        self.name_edit.textEdited.connect(self.names.name_edited)
        self.channel_combo = QComboBox(self.editor)
        fill_combo(self.channel_combo, list(channel_labels().items()))
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.category_combo = QComboBox(self.editor)
        fill_combo(self.category_combo, list(category_labels().items()))
        self.kind_combo = QComboBox(self.editor)
        fill_combo(self.kind_combo, [(k, v) for k, v in kind_labels().items()])
        self.active_box = QCheckBox(_tr("Offered in the composer"), self.editor)
        form.addRow(_tr("Name"), self.name_edit)
        form.addRow(_tr("Channel"), self.channel_combo)
        form.addRow(_tr("About"), self.category_combo)
        form.addRow(_tr("Used for"), self.kind_combo)
        form.addRow("", self.active_box)
        column.addLayout(form)
        self.languages = QTabWidget(self.editor)
        self.texts: dict[str, _LanguageText] = {}
        for language in LANGUAGES:
            page = _LanguageText(self.languages)
            page.body_edit.textChanged.connect(self._update_length)
            self.texts[language] = page
            self.languages.addTab(page, language_labels()[language])
        self.languages.currentChanged.connect(self._update_length)
        column.addWidget(self.languages, 1)
        row = QHBoxLayout()
        self.fields_button = FieldButton(self.editor)
        self.fields_button.inserted.connect(self.insert_field)
        self.length_label = QLabel(self.editor)
        self.length_label.setObjectName("muted")
        row.addWidget(self.fields_button)
        row.addStretch(1)
        row.addWidget(self.length_label)
        column.addLayout(row)
        column.addWidget(muted(_tr("Fields in braces are filled in for each customer; one "
                                   "with no value (no appointment, no points) is left out."),
                               self.editor))
        return self.editor

    def title(self) -> str:
        return _tr("Message templates")

    # --- loading and saving -----------------------------------------------------------------
    def load(self, session: Session) -> None:
        found = []
        for row in templates.list_templates(session):
            texts = {language: templates.template_text(session, row.id, language)
                     for language in row.languages if language in LANGUAGES}
            found.append(_Template(row.id, row.name, row.channel, row.category, row.kind,
                                   row.active, texts, built_in=row.built_in))
        self.names.fill(found)

    def has_changes(self) -> bool:
        self.names.store_current()
        return bool(self.names.deleted) or any(t.changed or t.id is None
                                               for t in self.names.items)

    def save(self, session: Session) -> None:
        self.names.store_current()
        for template_id in self.names.deleted:
            templates.delete_template(session, template_id)
        for t in self.names.items:
            if not t.changed and t.id is not None:
                continue
            try:
                saved = templates.save_template(session, self._data(t))
            except ValidationError as exc:
                name = t.name or _tr("(no name)")
                raise ValidationError({f"template {name}: {k}": f"{name}: {message_text(v)}"
                                       for k, v in exc.errors.items()}) from exc
            t.id, t.changed = saved.id, False

    @staticmethod
    def _data(t: _Template) -> templates.TemplateData:
        return templates.TemplateData(
            id=t.id, name=t.name, channel=t.channel, category=t.category, kind=t.kind,
            active=t.active, texts={language: subject_body for language, subject_body
                                    in t.texts.items() if any(subject_body)})

    # --- editing ----------------------------------------------------------------------------
    @staticmethod
    def _list_text(t: _Template) -> str:
        channel = channel_labels().get(t.channel, t.channel)
        return f"{item_text(t.name) or _tr('(no name)')}  ·  {channel}"

    def _store(self, t: _Template) -> None:
        values = (self.name_edit.text(), self.channel_combo.currentData(),
                  self.category_combo.currentData(), self.kind_combo.currentData(),
                  self.active_box.isChecked(),
                  {language: (page.subject_edit.text(), page.body_edit.toPlainText())
                   for language, page in self.texts.items()})
        before = (t.name, t.channel, t.category, t.kind, t.active,
                  {language: t.texts.get(language, ("", "")) for language in LANGUAGES})
        if values != before:
            (t.name, t.channel, t.category, t.kind, t.active, t.texts) = values
            t.changed = True

    def _show(self, t: _Template | None) -> None:
        self.editor.setEnabled(t is not None)
        if t is None:
            return
        self.delete_button.setEnabled(not t.built_in)
        self.delete_button.setToolTip(_tr("A built-in template can be changed but not deleted: "
                                          "the automatic messages fall back on it")
                                      if t.built_in else "")
        set_whole_text(self.name_edit, t.name)
        for combo, value in ((self.channel_combo, t.channel), (self.category_combo, t.category),
                             (self.kind_combo, t.kind)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.active_box.setChecked(t.active)
        for language, page in self.texts.items():
            subject, body = t.texts.get(language, ("", ""))
            set_whole_text(page.subject_edit, subject)
            page.body_edit.setPlainText(body)
        self._channel_changed()

    def _channel_changed(self) -> None:
        email = self.channel_combo.currentData() == "email"
        for page in self.texts.values():
            page.subject_caption.setVisible(email)
            page.subject_edit.setVisible(email)
        self._update_length()

    def _update_length(self) -> None:
        sms = self.channel_combo.currentData() == "sms"
        self.length_label.setVisible(sms)
        page = self.languages.currentWidget()
        if sms and isinstance(page, _LanguageText):
            self.length_label.setText(sms_text(page.body_edit.toPlainText()))

    def insert_field(self, placeholder: str) -> None:
        page = self.languages.currentWidget()
        if isinstance(page, _LanguageText):
            page.body_edit.insertPlainText(placeholder)
            page.body_edit.setFocus()

    def new_template(self) -> None:
        self.names.add(_Template(None, _tr("New template"), changed=True))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_template(self) -> None:
        self.names.remove_current(lambda t: dialogs.confirm(
            self, _tr("Delete template"),
            _tr("Delete the template “{0}”? Messages already sent with it keep their "
                "text.").format(t.name), _tr("Delete")))
