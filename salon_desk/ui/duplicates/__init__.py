"""Finding and merging duplicate customers: the Duplicates page and the merge dialog."""
