"""File dialogs and confirmations behind one set of functions, so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def choose_open_file(parent: QWidget | None, caption: str, filters: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path or None


def choose_open_files(parent: QWidget | None, caption: str, filters: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, "", filters)
    return list(paths)


def choose_save_file(parent: QWidget | None, caption: str, suggested: str = "",
                     filters: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path or None


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str | None = None) -> bool:
    """Ask before anything destructive; the default answer is No."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    yes = box.addButton(yes_label or _tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
