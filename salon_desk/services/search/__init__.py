"""Search services."""
