"""Sales services."""
