"""The customer record window and its tabs."""
