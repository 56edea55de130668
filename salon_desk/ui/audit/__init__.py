"""The audit trail in the app: the global view (Tools ▸ Audit trail…) with its filters, paging,
chain check and export; the texts it shares with the record's History tab."""
