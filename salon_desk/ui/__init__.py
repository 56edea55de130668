"""Qt widgets, item models and dialogs of Salon Desk: thin, calling salon_desk.services."""
