"""Pages of the settings dialog: the salon's details and its lists (staff, services...)."""
