"""The look of Salon Desk: Fusion with a light palette, a small stylesheet and shared icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from salon_desk.paths import resource

ACCENT = "#6a4c93"
ACCENT_LIGHT = "#efe8f6"
DANGER = "#c62828"
DANGER_LIGHT = "#fdecea"
WARNING = "#b26a00"
WARNING_LIGHT = "#fff4e0"
MUTED = "#6f6a78"
BORDER = "#d9d4e0"
DISABLED = "#aaa4b3"  # text of what cannot be used now (menu items, buttons, fields)

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f7f6f9; }}
QToolBar#mainToolbar, QToolBar#recordToolbar {{
    background: white; border: none; border-bottom: 1px solid {BORDER}; spacing: 6px;
    padding: 4px 8px;
}}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 5px; }}
QToolBar QToolButton:hover {{ background: {ACCENT_LIGHT}; }}
QListWidget {{ background: white; border: 1px solid {BORDER}; border-radius: 4px; }}
QListWidget::item {{ padding: 4px 4px; }}
QListWidget#navigation {{
    background: #eeebf2; border: none; border-right: 1px solid {BORDER}; outline: 0;
    padding-top: 8px;
}}
QListWidget#navigation::item {{ padding: 9px 12px; margin: 1px 6px; border-radius: 6px;
    color: #3b3546; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #e2dcea; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{
    border: 1px solid {BORDER}; border-radius: 4px; padding: 3px 5px; background: white;
    selection-background-color: {ACCENT};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {ACCENT}; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ background: #f1eff4; color: #9a95a3; }}
*[error="true"] {{ border: 1px solid {DANGER}; background: {DANGER_LIGHT}; }}
QPlainTextEdit[warning="true"] {{ border: 1px solid #e57373; background: #fff5f4;
    color: #8e1b1b; }}
QLabel#fieldError {{ color: {DANGER}; font-size: 11px; }}
QLabel#sectionTitle {{ font-size: 15px; font-weight: 600; color: {ACCENT};
    padding-top: 10px; }}
QFrame#section {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#muted, QLabel#badgeName {{ color: {MUTED}; }}
QLabel#allergyBanner {{ background: {DANGER_LIGHT}; color: {DANGER}; border: 1px solid #f3b6b0;
    border-radius: 6px; padding: 6px 10px; font-weight: 600; }}
QLabel#okBanner {{ background: #e8f5e9; color: #2e7d32; border: 1px solid #b7dfb9;
    border-radius: 6px; padding: 6px 10px; font-weight: 600; }}
QLabel#blockedBanner {{ background: #37323e; color: white; border-radius: 6px;
    padding: 6px 10px; font-weight: 600; }}
QLabel#infoBanner {{ background: {WARNING_LIGHT}; color: {WARNING}; border: 1px solid #f1d19a;
    border-radius: 6px; padding: 6px 10px; }}
QLabel#emptyMessage {{ color: {MUTED}; font-size: 14px; background: transparent; }}
QLabel#pageTitle {{ font-size: 18px; font-weight: 600; color: #2d2838; }}
QLabel#salonName {{ font-size: 14px; font-weight: 600; color: {ACCENT}; padding: 0 10px 0 4px; }}
QFrame#bulkBar {{ background: {ACCENT_LIGHT}; border: 1px solid #d6c8e6; border-radius: 6px; }}
QFrame#bulkHint {{ border: 1px dashed {BORDER}; border-radius: 6px; }}
QTableView {{ background: white; alternate-background-color: #faf9fc; border: 1px solid {BORDER};
    gridline-color: transparent; selection-background-color: #dcd0ea;
    selection-color: #1d1a22; }}
QHeaderView::section {{ background: #f3f1f6; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #ebe8ef; padding: 4px 6px; color: #4a4458; font-weight: 600; }}
QPushButton {{ border: 1px solid {BORDER}; border-radius: 5px; padding: 5px 12px;
    background: white; }}
QPushButton:hover {{ background: #f4f0f8; }}
QPushButton:default, QPushButton#primary {{ background: {ACCENT}; color: white;
    border-color: {ACCENT}; }}
QPushButton#primary:hover, QPushButton:default:hover {{ background: #5a3f80; }}
QPushButton#danger {{ color: {DANGER}; }}
QPushButton:disabled, QPushButton#primary:disabled, QPushButton#danger:disabled,
QPushButton:default:disabled {{ color: {DISABLED}; background: #f4f3f6; border-color: {BORDER}; }}
QToolButton#badgeToggle {{ border: 1px solid {BORDER}; border-radius: 13px; padding: 3px 10px;
    background: white; }}
QToolButton#badgeToggle:checked {{ background: {ACCENT_LIGHT}; border: 2px solid {ACCENT}; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: white; border-radius: 4px; }}
QTabBar::tab {{ padding: 6px 5px; border: none; border-bottom: 2px solid transparent;
    background: transparent; }}
QTabBar::tab:selected {{ border-bottom: 2px solid {ACCENT}; color: {ACCENT}; font-weight: 600; }}
/* The record's fourteen tabs, each with its count, fit 1280 px in every language. */
QTabWidget#recordTabs > QTabBar::tab {{ padding: 6px 4px; font-size: 8.5pt; }}
QTabBar::tab:hover:!selected {{ background: {ACCENT_LIGHT}; }}
QStatusBar {{ background: white; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QComboBox::drop-down {{ border: none; width: 20px; }}
QComboBox::down-arrow {{ image: url(@ICONS@/chevron-down.svg);
    width: 12px; height: 12px; }}
QToolButton::menu-indicator, QPushButton::menu-indicator {{
    image: url(@ICONS@/chevron-down.svg); subcontrol-position: right center;
    subcontrol-origin: padding; right: 4px; }}
QToolButton[popupMode="2"] {{ padding-right: 20px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f6f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#faf9fc"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f3f1f6"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d1a22"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d1a22"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2d2838"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a95a3"))
    # setColor above set every colour group: give the disabled group its grey back, or disabled
    # menu items and labels are drawn exactly like enabled ones.
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(DISABLED))
    palette.setColor(disabled, QPalette.ColorRole.Light, QColor("#f7f6f9"))  # no white etch
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#f1eff4"))
    palette.setColor(disabled, QPalette.ColorRole.HighlightedText, QColor("#d9d4e0"))
    app.setPalette(palette)
    icons = resource("icons").as_posix()
    app.setStyleSheet(STYLESHEET.replace("@ICONS@", icons))


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG), or an empty icon when it is missing."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def set_error(widget: QWidget, on: bool) -> None:
    """Mark a field as wrong (red border) or clear it; restyles the widget at once."""
    widget.setProperty("error", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
