"""The restore dialog, the backup warning and Back up now, the backup settings page, and the
record's Forget action (asked twice) and consent history, driven as a user does."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from salon_desk.models import Customer, Document, DocumentFile
from salon_desk.services.backups.dumps import backup_stem
from salon_desk.services.backups.listing import list_backups
from salon_desk.services.backups.making import MANUAL, backup_location, make_backup
from salon_desk.services.backups.policy import Policy, read_policy
from salon_desk.services.care.documents import attach_bytes, file_content, folder_for, on_server
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.privacy import forget as forget_module
from salon_desk.ui import composition, dialogs
from salon_desk.ui.backups import feature as backups_feature
from salon_desk.ui.backups import restore_dialog
from salon_desk.ui.backups.restore_dialog import RestoreDialog
from salon_desk.ui.backups.settings_page import BackupSettingsPage
from salon_desk.ui.privacy import forgetting
from salon_desk.ui.privacy.record_actions import PrivacyActions, add_privacy_actions
from salon_desk.ui.record import window as record_window
from salon_desk.ui.record.details_tab import DetailsTab

PDF = b"%PDF-1.4 a consent form"


@pytest.fixture
def told(monkeypatch):
    """The information boxes shown (QMessageBox.information, as dialogs.show_info shows)."""
    messages: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "information",
                        lambda _parent, _title, text: messages.append(text))
    return messages


@pytest.fixture
def salon(salon_db, make_customer):
    ids = [make_customer(first_name=f"Olga{i}", last_name="Ivanova") for i in range(3)]
    with salon_db.transaction() as session:
        attach_bytes(session, ids[0], PDF, "consent.pdf")
    return salon_db, ids


def _customers(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Customer.id)))


def _backups(db):
    """The backups of ``db`` where they are made with no folder set: beside a salon file,
    in this computer's data folder for a server's database."""
    location = backup_location(db)
    return list_backups(Policy().target(location), backup_stem(location))


def _lose_the_document(session) -> str:
    """The stored copy of the salon's one document gone (a file, or a server's row)."""
    document = session.scalar(select(Document))
    if on_server(session):
        session.delete(session.get(DocumentFile, document.stored_name))
    else:
        (folder_for(session) / document.stored_name).unlink()
    return document.stored_name


def test_the_restore_dialog_lists_backups_and_restores_after_asking(qtbot, salon, asked,
                                                                    told):
    db, ids = salon
    make_backup(backup_location(db), MANUAL)
    with db.transaction() as session:  # then things go wrong
        for cid in ids[1:]:
            session.delete(session.get(Customer, cid))
        stored = _lose_the_document(session)
    assert _customers(db) == 1

    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    [row] = dialog.model.rows
    assert row.counts["customers"] == 3
    assert dialog.model.data(dialog.model.index(0, 2)) == "3"  # customers column
    assert dialog.model.data(dialog.model.index(0, 1)) == "Made by hand"

    asked.answers = [False]
    assert not dialog.restore_selected()
    assert _customers(db) == 1 and "3 customers" in asked[-1][1]

    asked.answers = [True]
    assert dialog.restore_selected()
    assert _customers(db) == 3  # the same Database object reads the restored database
    with db.session() as session:
        assert file_content(session, stored) == PDF
    assert "kept in" in told[-1]
    kinds = [b.label for b in _backups(db)]
    assert "before-restore" in kinds  # the database as it was, kept first


@pytest.mark.any_engine
def test_another_backup_is_chosen_by_its_database_file(qtbot, salon, asked, told, tmp_path,
                                                       monkeypatch, engine):
    """A backup on a USB stick, picked by the database file inside its folder: a salon
    file's copy, or a server's pg_dump file. The question says what a restore replaces on
    that kind of salon, and where the database as it is now is kept."""
    db, ids = salon
    made = make_backup(backup_location(db), MANUAL, target=tmp_path / "usb")
    [inside] = [p for p in made.iterdir() if p.suffix in (".sqlite", ".dump")]
    with db.transaction() as session:
        session.delete(session.get(Customer, ids[2]))
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *a, **k: str(inside))
    monkeypatch.setattr(restore_dialog, "ask_passphrase", lambda _parent: None)  # not asked
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)

    asked.answers = [True]
    dialog.choose_other()
    assert _customers(db) == 3 and dialog.restored_from == made
    question = asked[-1][1]
    if engine == "postgresql":
        assert "every desk" in question and str(_backups(db)[0].path.parent) in question
        assert "every desk" in dialog.intro.text()
    else:
        assert "kept beside it" in question


def test_the_main_window_warns_without_a_recent_backup_and_backs_up_now(qtbot, salon, told):
    db, _ids = salon
    window = composition.build_main_window(db, [backups_feature.install])
    qtbot.addWidget(window)
    window.show()
    feature = window.features.get(backups_feature.BackupsFeature)
    assert feature.warning.isVisible() and "No backup yet" in feature.warning.text()
    file_menu = [a.objectName() for a in window.menus["file"].actions()]
    assert "back_up_now" in file_menu and "restore_backup" in file_menu

    task = feature.back_up_now()
    assert task is not None
    qtbot.waitUntil(lambda: feature.task is None, timeout=20000)
    assert not feature.warning.isVisible()
    [made] = _backups(db)
    assert str(made.path) in told[-1]
    assert feature.back_up_if_due() is None  # one was just made


def test_the_backup_settings_page_saves_the_folder_and_rotation(qtbot, salon_db, tmp_path):
    page = BackupSettingsPage(salon_db)
    qtbot.addWidget(page)
    with salon_db.session() as session:
        page.load(session)
    assert page.keep_daily.value() == 7 and page.keep_monthly.value() == 12
    page.folder.setText(str(tmp_path / "usb"))
    page.keep_weekly.setValue(8)
    with salon_db.transaction() as session:
        page.save(session)
    with salon_db.session() as session:
        policy = read_policy(session)
    assert policy.folder == str(tmp_path / "usb") and policy.keep_weekly == 8


def _record(qtbot, db, customer_id):
    window = record_window.open_record_window(db, customer_id, tabs=[DetailsTab],
                                              features=[add_privacy_actions])
    qtbot.addWidget(window, before_close_func=lambda w: record_window._windows.clear())
    return window


def test_forget_asks_twice_and_only_the_second_yes_forgets(qtbot, salon_db, asked, told,
                                                           monkeypatch):
    with salon_db.transaction() as session:
        cid = create_customer(session, CustomerData(
            first_name="Zenobia", last_name="Quill", email="zq@example.org",
            consents={("marketing", "email"): True})).id
    monkeypatch.setattr(forgetting, "ask_who_asked", lambda _parent: "the customer, by email")
    window = _record(qtbot, salon_db, cid)
    actions = window.features.get(PrivacyActions)
    assert actions.forget_action.objectName() == "forget_customer"

    asked.answers = [True, False]  # yes, then no at the second question
    assert actions.forget() is None
    assert len(asked) == 2 and "cannot be undone" in asked[1][1]
    with salon_db.session() as session:
        assert session.get(Customer, cid).first_name == "Zenobia"

    threads = []
    real = forget_module.leave_no_trace
    monkeypatch.setattr(forget_module, "leave_no_trace",
                        lambda db: (threads.append(threading.current_thread()), real(db)))
    asked.answers = [True, True]
    assert actions.forget() is not None
    qtbot.waitUntil(lambda: bool(told) and "forgotten" in told[-1], timeout=20000)
    assert threads and threads[0] is not threading.main_thread()  # VACUUM off the UI thread
    assert len(asked) == 4
    with salon_db.session() as session:
        customer = session.get(Customer, cid)
        assert customer.first_name == "Forgotten customer" and customer.email is None
    assert "forgotten" in told[-1]
    assert "Zenobia" not in window.header.name.text()

    dialog = actions.show_history()  # the consent history stays, as evidence
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 1
    texts = [dialog.model.data(dialog.model.index(0, c)) for c in range(5)]
    assert "given" in texts
