"""Visits services."""
