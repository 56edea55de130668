"""The care tabs of the customer record: documents, notes and formulas, patch tests, surveys,
messages and insights, with their settings pages and the at-risk mark."""
