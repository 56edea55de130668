"""The care tabs driven like a user: attaching documents (dialog and drop), writing and reusing a
colour formula, patch tests, surveys, messages, insights, settings pages and the at-risk filter."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from salon_desk import paths
from salon_desk.models import Appointment, Document, Message, Note, Service, Staff
from salon_desk.services import settings
from salon_desk.services.care import documents
from salon_desk.services.care import insights
from salon_desk.services.care import notes
from salon_desk.services.care import surveys
from salon_desk.services.care.notes import Formula, NoteData, Shade
from salon_desk.services.care.surveys import QuestionData, TemplateData
from salon_desk.ui import dialogs
from salon_desk.ui.care import documents_tab
from salon_desk.ui.care.documents_tab import DocumentsTab
from salon_desk.ui.care.insights_tab import InsightsTab
from salon_desk.ui.care.messages_tab import LogMessageDialog, MessagesTab
from salon_desk.ui.care.note_dialogs import NoteDialog
from salon_desk.ui.care.notes_tab import NotesTab
from salon_desk.ui.care.patch_tests_tab import PatchTestDialog, PatchTestsTab
from salon_desk.services.errors import ValidationError
from salon_desk.ui.care.settings_pages import CareSettingsPage, SurveyTemplatesPage
from salon_desk.ui.care.surveys_tab import SurveyDialog, SurveysTab
from salon_desk.ui.hosts import Features

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ana(salon_db, make_customer):
    return make_customer(first_name="Ana", last_name="Ruiz")


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    return shown


def _fake_exec(monkeypatch, cls, interact):
    """Run a modal dialog's interaction inline: show it, let the test drive it, return."""

    def exec_(self):
        self.show()
        interact(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)


# Documents -------------------------------------------------------------------------------

def test_attach_files_from_the_dialog_then_edit_and_delete(qtbot, salon_db, ana, tmp_path,
                                                           monkeypatch, errors):
    photo = tmp_path / "before.png"
    from PIL import Image

    Image.new("RGB", (64, 48), "purple").save(photo)
    card = tmp_path / "card.pdf"
    card.write_bytes(b"%PDF-1.4 medical card")
    monkeypatch.setattr(dialogs, "choose_open_files",
                        lambda *_a, **_k: [str(photo), str(card)])
    tab = DocumentsTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert tab.empty.isVisibleTo(tab)
    with qtbot.waitSignal(tab.changed, timeout=5000):
        qtbot.mouseClick(tab.add_button, LEFT)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not tab.empty.isVisibleTo(tab)
    folder = paths.documents_dir(salon_db.path)
    assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 2
    titles = {tab.model.data(tab.model.index(r, 0)) for r in range(2)}
    assert titles == {"before", "card"}
    image_row = next(r for r in tab.model.rows if r.kind == "image")
    assert image_row.thumbnail is not None
    # the last attached is selected: give it a proper title
    assert tab.details.title_edit.text() == "card"
    tab.details.title_edit.clear()
    qtbot.keyClicks(tab.details.title_edit, "Medical card")
    qtbot.keyClicks(tab.details.description_edit, "From the GP")
    qtbot.mouseClick(tab.details.save_button, LEFT)
    with salon_db.session() as s:
        doc = s.scalar(select(Document).where(Document.original_name == "card.pdf"))
        assert (doc.title, doc.description) == ("Medical card", "From the GP")
    opened = []
    monkeypatch.setattr(documents_tab, "open_with_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(tab.details.open_button, LEFT)
    assert opened[0].read_bytes() == b"%PDF-1.4 medical card"
    # delete asks first: No keeps it, Yes removes row and file
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: False)
    qtbot.mouseClick(tab.details.delete_button, LEFT)
    assert tab.model.rowCount() == 2
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    qtbot.mouseClick(tab.details.delete_button, LEFT)
    assert tab.model.rowCount() == 1
    assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 1
    assert errors == []


def _drop(tab, paths_):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths_])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, LEFT,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, LEFT,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)
    return enter, drop


def test_drop_files_onto_the_tab_and_size_limit(qtbot, salon_db, ana, tmp_path, errors):
    with salon_db.transaction() as s:
        settings.set_value(s, documents.MAX_SIZE_MB, 1)
    small = tmp_path / "form.txt"
    small.write_text("signed")
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (1024 * 1024 + 5))
    tab = DocumentsTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    enter, drop = _drop(tab, [small, big])
    assert enter.isAccepted() and drop.isAccepted()
    qtbot.waitUntil(lambda: not tab.task.running, timeout=5000)
    assert [r.original_name for r in tab.model.rows] == ["form.txt"]
    assert len(errors) == 1 and "“video.mp4” is 1.0 MB; files up to 1 MB" in errors[0]


