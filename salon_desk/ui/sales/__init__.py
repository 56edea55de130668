"""Charging a sale and showing a ticket."""
