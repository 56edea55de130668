"""Schedule services."""
