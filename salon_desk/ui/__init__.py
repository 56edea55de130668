"""Qt widgets, item models and dialogs of Salon Desk: thin, calling salon_desk.services."""

from salon_desk.ui import pyside_fixes  # noqa: F401  (runs before any item model is used)
