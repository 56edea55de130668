"""Line edits never narrower than their placeholder, so the hint is read whole in any language."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its whole placeholder, with its frame, padding and
    icons (a leading search icon, the clear button) in the style and font it has now."""
    edit.ensurePolished()
    style = edit.style()
    icon = style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize, None, edit)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconMargin, None, edit)
    # Every icon beside the text takes its room, shown or not (the clear button comes and goes).
    sides = len(edit.findChildren(QToolButton))
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    margins, contents = edit.textMargins(), edit.contentsMargins()
    inner = (text + 2 * 2  # QLineEdit's own horizontal margin on each side
             + margins.left() + margins.right() + contents.left() + contents.right()
             + sides * (icon + 6 + margin) + 2)  # and a little room for the cursor
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = style.sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                  QSize(inner, edit.fontMetrics().height()), edit)
    return size.width()


def fit_placeholder(edit: QLineEdit) -> None:
    """Make ``edit`` at least as wide as its placeholder needs."""
    edit.setMinimumWidth(max(edit.minimumWidth(), placeholder_width(edit)))
