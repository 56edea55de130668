"""The customer's privacy rights: subject access (everything held about them, as a zip), being
forgotten (anonymised, leaving no trace in the database file, its WAL, its search index or the
documents folder, while sales and tax amounts stay), and the retention review."""
