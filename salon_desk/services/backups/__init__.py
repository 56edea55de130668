"""Backups: made automatically while the app runs and before risky changes, rotated, optionally
encrypted, listed and restored.

The copy itself (SQLite's online backup API, a ``.partial`` folder renamed once verified) is
models.backup, which the migrations use too; this package decides when and where a backup is
made (``making``), which ones are kept (``rotation``), how one is encrypted (``crypto``), what
is in the backup folder (``listing``) and how one is put back (``restore``).
"""
