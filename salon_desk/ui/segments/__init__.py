"""Segments in the customer list: the filter panel, its chips above the list and the saved
segments of the quick filter (services.segments does the finding)."""