def test_drop_of_non_files_is_refused(qtbot, salon_db, ana):
    tab = DocumentsTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, LEFT,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert not enter.isAccepted()


# Notes and colour formulas -----------------------------------------------------------------

def _type_grams(qtbot, spin, grams: str) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, grams)
    spin.interpretText()


def test_write_a_colour_formula_through_the_widgets(qtbot, salon_db, ana, monkeypatch):
    with salon_db.session() as s:
        marta = s.scalar(select(Staff.id).where(Staff.name == "Marta"))

    def write_formula(dlg: NoteDialog):
        editor = dlg.formula_editor
        assert dlg.reuse_combo is None  # nothing to reuse yet
        qtbot.keyClicks(editor.brand_edit, "Lumina Color Pro")
        qtbot.keyClicks(editor.shade_edit(0), "6.3")
        _type_grams(qtbot, editor.grams_spin(0), "30")
        qtbot.mouseClick(editor.add_shade_button, LEFT)
        qtbot.keyClicks(editor.shade_edit(1), "7.0")
        _type_grams(qtbot, editor.grams_spin(1), "15,5" if "," in editor.grams_spin(1)
                    .locale().decimalPoint() else "15.5")
        assert editor.total_label.text() == "Total: 45.5 g"
        editor.developer_combo.setCurrentIndex(editor.developer_combo.findData(20))
        editor.ratio_combo.setCurrentText("")
        qtbot.keyClicks(editor.ratio_combo, "1:1.5")
        editor.time_spin.setValue(35)
        editor.start_spin.setValue(5)
        editor.target_spin.setValue(7)
        qtbot.keyClicks(editor.result_edit, "Warm golden")
        qtbot.keyClicks(dlg.text_edit, "Roots 30% grey")
        dlg.staff_combo.setCurrentIndex(dlg.staff_combo.findData(marta))
        qtbot.mouseClick(dlg.save_button, LEFT)

    _fake_exec(monkeypatch, NoteDialog, write_formula)
    tab = NotesTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.colour_button, LEFT)
    with salon_db.session() as s:
        rows = notes.list_notes(s, ana)
    assert len(rows) == 1 and rows[0].author_name == "Marta"
    f = rows[0].formula
    assert f.brand == "Lumina Color Pro"
    assert [(x.shade, x.grams) for x in f.shades] == [("6.3", 30.0), ("7.0", 15.5)]
    assert (f.developer_volume, f.mixing_ratio, f.processing_minutes) == (20, "1:1.5", 35)
    assert (f.starting_level, f.target_level, f.result) == (5, 7, "Warm golden")
    assert tab.model.rowCount() == 1
    assert "Lumina Color Pro 6.3 30 g + 7.0 15.5 g" in tab.model.data(
        tab.model.index(0, [c.title for c in tab.model.columns].index("Note")))
    assert "Warm golden" in tab.card.toPlainText()


def test_invalid_formula_keeps_the_dialog_open(qtbot, salon_db, ana, monkeypatch):
    def bad(dlg: NoteDialog):
        qtbot.keyClicks(dlg.formula_editor.shade_edit(0), "6.3")  # no grams
        qtbot.mouseClick(dlg.save_button, LEFT)
        assert dlg.isVisible() and "between 0.1 and 1000 g" in dlg.error_label.text()
        dlg.reject()

    _fake_exec(monkeypatch, NoteDialog, bad)
    tab = NotesTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    qtbot.mouseClick(tab.colour_button, LEFT)
    with salon_db.session() as s:
        assert s.scalar(select(Note.id)) is None


