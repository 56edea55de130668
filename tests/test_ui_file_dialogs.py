"""File dialogs open in the user's Documents folder, then in the last folder used (per PC).

Every file dialog of the app is made by dialogs.choose_file_dialog; these tests replace it with
a stand-in that records the folder it was asked to open, as the user would see it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from salon_desk.ui import dialogs


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder with a Documents folder, as a new Windows or Linux account has."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # the program's working folder, where dialogs must not open
    return home


def documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class FakeDialog:
    """Stands in for QFileDialog: remembers where it opened, answers with the given paths."""

    opened_in: list[str] = []
    answer: list[str] = []

    def __init__(self, parent, caption, directory, filters):
        FakeDialog.opened_in.append(directory)

    def exec(self) -> int:
        return QFileDialog.DialogCode.Accepted if FakeDialog.answer else 0

    def selectedFiles(self) -> list[str]:
        return list(FakeDialog.answer)


@pytest.fixture
def fake(monkeypatch):
    FakeDialog.opened_in, FakeDialog.answer = [], []

    def make(parent, caption, mode, filters="", suggested=""):
        return FakeDialog(parent, caption, dialogs.start_folder(), filters)

    monkeypatch.setattr(dialogs, "choose_file_dialog", make)
    return FakeDialog


def test_the_first_dialog_opens_in_documents_not_the_working_folder(qtbot, home):
    assert Path(documents()) == home / "Documents"
    for mode in dialogs.FileMode:
        dialog = dialogs.choose_file_dialog(None, "Choose", mode, "Excel files (*.xlsx)")
        qtbot.addWidget(dialog)
        opened = Path(dialog.directory().absolutePath())
        assert opened == home / "Documents", mode
        assert opened != Path(os.getcwd())


def test_a_save_dialog_suggests_its_file_name_inside_documents(qtbot, home):
    dialog = dialogs.choose_file_dialog(None, "Export", dialogs.FileMode.SAVE, "",
                                        "customers.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert [Path(p) for p in dialog.selectedFiles()] == [home / "Documents" / "customers.xlsx"]


def test_the_next_dialog_opens_in_the_last_folder_used(qtbot, home, fake, tmp_path):
    photos = tmp_path / "Pictures" / "salon"
    photos.mkdir(parents=True)
    fake.answer = [str(photos / "ana.jpg")]
    assert dialogs.choose_open_file(None, "Photo") == str(photos / "ana.jpg")
    exports = tmp_path / "exports"
    exports.mkdir()
    fake.answer = [str(exports / "list.xlsx")]
    assert dialogs.choose_save_file(None, "Export", "customers.xlsx") == str(
        exports / "list.xlsx")
    fake.answer = []  # cancelled: remembers nothing
    assert dialogs.choose_open_files(None, "Attach") == []
    assert [Path(p) for p in fake.opened_in] == [home / "Documents", photos, exports]


def test_the_last_folder_is_kept_for_the_next_start_and_forgotten_when_gone(
        qtbot, home, fake, tmp_path):
    folder = tmp_path / "imports"
    folder.mkdir()
    fake.answer = [str(folder / "old-system.csv")]
    dialogs.choose_open_file(None, "Import")
    assert Path(dialogs.start_folder()) == folder  # read back from the per-PC preferences
    folder.joinpath("old-system.csv").touch()
    folder.joinpath("old-system.csv").unlink()
    folder.rmdir()
    assert Path(dialogs.start_folder()) == home / "Documents"


def test_no_file_dialog_is_made_anywhere_else():
    """Every file chooser goes through dialogs.choose_file_dialog (one place to replace)."""
    package = Path(dialogs.__file__).parents[1]
    others = [p.relative_to(package).as_posix() for p in package.rglob("*.py")
              if "QFileDialog" in p.read_text(encoding="utf-8") and p != Path(dialogs.__file__)]
    assert others == []


def test_a_folder_dialog_opens_in_the_folder_set_and_shows_folders_only(qtbot, home, tmp_path):
    chosen = tmp_path / "usb" / "backups"
    chosen.mkdir(parents=True)
    dialog = dialogs.choose_file_dialog(None, "Backup folder", dialogs.FileMode.FOLDER, "",
                                        str(chosen))
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == chosen
    assert dialog.fileMode() == QFileDialog.FileMode.Directory
    assert dialog.testOption(QFileDialog.Option.ShowDirsOnly)


def test_the_backup_folder_is_chosen_through_the_one_dialog_maker(qtbot, home, fake, db,
                                                                    tmp_path):
    from salon_desk.ui.backups.settings_page import BackupSettingsPage

    page = BackupSettingsPage(db)
    qtbot.addWidget(page)
    fake.answer = [str(tmp_path / "usb")]
    page.choose_folder()
    assert page.folder.text() == str(tmp_path / "usb")
    assert fake.opened_in == [str(home / "Documents")]
    fake.answer = []
    page.choose_folder()  # cancelled: the folder set stays
    assert page.folder.text() == str(tmp_path / "usb")
