"""Customers services."""