def test_reuse_edit_history_pin_and_filter(qtbot, salon_db, ana, monkeypatch):
    with salon_db.transaction() as s:
        first = notes.create_note(s, ana, NoteData(
            "colour", "First time", Formula("Lumina", [Shade("6.3", 30)], 20, "1:1", 35, 5, 7,
                                            "Good"))).id
        notes.create_note(s, ana, NoteData(text="Likes tea"))
    tab = NotesTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.table.selectRow(tab.model.index_of(first))
    assert tab.reuse_button.isEnabled()

    def reuse(dlg: NoteDialog):
        editor = dlg.formula_editor
        assert editor.brand_edit.text() == "Lumina" and editor.shade_edit(0).text() == "6.3"
        assert editor.result_edit.text() == ""  # the new result is still to be written
        _type_grams(qtbot, editor.grams_spin(0), "40")
        qtbot.keyClicks(editor.result_edit, "Lighter")
        qtbot.mouseClick(dlg.save_button, LEFT)

    _fake_exec(monkeypatch, NoteDialog, reuse)
    qtbot.mouseClick(tab.reuse_button, LEFT)
    with salon_db.session() as s:
        new = s.scalar(select(Note).where(Note.based_on_id == first))
        assert new.formula["shades"] == [{"shade": "6.3", "grams": 40.0}]
        assert new.formula["result"] == "Lighter"

    # edit the first one: a history version appears
    tab.table.selectRow(tab.model.index_of(first))

    def edit(dlg: NoteDialog):
        dlg.text_edit.clear()
        qtbot.keyClicks(dlg.text_edit, "First time, resistant grey")
        qtbot.mouseClick(dlg.save_button, LEFT)

    _fake_exec(monkeypatch, NoteDialog, edit)
    qtbot.mouseClick(tab.edit_button, LEFT)
    row = tab.selected_note()
    assert row.id == first and row.revisions == 1
    assert tab.history_button.text() == "History (2)…"
    from salon_desk.ui.care import notes_tab

    shown = []
    monkeypatch.setattr(notes_tab.HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.mouseClick(tab.history_button, LEFT)
    assert shown[0].list.count() == 2 and "Text" in shown[0].list.item(0).text()
    assert "resistant grey" in shown[0].view.toPlainText()
    # pin and filter
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.pin_button, LEFT)
    assert tab.model.rows[0].id == first and tab.model.rows[0].pinned
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("general"))
    assert [r.text for r in tab.model.rows] == ["Likes tea"]


# Patch tests, surveys, messages ------------------------------------------------------------

def test_record_a_patch_test(qtbot, salon_db, ana, monkeypatch):
    with salon_db.session() as s:
        colour = s.scalar(select(Service.id).where(Service.name == "Full colour"))

    def fill(dlg: PatchTestDialog):
        dlg.service_combo.setCurrentIndex(dlg.service_combo.findData(colour))
        dlg.result_combo.setCurrentIndex(dlg.result_combo.findData("pass"))
        assert dlg.until_box.isEnabled() and "180 days" in dlg.until_hint.text()
        qtbot.keyClicks(dlg.subject_edit, "Behind the ear")
        dlg.save()

    _fake_exec(monkeypatch, PatchTestDialog, fill)
    tab = PatchTestsTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert "No valid patch test" in tab.summary.text()
    qtbot.mouseClick(tab.add_button, LEFT)
    assert tab.model.rowCount() == 1 and tab.model.rows[0].status == "Valid"
    assert "Valid: Full colour" in tab.summary.text()
    from salon_desk.services.care.patch_tests import patch_test_warning

    with salon_db.session() as s:
        assert patch_test_warning(s, ana, colour, dt.date.today()) is None


def test_fill_in_a_survey(qtbot, salon_db, ana, monkeypatch):
    with salon_db.transaction() as s:
        template = surveys.save_template(s, TemplateData("After your visit", [
            QuestionData("Result?", "rating"), QuestionData("Recommend?", "yes_no"),
            QuestionData("Booked by", "choice", ["Phone", "WhatsApp"]),
            QuestionData("Comments", "text")]))
        qids = [q.id for q in template.questions]
        s.add(Appointment(customer_id=ana, starts_at=dt.datetime.now(dt.UTC)
                          - dt.timedelta(hours=3), status="completed"))

    def answer(dlg: SurveyDialog):
        qtbot.mouseClick(dlg.inputs[qids[0]].buttons[3], LEFT)  # 4 stars
        dlg.inputs[qids[1]].yes.setChecked(True)
        dlg.inputs[qids[2]].setCurrentIndex(dlg.inputs[qids[2]].findData("WhatsApp"))
        qtbot.keyClicks(dlg.inputs[qids[3]], "Lovely")
        assert dlg.appointment_combo.currentData() is not None
        dlg.save()

    _fake_exec(monkeypatch, SurveyDialog, answer)
    tab = SurveysTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    assert tab.average_label.text() == "No ratings yet"
    qtbot.mouseClick(tab.fill_button, LEFT)
    assert tab.model.rowCount() == 1
    assert "4.0" in tab.average_label.text()
    text = tab.answers_view.toPlainText()
    assert "★★★★☆" in text and "WhatsApp" in text and "Lovely" in text and "Yes" in text


