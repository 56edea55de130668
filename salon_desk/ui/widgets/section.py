"""A section of a page or form: a framed box with its title on top (styled in ui.style)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def titled_section(title: str, margins: tuple[int, int, int, int],
                   parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """The section's frame and its layout, the title already in it: the caller adds the
    section's own layout (a grid, a form) below the title and places the frame."""
    frame = QFrame(parent)
    frame.setObjectName("section")
    box = QVBoxLayout(frame)
    box.setContentsMargins(*margins)
    heading = QLabel(title, frame)
    heading.setObjectName("sectionTitle")
    box.addWidget(heading)
    return frame, box
