"""File dialogs and confirmations behind one set of functions, so tests can replace them.

Every file dialog is made by choose_file_dialog. It opens in the last folder used on this PC
(kept in the per-PC preferences) or, the first time, in the user's Documents folder: never in
the program's working folder.
"""

from __future__ import annotations

import enum
import re
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from salon_desk.ui.prefs import prefs
from salon_desk.ui.texts import message_text
from salon_desk.ui.i18n import translator

LAST_FOLDER = "file_dialogs/last_folder"


_tr = translator("dialogs")


class FileMode(enum.Enum):
    OPEN = "open"  # one existing file
    OPEN_MANY = "open_many"  # one or more existing files
    SAVE = "save"  # a file to write
    FOLDER = "folder"  # an existing folder


def start_folder() -> str:
    """Where the next file dialog opens: the last folder used, else Documents, else home."""
    last = prefs().value(LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return QDir.homePath()


def remember_folder(path: str, is_folder: bool = False) -> None:
    """Keep the folder of a chosen file (or the chosen folder) for the next dialog (also after
    a restart)."""
    prefs().setValue(LAST_FOLDER, str(Path(path) if is_folder else Path(path).parent))


def choose_file_dialog(parent: QWidget | None, caption: str, mode: FileMode,
                       filters: str = "", suggested: str = "") -> QFileDialog:
    """The one place that makes file dialogs; tests replace it with a stand-in."""
    folder = start_folder()
    if mode is FileMode.FOLDER:
        folder = suggested if suggested and Path(suggested).is_dir() else folder
    elif suggested and Path(suggested).is_absolute():
        folder, suggested = str(Path(suggested).parent), Path(suggested).name
    dialog = QFileDialog(parent, caption, folder, filters)
    if mode is FileMode.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suggested:
            dialog.selectFile(suggested)
        suffixes = set(re.findall(r"\*\.(\w+)", filters))
        if len(suffixes) == 1:  # "list" is saved as "list.xlsx" when only xlsx is offered
            dialog.setDefaultSuffix(suffixes.pop())
    elif mode is FileMode.FOLDER:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if mode is FileMode.OPEN_MANY
                           else QFileDialog.FileMode.ExistingFile)
    return dialog


def _run_file_dialog(parent: QWidget | None, caption: str, mode: FileMode, filters: str,
                     suggested: str = "") -> list[str]:
    dialog = choose_file_dialog(parent, caption, mode, filters, suggested)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    paths = [p for p in dialog.selectedFiles() if p]
    if paths:
        remember_folder(paths[0], is_folder=mode is FileMode.FOLDER)
    return paths


def choose_open_file(parent: QWidget | None, caption: str, filters: str = "") -> str | None:
    paths = _run_file_dialog(parent, caption, FileMode.OPEN, filters)
    return paths[0] if paths else None


def choose_open_files(parent: QWidget | None, caption: str, filters: str = "") -> list[str]:
    return _run_file_dialog(parent, caption, FileMode.OPEN_MANY, filters)


def choose_folder(parent: QWidget | None, caption: str, current: str = "") -> str | None:
    """An existing folder (opening in ``current`` when given); None when cancelled."""
    paths = _run_file_dialog(parent, caption, FileMode.FOLDER, "", current)
    return paths[0] if paths else None


def choose_save_file(parent: QWidget | None, caption: str, suggested: str = "",
                     filters: str = "") -> str | None:
    paths = _run_file_dialog(parent, caption, FileMode.SAVE, filters, suggested)
    return paths[0] if paths else None


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str | None = None) -> bool:
    """Ask before anything destructive; the default answer is No."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    yes = box.addButton(yes_label or _tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
           answers: list[tuple[str, str, QMessageBox.ButtonRole]]) -> str:
    """Ask a question with several answers, each (key, button label, role): the first is the
    default, the last is what Escape or closing the box answers. Returns the key answered."""
    box = QMessageBox(icon, title, text, parent=parent)
    keys = {box.addButton(label, role): key for key, label, role in answers}
    buttons = list(keys)
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    return keys.get(box.clickedButton(), answers[-1][0])


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """An error for the user; a service's message is translated here (ui.texts)."""
    QMessageBox.critical(parent, title, message_text(text))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