def test_log_a_message(qtbot, salon_db, ana, monkeypatch):
    def log(dlg: LogMessageDialog):
        dlg.channel_combo.setCurrentIndex(dlg.channel_combo.findData("whatsapp"))
        qtbot.keyClicks(dlg.subject_edit, "Confirmed tomorrow")
        qtbot.keyClicks(dlg.body_edit, "Sent from the salon phone")
        dlg.save()

    _fake_exec(monkeypatch, LogMessageDialog, log)
    tab = MessagesTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    qtbot.mouseClick(tab.log_button, LEFT)
    with salon_db.session() as s:
        message = s.scalar(select(Message))
        assert (message.channel, message.status, message.subject) == (
            "whatsapp", "logged", "Confirmed tomorrow")
    assert tab.model.rowCount() == 1 and tab.delete_button.isEnabled()
    assert "Sent from the salon phone" in tab.body_view.toPlainText()


# Insights and at-risk ------------------------------------------------------------------------

def _visits(db, customer_id, days_ago: list[int]) -> None:
    with db.transaction() as s:
        colour = s.scalar(select(Service).where(Service.name == "Full colour"))
        marta = s.scalar(select(Staff.id).where(Staff.name == "Marta"))
        for days in days_ago:
            s.add(Appointment(customer_id=customer_id, service_id=colour.id, staff_id=marta,
                              starts_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days),
                              status="completed", price_cents=6500))


@pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)
def test_insights_tab_shows_the_figures_and_chart(qtbot, salon_db, ana):
    _visits(salon_db, ana, [100, 130, 160, 190])
    tab = InsightsTab(salon_db, ana)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.ensure_loaded()
    assert tab.visits.value.text() == "4"
    assert tab.days_since.value.text() == "100"
    assert tab.interval.value.text() == "30"
    assert tab.staff.value.text() == "Marta"
    assert tab.mark.text() == "At risk" and tab.mark.isVisibleTo(tab)
    assert len(tab.chart.months) == 24 and sum(m.visits for m in tab.chart.months) == 4
    assert tab.services_chart.items == [("Full colour", 4)]
    assert not tab.grab().isNull()  # the chart paints


@pytest.fixture
def list_page(qtbot, salon_db):
    """The customer list page, deleted before its database is dropped (its undo action
    answers every later change of customers, another test's too)."""
    from salon_desk.ui.customer_list_page import CustomerListPage

    made = []
    yield lambda: made.append(CustomerListPage(salon_db)) or made[-1]
    for page in made:
        page.close()
        page.deleteLater()
    qtbot.wait(50)


