"""Demo services."""
