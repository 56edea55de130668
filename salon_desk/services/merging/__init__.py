"""Merging services."""
