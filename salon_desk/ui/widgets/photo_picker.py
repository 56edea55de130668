"""The customer's photo on the form: a round thumbnail with Choose… and Remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_desk.services.errors import SalonError
from salon_desk.services.care.photos import make_thumbnail
from salon_desk.ui import dialogs
from salon_desk.ui.widgets.badges import avatar_pixmap, round_photo

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"
SIZE = 96


class PhotoPicker(QWidget):
    """``image`` holds the chosen file's bytes (to be stored) once the user picked one;
    ``modified`` says whether the photo was chosen or removed since it was loaded."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: bytes | None = None
        self._thumbnail: bytes | None = None
        self._initials = "?"
        self.modified = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self)
        self.preview.setFixedSize(SIZE, SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.preview)
        buttons = QVBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        self._show()

    def has_photo(self) -> bool:
        return self._thumbnail is not None

    def set_photo(self, thumbnail: bytes | None) -> None:
        """Show the stored thumbnail (not a change)."""
        self.image = None
        self._thumbnail = thumbnail
        self.modified = False
        self._show()

    def set_initials(self, initials: str) -> None:
        self._initials = initials or "?"
        if self._thumbnail is None:
            self._show()

    def choose(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Choose the customer's photo"),
                                        self.tr("Images ({0})").format(IMAGE_FILTER))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            thumbnail = make_thumbnail(data)
        except (OSError, SalonError) as exc:
            dialogs.show_error(self, self.tr("Photo"), str(exc))
            return
        self.load_bytes(data, thumbnail)

    def load_bytes(self, data: bytes, thumbnail: bytes | None = None) -> None:
        self.image = data
        self._thumbnail = thumbnail or make_thumbnail(data)
        self.modified = True
        self._show()
        self.changed.emit()

    def remove(self) -> None:
        if self._thumbnail is None:
            return
        self.image = None
        self._thumbnail = None
        self.modified = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        pixmap = round_photo(self._thumbnail, SIZE) if self._thumbnail else None
        self.preview.setPixmap(pixmap or avatar_pixmap(self._initials, SIZE, "#c3b6d4"))
        self.remove_button.setEnabled(self._thumbnail is not None)
