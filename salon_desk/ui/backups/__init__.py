"""Backups in the app: the daily backup while it runs, the warning when the last one is old,
Back up now and Restore in the File menu, and the backup settings page."""
