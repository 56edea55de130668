"""The day schedule and booking."""
