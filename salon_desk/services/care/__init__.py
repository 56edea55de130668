"""Care services."""