@pytest.mark.any_engine
def test_at_risk_filter_and_mark_in_the_customer_list(qtbot, salon_db, ana, make_customer,
                                                      list_page):
    from salon_desk.ui.care.at_risk import install_customer_list

    regular = make_customer(first_name="Bea")
    lapsed = make_customer(first_name="Cris")
    _visits(salon_db, ana, [100, 130, 160, 190])  # at risk
    _visits(salon_db, regular, [10, 40, 70])
    _visits(salon_db, lapsed, [400, 430])
    page = list_page()
    feature = install_customer_list(SimpleNamespace(db=salon_db, customer_list=page,
                                                    features=Features()))
    assert page.model.rowCount() == 3
    risk = feature.risk_filter
    risk.combo.setCurrentIndex(risk.combo.findData("at_risk"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.filtered_ids() == [ana]
    risk.combo.setCurrentIndex(risk.combo.findData("at_risk_or_lapsed"))
    qtbot.waitUntil(lambda: sorted(page.filtered_ids()) == sorted([ana, lapsed]), timeout=5000)
    # typing in the search keeps the restriction
    page.filters.search_edit.setText("Cris")
    page._apply_filter()
    assert page.filtered_ids() == [lapsed]
    risk.combo.setCurrentIndex(0)
    page.filters.search_edit.setText("")
    page._apply_filter()
    assert page.model.rowCount() == 3
    # the mark beside the last visit, for the rows on screen
    page.resize(1000, 400)
    page.show()
    qtbot.waitUntil(lambda: feature.delegate.statuses.get(lapsed) == insights.LAPSED)
    assert feature.delegate.statuses[ana] == insights.AT_RISK
    assert feature.delegate.statuses[regular] is None


@pytest.mark.any_engine
def test_record_header_strip_shows_mark_and_pinned_notes(qtbot, salon_db, ana):
    from salon_desk.ui.care.at_risk import CareStrip

    _visits(salon_db, ana, [400])
    strip = CareStrip(salon_db)
    qtbot.addWidget(strip)
    strip.reload(ana)
    assert strip.mark.text() == "Lapsed" and not strip.isHidden()
    assert strip.pinned.isHidden()
    with salon_db.transaction() as s:
        notes.create_note(s, ana, NoteData(text="Allergic to PPD", pinned=True))
    strip.reload(ana)
    assert "Allergic to PPD" in strip.pinned.text() and not strip.pinned.isHidden()


# Settings pages --------------------------------------------------------------------------

def test_settings_pages_round_trip(qtbot, salon_db):
    page = CareSettingsPage()
    qtbot.addWidget(page)
    with salon_db.session() as s:
        page.load(s)
    assert page.multiple_spin.value() == 2.0 and page.size_spin.value() == 25
    page.multiple_spin.setValue(3.0)
    page.size_spin.setValue(10)
    page.lapsed_spin.setValue(500)
    with salon_db.transaction() as s:
        page.save(s)
    with salon_db.session() as s:
        assert str(settings.get(s, insights.AT_RISK_MULTIPLE)) == "3.0"
        assert settings.get(s, documents.MAX_SIZE_MB) == 10
        assert settings.get(s, insights.LAPSED_DAYS) == 500

    templates = SurveyTemplatesPage()
    qtbot.addWidget(templates)
    with salon_db.session() as s:
        templates.load(s)
    qtbot.mouseClick(templates.new_button, LEFT)
    templates.name_edit.selectAll()
    qtbot.keyClicks(templates.name_edit, "Colour follow-up")
    templates.name_edit.textEdited.emit(templates.name_edit.text())
    row = templates.add_question()
    templates.questions.item(row, templates.COL_TEXT).setText("Which tone next time?")
    combo = templates.questions.cellWidget(row, templates.COL_KIND)
    combo.setCurrentIndex(combo.findData("choice"))
    templates.questions.item(row, templates.COL_CHOICES).setText("Warmer; Cooler; Same")
    with salon_db.transaction() as s:
        templates.save(s)
    with salon_db.session() as s:
        saved = surveys.list_templates(s)
        assert [t.name for t in saved] == ["Colour follow-up"]
        assert [(q.kind, q.choices) for q in saved[0].questions] == [
            ("rating", None), ("choice", ["Warmer", "Cooler", "Same"])]


def test_record_window_header_strip_follows_changes(qtbot, salon_db, ana, monkeypatch):
    from salon_desk.ui.care.at_risk import install_record_header
    from salon_desk.ui.record import window as record_window
    from salon_desk.ui.record.details_tab import DetailsTab

    _visits(salon_db, ana, [100, 130, 160, 190])
    window = record_window.RecordWindow(salon_db, ana, tabs=[DetailsTab, NotesTab])
    qtbot.addWidget(window)
    strip = install_record_header(window)
    assert strip.mark.text() == "At risk" and not strip.isHidden()
    window.show_tab("NotesTab")
    tab = window.tab("NotesTab")

    def pinned_note(dlg: NoteDialog):
        qtbot.keyClicks(dlg.text_edit, "Allergic to PPD")
        dlg.pinned_box.setChecked(True)
        qtbot.mouseClick(dlg.save_button, LEFT)

    _fake_exec(monkeypatch, NoteDialog, pinned_note)
    qtbot.mouseClick(tab.new_button, LEFT)
    assert "Allergic to PPD" in strip.pinned.text()  # the header refreshed after the change


def test_care_settings_refusal_reads_in_spanish(qtbot, salon_db, spanish):
    page = CareSettingsPage()
    qtbot.addWidget(page)
    with salon_db.session() as s:
        page.load(s)
    page.lapsed_spin.setValue(page.min_days_spin.value())
    with pytest.raises(ValidationError) as refused, salon_db.transaction() as s:
        page.save(s)
    assert refused.value.errors == {
        "insights.lapsed_days":
            "«Perdido a partir de» debe ser mayor que «Nunca en riesgo antes de»"}
